// The largest input each extraction stage handles within one second (issue 12's measure): real development text
// (the hand-made gold texts, joined and repeated) doubled until a stage takes longer. `npx tsx scripts/stage-limits.ts`.
// A measure printed for people, never a test: timings depend on the machine and its load.
import { readdirSync, readFileSync } from 'node:fs';
import { findClaims } from '../src/extract/claims/index.ts';
import { resolveCoreference } from '../src/extract/coreference/index.ts';
import { scoreCredibility } from '../src/extract/credibility/index.ts';
import { findDebris } from '../src/extract/debris/index.ts';
import type { Doc } from '../src/extract/doc.ts';
import { findEntities } from '../src/extract/entities/index.ts';
import { findEvents } from '../src/extract/events/index.ts';
import { findHedges } from '../src/extract/hedges/index.ts';
import { analyse } from '../src/extract/index.ts';
import { findTimes } from '../src/extract/times/index.ts';

const dir = new URL('../test/gold/texts/', import.meta.url);
const corpus = readdirSync(dir)
  .sort()
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n\n');

type Timings = Record<string, number>;

function timeStages(text: string): Timings {
  const t: Timings = {};
  const time = <T>(name: string, f: () => T): T => {
    const start = performance.now();
    const out = f();
    t[name] = (performance.now() - start) / 1000;
    return out;
  };
  const { sentences, tokens } = time('tokens', () => analyse(text));
  const ignored = time('debris', () => findDebris(text));
  const doc: Doc = { text, published: '2025-05-07', source: null, title: null, sentences, tokens, ignored };
  const entities = time('entities + coreference', () => resolveCoreference(doc, findEntities(doc)));
  const times = time('times', () => findTimes(doc));
  const hedges = time('hedges', () => findHedges(doc));
  const events = time('events', () => findEvents(doc, entities, times));
  const claims = time('claims', () => findClaims(doc, entities, events, hedges, times));
  time('credibility', () => scoreCredibility(doc, { entities, times, events, claims, hedges }));
  return t;
}

const largest = new Map<string, number>();
const done = new Set<string>();
for (let size = 16 * 1024; size <= 8 * 1024 * 1024 && done.size < 8; size *= 2) {
  const text = corpus.repeat(Math.ceil(size / corpus.length)).slice(0, size);
  const t = timeStages(text);
  for (const [stage, seconds] of Object.entries(t)) {
    if (done.has(stage)) continue;
    if (seconds <= 1) largest.set(stage, size);
    else done.add(stage);
  }
  console.log(
    `${(size / 1024).toFixed(0).padStart(5)} KB  ${Object.entries(t)
      .map(([s, v]) => `${s} ${v.toFixed(2)}s`)
      .join(' · ')}`,
  );
}
console.log('\nlargest input within one second, per stage (real development text):');
for (const [stage, size] of largest)
  console.log(
    `  ${stage.padEnd(24)} ${size >= 1024 * 1024 ? `${(size / 1024 / 1024).toFixed(0)} MB` : `${(size / 1024).toFixed(0)} KB`}${done.has(stage) ? '' : ' (or more)'}`,
  );
