// A pregnancy is a woman's (pregnant-woman.ts): the men a pregnancy sentence names are no subjects of it.
import { describe, expect, it } from 'vitest';
import { claimRows, run } from './test-run.ts';

const pregnancies = (text: string, id: string) =>
  claimRows(run(id, text)).filter(([type]) => type.startsWith('pregnancy/'));

describe('pregnancy-is-a-womans', () => {
  it("a friend's word that she is pregnant is about her, not about her husband (celebrity-003fake)", () => {
    const rows = pregnancies(
      'Jennifer Aniston has a wish. According to a new report, the actress is expecting her first child with husband ' +
        'Justin Theroux, 44. But are Jen and Justin ACTUALLY about to become new parents? The answer may surprise ' +
        'you!\n\n"She\'s pregnant," a reported friend of the couple revealed to InTouch magazine. "She and Justin are ' +
        'ecstatic. Jen has wanted to have a baby with Justin for years. Their baby news came at a bad time in her ' +
        'life, too - she just lost her mother, and she and Justin almost broke up. But now this surprise pregnancy ' +
        'has turned the worst of times into the best of times."',
      'celebrity-003fake',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const [, , , , subjects] of rows) expect(subjects).not.toContain('Justin Theroux');
  });

  it("her boyfriend's silence about a possible pregnancy makes no story of his (celebrity-176legit)", () => {
    const rows = pregnancies(
      'Days after that news, there were reports Khloé Kardashian may be also pregnant. CNN has reached out to reps ' +
        'for Khloé for confirmation. Neither she nor her boyfriend, Cleveland Cavaliers player Tristan Thompson, ' +
        'have spoken publicly about a possible pregnancy.',
      'celebrity-176legit',
    );
    expect(rows.map(([, , , , subjects]) => subjects)).not.toContain('Tristan Thompson');
    expect(rows.map(([, , , , subjects]) => subjects)).toContain('Khloé Kardashian');
  });
});
