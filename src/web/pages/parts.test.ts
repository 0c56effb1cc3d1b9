import { describe, expect, it } from 'vitest';
import { holderText } from './parts.ts';

describe('holderText', () => {
  it('names the holder after its kind, unless the name only repeats the kind', () => {
    expect(holderText('principal', 'Tom Holland')).toBe('principal: Tom Holland');
    expect(holderText('named-source', 'Dominic Holland')).toBe('named-source: Dominic Holland');
    // The extraction names a crowd of fans "Fans" (Zendaya's ring at the Golden Globes, LatestLY).
    expect(holderText('fans', 'Fans')).toBe('fans');
    expect(holderText('fans', 'fan')).toBe('fans');
    expect(holderText('outlet', 'Outlet')).toBe('outlet');
    expect(holderText('author', null)).toBe('author');
    // A name that merely contains the kind is a name.
    expect(holderText('fans', 'Swifties fans')).toBe('fans: Swifties fans');
  });
});
