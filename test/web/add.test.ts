// Adding an article on the desk, in Chromium at 1366 and 390 px, on the large fixture (the development corpora and
// their wire copies, test/web/dev-ledger.ts) with the eighth and ninth articles of the Zendaya & Tom Holland stream
// held back: each is added through the page, as the next report of a story the ledger holds by the hundred rows (and
// the last reports of two other streams, which move their stories).
// Outlet and URL are stored with it, a missing date is warned about before anything is sent, and the stories it
// touched are shown before → after, as the ledger has them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/read/index.ts';
import { must } from '../../src/invariant/index.ts';
import { nextPage } from './checks.ts';
import { BUILD_TIMEOUT, SYNDICATED_STREAM, allStories, devArticles } from './dev-ledger.ts';
import { shot, start, type Harness } from './harness.ts';

const HELD_BACK = [`${SYNDICATED_STREAM}-08`, `${SYNDICATED_STREAM}-09`];
// Last reports of two other streams, which move their stories when they arrive: the Pitt & Aniston reunion is denied,
// the Bieber pregnancy ends in a birth.
const MOVING = ['brad-pitt-jennifer-aniston-reunion-08', 'hailey-bieber-pregnancy-08'];
let t: Harness;
let held: Article[];
let moving: Article[];
let story = '';

beforeAll(async () => {
  t = await start({ dev: { holdBack: [...HELD_BACK, ...MOVING] } });
  const articles = await devArticles();
  const find = (id: string) =>
    must(
      articles.find((a) => a.id === id),
      `${id} is in the stream`,
    );
  held = HELD_BACK.map(find);
  moving = MOVING.map(find);
  const zendaya = must(await t.ledger.story(['Zendaya', 'Tom Holland']), 'the stream makes the story');
  // The scale of a real ledger: the story the added articles touch already holds a hundred rows and more.
  expect(zendaya.explanation.length).toBeGreaterThanOrEqual(100);
  story = zendaya.id;
}, BUILD_TIMEOUT);
afterAll(async () => t?.stop());

const pct = (x: number) => `${Math.round(x * 100)}%`;

