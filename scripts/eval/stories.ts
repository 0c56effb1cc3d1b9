// Story-level evaluation against the hand-made story gold (test/stories, format and scoring in
// ../shared/EVAL-STORIES.md): each part's articles ingested together into a fresh ledger, every story it lists
// matched to the gold stories by type and subjects, then precision, recall, status and stage accuracy.
// The held-out part (test/stories/HELDOUT) is printed as aggregate figures only: it is never read to write rules.
// `npx tsx scripts/eval/stories.ts`; the articles come from SHARED_DATA (../shared/data, or RUMOURMILL_DATA).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { openLedger, STORY_STATUSES } from '../../src/ledger/index.ts';
import type { StoryStatus, StorySummary } from '../../src/ledger/index.ts';
import { readInputs } from '../../src/read/index.ts';
import type { Article } from '../../src/read/index.ts';
import { SHARED_DATA } from '../shared-data.ts';
import { shownStories } from '../../test/helpers/shown.ts';
import { sameName } from './streams.ts';
import { printTable } from './table.ts';
import { at, must } from '../../src/invariant/index.ts';

export { sameName };

const GOLD_DIR = fileURLToPath(new URL('../../test/stories', import.meta.url));
const CORPORA = ['celebrity-fakenews-perezrosas2018/celebrity.jsonl', 'bbc-entertainment/bbc_entertainment.jsonl'];

const GoldItem = z.object({
  type: z.string().min(1),
  value: z.string(),
  subjects: z.array(z.string().min(1)).min(1),
  status: z.enum(STORY_STATUSES).optional(),
});
const GoldFile = z.object({ id: z.string(), stories: z.array(GoldItem), background: z.array(GoldItem).optional() });
export type GoldFile = z.infer<typeof GoldFile>;

/** A story the gold says the part's articles tell, merged across the articles that tell it. */
export type GoldStory = {
  type: string;
  value: string;
  /** The fullest spelling of each subject met in the articles. */
  subjects: string[];
  status: StoryStatus;
  /** Each telling: its article, its stage and its status from that article alone. */
  tellings: Array<{ article: string; value: string; status: StoryStatus }>;
};

/** The five types matched exactly; any other type is a gossip fact-checker's "other claim" and matches any other. */
export const CORE_TYPES = new Set(['relationship', 'pregnancy', 'casting', 'feud', 'health']);

export function sameType(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || (!CORE_TYPES.has(x) && !CORE_TYPES.has(y));
}

/** Same number of subjects, and each name matches a different one of the other's ("Jolie" & "Brad Pitt" ~ "Brad Pitt" & "Angelina Jolie"). */
export function sameSubjects(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const pair = (i: number, used: Set<number>): boolean => {
    if (i === a.length) return true;
    return b.some((name, j) => !used.has(j) && sameName(at(a, i), name) && pair(i + 1, new Set([...used, j])));
  };
  return pair(0, new Set());
}

const sameStory = (a: { type: string; subjects: string[] }, b: { type: string; subjects: string[] }): boolean =>
  sameType(a.type, b.type) && sameSubjects(a.subjects, b.subjects);

/**
 * The status of a story several articles tell, from each article's own (EVAL-STORIES.md): principals on record both
 * ways → contested; a principal's split → ended; confirmed; denied; two or more reporting articles → corroborated;
 * one → reported; else speculated. "Ended" is a principal's word for the split, so it sides with "confirmed" against
 * a denial.
 */
export function combineStatus(tellings: Array<{ article: string; status: StoryStatus }>): StoryStatus {
  const has = (s: StoryStatus) => tellings.some((t) => t.status === s);
  if (has('contested') || ((has('confirmed') || has('ended')) && has('denied'))) return 'contested';
  if (has('ended')) return 'ended';
  if (has('confirmed')) return 'confirmed';
  if (has('denied')) return 'denied';
  const reporting = new Set(
    tellings.filter((t) => t.status === 'reported' || t.status === 'corroborated').map((t) => t.article),
  );
  if (has('corroborated') || reporting.size >= 2) return 'corroborated';
  if (reporting.size === 1) return 'reported';
  return 'speculated';
}

