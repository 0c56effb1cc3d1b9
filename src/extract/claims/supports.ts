import type { Claim, Event } from '../types.ts';
import { startingIn } from '../text/index.ts';
import { at } from '../../invariant/index.ts';

// Being seen, travelling, partying or posting together is what backs a relationship rumour.
const TOGETHER: ReadonlySet<string> = new Set([
  'appearance',
  'sighting',
  'travel',
  'celebration',
  'post',
  'photo',
  'gift',
]);

/** Events that back a claim: those told in its evidence, and for a relationship the ones its subjects share. */
export function supportsFor(claim: Omit<Claim, 'id' | 'supports'>, events: Event[]): string[] {
  return supportsIndex(events)(claim);
}

/**
 * supportsFor over one article's events, indexed once: the spans by offset and the together-events by participant,
 * so each claim looks up its own instead of filtering every event (that was quadratic on long texts).
 */
export function supportsIndex(events: Event[]): (claim: Omit<Claim, 'id' | 'supports'>) => string[] {
  const order = new Map(events.map((e, i) => [e, i]));
  const spans = events
    .filter((e) => e.type !== 'report')
    .flatMap((e) => [e.evidence, ...(e.mentions ?? [])].map((m) => ({ start: m.start, end: m.end, e })))
    .sort((a, b) => a.start - b.start);
  // A reduce, not Math.max(...spans): a spread of a very long article's spans overflows the call stack.
  const longest = spans.reduce((most, s) => Math.max(most, s.end - s.start), 0);
  const together = new Map<string, Event[]>();
  for (const e of events) {
    if (!TOGETHER.has(e.type)) continue;
    for (const p of new Set(e.participants)) {
      const list = together.get(p);
      if (list) list.push(e);
      else together.set(p, [e]);
    }
  }
  return (claim) => {
    const found = new Set<Event>();
    const { start, end } = claim.evidence;
    // Spans that overlap the evidence start at most `longest` before it.
    for (const s of startingIn(spans, start - longest + 1, end)) if (s.end > start) found.add(s.e);
    if (claim.type === 'relationship' && claim.value === 'dating' && claim.subjects.length >= 2)
      for (const e of together.get(at(claim.subjects, 0)) ?? [])
        if (claim.subjects.every((s) => e.participants.includes(s))) found.add(e);
    // In the events' own order, as the filter over them gave.
    return [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map((e) => e.id);
  };
}
