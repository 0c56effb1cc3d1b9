// Names on the desk, in Chromium at 1366 and 390 px, on the large fixture (every development article and the wire
// copies, test/web/dev-ledger.ts; the celebrity pair 190 spells her "Beyoncé", BBC 117 "Beyonce Knowles"): a person is
// found however the journalist types the accents, a word no one is called by ("Brangelina") lists the stories of the
// articles that use it, and an entity page leads with the names the press uses, an epithet read once folded away but
// reachable.
import { hc } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.ts';
import type { EntityDetail } from '../../src/ledger/types.ts';
import type { Article } from '../../src/read/index.ts';
import { must } from '../../src/invariant/index.ts';
import { nextPage } from './checks.ts';
import { BUILD_TIMEOUT, devArticles } from './dev-ledger.ts';
import { WIDTHS, shot, start, type Harness } from './harness.ts';

let t: Harness;
let articles: Article[];

beforeAll(async () => {
  t = await start({ dev: {} });
  // The large fixture: every development article and the wire copies (whose text is the Zendaya & Holland stream's).
  articles = await devArticles();
}, BUILD_TIMEOUT);
afterAll(async () => t?.stop());

const person = async (name: string): Promise<EntityDetail> => {
  const found = must(
    (await t.ledger.entities(name)).find((e) => e.name === name && e.type === 'person'),
    `${name} is in the ledger`,
  );
  return must(await t.ledger.entity(found.id), `${name}'s page`);
};

describe.each(WIDTHS)('at %i px', (width, height) => {
  beforeAll(async () => {
    await t.page.setViewportSize({ width, height });
  });

  // On the full development ledger BBC 117 and 153 call her "Beyonce Knowles": the ledger reads that full name as the
  // stage name's (lone-names.ts, an automatic entity merge), so she is one person on the People page.
  it('finds Beyoncé on the People page typed with or without her accent, as one person', async () => {
    const page = t.page;
    for (const q of ['Beyonce', 'beyoncé', 'BEYONCE']) {
      await t.open('#/entities');
      await page.getByLabel('Name, alias or epithet').fill(q);
      await nextPage(page, () => page.getByRole('button', { name: 'Search' }).click());
      const people = page.locator('ul.entities li', { hasText: /person/ });
      expect(await people.locator('a').allTextContents(), `the search "${q}"`).toEqual(['Beyoncé']);
      expect(await page.locator('.count').textContent()).toMatch(/^All 1 entity/);
    }
    await t.clean('people found without the accent');
  });

  it('leads an entity page with the names the press uses, and folds an epithet read once, with its count', async () => {
    const page = t.page;
    // Both are called by epithets read once that belong to the other ("the Booksmart director" is Olivia Wilde).
    for (const who of ['Harry Styles', 'Olivia Wilde']) {
      const e = await person(who);
      const epithets = e.names.filter((n) => n.kind === 'epithet');
      const once = epithets.filter((n) => n.count === 1);
      const more = epithets.filter((n) => n.count > 1);
      expect(once.length, `${who} has epithets read once`).toBeGreaterThan(0);
      await t.open(`#/entity/${e.id}`);
      const pills = (where: string) =>
        page
          .locator(`${where} li`)
          .evaluateAll((lis) =>
            lis.filter((li) => li.checkVisibility()).map((li) => li.querySelector('.name')?.textContent ?? ''),
          );
      // Names first, most used first, each with how often; only epithets used more than once beside them.
      const names = e.names.filter((n) => n.kind === 'name');
      expect(await pills('.called.kind-name ul.names')).toEqual(names.map((n) => n.text));
      expect(await pills('.called.kind-epithet > ul.names')).toEqual(more.map((n) => n.text));
      for (const n of [...names, ...more])
        expect(
          await page
            .locator('ul.names li', { has: page.getByText(n.text, { exact: true }) })
            .first()
            .textContent(),
        ).toContain(`×${n.count}, used ${n.count} time${n.count === 1 ? '' : 's'}`);
      // The ones read once are under their count, closed, and open on a click.
      const fold = page.locator('.called.kind-epithet details.once');
      expect(await fold.locator('summary').textContent()).toBe(
        `${more.length ? `${once.length} more` : once.length} used only once`,
      );
      expect(await pills('details.once ul.names')).toEqual([]);
      await fold.locator('summary').click();
      expect((await pills('details.once ul.names')).sort()).toEqual(once.map((n) => n.text).sort());
      await shot(page, `desk-entity-names-${who.replace(/\W+/g, '-').toLowerCase()}-${width}`);
      await t.clean(`${who}'s names`);
    }
  });

  it('lists the stories of the articles that use a word no one is called by ("Brangelina"), and says so', async () => {
    const page = t.page;
    // Its title or its text, in any case: "BRANGELINA" in a celebrity headline counts (celebrity-183legit).
    const using = articles.filter((a) => /brangelina/i.test(`${a.title ?? ''}\n${a.text}`));
    expect(using.length).toBeGreaterThan(0);
    const fed = new Set<string>();
    const { api } = hc<App>(t.server.url);
    for (const a of using) {
      const stored = await (await api.articles[':id'].$get({ param: { id: a.id ?? '' } })).json();
      for (const s of 'stories' in stored ? stored.stories : []) fed.add(s.id);
    }
    expect(fed.size).toBeGreaterThan(0);
    await t.open('#/');
    await page.getByLabel('Name, alias or epithet').fill('Brangelina');
    await nextPage(page, () => page.getByRole('button', { name: 'Search' }).click());
    expect(page.url()).toContain('q=Brangelina');
    expect(await page.locator('.in-text').textContent()).toBe(
      `No one in a story goes by “Brangelina”: these are the stories of the ${using.length === 1 ? 'article' : `${using.length} articles`} that use${using.length === 1 ? 's' : ''} the word.`,
    );
    const listed = await page
      .locator('table.stories td.name a')
      .evaluateAll((xs) => xs.map((x) => (x.getAttribute('href') ?? '').replace('#/story/', '')));
    expect(listed.sort()).toEqual([...fed].sort());
    await shot(page, `desk-in-text-${width}`);
    await t.clean('stories of the articles using a word');
    // A name lists that person's stories as before, without the note.
    await t.open('#/?q=Aniston');
    expect(await page.locator('table.stories td.name a').count()).toBeGreaterThan(0);
    expect(await page.locator('.in-text').count()).toBe(0);
  });
});