// A relationship told at several stages by undated articles: the furthest stage any of them reports is the gold
// stage (an article telling of the split outranks one still calling them a couple).
const STAGE_ORDER = ['dating', 'engaged', 'married', 'split'];
const furthestStage = (values: string[]): string =>
  values.reduce((best, v) => (STAGE_ORDER.indexOf(v) > STAGE_ORDER.indexOf(best) ? v : best));

const fuller = (a: string, b: string): string => (b.split(/\s+/).length > a.split(/\s+/).length ? b : a);

/** Every story (and every background item) of the given gold files, merged across articles by the matching rule. */
export function goldStories(files: GoldFile[]): { stories: GoldStory[]; background: GoldStory[] } {
  const merge = (items: Array<{ article: string; item: z.infer<typeof GoldItem> }>): GoldStory[] => {
    const out: GoldStory[] = [];
    for (const { article, item } of items) {
      const telling = { article, value: item.value, status: item.status ?? 'reported' };
      const found = out.find((g) => sameStory(g, item));
      if (!found) {
        out.push({
          type: item.type,
          value: item.value,
          subjects: [...item.subjects],
          status: telling.status,
          tellings: [telling],
        });
        continue;
      }
      found.tellings.push(telling);
      found.subjects = found.subjects.map((name) => fuller(name, item.subjects.find((s) => sameName(s, name)) ?? name));
    }
    for (const g of out) {
      g.status = combineStatus(g.tellings);
      if (g.type === 'relationship') g.value = furthestStage(g.tellings.map((t) => t.value));
    }
    return out;
  };
  return {
    stories: merge(files.flatMap((f) => f.stories.map((item) => ({ article: f.id, item })))),
    background: merge(files.flatMap((f) => (f.background ?? []).map((item) => ({ article: f.id, item })))),
  };
}

export type StoryFigures = {
  articles: number;
  gold: number;
  background: number;
  system: number;
  /** System stories matching a gold story. */
  matched: number;
  /** System stories matching only a background item: left out of precision. */
  backgroundOnly: number;
  /** Matched system stories whose gold story another system story had already matched. */
  duplicates: number;
  goldFound: number;
  precision: number;
  recall: number;
  f1: number;
  statusRight: number;
  /** Of the found gold stories. */
  statusAccuracy: number;
  stageRight: number;
  stageTotal: number;
  stageAccuracy: number;
  confirmed: number;
  confirmedRight: number;
  /** The share of the ledger's "confirmed" stories (background-only ones left out) that the gold confirms. */
  confirmedPrecision: number;
};

export type StoryScore = {
  figures: StoryFigures;
  falsePositives: StorySummary[];
  missed: GoldStory[];
  wrongStatus: Array<{ gold: GoldStory; system: StorySummary }>;
};

const ratio = (a: number, b: number): number => (b ? a / b : 0);
const articlesOf = (s: StorySummary): number => s.sources.reduce((n, src) => n + src.articles, 0);

/**
 * Scores the ledger's stories against the gold. A gold story that several system stories match (duplicates) is
 * judged by one of them: the one of its exact type if any, then the one with the most articles behind it.
 */
