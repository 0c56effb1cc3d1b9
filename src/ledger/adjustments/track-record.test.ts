import { describe, expect, it } from 'vitest';
import { tally } from '../track.ts';
import { holderWeight } from './holder.ts';
import { row, steps, why } from './testing.ts';
import { trackRecord } from './track-record.ts';
import { must } from '../../invariant/index.ts';

/** Three settled stories each: the Daily Mail's reports proved false, the Mirror's true. */
const tracked = tally(
  [0, 1, 2].flatMap((i) => [
    {
      story: `mail${i}`,
      sourceKey: 'outlet:daily mail',
      sourceName: 'Daily Mail',
      holderKind: 'outlet' as const,
      hit: false,
      settledOn: '2021-01-01',
      reportedOn: '2020-12-01',
    },
    {
      story: `mirror${i}`,
      sourceKey: 'outlet:mirror',
      sourceName: 'Mirror',
      holderKind: 'outlet' as const,
      hit: true,
      settledOn: '2021-01-01',
      reportedOn: '2020-12-01',
    },
  ]),
);
const mail = () => row({});
const mirror = () => row({ holderName: 'Mirror', sourceKey: 'outlet:mirror', sourceName: 'Mirror' });

describe('track record', () => {
  it('a tabloid whose scoops were denied counts less than one whose scoops came true, and the item says so', () => {
    const [m, r] = steps([holderWeight, trackRecord], [mail(), mirror()], { trackRecord: tracked });
    // Both are tabloids (data/priors.json): without track records they weigh the same.
    const [m0, r0] = steps([holderWeight, trackRecord], [mail(), mirror()]);
    expect(must(m0, 'expected m0').value).toBe(must(r0, 'expected r0').value);
    expect(must(m, 'expected m').value).toBeLessThan(must(m0, 'expected m0').value);
    expect(must(r, 'expected r').value).toBeGreaterThan(must(r0, 'expected r0').value);
    expect(why(must(m, 'expected m'))).toMatch(/Daily Mail's record: 0 of 3 settled reports true, counts less/);
    expect(why(must(r, 'expected r'))).toMatch(/Mirror's record: 3 of 3 settled reports true, counts more/);
  });

  it("a principal's word is about themselves: no track record scales it", () => {
    const principal = row({ holderKind: 'principal', holderName: 'Pete Davidson', stance: 'confirms' });
    const [withTrackRecord] = steps([holderWeight, trackRecord], [principal], { trackRecord: tracked });
    const [without] = steps([holderWeight, trackRecord], [principal]);
    expect(withTrackRecord).toEqual(without);
  });
});
