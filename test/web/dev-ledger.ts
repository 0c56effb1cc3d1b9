// The ledger the desk is tested on: real development articles, read and ingested as a user would
// (data/samples, the eight development streams and the undated celebrity development pairs of
// test/fixtures, through readInputs and Ledger.ingest).
// A real ledger has stories with 100+ evidence rows (syndication: one report rerun by many outlets);
// the development streams have at most ~16, so the Zendaya & Tom Holland stream is also ingested as
// the wire copies other outlets ran of it, a few days later, the way it happens.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Ledger } from '../../src/ledger/types.ts';
import { readInputs, type Article } from '../../src/read/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STREAMS = `${ROOT}test/fixtures/streams`;
export const SYNDICATED_STREAM = 'zendaya-tom-holland';
/** Outlets of the other streams, as the papers that rerun the syndicated story. */
const RERUN_BY = [
  'Daily Mail',
  'E! News',
  'The Indian Express',
  'HollywoodLife',
  'The Mercury News',
  'Capital FM',
  'Just Jared',
  'Us Weekly',
  'People',
];

export async function devArticles(): Promise<Article[]> {
  const files = [
    `${ROOT}data/samples`,
    ...readdirSync(STREAMS)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => `${STREAMS}/${f}`),
    // Undated, as most of a real corpus is: the list must still order their stories sensibly.
    `${ROOT}test/fixtures/celebrity-dev-pairs.jsonl`,
  ];
  const out: Article[] = [];
  for await (const r of readInputs(files)) {
    if (!r.ok) throw new Error(`${r.failure.file}: ${r.failure.message}`);
    out.push(r.article);
  }
  return out;
}

/** Each article of the syndicated stream as rerun by each outlet of RERUN_BY, one day apart. */
export function wireCopies(articles: Article[]): Article[] {
  const originals = articles.flatMap((a) =>
    a.id?.startsWith(`${SYNDICATED_STREAM}-`) && a.published ? [{ ...a, published: a.published }] : [],
  );
  return originals.flatMap((a) =>
    RERUN_BY.filter((outlet) => outlet !== a.source).map((outlet, i) => ({
      ...a,
      id: `${a.id}-rerun-${i + 1}`,
      source: outlet,
      url: null,
      published: addDays(a.published, i + 1),
      // A rerun note at the end (no names in it, so it adds no entity of its own): every sentence keeps its offsets.
      text: `${a.text}\n\n(Rerun ${i + 1}.)`,
    })),
  );
}

/**
 * Ingests the development corpora (and the wire copies, unless `syndicated` is false) and refreshes the ledger.
 * Articles whose id is in `holdBack` are left out, with their wire copies: a test adds them later, as a journalist
 * would add the next article of a story the ledger already holds.
 */
export async function ingestDevCorpus(
  ledger: Ledger,
  options: { syndicated?: boolean; holdBack?: string[] } = {},
): Promise<{ articles: number; ms: number }> {
  const t0 = performance.now();
  const held = new Set(options.holdBack ?? []);
  const articles = (await devArticles()).filter((a) => !a.id || !held.has(a.id));
  const all = options.syndicated === false ? articles : [...articles, ...wireCopies(articles)];
  for (const article of all) await ledger.ingest(article);
  await ledger.refresh();
  return { articles: all.length, ms: Math.round(performance.now() - t0) };
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
