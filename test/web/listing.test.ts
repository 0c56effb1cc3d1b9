// Finding stories and people on the large fixture (test/web/dev-ledger.ts), in Chromium at 1366 and 390 px: the
// stories list filtered by the dates of its evidence and by "changed since", found by an epithet the articles use
// ("Bond girl"), and the People page saying how many of how many entities it shows, people first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StorySummary } from '../../src/ledger/types.ts';
import { must } from '../../src/invariant/index.ts';
import { nextPage } from './checks.ts';
import { BUILD_TIMEOUT, allStories } from './dev-ledger.ts';
import { WIDTHS, shot, start, type Harness } from './harness.ts';

let t: Harness;
let all: StorySummary[];

beforeAll(async () => {
  t = await start({ dev: {} });
  all = (await allStories(t.ledger)).stories;
}, BUILD_TIMEOUT);
afterAll(async () => t?.stop());

const ids = () =>
  t.page
    .locator('table.stories td.name a')
    .evaluateAll((xs) => xs.map((x) => (x.getAttribute('href') ?? '').replace('#/story/', '')));

describe.each(WIDTHS)('at %i px', (width, height) => {
  beforeAll(async () => {
    await t.page.setViewportSize({ width, height });
  });

  it('filters stories by the dates of their evidence, kept in the URL', async () => {
    const page = t.page;
    await t.open('#/?per=100');
    await page.getByLabel('Evidence from').fill('2021-01-01');
    await page.getByLabel('to', { exact: true }).fill('2021-12-31');
    await nextPage(page, () => page.getByRole('button', { name: 'Search' }).click());
    expect(page.url()).toContain('from=2021-01-01');
    expect(page.url()).toContain('to=2021-12-31');
    // Exactly the stories with evidence dated in 2021: undated stories match no date.
    const expected = all
      .filter(
        (s) => s.lastSeen !== null && s.firstSeen !== null && s.lastSeen >= '2021-01-01' && s.firstSeen <= '2021-12-31',
      )
      .map((s) => s.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect((await ids()).sort()).toEqual(expected);
    expect(await page.locator('.count').textContent()).toMatch(new RegExp(`^${expected.length} stor(y|ies)`));
    await t.clean('stories by date');
  });

  it('lists the stories that changed since a date', async () => {
    const page = t.page;
    await t.open('#/?since=2024-06-01&per=100');
    expect(await page.getByLabel('New evidence or action since').inputValue()).toBe('2024-06-01');
    const expected = all
      .filter((s) => s.lastSeen !== null && s.lastSeen >= '2024-06-01')
      .map((s) => s.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.filter((s) => s.lastSeen).length);
    expect((await ids()).sort()).toEqual(expected);
    for (const d of await page.locator('table.stories td[data-label="Last activity"]').allTextContents())
      expect(d >= '2024-06-01').toBe(true);
  });

  it('finds a story by an epithet the articles use, and says whom it found', async () => {
    const page = t.page;
    await t.open('#/');
    await page.getByLabel('Name, alias or epithet').fill('Bond girl');
    await nextPage(page, () => page.getByRole('button', { name: 'Search' }).click());
    expect(await page.locator('.matched-by').textContent()).toMatch(
      /^“Bond girl” also finds what the articles call Ana de Armas \(“the Bond girl”, \d+ times?\)\.$/,
    );
    const names = await page.locator('table.stories td.name a').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toContain('Ana de Armas');
    await shot(page, `desk-epithet-${width}`);
    await t.clean('epithet search');
    // A name is not news as an epithet: "Kim Kardashian" finds her stories without "…call Kim Kardashian (“Kim Kardashian”)".
    await t.open(`#/?q=${encodeURIComponent('Kim Kardashian')}`);
    expect(await page.locator('table.stories td.name a').count()).toBeGreaterThan(0);
    expect(await page.locator('.matched-by').count()).toBe(0);
  });

  it('says how many of how many entities the People page shows, people first', async () => {
    const page = t.page;
    await t.open('#/entities');
    const counts = (await (await fetch(`${t.server.url}/api/entities?limit=1`)).json()) as {
      total: number;
      types: Record<string, number>;
    };
    const people = must(counts.types.person, 'the corpus names people');
    expect(counts.total).toBeGreaterThan(100);
    expect(await page.locator('.count').textContent()).toMatch(
      new RegExp(
        `^Showing 1–100 of ${counts.total.toLocaleString('en')} entities, people first: ${people.toLocaleString('en')} people, `,
      ),
    );
    const types = await page.locator('ul.entities li .muted').allTextContents();
    expect(types).toHaveLength(100);
    // Every person comes before anything else.
    const firstOther = types.findIndex((x) => !x.startsWith(' person'));
    if (firstOther >= 0) expect(types.slice(firstOther).every((x) => !x.startsWith(' person'))).toBe(true);
    expect(firstOther === -1 ? 100 : firstOther).toBe(Math.min(100, people));
    await nextPage(page, () => page.getByRole('link', { name: 'Next →' }).click());
    expect(page.url()).toContain('page=2');
    expect(await page.locator('.count').textContent()).toMatch(/^Showing 101–/);
    await nextPage(page, () => page.getByLabel('Type').selectOption('place'));
    for (const x of await page.locator('ul.entities li .muted').allTextContents())
      expect(x.startsWith(' place')).toBe(true);
    await t.clean('people page');
  });

  it('finds a person on the People page by an epithet', async () => {
    const page = t.page;
    await t.open('#/entities?q=Bond+girl');
    const hit = page.locator('ul.entities li', { hasText: 'Ana de Armas' });
    expect(await hit.locator('.called-as').textContent()).toMatch(/^ — called “the Bond girl”/);
    await shot(page, `desk-people-${width}`);
    await t.clean('people epithet');
  });
});