export function scoreStories(
  gold: { stories: GoldStory[]; background: GoldStory[] },
  system: StorySummary[],
  articles = 0,
): StoryScore {
  const subjectsOf = (s: StorySummary) => ({ type: s.type, subjects: s.subjects.map((x) => x.name) });
  const matchesOf = new Map<GoldStory, StorySummary[]>(gold.stories.map((g) => [g, []]));
  const falsePositives: StorySummary[] = [];
  let matched = 0;
  let backgroundOnly = 0;
  let duplicates = 0;
  let confirmed = 0;
  let confirmedRight = 0;
  for (const s of system) {
    const golds = gold.stories.filter((g) => sameStory(subjectsOf(s), g));
    if (golds.length === 0 && gold.background.some((b) => sameStory(subjectsOf(s), b))) {
      backgroundOnly++;
      continue;
    }
    if (s.status === 'confirmed') {
      confirmed++;
      if (golds.some((g) => g.status === 'confirmed')) confirmedRight++;
    }
    if (golds.length === 0) {
      falsePositives.push(s);
      continue;
    }
    matched++;
    if (golds.every((g) => must(matchesOf.get(g), 'matchesOf starts with every gold story').length > 0)) duplicates++;
    for (const g of golds) must(matchesOf.get(g), 'matchesOf starts with every gold story').push(s);
  }
  const missed: GoldStory[] = [];
  const wrongStatus: StoryScore['wrongStatus'] = [];
  let goldFound = 0;
  let statusRight = 0;
  let stageRight = 0;
  let stageTotal = 0;
  for (const [g, found] of matchesOf) {
    if (found.length === 0) {
      missed.push(g);
      continue;
    }
    goldFound++;
    const main = at(
      [...found].sort((a, b) => Number(b.type === g.type) - Number(a.type === g.type) || articlesOf(b) - articlesOf(a)),
      0,
    );
    if (main.status === g.status) statusRight++;
    else wrongStatus.push({ gold: g, system: main });
    if (g.type === 'relationship') {
      stageTotal++;
      if (main.value === g.value) stageRight++;
    }
  }
  const precision = ratio(matched, system.length - backgroundOnly);
  const recall = ratio(goldFound, gold.stories.length);
  return {
    figures: {
      articles,
      gold: gold.stories.length,
      background: gold.background.length,
      system: system.length,
      matched,
      backgroundOnly,
      duplicates,
      goldFound,
      precision,
      recall,
      f1: ratio(2 * precision * recall, precision + recall),
      statusRight,
      statusAccuracy: ratio(statusRight, goldFound),
      stageRight,
      stageTotal,
      stageAccuracy: ratio(stageRight, stageTotal),
      confirmed,
      confirmedRight,
      confirmedPrecision: ratio(confirmedRight, confirmed),
    },
    falsePositives,
    missed,
    wrongStatus,
  };
}

/** The gold files, split into the development part and the held-out one (HELDOUT). */
export function readGold(dir = GOLD_DIR): { development: GoldFile[]; heldout: GoldFile[] } {
  const heldoutIds = new Set(readFileSync(path.join(dir, 'HELDOUT'), 'utf8').split(/\s+/).filter(Boolean));
  const development: GoldFile[] = [];
  const heldout: GoldFile[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const parsed = GoldFile.safeParse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    // The message names the file only: a held-out file's contents are not printed.
    if (!parsed.success)
      throw new Error(`test/stories/${file}: not a story gold file (${parsed.error.issues[0]?.path.join('.') ?? ''})`);
    (heldoutIds.has(parsed.data.id) ? heldout : development).push(parsed.data);
  }
  return { development, heldout };
}

/** The articles with the given ids from the shared corpora (the others are dropped as soon as their id is read). */
export async function readArticles(ids: Set<string>): Promise<{ articles: Map<string, Article>; failures: number }> {
  const articles = new Map<string, Article>();
  let failures = 0;
  for await (const r of readInputs(CORPORA.map((c) => path.join(SHARED_DATA, c)))) {
    if (!r.ok) failures++;
    else if (r.article.id && ids.has(r.article.id)) articles.set(r.article.id, r.article);
  }
  return { articles, failures };
}

