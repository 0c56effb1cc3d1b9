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

/**
 * A claim held by a cited outlet ("the Daily Mail reported…", "according to Us Weekly") counts as
 * that outlet, whoever republished it; anything else counts as the publishing outlet.
 */
export function claimSource(claim: Claim, extraction: Extraction): Source {
  if (claim.holder.kind === 'outlet') {
    // Holder text counts as a name only when it looks like one ("Us Weekly", "The Sun"; not "reports", nor a
    // sentence-initial "The magazine", which would make every article's "the magazine" one source).
    const text = claim.holder.text && looksLikeName(claim.holder.text) ? claim.holder.text : undefined;
    const cited = extraction.entities.find((e) => e.id === claim.holder.entity)?.name ?? text;
    if (cited) return { key: `outlet:${nameKey(cited)}`, name: cited };
  }
  return articleSource(extraction);
}
