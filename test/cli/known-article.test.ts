// A known article is recognised before extraction (issue 14: re-ingesting extracted every article in full first).
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readText } from '../../src/read/index.ts';

const calls = vi.hoisted(() => ({ extract: 0 }));
vi.mock('../../src/extract/index.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/extract/index.ts')>();
  return { ...real, extract: (...args: Parameters<typeof real.extract>) => (calls.extract++, real.extract(...args)) };
});
const { openLedger } = await import('../../src/ledger/index.ts');

describe('ingest of a known article', () => {
  it('extracts a new article once, and a repeat (same id, or same text under another id) not at all', async () => {
    const root = new URL('../../', import.meta.url).pathname;
    const [read] = await readText(readFileSync(`${root}data/samples/celebrity-011legit.txt`, 'utf8'), {
      name: 'celebrity-011legit.txt',
    });
    if (!read?.ok) throw new Error('the sample did not read');
    const article = read.article;
    const ledger = await openLedger(':memory:');
    try {
      const first = await ledger.ingest(article);
      expect(first.status).toBe('new');
      expect(calls.extract).toBe(1);
      const again = await ledger.ingest(article);
      const renamed = await ledger.ingest({ ...article, id: 'copied-elsewhere' });
      expect([again.status, renamed.status]).toEqual(['duplicate', 'duplicate']);
      expect([again.id, renamed.id]).toEqual([first.id, first.id]);
      expect(renamed.extraction).toEqual(first.extraction);
      expect(calls.extract).toBe(1);
    } finally {
      await ledger.close();
    }
  });
});
