// Quotations in single quotes, as British outlets print them, on whole development articles of the shared corpus
// (celebrity pairs 001–200): the quote's speaker holds its words, not the article's author. Skipped when the shared
// corpus is absent (run with RUMOURMILL_DATA=/work/shared/data in a worktree).
import { describe, expect, it } from 'vitest';
import { devArticles } from '../../../test/extract/corpus.ts';
import { extract } from '../pipeline.ts';
import { must } from '../../invariant/index.ts';

const rows = devArticles();

/** [type/value, subjects, holder kind, holder name, stance] of every claim whose evidence holds `fragment`. */
function said(id: string, fragment: string): string[][] {
  const row = must(
    rows?.find((r) => r.id === id),
    `expected article ${id} in the corpus`,
  );
  const x = extract({
    id,
    published: row.published ?? '2017-01-01',
    title: row.title,
    source: null,
    url: null,
    text: row.text,
    origin: { file: id },
  });
  const name = (e: string | null) => (e === null ? '' : (x.entities.find((n) => n.id === e)?.name ?? e));
  return x.claims
    .filter((c) => c.evidence.text.includes(fragment))
    .map((c) => [
      `${c.type}/${c.value}`,
      c.subjects.map(name).sort().join(' & '),
      c.holder.kind,
      name(c.holder.entity),
      c.stance,
    ]);
}

describe.skipIf(rows === null)('single-quoted quotations (claims/quotes.ts)', () => {
  it("gives a source's quoted words to the source (celebrity-133legit: 'They arrived together…')", () => {
    expect(said('celebrity-133legit', "'They arrived together.")).toEqual([
      ['relationship/dating', 'The Weeknd & Yovanna Ventura', 'anonymous', '', 'asserts'],
    ]);
  });

  it("reads a source's 'The marriage ended months ago' as the split, not a wedding to come (celebrity-072fake)", () => {
    expect(said('celebrity-072fake', "'The marriage ended months ago")).toEqual([
      ['relationship/split', 'Heidi Klum & Seal', 'anonymous', '', 'asserts'],
    ]);
  });

  it("keeps a principal's refusal to comment, quoted after it, as theirs (celebrity-049fake)", () => {
    expect(said('celebrity-049fake', "'I cannot take this call.'")).toEqual([
      ['relationship/married', 'Billy Bush & Sydney Davis', 'principal', 'Billy Bush', 'unconfirmed'],
    ]);
  });

  it("makes no pair of someone's own unnamed 'my boyfriend' (celebrity-044legit)", () => {
    expect(said('celebrity-044legit', 'my boyfriend').filter((r) => r[0]?.startsWith('relationship'))).toEqual([]);
  });

  it("leaves Sean Penn's 'I'm in love with a woman…, right?' no question of the author's (celebrity-071legit)", () => {
    expect(said('celebrity-071legit', "'I'm in love with a woman").filter((r) => r[2] === 'author')).toEqual([]);
  });
});
