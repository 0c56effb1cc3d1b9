// Long words wrap everywhere, and every failure has a heading, a way back and a retry: on the pages the desk added
// for issue 13 (article hub, add result with before → after, editorial notes, People page, epithet search), with a
// 20,000-character word in the text, a 1,000-character word for a title and a 200-character word for an outlet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT } from './dev-ledger.ts';
import { WIDTHS, start, type Harness } from './harness.ts';
import { must } from '../../src/invariant/index.ts';

const WORD = 'Zendayaaaa'.repeat(2000);
const TITLE = 'Holland'.repeat(140).slice(0, 1000);
const OUTLET = 'Tabloid'.repeat(29).slice(0, 200);
let t: Harness;
let story = '';
let article = '';

beforeAll(async () => {
  t = await start({ dev: {} });
  // On the large fixture: the long words among every development article and the wire copies.
  await t.ledger.ingest({
    id: 'plain',
    published: '2024-03-01',
    title: null,
    source: 'People',
    url: null,
    origin: { file: 'plain' },
    text: 'Zendaya and Tom Holland are engaged, a source told People on Friday. They were seen together in London.',
  });
  const outcome = await t.ledger.ingest({
    id: 'long-words',
    published: '2024-03-02',
    title: TITLE,
    source: OUTLET,
    url: null,
    origin: { file: 'long-words' },
    text: `Zendaya and Tom Holland are engaged, a source told ${WORD} on Friday. They were seen together in London.`,
  });
  article = outcome.id;
  story = must(outcome.stories[0], 'the article makes a story');
}, BUILD_TIMEOUT);
afterAll(async () => t?.stop());

describe.each(WIDTHS)('at %i px', (width, height) => {
  beforeAll(async () => {
    await t.page.setViewportSize({ width, height });
  });

  it('wraps long words on the article page, the story page with an editorial note, and the stories it feeds', async () => {
    await t.open(`#/article/${article}`);
    expect(await t.page.locator('h1').textContent()).toBe(TITLE);
    expect(await t.page.locator('.feeds a.story-link').count()).toBeGreaterThan(0);
    await t.page.locator('section.credibility summary').click();
    await t.clean('article');
    const res = await fetch(`${t.server.url}/api/stories/${story}/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'flag', note: WORD.slice(0, 2000), editor: 'E'.repeat(80) }),
    });
    expect([201, 409]).toContain(res.status);
    await t.open(`#/story/${story}?all=1`);
    expect(await t.page.locator('.notice.flagged').textContent()).toContain('E'.repeat(80));
    await t.page.locator('details.editorial-actions summary').click();
    await t.clean('story with a long note');
  });

  it('wraps long words in an add result, the list searched for a long word, and the People page', async () => {
    await t.open('#/add');
    await t.page.getByLabel('Article text').fill(`Zendaya and Tom Holland are married, ${WORD} told ${OUTLET}.`);
    await t.page.getByLabel('Title').fill(`${TITLE}${width}`);
    await t.page.getByLabel('Outlet').fill(OUTLET);
    await t.page.getByRole('button', { name: 'Add to the ledger' }).click();
    await t.page.getByRole('heading', { name: 'Stories it touched' }).waitFor();
    await t.clean('add result');
    await t.open(`#/?q=${'Holland'.repeat(28)}`);
    expect(await t.page.locator('.count').textContent()).toBe('No stories match.');
    await t.clean('stories searched for a long word');
    await t.open(`#/entities?q=${'Holland'.repeat(28)}`);
    await t.clean('people searched for a long word');
  });

  it('says a failure under a heading with a way back and a retry, the message wrapped', async () => {
    await t.open(`#/article/${'x'.repeat(400)}`);
    expect(await t.page.locator('h1').textContent()).toBe('Not found');
    for (const name of ['Try again', 'Go back']) expect(await t.page.getByRole('button', { name }).count()).toBe(1);
    expect(await t.page.getByRole('link', { name: 'All stories' }).count()).toBe(1);
    await t.clean('not found with a long id');
  });
});
