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
import { devArticles } from '../extract/corpus.ts';

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

/** Ingests `articles` in order; the entity merges in force, as "from → into" by name, and the log. */
async function entityFolds(articles: Article[]) {
  const store = await openStore(':memory:');
  for (const a of articles) await ingestArticle(store, a, extract(a));
  const desk = editorialDesk(store);
  const state = await desk.state();
  const names = await desk.entityNames(
    [...state.entityMergedInto.values()].flatMap((a) => [a.subject, a.target ?? '']),
  );
  const folds = [...state.entityMergedInto.values()]
    .map((a) => `${names[a.subject]} → ${names[a.target ?? '']}`)
    .sort();
  return { store, desk, state, folds };
}

const dev = devArticles();
const devArticle = (id: string): Article => {
  const row = must(
    dev?.find((r) => r.id === id),
    id,
  );
  return { ...article(row.id, row.text), published: row.published ?? '2017-01-01', title: row.title };
};

describe('one person however the press names them', () => {
  // Celebrity pair 190 calls her "Beyoncé"; BBC 117 (2004) has Jay-Z "with his girlfriend Beyonce Knowles".
  it.skipIf(!dev)(
    'reads "Beyonce Knowles" as Beyoncé, in either order, and an editor\'s undo holds at later ingests',
    async () => {
      const lone = devArticle('celebrity-190legit');
      const full = devArticle('bbc-entertainment-117');
      for (const order of [
        [lone, full],
        [full, lone],
      ]) {
        const { store, desk, state, folds } = await entityFolds(order);
        expect(folds).toEqual(['Beyonce Knowles → Beyoncé']);
        const [merge] = [...state.entityMergedInto.values()];
        expect(merge?.editor).toBe(LONE_NAME_EDITOR);
        expect(merge?.note).toBe('"Beyonce Knowles" read as Beyoncé: the full name of that stage name');
        await desk.act({
          kind: 'undo',
          about: 'entity',
          subject: must(merge, 'a merge').subject,
          undoes: merge?.seq,
          editor: 'Ana Reyes',
        });
        // BBC 153 names "Beyonce Knowles" again: the desk said they are two, and the ledger does not overrule it.
        await ingestArticle(store, devArticle('bbc-entertainment-153'));
        expect((await desk.state()).entityMergedInto.size).toBe(0);
        await store.close();
      }
    },
  );

  it.each([
    {
      why: 'a common given name: "Harry" stays apart from the one Harry the ledger knows',
      texts: [
        'Harry Styles and Kendall Jenner are dating, People reports.',
        'Harry and Cressida Bonas have split, a source told the Sun.',
        'Harry said he was happy. Harry thanked his fans.',
        'Harry and Cressida Bonas were seen together in London, Us Weekly reports.',
      ],
    },
    {
      why: 'the rapper Drake as Drake Bell: a stage name joins only the full names printed for it',
      texts: [
        'Drake Bell and Janet Von Schmeling are dating, People reports.',
        'Drake and Rihanna are dating, a source told Us Weekly.',
        'Drake and Jennifer Lopez were seen together in Malibu, TMZ reports.',
        'Drake said he was happy with Rihanna, E! News reports.',
      ],
    },
  ])('never folds $why', async ({ texts }) => {
    const { store, folds } = await entityFolds(texts.map((text, i) => article(String.fromCharCode(97 + i), text)));
    expect(folds).toEqual([]);
    await store.close();
  });

  it('reads "Kim Kardashian West" as Kim Kardashian when her story names a West, in either order', async () => {
    const married = article('a', 'Kim Kardashian West and Kanye West are splitting, a source told People.');
    const maiden = article('b', 'Kim Kardashian and Kanye West are splitting, TMZ reports.');
    for (const order of [
      [married, maiden],
      [maiden, married],
    ]) {
      const { store, folds } = await entityFolds(order);
      expect(folds).toEqual(['Kim Kardashian West → Kim Kardashian']);
      await store.close();
    }
    // Without a West in her stories, a third word is no married name: "Sophie Turner Laing" is a BBC executive.
    const { store, folds } = await entityFolds([
      article('c', 'Sophie Turner Laing will leave the BBC, the corporation said.'),
      article('d', 'Sophie Turner and Joe Jonas are dating, People reports.'),
    ]);
    expect(folds).toEqual([]);
    await store.close();
  });

  // The extractor knows only names of its lists, so the article is extracted with a listed name ("Rihanna") and the
  // person renamed, as it would read a name it knew: "Zolani" is in no list of given names.
  const renamed = (id: string, text: string, names: Record<string, string>) => {
    const a = article(id, text);
    const e = extract(a);
    const entities = e.entities.map((x) => ({
      ...x,
      name: names[x.name] ?? x.name,
      mentions: x.mentions.map((m) => ({ ...m, text: names[m.text] ?? m.text })),
    }));
    return { a, e: { ...e, entities } };
  };
  const lone = [1, 2, 3].map((i) =>
    renamed(`z${i}`, `Rihanna said she was happy, E! News reports (${i}).`, { Rihanna: 'Zolani' }),
  );
  const full = renamed('m', 'Shakira Mebarak said she was happy, People reports.', {
    'Shakira Mebarak': 'Zolani Mahola',
  });
  const other = renamed('k', 'Shakira Mebarak said she was happy, Us Weekly reports.', {
    'Shakira Mebarak': 'Zolani Khumalo',
  });

  it('reads a lone name in no list as the only person of that given name, and undoes it when a namesake comes', async () => {
    for (const order of [
      [...lone, full],
      [full, ...lone],
    ]) {
      const store = await openStore(':memory:');
      for (const { a, e } of order) await ingestArticle(store, a, e);
      const desk = editorialDesk(store);
      const names = async () => {
        const state = await desk.state();
        const n = await desk.entityNames(
          [...state.entityMergedInto.values()].flatMap((a) => [a.subject, a.target ?? '']),
        );
        return [...state.entityMergedInto.values()].map((a) => `${n[a.subject]} → ${n[a.target ?? '']}`);
      };
      expect(await names()).toEqual(['Zolani → Zolani Mahola']);
      // A second Zolani: the lone name is no longer one person's, and the ledger takes its own fold back.
      await ingestArticle(store, other.a, other.e);
      expect(await names()).toEqual([]);
      const undo = (await desk.log()).find((a) => a.kind === 'undo' && a.about === 'entity');
      expect(undo?.editor).toBe(LONE_NAME_EDITOR);
      await store.close();
    }
    // Both full names known first: no fold at all.
    const store = await openStore(':memory:');
    for (const { a, e } of [full, other, ...lone]) await ingestArticle(store, a, e);
    expect((await editorialDesk(store).log()).filter((a) => a.about === 'entity')).toEqual([]);
    await store.close();
  });
});
