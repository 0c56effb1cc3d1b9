// announced-own-news (own-news.ts): a principal going public with their own news, on the real development sentences,
// and sentences it must leave alone (a complement about another person, an announcement of something else).
import { describe, expect, it } from 'vitest';
import { claimRows, run } from './test-run.ts';
import { devArticles } from '../../../test/extract/corpus.ts';
import { extract } from '../pipeline.ts';
import { must } from '../../invariant/index.ts';

const rowsOf = (id: string, text: string, type: string) =>
  claimRows(run(id, text)).filter(([tv]) => tv.startsWith(type));

describe('announced-own-news', () => {
  it('"Beyoncé announced she and Jay Z were expecting twins": her pregnancy on her record (celebrity-061legit)', () => {
    const rows = rowsOf(
      'celebrity-061legit',
      'Last night, the world officially went into meltdown after Beyoncé announced she and Jay Z were expecting twins.',
      'pregnancy/',
    );
    expect(rows).toContainEqual(['pregnancy/pregnant', 'principal', 'Beyoncé', 'confirms', 'Beyoncé']);
  });

  it('a complement about someone else stays the article\'s: "Drake announced that she checked herself into rehab"', () => {
    const rows = rowsOf('own-news-other', 'Last week Drake announced that she checked herself into rehab.', 'health/');
    expect(rows.filter(([, holder]) => holder === 'principal')).toEqual([]);
  });

  it('a rumoured announcement stays the article\'s: "rumours that Kid Cudi announced he checked himself into rehab"', () => {
    const rows = rowsOf(
      'own-news-rumour',
      'There were rumours that Kid Cudi announced he checked himself into rehab.',
      'health/',
    );
    expect(rows.filter(([, , , stance]) => stance === 'confirms')).toEqual([]);
  });
});

const articles = devArticles();

// The whole article: "Kid Cudi" is read as a person from the rest of it.
describe.skipIf(articles === null)('announced-own-news on a whole development article', () => {
  it('"Kid Cudi publicly announced on his Facebook page that he checked himself into rehabilitation" (celebrity-014legit)', () => {
    const row = must(
      articles?.find((r) => r.id === 'celebrity-014legit'),
      'expected celebrity-014legit in the corpus',
    );
    const x = extract({
      id: row.id,
      published: '2017-01-01',
      title: row.title,
      source: null,
      url: null,
      text: row.text,
      origin: { file: row.id },
    });
    const rows = claimRows(x).filter((_, i) =>
      x.claims[i]?.evidence.text.includes('publicly announced on his Facebook'),
    );
    expect(rows).toContainEqual(['health/health', 'principal', 'Kid Cudi', 'confirms', 'Kid Cudi']);
  });
});
