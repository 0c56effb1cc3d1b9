import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../../scripts/shared-data.ts';
import { loadGold } from '../../../test/gold/index.ts';
import { readHouse } from '../../../test/helpers/hand-doc.ts';
import { RULES } from './rules/index.ts';
import { findTimesIn } from './index.ts';

// A rule's `needs` lets candidates() skip its pattern on a text holding none of the words: wrong words would drop real
// times silently. Every match of every gated rule, over real articles, must hold one of them.

/** The development gold texts, and the development BBC articles when the shared data is there (held-out ids never read). */
function texts(): string[] {
  const out = loadGold('dev').map((g) => g.article.text);
  const bbc = `${SHARED_DATA}/bbc-entertainment/bbc_entertainment.jsonl`;
  if (existsSync(bbc))
    for (const line of readFileSync(bbc, 'utf8').split('\n').filter(Boolean)) {
      const row = JSON.parse(line) as { id: string; text: string };
      if (Number(row.id.slice(-3)) <= 350) out.push(row.text);
    }
  return out;
}

describe('times rules: needs', () => {
  const gated = RULES.filter((r) => r.needs);

  it('gates the costly rules, in lower case', () => {
    expect(gated.map((r) => r.name)).toEqual(expect.arrayContaining(['the-weekend', 'ago', 'day-word', 'weekday']));
    for (const rule of gated) for (const word of rule.needs ?? []) expect(word, rule.name).toBe(word.toLowerCase());
  });

  it('every match of a gated rule holds one of its words', () => {
    let matches = 0;
    for (const text of texts())
      for (const rule of gated)
        for (const m of text.matchAll(rule.pattern)) {
          matches++;
          const lower = m[0].toLowerCase();
          expect(
            rule.needs?.some((w) => lower.includes(w)),
            `${rule.name} matched "${m[0]}" holding none of ${String(rule.needs)}`,
          ).toBe(true);
        }
    expect(matches).toBeGreaterThan(50);
  });

  it('the gate reads the text case-folded: a capitalised word still lets its rule run', () => {
    // The seed article names no weekend; one added in capitals must still be found.
    const { text, published } = readHouse('seed.txt');
    const found = findTimesIn(`${text}\nThey were seen together over the WEEKEND.`, published);
    expect(found.find((t) => t.text === 'over the WEEKEND')?.rule).toBe('times/the-weekend');
  });
});
