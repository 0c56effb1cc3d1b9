import type { Claim, Event } from '../types.ts';

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
  const inEvidence = (e: Event) =>
    [e.evidence, ...(e.mentions ?? [])].some((m) => m.start < claim.evidence.end && m.end > claim.evidence.start);
  const shared = (e: Event) =>
    claim.type === 'relationship' &&
    claim.value === 'dating' &&
    claim.subjects.length >= 2 &&
    TOGETHER.has(e.type) &&
    claim.subjects.every((s) => e.participants.includes(s));
  return events.filter((e) => e.type !== 'report' && (inEvidence(e) || shared(e))).map((e) => e.id);
}
