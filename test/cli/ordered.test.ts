// The pool's ordering: results come out in input order, however the extractions finish, with a bounded window.
import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/pool/ordered.ts';

describe('inOrder', () => {
  it('yields in input order when later items finish first, never more than the window in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const waiting: Array<() => void> = [];
    // Each item waits until released; the newest waiting item is released first (last in, first done).
    const start = (n: number) =>
      new Promise<number>((resolve) => {
        inFlight++;
        most = Math.max(most, inFlight);
        waiting.push(() => {
          inFlight--;
          resolve(n * 10);
        });
        setImmediate(() => waiting.pop()?.());
      });
    const out: number[] = [];
    for await (const { item, result } of inOrder(
      Array.from({ length: 40 }, (_, i) => i),
      start,
      8,
    )) {
      expect(result).toEqual({ status: 'fulfilled', value: item * 10 });
      out.push(item);
    }
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(most).toBeLessThanOrEqual(8);
    expect(most).toBeGreaterThan(1);
  });

  it('keeps a failed item in its place as a rejection and goes on', async () => {
    const start = async (n: number) => {
      if (n === 2) throw new Error('bad article');
      return n;
    };
    const out = [];
    for await (const { item, result } of inOrder([1, 2, 3], start, 4)) out.push([item, result.status]);
    expect(out).toEqual([
      [1, 'fulfilled'],
      [2, 'rejected'],
      [3, 'fulfilled'],
    ]);
  });
});
