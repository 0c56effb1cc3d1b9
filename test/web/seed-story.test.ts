// The seed's story as a user finds it: listed, its timeline, its evidence opened in the article.
// The seed goes in with its hand-reviewed extraction (test/fixtures/extractions/seed.json), so this
// tests the UI and ledger, not the extractor's current quality; test/api/seed-story.test.ts runs the real pipeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedArticle, seedExtraction } from '../ledger/fixtures.ts';
import { at, must } from '../../src/invariant/index.ts';
import { shot, start, type Harness } from './harness.ts';

let t: Harness;

beforeAll(async () => {
  t = await start();
  const touched = await t.ingestReviewed(seedArticle(), seedExtraction());
  expect(touched.length).toBeGreaterThan(0);
});
afterAll(async () => t?.stop());

describe('the seed story in a browser', () => {
  it('lists the Tom Cruise / Ana de Armas story and opens it', async () => {
    const { page } = t;
    await page.goto(`${t.server.url}/`);
    const link = page.getByRole('link', { name: /Tom Cruise.*Ana de Armas|Ana de Armas.*Tom Cruise/ }).first();
    await link.waitFor();
    await shot(page, 'stories');
    await link.click();
    await page.locator('.tl').waitFor();
    expect(await page.locator('h1').textContent()).toMatch(/relationship/);
  });

  it('shows the party on 2025-05-03 and the taxi exit on the timeline', async () => {
    const { page } = t;
    const rows = await page.locator('a.tl-row').allTextContents();
    expect(rows.some((l) => l.startsWith('2025-05-03'))).toBe(true);
    expect(rows.some((l) => /taxi|exit|leav/i.test(l))).toBe(true);
    // The seed's own publication day is marked under the axis.
    expect(await page.locator('.tl-axis .tl-rug').count()).toBe(1);
    expect(await page.locator('.tl figcaption').textContent()).toMatch(/the 1 day articles were published/);
    expect(await page.locator('.score-note').textContent()).toMatch(
      /is the probability that (Tom Cruise and Ana de Armas|Ana de Armas and Tom Cruise) are dating, as of 2025-05-07/,
    );
    await shot(page, 'story');
  });

  it('opens an evidence item with its sentence highlighted in the article', async () => {
    const { page } = t;
    const first = page.locator('a.evidence-link').first();
    const said = ((await first.textContent()) ?? '').trim();
    await first.focus();
    await page.keyboard.press('Enter');
    const mark = page.locator('mark.focus');
    await mark.first().waitFor();
    const marked = (await mark.allTextContents()).join('');
    expect(said.length).toBeGreaterThan(10);
    expect(marked.replace(/\s+/g, ' ').trim()).toBe(said.replace(/\s+/g, ' ').trim());
    expect(await mark.first().isVisible()).toBe(true);
    await shot(page, 'article');
  });

  it('has an entity page with names and stories', async () => {
    const { page } = t;
    await page.goBack();
    await page.locator('.subjects a').first().click();
    await page.getByRole('heading', { name: 'Stories' }).waitFor();
    expect(await page.locator('main').textContent()).toMatch(/Appearances over time/);
    await shot(page, 'entity');
  });

  it("lists the names and epithets used for Ana de Armas, 'the Bond girl' among them", async () => {
    const { page } = t;
    await page.goto(`${t.server.url}/#/entities?q=Ana%20de%20Armas`);
    await page.getByRole('link', { name: 'Ana de Armas' }).first().click();
    await page.getByRole('heading', { name: 'Names and epithets used for them' }).waitFor();
    const epithets = await page.locator('.called.kind-epithet .name').allTextContents();
    expect(epithets).toContain('the Bond girl');
    const names = await page.locator('.called.kind-name .name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Ana de Armas', 'Ana']));
    // Pronouns are not names.
    expect([...names, ...epithets].map((n) => n.toLowerCase())).not.toContain('she');
    await shot(page, 'entity-names');
  });

  it('links an entity in the article to its page, and shows a time on keyboard focus', async () => {
    const { page } = t;
    const { stories } = await t.ledger.stories();
    const story = must(await t.ledger.story(at(stories, 0).id), 'the seed story is stored');
    await page.goto(`${t.server.url}/#/article/${at(story.explanation, 0).article}`);
    const time = page.locator('.hl-time time').first();
    await time.waitFor();
    await time.focus();
    const shown = await time.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(shown).toContain(await time.getAttribute('data-value'));
    expect(await time.evaluate((el) => el.closest('[title]')?.getAttribute('title'))).toMatch(/\d{4}-\d{2}/);
    const link = page.locator('.text a.entity-link', { hasText: 'Ana de Armas' }).first();
    expect(await link.getAttribute('href')).toMatch(/^#\/entity\//);
    await link.click();
    await page.getByRole('heading', { name: 'Ana de Armas', level: 1 }).waitFor();
    expect(await page.locator('main').textContent()).toMatch(/the Bond girl/);
  });

  it('is readable on a phone', async () => {
    const { page } = t;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${t.server.url}/`);
    await page.locator('table.stories td.name a').first().click();
    await page.locator('.tl').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    // The timeline's text stays at a readable size on a phone: HTML text, not a drawing shrunk to fit.
    const smallest = await page
      .locator('.tl-what, .tl-tick-label')
      .evaluateAll((labels) => Math.min(...labels.map((l) => Number.parseFloat(getComputedStyle(l).fontSize))));
    expect(smallest).toBeGreaterThanOrEqual(12);
    await shot(page, 'story-phone');
  });
});
