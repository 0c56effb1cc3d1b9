// Error classes found by reading the events of unannotated development articles (BBC 001-350, celebrity pairs
// 001-200, none in test/gold) as a journalist would; each test is a real excerpt (test/fixtures/events-verb-excerpts.jsonl)
// run through the whole pipeline, and asserts who takes part in what a reader sees happen.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.ts';
import type { Extraction } from '../types.ts';
import { must } from '../../invariant/index.ts';

const rows = readFileSync(new URL('../../../test/fixtures/events-verb-excerpts.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; text: string });

function run(id: string): Extraction {
  const { text } = must(
    rows.find((r) => r.id === id),
    `no excerpt ${id}`,
  );
  return extract({ id, published: '2005-02-01', title: null, source: null, url: null, text, origin: { file: id } });
}

/** The events whose sentence contains `words`, as [type, participant names]. */
function told(x: Extraction, words: string): Array<[string, string[]]> {
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.events.filter((e) => e.evidence.text.includes(words)).map((e) => [e.type, e.participants.map(name).sort()]);
}

describe('a wish or a modal inside a name is no wish', () => {
  it('"Guitarist Brian May has said he expects…" is his statement (bbc-entertainment-158)', () => {
    expect(told(run('bbc-entertainment-158'), 'Brian May has said')).toEqual([['statement', ['Brian May']]]);
  });
});

describe('coordinated people take part together', () => {
  it('"Paul Stewart and Chris Riddell\'s book … won the award" is both authors\' award (bbc-entertainment-014)', () => {
    expect(told(run('bbc-entertainment-014'), 'won the award')).toEqual([['award', ['Chris Riddell', 'Paul Stewart']]]);
  });
  it('"Pictures of Selena Gomez, 25, and Justin Bieber, 23, kissing": the ages do not end the list (celebrity-143fake)', () => {
    expect(told(run('celebrity-143fake'), 'Pictures of')).toEqual([['photo', ['Justin Bieber', 'Selena Gomez']]]);
  });
});

describe('a name in apposition to the object is the object', () => {
  it('"she had split from her long-term boyfriend, Calvin" splits from Calvin Harris (celebrity-045fake)', () => {
    expect(told(run('celebrity-045fake'), 'split from')).toContainEqual(['split', ['Calvin Harris', 'Taylor Swift']]);
  });
});
