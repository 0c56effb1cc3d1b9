// The seed's story as a user finds it: listed, its timeline, its evidence opened in the article.
// The seed goes in with its hand-reviewed extraction (test/fixtures/extractions/seed.json), so this
// tests the UI and ledger, not the extractor's current quality; test/api/seed-story.test.ts runs the real pipeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedArticle, seedExtraction } from '../ledger/fixtures.ts';
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
    await page.locator('svg.timeline').waitFor();
    expect(await page.locator('h1').textContent()).toMatch(/relationship/);
  });

  it('shows the party on 2025-05-03 and the taxi exit on the timeline', async () => {
    const { page } = t;
    const labels = await page.locator('svg.timeline text.label').allTextContents();
    expect(labels.some((l) => l.startsWith('2025-05-03'))).toBe(true);
    expect(labels.some((l) => /taxi|exit|leav/i.test(l))).toBe(true);
    // The seed's own publication date is marked too.
    expect(labels.some((l) => /^2025-05-07 · article published/.test(l))).toBe(true);
    expect(await page.locator('.explain').textContent()).toMatch(/likely to be true/);
    await shot(page, 'story');
  });

  it('opens an evidence item with its sentence highlighted in the article', async () => {
    const { page } = t;
    const first = page.locator('a.evidence-link').first();
    const said = (await first.textContent())!.trim();
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

  it('is readable on a phone', async () => {
    const { page } = t;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${t.server.url}/`);
    await page.locator('table.stories a').first().click();
    await page.locator('svg.timeline').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shot(page, 'story-phone');
  });
});
