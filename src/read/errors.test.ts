import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAll, scratch } from '../../test/helpers/read-files.ts';
import { MAX_ARTICLE_BYTES, readInputs, readText, type ReadResult } from './index.ts';

const { dir, write } = scratch('rumourmill-read-');

const good = (name: string): string =>
  write(name, ' date 2025-05-07 Tom Cruise and Ana de Armas left the party together.');

describe('bad input is reported by file and skipped; good input still goes through', () => {
  const cases: [string, () => string, RegExp][] = [
    [
      'a binary file',
      () => write('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0])),
      /binary file/,
    ],
    ['an empty file', () => write('empty.txt', ''), /empty file/],
    ['a blank file', () => write('blank.txt', '  \n\n '), /empty/],
    ['a missing file', () => join(dir, 'nowhere.txt'), /no such file/],
    [
      'text that is not UTF-8',
      () => write('latin1.txt', Buffer.from('Beyonc\xe9 and Jay-Z were spotted in Paris.', 'latin1')),
      /not UTF-8/,
    ],
    [
      'an impossible date in the header',
      () => write('feb30.txt', ' date 2025-02-30 Tom Cruise was seen in London.'),
      /impossible date 2025-02-30/,
    ],
    ['a header with no text', () => write('header-only.txt', 'date 2025-05-07 '), /no text after the date header/],
    [
      'a malformed feed',
      () => write('broken.xml', '<rss version="2.0"><channel><title>Broken</item></rss>'),
      /not a readable RSS\/Atom feed/,
    ],
    ['an empty JSONL file', () => write('empty.jsonl', '\n\n'), /empty: no JSONL records/],
  ];

  for (const [label, make, message] of cases) {
    it(`${label}`, async () => {
      const bad = make();
      const results = await readAll([good('before.txt'), bad, good('after.txt')]);
      expect(results.map((r) => r.ok)).toEqual([true, false, true]);
      const failed = results[1] as Extract<ReadResult, { ok: false }>;
      expect(failed.failure.file).toBe(bad);
      expect(failed.failure.message).toMatch(message);
      expect(failed.failure.message).not.toContain('\n');
    });
  }

  it('refuses a file over the 20 MB article limit without reading it', async () => {
    const big = write('huge.txt', Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a'));
    const results = await readAll([big, good('small.txt')]);
    expect(results[0]).toMatchObject({
      ok: false,
      failure: { file: big, message: expect.stringMatching(/over the 20 MB limit/) },
    });
    expect(results[1]?.ok).toBe(true);
  });

  it('refuses a JSONL line over the limit by its line number and reads the next line', async () => {
    const huge = JSON.stringify({ id: 'huge', text: 'a'.repeat(MAX_ARTICLE_BYTES + 1) });
    const corpus = write(
      'big.jsonl',
      `${huge}\n${JSON.stringify({ id: 'small', text: 'Tom Cruise left the party.' })}\n`,
    );
    const results = await readAll([corpus]);
    expect(results[0]).toMatchObject({
      ok: false,
      failure: { file: corpus, line: 1, message: expect.stringMatching(/20 MB/) },
    });
    expect(results[1]).toMatchObject({ ok: true, article: { id: 'small', origin: { line: 2 } } });
  });

  it('rejects an impossible --date before reading anything', async () => {
    const results: ReadResult[] = [];
    for await (const result of readInputs([good('dated.txt')], { date: '2025-13-01' })) results.push(result);
    expect(results).toMatchObject([
      { ok: false, failure: { file: '--date', message: expect.stringMatching(/impossible date/) } },
    ]);
  });

  it('refuses empty and binary pasted text in readText', async () => {
    expect(await readText('   ', { name: 'body' })).toMatchObject([
      { ok: false, failure: { file: 'body', message: 'empty: no text' } },
    ]);
    expect(await readText('GIF89a\u0000\u0001', { name: 'body' })).toMatchObject([
      { ok: false, failure: { message: expect.stringMatching(/binary/) } },
    ]);
    expect(await readText('Tom Cruise left.', { name: 'body', date: '2025-02-29' })).toMatchObject([{ ok: false }]);
  });
});
