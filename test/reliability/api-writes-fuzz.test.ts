// Fuzzing the write side of the API (test/api/queries.test.ts fuzzes the read parameters): random bodies posted to
// POST /api/articles and POST /api/extract — JSON objects whose fields (text, published, title, source, url, id)
// are of any type and any content, raw text, random bytes — under JSON, text/plain or other media types. Whatever
// is sent: never a 500, always a JSON answer, a 4xx says what was wrong, and the ledger changes only by the
// article a 201 announced, stored with the text sent. On SQLite, and on PostgreSQL when RUMOURMILL_TEST_PG is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import { openLedger } from '../../src/ledger/index.ts';
import { closePool } from '../../src/pool/index.ts';
import { openStore } from '../../src/store/index.ts';
import { envCount, pgSchema } from './harness.ts';
import { must } from '../../src/invariant/index.ts';

// RUMOURMILL_FUZZ_RUNS=<n> for a longer search.
const RUNS = envCount('RUMOURMILL_FUZZ_RUNS', 300);
const PG = process.env.RUMOURMILL_TEST_PG;
if (!PG) console.warn('api writes fuzz: RUMOURMILL_TEST_PG is not set, PostgreSQL is SKIPPED (npm test sets it)');
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-writes-fuzz-'));
afterAll(async () => {
  await closePool();
  rmSync(dir, { recursive: true, force: true });
});

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n));
const sentence = fc
  .array(
    fc.constantFrom(
      'Mara Quill',
      'and',
      'Dev Halloran',
      'were seen',
      'in London',
      'on Saturday',
      'a source told',
      'the Daily Mail',
      '.',
      '“',
      'engaged',
      'split',
      'at 3 PM',
    ),
    { minLength: 1, maxLength: 30 },
  )
  .map((w) => w.join(' '));
const anyString = fc.oneof(
  sentence,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.oneof(fc.constantFrom('\u0000', '\uFEFF', '\r', '\n', ' ', 'a', '%', '<', '&', '"'), loneSurrogate),
    maxLength: 20,
  }),
  fc.constantFrom(
    '',
    ' ',
    '2025-02-30',
    '2024-02-29',
    '0050-01-01',
    '2025-05-07',
    '9999-12-31',
    'javascript:alert(1)',
    'http://example.com/a',
    'ftp://x',
    'x'.repeat(3000),
  ),
);
const anyValue = fc.oneof(
  anyString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);
const field = (value: fc.Arbitrary<unknown>) => fc.option(value, { nil: undefined });
// A JSON text holding a lone surrogate is left to its own test below (src/api refuses it with a 400).
const hasLone = (v: unknown) =>
  typeof v === 'string' && /[\uD800-\uDFFF]/.test(v.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
const jsonBody = fc
  .record(
    {
      text: field(
        fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 2, arbitrary: anyValue }).filter((v) => !hasLone(v)),
      ),
      published: field(anyValue),
      title: field(anyValue),
      source: field(anyValue),
      url: field(anyValue),
      id: field(anyValue),
    },
    { requiredKeys: [] },
  )
  .map((o) => JSON.stringify(Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))));
const body = fc.oneof(
  { weight: 4, arbitrary: jsonBody.map((b) => ({ type: 'application/json', body: b })) },
  { weight: 1, arbitrary: fc.oneof(sentence, anyString).map((b) => ({ type: 'text/plain; charset=utf-8', body: b })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'text/html', ''),
        fc.oneof(anyString, fc.uint8Array({ maxLength: 60 })),
      )
      .map(([type, b]) => ({ type, body: b })),
  },
);

/** A body as the server reads it: UTF-8 over the wire (a lone surrogate goes as U+FFFD), decoded leniently. */
const wire = (sent: string | Uint8Array) =>
  new TextDecoder().decode(typeof sent === 'string' ? new TextEncoder().encode(sent) : sent);

