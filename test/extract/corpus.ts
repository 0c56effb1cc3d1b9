import { existsSync, readFileSync } from 'node:fs';
import { SHARED_DATA } from '../../scripts/shared-data.ts';
import { extract, type Extraction } from '../../src/extract/index.ts';

export type Row = { id: string; published: string | null; title: string | null; text: string };

const readJsonl = (file: string): Row[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Row);

/**
 * Real articles whose extraction used to depend on what the process had read before: "Bush's.",
 * "John's," and "Fintian's." left whole possessives in wink's cache that later split differently
 * (bbc-entertainment-141 lost "Elton John" after celebrity-060legit). From the development parts
 * of /work/shared/data (bbc-entertainment 001–350, celebrity pairs 001–200).
 */
export const FIXTURES = readJsonl(new URL('../fixtures/determinism.jsonl', import.meta.url).pathname);

const DEV = [
  {
    file: `${SHARED_DATA}/bbc-entertainment/bbc_entertainment.jsonl`,
    dev: (id: string) => /^bbc-entertainment-\d{3}$/.test(id) && Number(id.slice(-3)) <= 350,
  },
  {
    file: `${SHARED_DATA}/celebrity-fakenews-perezrosas2018/celebrity.jsonl`,
    dev: (id: string) => /^celebrity-\d{3}(?:fake|legit)$/.test(id) && Number(id.slice(10, 13)) <= 200,
  },
];

/** The development articles (bbc 001–350, celebrity pairs 001–200), or null when the shared corpus is absent. */
export function devArticles(): Row[] | null {
  if (!DEV.every((d) => existsSync(d.file))) return null;
  // Filter by id before anything else reads the rows: the held-out parts stay unread.
  return DEV.flatMap((d) => readJsonl(d.file).filter((row) => d.dev(row.id)));
}

/** Our own held-out parts (test/gold/HELDOUT, test/stories/HELDOUT): development-corpus articles scored only when a
 * change is finished, never read to write rules. */
const OWN_HELD_OUT = new Set(
  ['../gold/HELDOUT', '../stories/HELDOUT'].flatMap((f) =>
    readFileSync(new URL(f, import.meta.url), 'utf8')
      .split('\n')
      .map((id) => id.trim())
      .filter(Boolean),
  ),
);

/** A celebrity pair's number ("celebrity-096fake" → "096"): both halves tell of the same people. */
const pairOf = (id: string) => /^celebrity-(\d{3})(?:fake|legit)$/.exec(id)?.[1];
const HELD_OUT_PAIRS = new Set([...OWN_HELD_OUT].map(pairOf).filter(Boolean));

/** Whether an article is ours held out, or the other half of a celebrity pair held out (the same people's story). */
export const heldOut = (id: string): boolean => OWN_HELD_OUT.has(id) || HELD_OUT_PAIRS.has(pairOf(id));

/**
 * The development articles a rule may be checked on: devArticles() without our own held-out parts, nor the other half
 * of a held-out celebrity pair. Diff a change's output over these (an events helper's diff over devArticles() printed
 * held-out articles' events).
 */
export function tuningArticles(): Row[] | null {
  return devArticles()?.filter((row) => !heldOut(row.id)) ?? null;
}

/** The extraction as the CLI would store it, as a string to compare byte for byte. */
export function extractRow(row: Row): string {
  const extraction: Extraction = extract({
    id: row.id,
    published: row.published ?? '2017-01-01',
    title: row.title,
    source: null,
    url: null,
    text: row.text,
    origin: { file: row.id },
  });
  return JSON.stringify(extraction);
}

/** Each row's extraction, in the order given. */
export const extractAll = (rows: Row[]): Map<string, string> => new Map(rows.map((row) => [row.id, extractRow(row)]));