/** One part: its articles ingested together into a fresh in-memory ledger, its stories scored against its gold. */
export async function scorePart(files: GoldFile[], articles: Map<string, Article>): Promise<StoryScore> {
  const ledger = await openLedger(':memory:');
  try {
    let ingested = 0;
    for (const f of files) {
      const article = articles.get(f.id);
      if (!article) continue;
      await ledger.ingest(article);
      ingested++;
    }
    await ledger.refresh();
    return scoreStories(goldStories(files), await shownStories(ledger), ingested);
  } finally {
    await ledger.close();
  }
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const names = (subjects: string[]): string => subjects.join(' & ');

function figureRows(dev: StoryFigures, held: StoryFigures): [string, string, string][] {
  const row = (label: string, get: (f: StoryFigures) => string): [string, string, string] => [
    label,
    get(dev),
    get(held),
  ];
  return [
    row('articles ingested', (f) => `${f.articles}`),
    row('gold stories (background items)', (f) => `${f.gold} (${f.background})`),
    row('ledger stories', (f) => `${f.system}`),
    row('  matching a gold story (duplicates)', (f) => `${f.matched} (${f.duplicates})`),
    row('  matching only background (left out)', (f) => `${f.backgroundOnly}`),
    row('  matching nothing', (f) => `${f.system - f.matched - f.backgroundOnly}`),
    row('precision', (f) => `${pct(f.precision)} (${f.matched}/${f.system - f.backgroundOnly})`),
    row('recall', (f) => `${pct(f.recall)} (${f.goldFound}/${f.gold})`),
    row('F1', (f) => pct(f.f1)),
    row('status right (of found)', (f) => `${pct(f.statusAccuracy)} (${f.statusRight}/${f.goldFound})`),
    row('relationship stage right (of found)', (f) => `${pct(f.stageAccuracy)} (${f.stageRight}/${f.stageTotal})`),
    row('"confirmed" stories right', (f) => `${pct(f.confirmedPrecision)} (${f.confirmedRight}/${f.confirmed})`),
  ];
}

/** The held-out part is scored only for a finished change: `npm run eval -- --heldout`. */
export async function evalStories(
  withHeldOut = process.argv.includes('--heldout'),
): Promise<{ development: StoryFigures; heldout: StoryFigures | null } | null> {
  const missing = CORPORA.filter((c) => !existsSync(path.join(SHARED_DATA, c)));
  if (missing.length) {
    console.log(
      `\n== Stories: skipped, the articles are not there (${missing.map((c) => path.join(SHARED_DATA, c)).join(', ')}; set RUMOURMILL_DATA to the shared data folder)`,
    );
    return null;
  }
  const gold = readGold();
  const ids = new Set([...gold.development, ...gold.heldout].map((f) => f.id));
  const { articles, failures } = await readArticles(ids);
  const absent = [...ids].filter((id) => !articles.has(id)).length;
  console.log(
    `\n== Stories: ${gold.development.length} development and ${gold.heldout.length} held-out articles of hand-made story gold (test/stories), each part ingested into its own fresh ledger`,
  );
  if (absent || failures)
    console.log(`  (${absent} gold articles not found in the corpora; ${failures} unreadable corpus lines)`);
  const dev = await scorePart(gold.development, articles);
  const held = withHeldOut ? await scorePart(gold.heldout, articles) : null;
  console.log('');
  if (held) printTable(['', 'development', 'held-out'], figureRows(dev.figures, held.figures));
  else {
    printTable(
      ['', 'development', ''],
      figureRows(dev.figures, dev.figures).map(([label, d]) => [label, d, '']),
    );
    console.log('(held-out part not scored: `npm run eval -- --heldout`, for a finished change only)');
  }

  // Development only: what the lead may read to improve the system.
  const sys = (s: StorySummary) => `${s.type}/${s.value} ${s.status}  ${names(s.subjects.map((x) => x.name))}`;
  const where = (g: GoldStory) => [...new Set(g.tellings.map((t) => t.article))].join(',');
  console.log(`\ndevelopment: ledger stories matching no gold story (${dev.falsePositives.length})`);
  for (const s of dev.falsePositives) console.log(`  ${s.origin?.article ?? '?'}  ${sys(s)}`);
  console.log(`\ndevelopment: gold stories missed (${dev.missed.length})`);
  for (const g of dev.missed) console.log(`  ${where(g)}  ${g.type}/${g.value} ${g.status}  ${names(g.subjects)}`);
  console.log(`\ndevelopment: found with the wrong status (${dev.wrongStatus.length}): want ← got`);
  for (const { gold: g, system: s } of dev.wrongStatus)
    console.log(`  ${where(g)}  ${g.status} ← ${s.status}  ${g.type}/${g.value}  ${names(g.subjects)}`);
  const f = dev.figures;
  const h = held?.figures ?? null;
  const heldLine = h
    ? `; held-out P ${pct(h.precision)} R ${pct(h.recall)} F1 ${pct(h.f1)}, status ${pct(h.statusAccuracy)}`
    : '';
  console.log(
    `\nstories: development P ${pct(f.precision)} R ${pct(f.recall)} F1 ${pct(f.f1)}, status ${pct(f.statusAccuracy)}${heldLine}`,
  );
  return { development: f, heldout: h };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await evalStories();
