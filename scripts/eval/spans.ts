import type { Span } from '../../src/extract/index.ts';

// Systems disagree on a leading article, a possessive or a stuck quote mark ("Ana’s", "the Daily
// Mail", "Ana de Armas'"): those are not what entity scoring is about, so both sides lose them.
const LEAD = /^(?:[“"‘'(\s]+|the\s+)/i;
const TRAIL = /(?:['’]s|['’]|[”"’.,;:!?)\s]+)$/;

/** The span's key after trimming articles, possessives and punctuation at its edges. */
export function spanKey(span: Span): string {
  let { text, start, end } = span;
  for (let changed = true; changed && text.length > 0;) {
    changed = false;
    const lead = LEAD.exec(text);
    if (lead && lead[0].length < text.length) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
      changed = true;
    }
    const trail = TRAIL.exec(text);
    if (trail && trail[0].length < text.length) {
      end -= trail[0].length;
      text = text.slice(0, -trail[0].length);
      changed = true;
    }
  }
  return `${start}:${end}`;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export type PRF = { tp: number; system: number; gold: number };

export const prf = (): PRF => ({ tp: 0, system: 0, gold: 0 });

export function add(into: PRF, from: PRF): void {
  into.tp += from.tp;
  into.system += from.system;
  into.gold += from.gold;
}

export function f1(c: PRF): { p: number; r: number; f: number } {
  const p = c.system ? c.tp / c.system : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** One-to-one greedy matching: each gold item takes the first unused system item that fits. */
export function matchGreedy<G, S>(gold: G[], system: S[], fits: (g: G, s: S) => boolean): Map<G, S> {
  const used = new Set<S>();
  const out = new Map<G, S>();
  for (const g of gold) {
    const s = system.find((x) => !used.has(x) && fits(g, x));
    if (s !== undefined) {
      used.add(s);
      out.set(g, s);
    }
  }
  return out;
}
