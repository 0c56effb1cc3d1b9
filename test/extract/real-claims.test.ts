// Claims on real articles (the development streams in test/fixtures/streams, development excerpts inline), checked by
// hand against the text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import type { Extraction } from '../../src/extract/index.ts';
import { must } from '../../src/invariant/index.ts';

function streamArticle(stream: string, id: string): Extraction {
  const lines = readFileSync(new URL(`../fixtures/streams/${stream}.jsonl`, import.meta.url), 'utf8')
    .trim()
    .split('\n');
  const row = must(
    lines
      .map((l) => JSON.parse(l) as { id: string; published: string; title?: string; source?: string; text: string })
      .find((r) => r.id === id),
    `${id} in ${stream}`,
  );
  return extract({
    id: row.id,
    published: row.published,
    title: row.title ?? null,
    source: row.source ?? null,
    url: null,
    text: row.text,
    origin: { file: stream },
  });
}

/** "type/value subjects · holder kind: holder name · stance" of the claims whose evidence holds `fragment`. */
function said(x: Extraction, fragment: string): string[] {
  const name = (id: string | null) => (id ? (x.entities.find((e) => e.id === id)?.name ?? id) : '—');
  return x.claims
    .filter((c) => c.evidence.text.includes(fragment))
    .map(
      (c) =>
        `${c.type}/${c.value} ${c.subjects.map(name).join(' & ')} · ${c.holder.kind}: ${name(c.holder.entity)} · ${c.stance}`,
    );
}

describe('harry-styles-olivia-wilde-08 (Marie Claire, 2022-11-19): People reports the break', () => {
  const x = streamArticle('harry-styles-olivia-wilde', 'harry-styles-olivia-wilde-08');
  it('reads \'People reports that … are "taking a break."\' as People asserting the split', () => {
    // The sentence-initial "People" is the magazine (the singular "reports"), and the quote marks do not break
    // "are taking a break".
    expect(said(x, 'People reports that')).toEqual([
      'relationship/split Harry Styles & Olivia Wilde · outlet: People · asserts',
    ]);
  });
  it('does not take the next sentence for the attribution of a quote that ends in a full stop', () => {
    expect(x.claims.filter((c) => c.evidence.text.startsWith('"taking a break."'))).toEqual([]);
  });
});
