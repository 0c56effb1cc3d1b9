import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures.test-helper.ts';
import { outletOf } from './outlet.ts';

describe('outletOf', () => {
  it('reads the site name closing a scraped headline', () => {
    expect(outletOf(fixture('celebrity-110fake'))).toBe('NEWZEB');
    expect(
      outletOf({ title: 'Brad Pitt Texts Jennifer Aniston Nonstop! | Celeb Dirty Laundry', text: '', source: null }),
    ).toBe('Celeb Dirty Laundry');
  });

  it('prefers the source the input names', () => {
    expect(outletOf({ title: 'Anything | NEWZEB', text: '', source: 'Daily Mail' })).toBe('Daily Mail');
  });

  it('does not take a headline tag or a plain headline for an outlet', () => {
    expect(
      outletOf({ title: "Jennifer Aniston Pregnant With 'Miracle Baby' At 47? - Report", text: '', source: null }),
    ).toBeNull();
    expect(outletOf(fixture('celebrity-001legit'))).toBeNull();
  });
});
