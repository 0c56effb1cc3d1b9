// A lone name's story joins its full-name twin whichever arrives first: ET Online (2022-02-07) calls her only
// "Kardashian, 41" when Davidson speaks of "my girlfriend"; E! News (2021-11-20) names Kim Kardashian.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { editorialDesk } from '../../src/ledger/editorial.ts';
import { ingestArticle } from '../../src/ledger/index.ts';
import { ledgerOver } from '../../src/ledger/ledger.ts';
import { LONE_NAME_EDITOR } from '../../src/ledger/lone-names.ts';
import type { Article } from '../../src/read/index.ts';
import { openStore } from '../../src/store/index.ts';
import { must } from '../../src/invariant/index.ts';
import { streamArticles } from '../helpers/streams.ts';

const article = (id: string, text: string): Article => ({
  id,
  published: '2024-03-01',
  title: null,
  source: id,
  url: null,
  text,
  origin: { file: id },
});

/** The stories a journalist is shown (merged ones left out, as `rumourmill stories` does), as "names: type status". */
async function shown(articles: Article[]) {
  const store = await openStore(':memory:');
  for (const a of articles) await ingestArticle(store, a, extract(a));
  const ledger = ledgerOver(store);
  const desk = editorialDesk(store);
  const state = await desk.state();
  const { stories } = await ledger.stories({ limit: 500 });
  const list = stories
    .filter((s) => !state.mergedInto.has(s.id))
    .map((s) => `${s.subjects.map((x) => x.name).join(' & ')}: ${s.type} ${s.status}`)
    .sort();
  return { store, ledger, desk, state, list };
}

describe('lone names', () => {
  it('"Kardashian, 41" in one article joins Kim Kardashian & Pete Davidson, in either order, and the desk can undo it', async () => {
    const stream = (await streamArticles()).filter((a) => a.id?.startsWith('kim-kardashian-pete-davidson-'));
    const lone = must(
      stream.find((a) => a.id === 'kim-kardashian-pete-davidson-04'),
      'ET Online',
    );
    const full = must(
      stream.find((a) => a.id === 'kim-kardashian-pete-davidson-03'),
      'E! News',
    );
    for (const order of [
      [full, lone],
      [lone, full],
    ]) {
      const { store, ledger, desk, state, list } = await shown(order);
      expect(list.filter((s) => s.includes('Davidson') && s.includes('relationship'))).toEqual([
        'Kim Kardashian & Pete Davidson: relationship confirmed',
      ]);
      const [merge] = [...state.mergedInto.values()];
      expect(merge?.editor).toBe(LONE_NAME_EDITOR);
      expect(merge?.note).toMatch(
        /^"Kardashian" read as (Kim Kardashian & Pete Davidson|Pete Davidson & Kim Kardashian)/,
      );
      // Asked for by the lone name, the ledger answers with the story it joined.
      expect((await ledger.story(['Kardashian', 'Pete Davidson']))?.id).toBe(merge?.target);
      // Davidson's own word is in the joined story's evidence.
      const story = must(await ledger.story(must(merge, 'a merge').target ?? ''), 'the joined story');
      expect(story.explanation.some((e) => e.holder.kind === 'principal' && e.article === lone.id)).toBe(true);
      await desk.act({
        kind: 'undo',
        subject: must(merge, 'a merge').subject,
        undoes: merge?.seq,
        editor: 'Ana Reyes',
      });
      const after = (await ledger.stories({ limit: 500 })).stories.map((s) =>
        s.subjects.map((x) => x.name).join(' & '),
      );
      expect(after).toContain('Kardashian & Pete Davidson');
      await store.close();
    }
  });

  it('stays apart when two people of that name have such a story', async () => {
    const { store, list } = await shown([
      article('a', 'Kim Kardashian and Pete Davidson are dating, People reports.'),
      article('b', 'Khloe Kardashian and Pete Davidson are dating, Us Weekly reports.'),
      article('c', 'Pete Davidson and Kardashian, 41, are dating, TMZ reports.'),
    ]);
    expect(list).toEqual([
      'Kardashian & Pete Davidson: relationship reported',
      'Khloe Kardashian & Pete Davidson: relationship reported',
      'Kim Kardashian & Pete Davidson: relationship reported',
    ]);
    await store.close();
  });
});
