// A plural said of two people at once is a mention of neither (test/gold/README.md): it is kept as each one's
// jointMentions, where claims, events and the ledger still find the pair.
import { describe, expect, it } from 'vitest';
import { expectOwners, ownerOf, people } from './people.test-helper.ts';

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

// test/fixtures/streams/zendaya-tom-holland.jsonl, article 09, from its second sentence.
const PROPOSAL =
  "The internet decided she and Tom Holland must be engaged. Tom's father is now filling in the details. Writing on " +
  'Patreon, as People reported, Dominic Holland, a comedian and actor himself, said his eldest son proposed in the ' +
  'days between Christmas and New Year\'s Day. "As you\'ll have heard, Tom left nothing to chance," he wrote. "The ' +
  'ring was bought. He had asked her father and been given his blessing. The timing, the place, the words, even the ' +
  'outfit: all of it was planned." Their story began on Spider-Man: Homecoming, the first of his outings as the ' +
  'web-slinger; by summer 2021 they were widely known to be together. Dominic confessed that he "worries" about how ' +
  'much their "combined fame" will magnify the spotlight, but said he is delighted at the prospect of them as ' +
  'husband and wife. "I\'m quite sure they\'ll make a real success of being married," he wrote.';

describe('a couple\'s "they" through a parent\'s account of them', () => {
  const text = 'Zendaya wore a very large ring. ' + PROPOSAL;
  const found = people(text);
  const joint = (word: string, after: string): string[] => {
    const at = text.indexOf(word, text.indexOf(after));
    return found
      .filter((e) => (e.jointMentions ?? []).some((m) => m.start === at))
      .map((e) => e.name)
      .sort();
  };

  it('reaches a sentence further back for the pair when no two people are in reach ("Their story began")', () => {
    expect(joint('Their', 'planned."')).toEqual(['Tom Holland', 'Zendaya']);
  });

  it('does not split that pair for the one person named since ("their combined fame", "they\'ll")', () => {
    expect(joint('their', 'about how much')).toEqual(['Tom Holland', 'Zendaya']);
    expect(joint('they', 'quite sure')).toEqual(['Tom Holland', 'Zendaya']);
  });

  it('leaves the father his own "he" after a "they" his son shared', () => {
    expectOwners(text, found, [
      ['He', 'bought. ', ['Tom Holland']],
      ['he', 'married," ', ['Dominic Holland']],
    ]);
  });
});
