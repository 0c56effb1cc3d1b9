// How an article names a work the ledger already knows (known-work.ts KNOWN_WORK_RULES), on development sentences.
import { describe, expect, it } from 'vitest';
import { KNOWN_WORK_RULES } from './known-work.ts';

const named = (text: string, work: string): string | null =>
  KNOWN_WORK_RULES.find((r) => r.names(text, work))?.name ?? null;

describe('KNOWN_WORK_RULES', () => {
  it('reads "its new Batman" as naming The Batman (robert-pattinson-batman-casting-06), and a full title too', () => {
    expect(
      named(
        "After all the back-and-forth, one name is left. Following up on our earlier post: Warner Bros. has picked its new Batman, and it's Robert Pattinson.",
        'The Batman',
      ),
    ).toBe('work-named');
    expect(
      named(
        'Actor Tom Hanks and director Ron Howard are reuniting for The Da Vinci Code, an adaptation of the international best-selling novel by Dan Brown.',
        'The Da Vinci Code',
      ),
    ).toBe('work-named');
  });

  it('wants the title itself: "the Dark Knight" names no work called The Batman (robert-pattinson-batman-casting-04)', () => {
    expect(
      named(
        'The actor, still best remembered by many as a glittering teenage vampire, is reportedly in line to play the Dark Knight.',
        'The Batman',
      ),
    ).toBeNull();
    // A title that is only an article and a lowercase word is no name to look for.
    expect(named('She was cast in the film.', 'the film')).toBeNull();
  });
});
