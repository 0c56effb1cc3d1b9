// Properties of every reader on random input (fast-check): whatever comes in, readText and readInputs return, soon,
// either articles (non-blank text, a real day or none) or failures that name the input in one line; they never throw.
// Inputs are random strings and bytes, and random mixtures of the pieces readers look for (tags, entities, feed and
// JSON syntax, dates real and impossible, deep nesting), so the generated inputs reach past the first check.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMATS, isCalendarDay, readInputs, readText, type Format, type ReadResult } from './index.ts';

/**
 * How long one input may take: 3 s, and 50 µs a character more (a shared 2-core machine; a real article takes tens of
 * milliseconds). Linear readers stay far inside it; 1,000 nested divs took Readability 32 s before the depth limit.
 */
const boundMs = (size: number) => 3_000 + size / 20;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const piece = fc.constantFrom(
  '<',
  '>',
  '</',
  '/>',
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<br>',
  '<b>',
  '<script>',
  '</script>',
  '<style>',
  '<html>',
  '<body>',
  '&amp;',
  '&lol;',
  '&#0;',
  '&#x1F600;',
  '&',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<?xml version="1.0"?>',
  '<!DOCTYPE rss [<!ENTITY a "&b;&b;"><!ENTITY b "x">]>',
  '<!ENTITY xxe SYSTEM "file:///etc/passwd">',
  '<rss version="2.0">',
  '<channel>',
  '</channel>',
  '<item>',
  '</item>',
  '<title>',
  '</title>',
  '<description>',
  '</description>',
  '<pubDate>',
  '</pubDate>',
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  '<entry>',
  '</entry>',
  '<content type="html">',
  '<meta property="article:published_time" content="',
  '<meta name="date" content="',
  '">',
  '<time datetime="',
  '<script type="application/ld+json">',
  '{"datePublished":"',
  '"}',
  '2025-02-30',
  '2025-05-07',
  '2025-05-07T23:30:00-04:00',
  '0050-01-01',
  '9999-12-31',
  'Wed, 07 May 2025 10:00:00 GMT',
  '31 Smarch 2025',
  ' date 2025-05-07 ',
  'date 2025-02-29 ',
  '{',
  '}',
  '[',
  ']',
  '"text": ',
  '"published": ',
  '"id": ',
  '"source": ',
  ':',
  ',',
  '"',
  '\\"',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\u0000',
  '\uFEFF',
  '\uFFFD',
  '\u2028',
  'null',
  '42',
  'true',
  'Tom Cruise',
  ' and Ana de Armas were seen. ',
);
const markup = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: piece },
      { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 1, arbitrary: loneSurrogate },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));
const jsonRecord = fc
  .record(
    {
      id: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.jsonValue({ maxDepth: 2 })),
      text: fc.oneof({ weight: 4, arbitrary: markup }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }),
      published: fc.oneof(
        fc.constantFrom('2025-05-07', '2025-02-30', '0050-01-01', 'Wed, 07 May 2025 10:00:00 GMT', '', 'yesterday'),
        fc.jsonValue({ maxDepth: 1 }),
      ),
      title: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
      source: fc.oneof(fc.string(), fc.constant(null)),
      label: fc.oneof(fc.string(), fc.boolean(), fc.integer(), fc.jsonValue({ maxDepth: 1 })),
    },
    { requiredKeys: [] },
  )
  .map((record) => JSON.stringify(record));
const jsonl = fc
  .array(fc.oneof({ weight: 4, arbitrary: jsonRecord }, { weight: 1, arbitrary: markup }), { maxLength: 8 })
  .map((lines) => lines.join('\n'));
const deep = fc
  .tuple(fc.constantFrom('div', 'b', 'item', 'p', 'span'), fc.integer({ min: 200, max: 10_000 }), markup)
  .map(
    ([tag, n, inside]) =>
      `<rss version="2.0"><channel><item><description>${`<${tag}>`.repeat(n)}${inside}${`</${tag}>`.repeat(n)}</description></item></channel></rss>`,
  );

/** Anything a user might paste or a file might hold. */
const anyInput = fc.oneof(
  { weight: 3, arbitrary: markup },
  { weight: 2, arbitrary: jsonl },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('utf8')) },
  { weight: 1, arbitrary: deep },
);

function checkResults(results: ReadResult[], name: string): void {
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) {
    if (result.ok) {
      expect(typeof result.article.text).toBe('string');
      expect(result.article.text.trim()).not.toBe('');
      if (result.article.published !== null) expect(isCalendarDay(result.article.published)).toBe(true);
      expect(result.article.origin.file).toBe(name);
    } else {
      expect(result.failure.file).toBe(name);
      expect(result.failure.message).toMatch(/^\S/);
      expect(result.failure.message).not.toMatch(/[\n\r]/);
    }
  }
}

async function timed<T>(size: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  expect(performance.now() - started).toBeLessThan(boundMs(size));
  return result;
}

// HTML pages go through Readability (tens of milliseconds each): fewer runs, still a few hundred inputs in all.
const RUNS: Record<Format | 'detected', number> = {
  house: 300,
  text: 300,
  jsonl: 300,
  feed: 300,
  html: 100,
  detected: 300,
};

describe('readText on random input: articles or one-line failures naming the input, never a throw, never a hang', () => {
  for (const format of [...FORMATS, 'detected'] as const) {
    it(`as ${format}`, async () => {
      await fc.assert(
        fc.asyncProperty(
          anyInput,
          fc.option(fc.constantFrom('2025-05-07', '2024-02-29'), { nil: undefined }),
          async (content, date) => {
            const name = `pasted.${format}`;
            const results = await timed(content.length, () =>
              readText(content, { name, date, ...(format === 'detected' ? {} : { format }) }),
            );
            checkResults(results, name);
          },
        ),
        { numRuns: RUNS[format] },
      );
    }, 240_000);
  }
});

describe('readInputs on random bytes in files: the same, by file name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rumourmill-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
    anyInput.map((s) => Buffer.from(s)),
    // Valid lines around invalid bytes, past the 8 KB head too.
    fc
      .tuple(jsonl, fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 10_000 }), jsonl)
      .map(([a, bad, pad, b]) =>
        Buffer.concat([Buffer.from(`${a}\n${' '.repeat(pad)}`), Buffer.from(bad), Buffer.from(`\n${b}`)]),
      ),
  );

  it('every extension the directory walk reads', async () => {
    await fc.assert(
      fc.asyncProperty(
        bytes,
        fc.constantFrom('.txt', '.html', '.jsonl', '.xml', '.rss', '.atom', '.ndjson'),
        async (content, extension) => {
          const file = join(dir, `f${++n}${extension}`);
          writeFileSync(file, content);
          const results: ReadResult[] = [];
          await timed(content.length, async () => {
            for await (const result of readInputs([file])) results.push(result);
          });
          checkResults(results, file);
        },
      ),
      { numRuns: 300 },
    );
  }, 240_000);
});
