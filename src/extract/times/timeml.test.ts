import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTimesIn } from './index.ts';
import { must } from '../../invariant/index.ts';

type Case = {
  doc: string;
  published: string;
  text: string;
  timex: { text: string; start: number; end: number; type: string; value: string };
};

const cases: Case[] = readFileSync(new URL('../../../test/fixtures/timeml/regression.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Case);

describe('TimeBank/AQUAINT regression cases', () => {
  it('has the fixture', () => expect(cases.length).toBeGreaterThan(50));
  it.each(cases.map((c) => [`${c.doc}: "${c.timex.text}" → ${c.timex.value}`, c] as const))('%s', (_name, c) => {
    const found = findTimesIn(c.text, c.published).find((t) => t.start < c.timex.end && c.timex.start < t.end);
    expect(found, `no time over "${c.timex.text}" in: ${c.text}`).toBeDefined();
    expect(must(found, 'expected found').value).toBe(c.timex.value);
    expect(c.text.slice(must(found, 'expected found').start, must(found, 'expected found').end)).toBe(
      must(found, 'expected found').text,
    );
  });
});
