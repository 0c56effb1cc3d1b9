// Reads the labelled corpora for credibility training and evaluation from ../shared/data (or RUMOURMILL_DATA).
// Held-out celebrity pairs 201–250 are only ever returned by loadHeldOutPairs, which only the eval script calls.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledItem } from '../../src/extract/credibility/training.ts';
import { SHARED_DATA } from '../shared-data.ts';

/** The shared data folder, or null when it is not there (the repo must stand alone without it). */
export function dataDir(): string | null {
  return existsSync(join(SHARED_DATA, 'celebrity-fakenews-perezrosas2018')) ? SHARED_DATA : null;
}

type Row = { id: string; title: string | null; text: string; label: string; label_conflict?: boolean };

function readJsonl(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

const item = (row: Row, group: string): LabelledItem => ({
  id: row.id,
  group,
  title: row.title,
  text: row.text,
  source: null,
  label: row.label === 'legit' || row.label === 'real' ? 1 : 0,
});

/** `celebrity-101fake` → 101. */
export function pairNumber(id: string): number {
  const match = /^celebrity-(\d{3})(?:fake|legit)$/.exec(id);
  if (!match) throw new Error(`credibility data: unexpected celebrity id ${id}`);
  return Number(match[1]);
}

function celebrity(dir: string, keep: (pair: number) => boolean): LabelledItem[] {
  return readJsonl(join(dir, 'celebrity-fakenews-perezrosas2018/celebrity.jsonl'))
    .filter((row) => keep(pairNumber(row.id)))
    .map((row) => item(row, `pair-${pairNumber(row.id)}`));
}

/** Development and training data: celebrity pairs 001–200, the AMT items, GossipCop headlines (no label conflicts). */
export function loadTrainingData(dir: string): {
  pairs: LabelledItem[];
  amt: LabelledItem[];
  headlines: LabelledItem[];
} {
  const pairs = celebrity(dir, (n) => n >= 1 && n <= 200);
  const amt = readJsonl(join(dir, 'celebrity-fakenews-perezrosas2018/fakenewsamt_entertainment.jsonl')).map((row) =>
    item(row, 'amt'),
  );
  // Headline-only rows: the headline is the title, and there is no body to read.
  const headlines = readJsonl(join(dir, 'gossipcop-titles/gossipcop_titles.jsonl'))
    .filter((row) => row.label_conflict !== true)
    .map((row) => ({ ...item(row, 'gossipcop'), text: '' }));
  return { pairs, amt, headlines };
}

/** Held-out celebrity pairs 201–250: evaluation only. */
export function loadHeldOutPairs(dir: string): LabelledItem[] {
  return celebrity(dir, (n) => n >= 201 && n <= 250);
}
