// Adding an article through the page, and hostile article text that must run nothing.
import { readFileSync } from 'node:fs';
import { must } from '../../src/invariant/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, start, type Harness } from './harness.ts';

const sample = readFileSync(new URL('../fixtures/celebrity-011legit.txt', import.meta.url), 'utf8');
let t: Harness;
const dialogs: string[] = [];

beforeAll(async () => {
  t = await start();
  t.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});
afterAll(async () => t?.stop());

const HOSTILE = [
  'Jennifer Lopez <script>window.__pwned = "script"</script> was seen <img src=x onerror="window.__pwned = \'img\'"> in Miami.',
  'A source said <a href="javascript:window.__pwned=\'link\'">click here</a> and <svg onload="window.__pwned=\'svg\'"></svg> that she is dating Alex Rodriguez.',
].join('\n\n');

describe('adding an article in the browser', () => {
  it('pastes a dated article and shows its extraction and the stories it touched', async () => {
    const { page } = t;
    await page.goto(`${t.server.url}/#/add`);
    await page.getByLabel('Article text').fill(sample);
    await page.getByRole('button', { name: 'Add to the ledger' }).click();
    await page.getByRole('heading', { name: 'Extraction' }).waitFor();
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toMatch(/Stored as article [0-9a-f]{16}/);
    expect(main).toContain('Stories it touched');
    // The pasted house header gave the date and is not part of the stored text.
    const id = must(/article ([0-9a-f]{16})/.exec(main)?.[1], 'the result names the stored article (matched above)');
    const stored = await t.ledger.article(id);
    expect(stored?.article.published).toBe('2017-03-09');
    expect(stored?.article.text.startsWith('Jennifer Lopez and Alex Rodriguez')).toBe(true);
    await shot(page, 'add');
  });

  it('fills the form from an uploaded house-format file', async () => {
    const { page } = t;
    await page.goto(`${t.server.url}/#/add`);
    await page
      .locator('#add-file')
      .setInputFiles({ name: 'jlo-arod.txt', mimeType: 'text/plain', buffer: Buffer.from(sample) });
    await expect.poll(() => page.getByLabel('Published').inputValue()).toBe('2017-03-09');
    expect(await page.getByLabel('Article text').inputValue()).toMatch(/^Jennifer Lopez and Alex Rodriguez are dating/);
    expect(await page.getByLabel('Title').inputValue()).toBe('jlo-arod');
  });
});

describe('hostile article text', () => {
  it('shows markup as text in the article page and runs nothing', async () => {
    const { page } = t;
    const outcome = await t.ledger.ingest({
      id: null,
      published: '2017-03-10',
      title: '<img src=x onerror="window.__pwned=\'title\'">',
      source: null,
      url: 'javascript:window.__pwned="url"',
      text: HOSTILE,
      origin: { file: 'hostile' },
    });
    await page.goto(`${t.server.url}/#/article/${outcome.id}`);
    await page.locator('.text').waitFor();
    await page
      .getByText('click here')
      .click()
      .catch(() => undefined);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('main img, main script, main a[href^="javascript"], main svg[onload]').count()).toBe(0);
    expect(await page.locator('.text').textContent()).toContain('<script>window.__pwned = "script"</script>');
    expect(await page.locator('h1').textContent()).toContain('<img src=x onerror=');
    await shot(page, 'hostile-article');
  });

  it('previews the same text on the add page without running it', async () => {
    const { page } = t;
    await page.goto(`${t.server.url}/#/add`);
    await page.getByLabel('Article text').fill(HOSTILE);
    await page.getByLabel('Published').fill('2017-03-10');
    await page.getByRole('button', { name: 'Preview extraction' }).click();
    await page.getByRole('heading', { name: 'Extraction' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('.result .text').textContent()).toContain('<img src=x onerror=');
    expect(await page.locator('.result img').count()).toBe(0);
  });
});
