// A plural said of two people at once is a mention of neither (test/gold/README.md): it is kept as each one's
// jointMentions, where claims, events and the ledger still find the pair.
import { describe, expect, it } from 'vitest';
import { ownerOf, people } from './people.test-helper.ts';

// celebrity-143legit, its opening.
const TEXT =
  'As The Weeknd reconnects with his ex, Bella Hadid, Selena Gomez continues her string of appearances with Justin ' +
  'Bieber. Last night, she supported the Canadian pop star at his hockey game in LA (for the second time). And the ' +
  'two took the PDA to the next level: they were spotted kissing at the rink.';

describe('joint mentions', () => {
  const found = people(TEXT);
  const at = TEXT.indexOf('they were');

  it('gives "they" to neither of the pair as a mention', () => {
    expect(ownerOf(TEXT, found, 'they', 'the next level')).toEqual([]);
  });

  it('keeps "they" as a joint mention of both Gomez and Bieber', () => {
    const joint = found.filter((e) => (e.jointMentions ?? []).some((m) => m.start === at)).map((e) => e.name);
    expect(joint.sort()).toEqual(['Justin Bieber', 'Selena Gomez']);
  });
});