describe.each([
  [1366, 900, 0],
  [390, 844, 1],
])('at %i px', (width, height, next) => {
  beforeAll(async () => {
    await t.page.setViewportSize({ width, height });
  });

  it('warns when no date is given, before anything is sent, and stops warning once one is', async () => {
    const page = t.page;
    await nextPage(page, () => page.goto(`${t.server.url}/#/add`));
    const warning = page.locator('#add-date-warning');
    expect(await warning.isVisible()).toBe(false);
    const a = must(held[next], 'one held-back article per width');
    await page.getByLabel('Article text').fill(a.text);
    expect(await warning.textContent()).toMatch(/^No publication date: the article will be stored undated/);
    expect(await warning.isVisible()).toBe(true);
    await t.clean('add page with the warning');
    await page.getByLabel('Published').fill(must(a.published, 'the stream is dated'));
    expect(await warning.isVisible()).toBe(false);
    // A pasted house-format header is a date too.
    await page.getByLabel('Published').fill('');
    await page.getByLabel('Article text').fill(`date ${a.published} ${a.text}`);
    expect(await warning.isVisible()).toBe(false);
  });

  it('stores the outlet and URL, and shows each touched story before → after', async () => {
    const page = t.page;
    const before = must(await t.ledger.story(story), 'the story is stored');
    const a = must(held[next], 'one held-back article per width');
    await page.getByLabel('Article text').fill(a.text);
    await page.getByLabel('Published').fill(must(a.published, 'the stream is dated'));
    await page.getByLabel('Title').fill(must(a.title, 'the stream has titles'));
    await page.getByLabel('Outlet').fill(must(a.source, 'the stream names its outlets'));
    await page.getByLabel('URL').fill(must(a.url, 'the stream has URLs'));
    await page.getByRole('button', { name: 'Add to the ledger' }).click();
    await page.getByRole('heading', { name: 'Stories it touched' }).waitFor();
    const result = (await page.locator('.result').textContent()) ?? '';
    const id = must(/article ([0-9a-f]{16})/.exec(result)?.[1], 'the result names the stored article');
    const stored = must(await t.ledger.article(id), 'the added article is stored');
    expect([stored.article.source, stored.article.url, stored.article.title]).toEqual([a.source, a.url, a.title]);
    const after = must(await t.ledger.story(story), 'the story is stored');
    const line =
      (await page
        .locator('ul.touched li', { has: page.locator(`a[href="#/story/${story}"]`) })
        .locator('.before-after')
        .textContent()) ?? '';
    if (before.status === after.status && pct(before.score) === pct(after.score))
      expect(line).toBe(`unchanged: ${after.status} ${pct(after.score)}`);
    else expect(line).toBe(`${before.status} ${pct(before.score)} → ${after.status} ${pct(after.score)}`);
    // What was read, counted in words that agree with their numbers ("1 claim", never "1 claims").
    const x = stored.extraction;
    const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
    expect(await page.locator('.result p.summary').textContent()).toBe(
      `${n(x.entities.length, 'entity', 'entities')}, ${n(x.times.length, 'time')}, ${n(x.events.length, 'event')}, ${n(x.claims.length, 'claim')}, ${n(x.hedges.length, 'hedge')}.`,
    );
    await shot(page, `desk-add-${width}`);
    await t.clean('add result');
  });

  it("shows the stories an article moves as before → after, in the ledger's own figures", async () => {
    const page = t.page;
    const a = must(moving[next], 'one moving article per width');
    const before = new Map((await allStories(t.ledger)).stories.map((s) => [s.id, s]));
    await nextPage(page, () => page.goto(`${t.server.url}/#/add?moving=${width}`));
    await page.getByLabel('Article text').fill(a.text);
    await page.getByLabel('Published').fill(must(a.published, 'the stream is dated'));
    await page.getByLabel('Outlet').fill(must(a.source, 'the stream names its outlets'));
    await page.getByRole('button', { name: 'Add to the ledger' }).click();
    await page.getByRole('heading', { name: 'Stories it touched' }).waitFor();
    const lines = await page.locator('ul.touched li').evaluateAll((lis) =>
      lis.map((li) => ({
        id: (li.querySelector('a')?.getAttribute('href') ?? '').replace('#/story/', ''),
        said: li.querySelector('.before-after')?.textContent ?? '',
      })),
    );
    let moved = 0;
    for (const { id, said } of lines) {
      const was = before.get(id);
      const now = must(await t.ledger.story(id), `touched story ${id} is stored`);
      const after = `${now.status} ${pct(now.score)}`;
      if (!was) expect(said, id).toBe(`new story: ${after}`);
      else if (`${was.status} ${pct(was.score)}` === after) expect(said, id).toBe(`unchanged: ${after}`);
      else {
        expect(said, id).toBe(`${was.status} ${pct(was.score)} → ${after}`);
        moved++;
      }
    }
    expect(moved, 'a story the article moved').toBeGreaterThan(0);
    await shot(page, `desk-add-moved-${width}`);
    await t.clean('add result with a story moved');
  });

  it('says an article was stored undated, and calls a story it starts new', async () => {
    const page = t.page;
    await nextPage(page, () => page.goto(`${t.server.url}/#/add?w=${width}`));
    // A story no article has started yet, with no date. (A casting that names no work starts no story.)
    const text =
      width === 1366
        ? 'Florence Pugh is dating Austin Butler, a source told Variety.'
        : 'Saoirse Ronan is dating Paul Mescal, a source told Deadline.';
    await page.getByLabel('Article text').fill(text);
    await page.getByRole('button', { name: 'Add to the ledger' }).click();
    await page.getByRole('heading', { name: 'Stories it touched' }).waitFor();
    expect(await page.locator('.result').textContent()).toMatch(/Stored as article [0-9a-f]{16}, undated\./);
    expect(await page.locator('.result .warning').textContent()).toMatch(/^No publication date/);
    const lines = await page.locator('ul.touched .before-after').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^new story: \w+ \d+%$/);
    await t.clean('undated add result');
  });
});