describe('fuzzing the write routes (fast-check)', () => {
  for (const name of ['SQLite', 'PostgreSQL'] as const) {
    it.skipIf(name === 'PostgreSQL' && !PG)(
      `on ${name}: any body gives a JSON answer, never a 500, and only a 201 stores (${RUNS} bodies)`,
      async () => {
        const schema =
          name === 'PostgreSQL'
            ? await pgSchema(must(PG, 'skipped unless RUMOURMILL_TEST_PG is set'), `rm_writes_fuzz_${process.pid}`)
            : null;
        const url = schema?.db ?? join(dir, 'ledger.db');
        const ledger = await openLedger(url);
        const store = await openStore(url);
        const app = createApp(ledger, { writesPerMinute: 1_000_000 });
        let created = 0;
        const statuses = new Map<number, number>();
        try {
          await fc.assert(
            fc.asyncProperty(
              fc.constantFrom('/api/articles', '/api/extract'),
              body,
              async (route, { type, body: sent }) => {
                const before = (await store.counts()).articles;
                const res = await app.request(route, {
                  method: 'POST',
                  headers: type ? { 'content-type': type } : {},
                  body: typeof sent === 'string' ? sent : new Blob([new Uint8Array(sent)]),
                });
                statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
                const answer = (await res.json()) as {
                  error?: { code: string; message: string };
                  status?: string;
                  article?: { id?: string };
                  id?: string;
                };
                expect(res.status, JSON.stringify(answer)).toBeLessThan(500);
                const after = (await store.counts()).articles;
                if (res.status === 201) {
                  created++;
                  expect(route).toBe('/api/articles');
                  expect(after).toBe(before + 1);
                  // Stored with the text sent: a JSON body's text; a raw body as it went over the wire (UTF-8), less a
                  // house-format date header.
                  const stored = (await store.article(must(answer.id, 'a 201 answer has the id')))?.text;
                  if (type === 'application/json')
                    expect(stored).toBe((JSON.parse(sent as string) as { text: string }).text);
                  else
                    expect(wire(sent).endsWith(stored ?? '\u0000'), JSON.stringify({ sent: wire(sent), stored })).toBe(
                      true,
                    );
                } else expect(after).toBe(before);
                if (res.status >= 400) expect(answer.error?.message, JSON.stringify(answer)).toMatch(/\S/);
              },
            ),
            { numRuns: RUNS },
          );
          expect(await store.check()).toEqual([]);
        } finally {
          await store.close();
          await ledger.close();
          await schema?.drop();
        }
        console.log(
          `api writes fuzz, ${name}: ${RUNS} bodies, ${created} stored; statuses ${[...statuses]
            .sort()
            .map(([s, n]) => `${s}×${n}`)
            .join(', ')}`,
        );
        // The generator reaches both sides: bodies that are stored and bodies that are refused.
        expect(created).toBeGreaterThan(0);
        expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
      },
      300_000,
    );
  }
});

/** Every {text, start, end} span in an extraction, wherever it sits (mentions, times, claims, evidence…). */
function spans(
  value: unknown,
  out: Array<{ text: string; start: number; end: number }> = [],
): Array<{ text: string; start: number; end: number }> {
  if (Array.isArray(value)) for (const v of value) spans(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number')
      out.push({ text: o.text, start: o.start, end: o.end });
    for (const v of Object.values(o)) spans(v, out);
  }
  return out;
}

describe('a JSON text holding a lone surrogate ("\\ud9da": half a character)', () => {
  // Fails today (drop `.fails` with the fix): src/api/input.ts takes it; SQLite stores it as bytes that read back as
  // three U+FFFD, so the stored text is two characters longer than the one extracted and every offset after it is
  // off. The readers refuse such a field (src/read/jsonl.ts, loneSurrogateAt); the API should do the same (400
  // naming `text`), or store text.toWellFormed() and extract that.
  it('SQLite: is refused, or stored so that every extraction offset points at its text', async () => {
    const url = join(dir, 'lone.db');
    const ledger = await openLedger(url);
    const app = createApp(ledger, { writesPerMinute: 1_000_000 });
    try {
      const text = 'Mara Quill was seen \ud9da in London on Saturday with Dev Halloran, a source told the Daily Mail.';
      const res = await app.request('/api/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, published: '2025-05-07' }),
      });
      if (res.status === 400) return;
      expect(res.status).toBe(201);
      const posted = (await res.json()) as { id: string; extraction: unknown };
      const stored = ((await (await app.request(`/api/articles/${posted.id}`)).json()) as { article: { text: string } })
        .article.text;
      const found = spans(posted.extraction);
      expect(found.length).toBeGreaterThan(3);
      for (const span of found) expect(stored.slice(span.start, span.end)).toBe(span.text);
    } finally {
      await ledger.close();
    }
  });
});
