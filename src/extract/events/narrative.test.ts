// Narrative time and talk of events, on excerpts of development articles of the celebrity
// fake-news corpus (pairs 001-200, none in test/gold), run through the whole pipeline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.ts';
import type { Event } from '../types.ts';
import { must } from '../../invariant/index.ts';

const rows = readFileSync(new URL('../../../test/fixtures/events-narrative-excerpts.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; text: string });

function events(id: string): Event[] {
  const { text } = must(
    rows.find((r) => r.id === id),
    'expected rows.find(…)',
  );
  return extract({ id, published: '2017-09-01', title: null, source: null, url: null, text, origin: { file: id } })
    .events;
}

const at = (list: Event[], fragment: string) => list.filter((e) => e.evidence.text.includes(fragment));

describe("an undated event takes the narrative's current date", () => {
  it('"…on Aug. 16. Justin was goofing around and Selena was seen laughing in the video!" (088fake)', () => {
    const seen = at(events('celebrity-088fake'), 'Selena was seen laughing').find((e) => e.type === 'sighting');
    expect(seen?.time?.value).toBe('2017-08-16');
    expect(seen?.rule).toContain('narrative-time');
  });
  it('"…got engaged in May 2012. At the time, the singer told PEOPLE…" (098fake)', () => {
    expect(events('celebrity-098fake').find((e) => e.type === 'engagement')?.time?.value).toBe('2012-05');
  });
});

describe('what leaves the narrative', () => {
  const list = events('celebrity-078fake');
  it('a quoted sentence does not inherit the date before it ("I went on a trip with Portia, my beautiful wife")', () => {
    const wedding = list.find((e) => e.type === 'wedding');
    expect(wedding?.time ?? null).toBeNull();
  });
  it('"slammed divorce rumors" is talk of a split, not a split', () => {
    expect(list.filter((e) => e.type === 'split')).toEqual([]);
  });
});

describe('event types beyond the gossip core', () => {
  it('"…resigned his position two weeks ago" is a resignation, dated (161fake)', () => {
    const [e] = events('celebrity-161fake').filter((v) => v.type === 'resignation');
    expect(e?.time?.value).toMatch(/^2017-W/);
  });
  it('"…scooped the poetry award" is an award (bbc 013)', () => {
    expect(events('bbc-entertainment-013').map((e) => e.type)).toEqual(['award']);
  });
});
