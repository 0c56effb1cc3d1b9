import { describe, expect, it } from 'vitest';
import { holderText } from './parts.ts';

describe('holderText', () => {
  it('names the holder after its kind, unless the name only repeats the kind', () => {
    const said: Array<[Parameters<typeof holderText>, string]> = [
      [['principal', 'Tom Holland'], 'principal: Tom Holland'],
      [['named-source', 'Dominic Holland'], 'named-source: Dominic Holland'],
      // The extraction names a crowd of fans "Fans" (Zendaya's ring at the Golden Globes, LatestLY).
      [['fans', 'Fans'], 'fans'],
      [['fans', 'fan'], 'fans'],
      [['outlet', 'Outlet'], 'outlet'],
      [['author', null], 'author'],
      // A name that merely contains the kind is a name.
      [['fans', 'Swifties fans'], 'fans: Swifties fans'],
    ];
    for (const [holder, text] of said) expect(holderText(...holder), holder.join(' ')).toBe(text);
  });
});
