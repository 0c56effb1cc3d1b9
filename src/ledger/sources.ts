// Who a claim really comes from: independence is counted on sources, not articles.
import type { Claim, Extraction } from '../extract/index.ts';
import { nameKey } from './ids.ts';

export type Source = { key: string; name: string };

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The outlet that published the article, as best the input says. */
export function articleSource(extraction: Extraction): Source {
  const { source, url, id, title } = extraction.article;
  const name = source ?? hostOf(url);
  if (name) return { key: `outlet:${nameKey(name)}`, name };
  // No outlet named: the article stands for itself, shown by its headline when it has one.
  return { key: `article:${id}`, name: articleName(title, extraction.article.published) };
}

/** How an article with no outlet is named: by its title, else by its date (its id is shown beside it, not in the name). */
export function articleName(title: string | null, published: string | null): string {
  return title ? `“${title}”` : published ? `the article of ${published}` : 'an undated article';
}

const GENERIC = /^(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Oo]ne)\s+\p{Ll}/u;
const looksLikeName = (text: string): boolean => /^\p{Lu}/u.test(text) && !GENERIC.test(text);

/** Several sources behind one evidence row share its key, joined by this ("outlet:e+outlet:los-angeles-times"). */
const JOINED = ' + ';

/** The independent sources a row's (effective) source key stands for: one, or several joined (SOURCE_RULES). */
export const sourceKeys = (key: string): string[] => key.split(JOINED);

const joined = (sources: Source[]): Source => ({
  key: sources.map((s) => s.key).join(JOINED),
  name: sources.map((s) => s.name).join(' and '),
});

/** "Several American outlets reported on Saturday, August 6, that Kim Kardashian and Pete Davidson have separated." */
const PLURAL_OUTLETS =
  /\b(?:several|multiple|many|numerous|various|a number of|a host of)\s+(?:[\p{L}-]+\s+)?(?:media\s+|news\s+)?(?:outlets|publications|tabloids|magazines|newspapers)\b/iu;

/** Outlets named side by side: "E! and the Los Angeles Times", "TMZ, People and Us Weekly". */
function coordinatedOutlets(claim: Claim, extraction: Extraction): Source[] {
  const { start, end } = claim.evidence;
  const inSentence = extraction.entities
    .filter((e) => e.type === 'outlet')
    .flatMap((e) =>
      e.mentions
        .filter((m) => m.start >= start && m.end <= end)
        .map((m) => ({ entity: e, start: m.start, end: m.end })),
    )
    .sort((a, b) => a.start - b.start);
  const holder = inSentence.findIndex((m) => m.entity.id === claim.holder.entity);
  if (holder < 0) return [];
  // Only what lies between two mentions: a comma, "and", "the" ("E! and the Los Angeles Times"); "People, citing Us
  // Weekly" is one chain of reporting, not two reports.
  const between = (a: { end: number }, b: { start: number }) =>
    claim.evidence.text.slice(a.end - start, b.start - start);
  const glue = /^(?:\s*,)?\s*(?:and|&)?\s*(?:the\s+)?$/i;
  let first = holder;
  let last = holder;
  while (first > 0 && glue.test(between(inSentence[first - 1] ?? { end: 0 }, inSentence[first] ?? { start: 0 })))
    first--;
  while (
    last < inSentence.length - 1 &&
    glue.test(between(inSentence[last] ?? { end: 0 }, inSentence[last + 1] ?? { start: 0 }))
  )
    last++;
  const named = new Map(
    inSentence
      .slice(first, last + 1)
      .map((m) => [m.entity.id, { key: `outlet:${nameKey(m.entity.name)}`, name: m.entity.name }]),
  );
  return named.size >= 2 ? [...named.values()] : [];
}

/** Where the sentence after the claim's ends, in the article's text (the claim's own end when unknown). */
function nextSentenceEnd(claim: Claim, text: string): number {
  const rest = text.slice(claim.evidence.end);
  const m = /^\s*\S[\s\S]*?[.!?](?=["”’)]?\s+\p{Lu}|["”’)]?\s*$)/u.exec(rest);
  return claim.evidence.end + (m ? m[0].length : 0);
}

function pluralOutlets(claim: Claim, extraction: Extraction, text: string): Source[] {
  if (claim.holder.kind !== 'author' || !PLURAL_OUTLETS.test(claim.evidence.text)) return [];
  const { start } = claim.evidence;
  const end = text ? nextSentenceEnd(claim, text) : claim.evidence.end;
  const named = new Map(
    extraction.entities
      .filter((e) => e.type === 'outlet' && e.mentions.some((m) => m.start >= start && m.end <= end))
      .map((e) => [nameKey(e.name), { key: `outlet:${nameKey(e.name)}`, name: e.name }]),
  );
  if (named.size === 0) return [];
  const others = {
    key: `outlets:${extraction.article.id}`,
    name: `other outlets (per ${articleSource(extraction).name})`,
  };
  return named.size >= 2 ? [...named.values()] : [...named.values(), others];
}

/**
 * How many sources stand behind one claim, as ordered rules (first that applies). An article's own voice is never a
 * second source beside what it cites: these name the cited outlets, not the article.
 */
export const SOURCE_RULES: Array<{
  name: string;
  sources: (claim: Claim, extraction: Extraction, text: string) => Source[];
}> = [
  // "E! and the Los Angeles Times went further" (HuffPost France, 2022): two outlets reporting, two sources.
  { name: 'coordinated-outlets', sources: coordinatedOutlets },
  // "Several American outlets reported … that Kim Kardashian and Pete Davidson have separated. E! and the Los Angeles
  // Times went further" (HuffPost France, 2022): more than one outlet said it, and the article names one of them; the
  // named ones count each, the rest as one more. Unnamed alone ("according to various newspapers") they are one report
  // (EVAL-STORIES.md: corroboration needs named outlets).
  { name: 'plural-outlets', sources: pluralOutlets },
];

/**
 * A claim held by a cited outlet ("the Daily Mail reported…", "according to Us Weekly") counts as
 * that outlet, whoever republished it; anything else counts as the publishing outlet.
 */
export function claimSource(claim: Claim, extraction: Extraction, text = ''): Source {
  for (const rule of SOURCE_RULES) {
    const several = rule.sources(claim, extraction, text);
    if (several.length >= 2) return joined(several);
  }
  if (claim.holder.kind === 'outlet') {
    // Holder text counts as a name only when it looks like one ("Us Weekly", "The Sun"; not "reports", nor a
    // sentence-initial "The magazine", which would make every article's "the magazine" one source).
    const text = claim.holder.text && looksLikeName(claim.holder.text) ? claim.holder.text : undefined;
    const cited = extraction.entities.find((e) => e.id === claim.holder.entity)?.name ?? text;
    if (cited) return { key: `outlet:${nameKey(cited)}`, name: cited };
  }
  return articleSource(extraction);
}
