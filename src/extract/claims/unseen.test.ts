// Error classes found by reading the claims of unannotated development articles as a fact-checker would (issue 11:
// the rules fit the dev gold and must generalise). Each case is an excerpt of a development article that is in no
// gold spec (BBC entertainment 001-350, celebrity pairs 001-200), run through the whole pipeline.
// The cases that are data (an excerpt → checks on its claims' rows), one section a describe, in unseen.cases.json.
import { describe, expect, it } from 'vitest';
import { describeExcerpts } from './test-run.ts';
import { indexSentences } from '../text/index.ts';
import { handEntities, makeDoc } from '../../../test/helpers/hand-doc.ts';
import { findQuotes } from './quotes.ts';

// Every section of unseen.cases.json, before the cases that are code.
describeExcerpts(new URL('./unseen.cases.json', import.meta.url));

describe('holders: who says the quote', () => {
  it('the nearest saying verb before a quote names its speaker (celebrity-142legit)', () => {
    const text =
      'The couple also wrote their own vows, with Ohanian telling his wife, “I will always have bad jokes that make ' +
      'your eyes roll. I’m talking about as a mother, and as a wife.”';
    const doc = makeDoc(text, '2017-11-20');
    const entities = handEntities(text, [
      { id: 'e1', type: 'person', name: 'Alexis Ohanian', mentions: ['Ohanian', 'his'] },
      { id: 'e2', type: 'person', name: 'Serena Williams', mentions: ['wife'] },
      // The pipeline's coreference read "The couple" as one person; whoever it is, it did not say the vows.
      { id: 'e3', type: 'person', name: 'Venus Williams', mentions: ['The couple'] },
    ]);
    const located = indexSentences(doc, entities, []).entities.flat();
    const quotes = findQuotes(doc, (start, end) =>
      located.filter((l) => l.mention.start >= start && l.mention.end <= end),
    );
    expect(quotes.map((q) => [q.speaker.kind, q.speaker.entity])).toEqual([['person', 'e1']]);
  });
});
