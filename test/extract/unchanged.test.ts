// Extraction must not move while src/extract is reorganised (issue 15: rules as lists, doors, zod at load): every
// article of the gold (both parts, read as scripts/eval/extraction.ts reads them), of the development fixtures in
// test/fixtures and of data/samples, and, when the shared corpus is there, the 750 development articles and the
// TimeBank/AQUAINT development documents, hashed (sha256 of the extraction as JSON with sorted keys) against
// unchanged.snapshot.json. Only hashes are kept, so nothing of the held-out gold is printed or stored. A deliberate
// change to extraction rewrites the snapshot behind an explicit flag:
//   RUMOURMILL_UPDATE_SNAPSHOT=1 npx vitest run test/extract/unchanged.test.ts
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../scripts/shared-data.ts';
import { extract } from '../../src/extract/index.ts';
import { readInputs } from '../../src/read/index.ts';
import type { Article } from '../../src/read/index.ts';
import { goldArticle, loadGold } from '../gold/index.ts';
import { devArticles } from './corpus.ts';
import { must } from '../../src/invariant/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SNAPSHOT = fileURLToPath(new URL('unchanged.snapshot.json', import.meta.url));
const UPDATE = process.env.RUMOURMILL_UPDATE_SNAPSHOT === '1';
const TIMEML = ['timebank.jsonl', 'aquaint.jsonl'].map((f) => path.join(SHARED_DATA, 'timeml-tempeval3', f));

/** JSON with every object's keys sorted: a field moved within an object is not a change of output. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

const hash = (article: Article): string =>
  createHash('sha256')
    .update(canonical(extract(article)))
    .digest('hex');

type Row = {
  id?: string;
  doc?: string;
  published?: string | null;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  text?: string;
};

/** A fixture row as the extractor takes it; rows without a date get the one test/extract/corpus.ts gives. */
const article = (row: Row & { text: string }, file: string): Article => ({
  id: row.id ?? row.doc ?? file,
  published: row.published ?? '2017-01-01',
  title: row.title ?? null,
  source: row.source ?? null,
  url: row.url ?? null,
  text: row.text,
  origin: { file },
});

const rel = (file: string) => path.relative(root, file);
const listed = (dir: string, ext: string): string[] =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(root, dir, f));
/** The rows of a corpus that carry a text (a fixture's first line may only say where it comes from). */
const jsonl = (file: string): (Row & { text: string })[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Row)
    .filter((r): r is Row & { text: string } => typeof r.text === 'string');

type Section = Record<string, string>;

function goldSection(): Section {
  const out: Section = {};
  for (const g of loadGold('all')) out[g.article.id] = hash(goldArticle(g));
  return out;
}

/** Every row of the fixture corpora (jsonl, one-article json) and every house-format text, by file and line. */
async function fixturesSection(): Promise<Section> {
  const out: Section = {};
  const corpora = [
    'test/fixtures',
    'test/fixtures/streams',
    'test/fixtures/desk-streams',
    'test/fixtures/debris',
    'test/fixtures/timeml',
  ].flatMap((d) => listed(d, '.jsonl'));
  for (const file of corpora)
    jsonl(file).forEach((row, i) => (out[`${rel(file)}:${i + 1}`] = hash(article(row, rel(file)))));
  for (const file of listed('test/fixtures', '.json')) {
    out[rel(file)] = hash(article(JSON.parse(readFileSync(file, 'utf8')) as Row & { text: string }, rel(file)));
  }
  for (const file of [...listed('test/fixtures', '.txt'), ...listed('data/samples', '.txt')]) {
    let n = 0;
    for await (const r of readInputs([file])) {
      if (!r.ok) throw new Error(`${r.failure.file}: ${r.failure.message}`);
      out[`${rel(file)}#${++n}`] = hash(r.article);
    }
  }
  return out;
}

function devSection(): Section | null {
  const rows = devArticles();
  if (!rows) return null;
  return Object.fromEntries(rows.map((row) => [row.id, hash(article(row, row.id))]));
}

function timemlSection(): Section | null {
  if (!TIMEML.every((f) => existsSync(f))) return null;
  return Object.fromEntries(
    TIMEML.flatMap((file) =>
      jsonl(file).map((row) => [`${path.basename(file)} ${row.id}`, hash(article(row, row.id ?? file))]),
    ),
  );
}

const recorded = (): Record<string, Section> =>
  existsSync(SNAPSHOT) ? (JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, Section>) : {};
const now: Record<string, Section | null> = {
  gold: goldSection(),
  fixtures: await fixturesSection(),
  dev: devSection(),
  timeml: timemlSection(),
};
if (UPDATE) {
  // A section whose corpus is absent here keeps what was recorded where it was present.
  const was = recorded();
  const merged = Object.fromEntries(Object.entries(now).map(([k, v]) => [k, v ?? was[k] ?? {}]));
  writeFileSync(SNAPSHOT, `${JSON.stringify(merged, null, 1)}\n`);
}

const before = recorded();

/** The keys whose hash differs, is new, or went missing. */
function changed(was: Section, is: Section): string[] {
  return [...new Set([...Object.keys(was), ...Object.keys(is)])].filter((k) => was[k] !== is[k]).sort();
}

describe('extraction is unchanged on the gold, the fixtures and the development corpora', () => {
  it('the snapshot exists', () => {
    expect(existsSync(SNAPSHOT), `${SNAPSHOT} is missing: write it with RUMOURMILL_UPDATE_SNAPSHOT=1`).toBe(true);
  });

  for (const [name, section] of Object.entries(now)) {
    const absent = section === null;
    it.skipIf(absent)(
      `${name}: every article extracts to the same hash${absent ? ' (skipped: shared corpus absent)' : ''}`,
      () => {
        const was = before[name] ?? {};
        expect(Object.keys(must(section, 'expected section')).length).toBeGreaterThan(5);
        expect(changed(was, must(section, 'expected section'))).toEqual([]);
      },
    );
  }
});
