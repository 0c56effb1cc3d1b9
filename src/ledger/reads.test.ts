import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READ_BASIS } from './reads.ts';

describe('stored story reads', () => {
  it('are keyed by the score snapshot: a change that regenerates it assembles every story again', () => {
    const snapshot = readFileSync(new URL('../../test/ledger/score-unchanged.snapshot.json', import.meta.url));
    // When this fails, the snapshot was regenerated: set READ_BASIS (src/ledger/reads.ts) to the hash it names.
    expect(READ_BASIS).toBe(createHash('sha256').update(snapshot).digest('hex').slice(0, 12));
  });
});
