// The score, as the ledger gives it on real articles, must not move when score.ts is reorganised: every story of the
// development streams and the sample articles, its score and every item's delta and "why", against a snapshot
// written before the adjustments were split out (score-unchanged.snapshot.json). A deliberate change to the score
// updates it behind an explicit flag, so the diff of the snapshot is what a reviewer reads:
//   RUMOURMILL_UPDATE_SNAPSHOT=1 npx vitest run test/ledger/score-unchanged.test.ts
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreStory } from '../../src/ledger/index.ts';
import type { EvidenceItem, Story } from '../../src/ledger/index.ts';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import { effectiveSources } from '../../src/ledger/score.ts';
import { readInputs } from '../../src/read/index.ts';
import type { Article } from '../../src/read/index.ts';
import { openStore } from '../../src/store/index.ts';
import type { EvidenceRow, Store } from '../../src/store/index.ts';
import { must } from '../../src/invariant/index.ts';
import { shownStories } from '../helpers/shown.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SNAPSHOT = fileURLToPath(new URL('score-unchanged.snapshot.json', import.meta.url));
const UPDATE = process.env.RUMOURMILL_UPDATE_SNAPSHOT === '1';

const files = (dir: string, ext: string) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(root, dir, f));

/** The streams in date order (as scripts/eval/streams.ts ingests them), then the samples `npm start` shows. */
async function articles(): Promise<Article[]> {
  const read = async (paths: string[]) => {
    const out: Article[] = [];
    for await (const r of readInputs(paths)) {
      if (!r.ok) throw new Error(`${r.failure.file}: ${r.failure.message}`);
      out.push(r.article);
    }
    return out;
  };
  const streams = (await read(files('test/fixtures/streams', '.jsonl'))).sort(
    (a, b) => (a.published ?? '').localeCompare(b.published ?? '') || (a.id ?? '').localeCompare(b.id ?? ''),
  );
  return [...streams, ...(await read(files('data/samples', '.txt')))];
}

const item = (e: EvidenceItem) => ({
  article: e.article,
  holder: e.holder,
  stance: e.stance,
  span: [e.start, e.end],
  text: e.text,
  delta: e.delta,
  why: e.why,
});

/** What the ledger says of a story (scores banded by status, stages, history) … */
function told(story: Story) {
  return {
    status: story.status,
    value: story.value,
    score: story.score,
    stages: (story.stages ?? []).map((s) => ({
      value: s.value,
      status: s.status,
      score: s.score,
      calibration: s.calibration,
      history: s.history,
    })),
    history: story.history,
    explanation: story.explanation.map(item),
  };
}

/**
 * The same rows as if every article were undated and had no outlet (the cap on such articles, principals' words that
 * cannot be ordered), and as if each had been syndicated the same day by another outlet (copies, repeats): branches
 * the streams never reach, taken on real sentences.
 */
const undated = (rows: EvidenceRow[]): EvidenceRow[] =>
  rows.map((r) => ({ ...r, published: null, sourceKey: `article:${r.article}`, sourceName: `“${r.article}”` }));
const syndicated = (rows: EvidenceRow[]): EvidenceRow[] =>
  rows.flatMap((r) => [
    r,
    {
      ...r,
      id: `${r.id}-copy`,
      article: `${r.article}-copy`,
      sourceKey: 'outlet:wire copy',
      sourceName: 'Wire Copy',
      text: ` ${r.text.toUpperCase()} `,
    },
  ]);

type Snapshot = Record<string, unknown>;

// openLedger(':memory:') is ledgerOver(openStore(':memory:')); the store is kept to read each story's evidence rows.
let store: Store;
let now: Snapshot;

beforeAll(async () => {
  store = await openStore(':memory:');
  const ledger = ledgerOver(store);
  for (const a of await articles()) await ledger.ingest(a);
  now = {};
  // A story merged into another (a lone name's, lone-names.ts) lives on in the one it joined, as the API answers it.
  for (const summary of await shownStories(ledger)) {
    const story = must(await ledger.story(summary.id), 'expected (await ledger.story(summary.id))');
    const rows = await store.evidence(summary.id);
    // … and what scoreStory alone makes of all the story's stored rows, both ways it can be asked: the function
    // itself, whatever the stages do with it.
    const raw = (perStage: boolean, these = rows, from = these) => {
      const s = scoreStory(summary.type, these, story.lastSeen, effectiveSources(from), undefined, perStage);
      return { score: s.score, items: s.items.map((e) => `${e.delta} ${e.why}`) };
    };
    now[`${summary.type} ${summary.subjects.map((x) => x.name).join(' & ')} (${summary.id})`] = {
      ledger: told(story),
      scoreStory: raw(false),
      scoreStoryPerStage: raw(true),
      undated: raw(false, undated(rows)),
      undatedPerStage: raw(true, undated(rows)),
      syndicated: raw(false, syndicated(rows)),
      syndicatedPerStage: raw(true, syndicated(rows)),
      // The copies scored without their originals (as a stage's rows are scored with the whole story's sources).
      copiesAlone: raw(
        false,
        syndicated(rows).filter((r) => r.id.endsWith('-copy')),
        syndicated(rows),
      ),
    };
  }
  if (UPDATE) writeFileSync(SNAPSHOT, `${JSON.stringify(now, null, 1)}\n`);
}, 600_000);

afterAll(async () => {
  await store?.close();
});

describe('the score on the development streams and the samples is what it was before the adjustments were split out', () => {
  it('the snapshot exists and covers the same stories', () => {
    expect(existsSync(SNAPSHOT), `${SNAPSHOT} is missing: write it with RUMOURMILL_UPDATE_SNAPSHOT=1`).toBe(true);
    const before = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot;
    expect(Object.keys(now).length).toBeGreaterThan(10);
    expect(Object.keys(now).sort()).toEqual(Object.keys(before).sort());
  });

  it('every story: the same score, the same items in the same order, the same words', () => {
    const before = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot;
    for (const key of Object.keys(before)) expect(now[key], key).toEqual(before[key]);
  });
});
