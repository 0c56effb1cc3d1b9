import { f1 } from './spans.ts';
import type { PRF } from './spans.ts';
import type { Scores } from './score.ts';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const ratio = (c: { right: number; total: number }) =>
  c.total ? `${pct(c.right / c.total)} (${c.right}/${c.total})` : '    –';
const prfCell = (c: PRF) => {
  const { p, r, f } = f1(c);
  return `P${pct(p)} R${pct(r)} F${pct(f)}`;
};

/** Rows of [label, ours, baseline] for every figure in two score sets. */
export function rows(ours: Scores, base: Scores): [string, string, string][] {
  const out: [string, string, string][] = [];
  const both = (label: string, get: (s: Scores) => string) => out.push([label, get(ours), get(base)]);
  both('entities (type + shared span)', (s) => prfCell(s.entities));
  const types = [...new Set([...ours.entitiesByType.keys(), ...base.entitiesByType.keys()])].sort();
  for (const t of types) both(`  ${t}`, (s) => prfCell(s.entitiesByType.get(t) ?? { tp: 0, system: 0, gold: 0 }));
  const kinds = [...new Set([...ours.mentions.keys(), ...base.mentions.keys()])].sort();
  both('mentions on the right entity', (s) => prfCell(s.mentionsRight));
  for (const k of kinds) both(`  ${k} (recall)`, (s) => ratio(s.mentions.get(k) ?? { right: 0, total: 0 }));
  both('time extents (overlap)', (s) => prfCell(s.timeExtent));
  both('time values (extent + value)', (s) => prfCell(s.timeValue));
  both('events right (type+sentence+date+all partic.)', (s) => prfCell(s.eventsRight));
  both('  found (type + sentence)', (s) => prfCell(s.eventsFound));
  both('  right date (of found)', (s) => ratio(s.eventsDated));
  both('  right participants (of found)', (s) => ratio(s.eventsParticipants));
  both('claims right (type+subj.+holder+stance+sentence)', (s) => prfCell(s.claimsRight));
  both('  found (type + subjects)', (s) => prfCell(s.claimsFound));
  both('hedge cues (overlap)', (s) => prfCell(s.hedges));
  return out;
}

/** The table as text, one line a row. */
export function formatTable(header: [string, string, string], body: [string, string, string][]): string {
  const w0 = Math.max(header[0].length, ...body.map((r) => r[0].length));
  const w1 = Math.max(header[1].length, ...body.map((r) => r[1].length));
  const line = (r: [string, string, string]) => `${r[0].padEnd(w0)} | ${r[1].padEnd(w1)} | ${r[2]}`;
  return [line(header), `${'-'.repeat(w0)}-+-${'-'.repeat(w1)}-+-${'-'.repeat(30)}`, ...body.map(line)].join('\n');
}

export function printTable(header: [string, string, string], body: [string, string, string][]): void {
  console.log(formatTable(header, body));
}
