// TempEval-3 style scores for the times stage and for chrono-node alone, in one run:
// relaxed extent (spans overlap) P/R/F1, and value F1 (F1 counting only matches whose value is right).
// Usage: npx tsx scripts/eval/times.ts [--dev] [--errors]   (--dev skips the held-out platinum set)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { findTimes } from '../../src/extract/times/index.ts';
import { analyse } from '../../src/extract/tokens/index.ts';
import { SHARED_DATA } from '../shared-data.ts';

type Timex = { start: number; end: number; value: string; type: string; text: string };
type TimeMLDoc = { id: string; published: string; text: string; timexes: Timex[] };
type Counts = { sys: number; gold: number; matched: number; valueOk: number };

export function dataDir(): string {
  return SHARED_DATA;
}

function load(file: string): TimeMLDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as TimeMLDoc);
}

function ours(d: TimeMLDoc): Timex[] {
  const { sentences, tokens } = analyse(d.text);
  return findTimes({ text: d.text, published: d.published, source: null, title: null, sentences, tokens, ignored: [] });
}

/** chrono's parse mapped naively to TIMEX3: the most specific component it is certain of. */
function chronoTimes(d: TimeMLDoc): Timex[] {
  const ref = new Date(`${d.published}T12:00:00Z`);
  return chrono.parse(d.text, ref).map((r) => {
    const c = r.start;
    const date = `${String(c.get('year')).padStart(4, '0')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
    const value = c.isCertain('hour')
      ? `${date}T${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`
      : c.isCertain('day') || !c.isCertain('month')
        ? date
        : c.isCertain('month')
          ? date.slice(0, 7)
          : date.slice(0, 4);
    return {
      start: r.index,
      end: r.index + r.text.length,
      value,
      type: c.isCertain('hour') ? 'TIME' : 'DATE',
      text: r.text,
    };
  });
}

function score(docs: TimeMLDoc[], system: (d: TimeMLDoc) => Timex[], errors?: string[]): Counts {
  const n: Counts = { sys: 0, gold: 0, matched: 0, valueOk: 0 };
  for (const d of docs) {
    const sys = system(d);
    const used = new Set<Timex>();
    n.sys += sys.length;
    n.gold += d.timexes.length;
    for (const g of d.timexes) {
      const s = sys.find((t) => !used.has(t) && t.start < g.end && g.start < t.end);
      if (!s) {
        errors?.push(`MISS ${d.id} "${g.text}" gold=${g.value}`);
        continue;
      }
      used.add(s);
      n.matched++;
      if (s.value === g.value) n.valueOk++;
      else errors?.push(`VALUE ${d.id} "${s.text}"/"${g.text}" got=${s.value} gold=${g.value} dct=${d.published}`);
    }
    for (const s of sys) if (!used.has(s)) errors?.push(`EXTRA ${d.id} "${s.text}" ${s.value}`);
  }
  return n;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function line(name: string, n: Counts): string {
  const p = n.sys ? n.matched / n.sys : 0,
    r = n.gold ? n.matched / n.gold : 0;
  const vp = n.sys ? n.valueOk / n.sys : 0,
    vr = n.gold ? n.valueOk / n.gold : 0;
  return `${name.padEnd(34)} extent P ${pct(p)} R ${pct(r)} F1 ${pct(f1(p, r))} | value F1 ${pct(f1(vp, vr))}  (${n.gold} gold, ${n.sys} found)`;
}

/** Prints relaxed-extent P/R/F1 and value F1 on TimeBank+AQUAINT (development) and platinum (held out). */
export async function evalTimes(
  options: { dev?: boolean; errors?: boolean } = { dev: !process.argv.includes('--heldout') },
): Promise<void> {
  const dir = join(dataDir(), 'timeml-tempeval3');
  if (!existsSync(join(dir, 'timebank.jsonl'))) {
    console.log(`times eval: no TimeML data at ${dir} (set RUMOURMILL_DATA to the shared data folder); skipped.`);
    return;
  }
  const dev = [...load(join(dir, 'timebank.jsonl')), ...load(join(dir, 'aquaint.jsonl'))];
  const errors: string[] = [];
  const t0 = performance.now();
  const devOurs = score(dev, ours, options.errors ? errors : undefined);
  const ms = performance.now() - t0;
  console.log('Times (TIMEX3), TempEval-3 relaxed extent and value F1');
  console.log(line('TimeBank+AQUAINT  rumourmill', devOurs) + `  ${ms.toFixed(0)} ms`);
  console.log(line('TimeBank+AQUAINT  chrono-node', score(dev, chronoTimes)));
  if (options.dev) console.log('(platinum held out: scored only with `npm run eval -- --heldout`)');
  if (!options.dev && existsSync(join(dir, 'platinum.jsonl'))) {
    const platinum = load(join(dir, 'platinum.jsonl'));
    console.log(line('platinum (held out) rumourmill', score(platinum, ours)));
    console.log(line('platinum (held out) chrono-node', score(platinum, chronoTimes)));
  }
  if (options.errors) for (const e of errors) console.log(e);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await evalTimes({ dev: process.argv.includes('--dev'), errors: process.argv.includes('--errors') });
}
