// Editorial actions in the browser, on the development ledger (test/web/dev-ledger.ts), at a laptop's width and a
// phone's: a journalist flags a story as wrong, dismisses it and merges it, sees who did what and when on the story
// page and in the list, and undoes each. Every page with an action in force passes axe and keeps in its box.
import { hc } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StorySummary } from '../../src/ledger/types.ts';
import { must } from '../../src/invariant/index.ts';
import { nextPage } from './checks.ts';
import { LONE_NAME_EDITOR, OBJECT_EDITOR } from '../../src/ledger/lone-names.ts';
import { BUILD_TIMEOUT, allStories } from './dev-ledger.ts';
import { WIDTHS, shot, start, type Harness } from './harness.ts';
import type { App } from '../../src/api/index.ts';

let t: Harness;
let ariana: StorySummary;
let kim: StorySummary;

beforeAll(async () => {
  t = await start({ dev: { syndicated: false } });
  const { stories } = await allStories(t.ledger);
  const pair = (a: string, b: string) =>
    must(
      stories.find(
        (s) =>
          s.type === 'relationship' && s.subjects.some((x) => x.name === a) && s.subjects.some((x) => x.name === b),
      ),
      `the corpus has the ${a} & ${b} story`,
    );
  ariana = pair('Ariana Grande', 'Pete Davidson');
  kim = pair('Kim Kardashian', 'Pete Davidson');
}, BUILD_TIMEOUT);
afterAll(async () => t?.stop());

const listedNames = () => t.page.locator('table.stories td.name a').allTextContents();

describe.each(WIDTHS)('at %i px', (width, height) => {
  beforeAll(async () => {
    await t.page.setViewportSize({ width, height });
  });

  it("flags a story as wrong under the editor's name, shows it on the page and in the list, and removes the flag", async () => {
    const page = t.page;
    await t.open(`#/story/${kim.id}`);
    await page.locator('details.editorial-actions summary').click();
    await page.getByLabel('Your name').fill('Ana Reyes');
    await page.getByLabel('Note').fill('They split in August 2022');
    await t.press('Flag as wrong');
    const notice = page.locator('.notice.flagged');
    expect(await notice.textContent()).toMatch(
      /^Flagged as wrong by Ana Reyes on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC: “?They split in August 2022”?\. Remove the flag$/,
    );
    await shot(page, `desk-editorial-flagged-${width}`);
    await t.clean('flagged story');
    // The name is remembered for the next action.
    await page.locator('details.editorial-actions summary').click();
    expect(await page.getByLabel('Your name').inputValue()).toBe('Ana Reyes');
    await t.open(`#/?q=${encodeURIComponent('Kim Kardashian')}&type=relationship`);
    expect(await page.locator('table.stories .badge.flagged').first().textContent()).toBe(
      'flagged as wrong by Ana Reyes',
    );
    await nextPage(page, () => page.getByLabel('Show').selectOption('flagged'));
    expect(await listedNames()).toEqual(['Kim Kardashian & Pete Davidson']);
    await t.clean('flagged list');
    await t.open(`#/story/${kim.id}`);
    await t.press('Remove the flag');
    expect(await page.locator('.notice.flagged').count()).toBe(0);
  });

  it('dismisses a story: it leaves the list, which says so and shows it on request; undo brings it back', async () => {
    const page = t.page;
    await t.open(`#/story/${ariana.id}`);
    await page.locator('details.editorial-actions summary').click();
    await t.press('Dismiss');
    expect(await page.locator('.notice.dismissed').textContent()).toContain('Dismissed by Ana Reyes on');
    await t.open('#/?q=Pete+Davidson');
    expect(await listedNames()).not.toContain('Ariana Grande & Pete Davidson');
    expect(await page.locator('.hidden-note').textContent()).toMatch(/^1 dismissed story is left out\./);
    await nextPage(page, () => page.getByRole('link', { name: 'Show dismissed stories' }).click());
    expect(page.url()).toContain('show=dismissed');
    expect(await listedNames()).toEqual(['Ariana Grande & Pete Davidson']);
    expect(await page.locator('table.stories .badge.dismissed').textContent()).toBe('dismissed by Ana Reyes');
    await shot(page, `desk-editorial-dismissed-${width}`);
    await t.clean('dismissed list');
    await nextPage(page, () => page.getByRole('link', { name: 'Ariana Grande & Pete Davidson' }).click());
    await t.press('Undo dismissal');
    await t.open('#/?q=Pete+Davidson');
    expect(await listedNames()).toContain('Ariana Grande & Pete Davidson');
  });

  it('merges a story into another that shares a person, lands on the merged one from the old address, and undoes it', async () => {
    const page = t.page;
    const rows = (id: string) => t.ledger.story(id).then((s) => s?.explanation.length ?? 0);
    const [kimRows, arianaRows] = [await rows(kim.id), await rows(ariana.id)];
    await t.open(`#/story/${kim.id}`);
    await page.locator('details.editorial-actions summary').click();
    // Offered: the other relationship stories of Kim Kardashian or Pete Davidson, by name and headline stage.
    const label = `Ariana Grande & Pete Davidson — relationship: ${ariana.value}`;
    const choices = page.locator('.merge-choices label');
    await expect.poll(() => choices.allTextContents()).toContain(` ${label}`);
    for (const choice of await choices.allTextContents())
      expect(choice).toMatch(/(Kim Kardashian|Pete Davidson).* — relationship/);
    expect(await page.getByRole('button', { name: 'Merge into the chosen story' }).isDisabled()).toBe(true);
    // On a laptop by its choice; on a phone by a pasted link, as for a duplicate that shares no person.
    if (width === 1366) await page.getByRole('radio', { name: label }).check();
    else
      await page.getByLabel('or another story, by its id or link').fill(`${t.server.url}/#/story/${ariana.id}?at=ev-0`);
    expect(await page.getByRole('button', { name: 'Merge into the chosen story' }).isDisabled()).toBe(false);
    await t.clean('merge form');
    await t.press('Merge into the chosen story');
    // The old address now shows the story it joined, saying so, with both stories' evidence.
    expect(await page.locator('h1').textContent()).toBe('Ariana Grande & Pete Davidson: relationship');
    expect(await page.locator('.notice.merged').first().textContent()).toMatch(
      /^You asked for Kim Kardashian & Pete Davidson — relationship.*: it was merged into this story by Ana Reyes on /,
    );
    expect(await page.locator('table.evidence tr.item').count()).toBe(kimRows + arianaRows);
    await shot(page, `desk-editorial-merged-${width}`);
    await t.clean('merged story');
    await t.open('#/?q=Pete+Davidson&show=all');
    expect(await listedNames()).not.toContain('Kim Kardashian & Pete Davidson');
    await t.open(`#/story/${kim.id}`);
    await t.press('Undo the merge');
    expect(await page.locator('h1').textContent()).toBe('Kim Kardashian & Pete Davidson: relationship');
    expect(await page.locator('table.evidence tr.item').count()).toBe(kimRows);
    expect(await rows(ariana.id)).toBe(arianaRows);
  });
});

describe('the audit log', () => {
  let ledgerFolds = 0;
  it('keeps every action and every undo, newest first, with who and when', async () => {
    const { actions } = await (await hc<App>(t.server.url).api.audit.$get()).json();
    // Per width: flag, undo, dismiss, undo, merge, undo; before them, oldest, the ledger's own folds made at ingest (of
    // lone names, and of stories told without their object into the one that names it), and on the full development
    // ledger its own undo of a fold once a namesake or a second object arrives ("Maddox"; Swift's "Gorgeous").
    const ledgers = new Set([LONE_NAME_EDITOR, OBJECT_EDITOR]);
    const desk = actions.filter((a) => !ledgers.has(a.editor));
    const folds = actions.filter((a) => ledgers.has(a.editor));
    expect(desk.map((a) => a.kind)).toEqual(Array(2).fill(['undo', 'merge', 'undo', 'dismiss', 'undo', 'flag']).flat());
    expect(new Set(desk.map((a) => a.editor))).toEqual(new Set(['Ana Reyes']));
    const merges = new Set(folds.filter((a) => a.kind === 'merge').map((a) => a.seq));
    for (const a of folds) {
      expect(['merge', 'undo']).toContain(a.kind);
      if (a.kind === 'undo') expect(merges.has(must(a.undoes, 'an undo names what it undoes'))).toBe(true);
    }
    expect(actions.slice(desk.length)).toEqual(folds);
    ledgerFolds = folds.length;
  });

  it.each(WIDTHS)('is shown on its page at %i px, newest first, by name', async (width, height) => {
    await t.page.setViewportSize({ width, height });
    await t.open('#/audit');
    const rows = t.page.locator('ol.audit li.entry');
    expect(await rows.count()).toBe(12 + ledgerFolds);
    expect(await rows.first().locator('.what').textContent()).toMatch(
      /^undid #\d+ \(merged\) on Kim Kardashian & Pete Davidson — relationship/,
    );
    expect(await rows.nth(1).locator('.what').textContent()).toMatch(
      /^merged Kim Kardashian & Pete Davidson — relationship.* into Ariana Grande & Pete Davidson — relationship/,
    );
    expect(await rows.nth(11).locator('.what').textContent()).toMatch(
      /^flagged as wrong Kim Kardashian & Pete Davidson — relationship.*: “?They split in August 2022”?$/,
    );
    // A note is set in quotation marks by its <q>: quotes of its own are single ones inside them (the ledger's note on
    // a lone name's fold read `“"Swift" and "Perry" read as …”`).
    const notes = await t.page.locator('ol.audit .what q').allTextContents();
    expect(notes.some((n) => /‘\w+’/.test(n))).toBe(true);
    for (const n of notes) expect(n).not.toMatch(/["“”]/);
    // On a laptop, what was done starts at one place on every line, whatever the number's and the name's widths.
    if (width > 1000) {
      const lefts = await t.page
        .locator('ol.audit .what')
        .evaluateAll((xs) => xs.map((x) => Math.round(x.getBoundingClientRect().left)));
      expect(new Set(lefts).size).toBe(1);
    }
    await shot(t.page, `desk-audit-${width}`);
    await t.clean('audit log');
  });
});

describe('merging two entries for one person', () => {
  it.each(WIDTHS)(
    'merges "Hailey Baldwin Bieber" into "Hailey Bieber" from her page at %i px, and undoes it',
    async (width, height) => {
      const page = t.page;
      await page.setViewportSize({ width, height });
      const people = await t.ledger.entities('Hailey');
      const hailey = must(
        people.find((e) => e.name === 'Hailey Bieber'),
        'the corpus names Hailey Bieber',
      );
      const baldwin = must(
        people.find((e) => e.name === 'Hailey Baldwin Bieber'),
        'the corpus names Hailey Baldwin Bieber',
      );
      await t.open(`#/entity/${baldwin.id}`);
      await page.locator('details.editorial-actions summary').click();
      const choice = page.getByRole('radio', { name: /^Hailey Bieber \(person/ });
      await choice.waitFor();
      await choice.check();
      await t.clean('entity merge form');
      await t.press('Merge Hailey Baldwin Bieber into the chosen entry');
      // Her page now is the person she joined, saying so, with her name among the names.
      expect(await page.locator('h1').textContent()).toBe('Hailey Bieber');
      expect(await page.locator('.notice.merged').textContent()).toMatch(
        /^You asked for Hailey Baldwin Bieber: merged into Hailey Bieber by Ana Reyes on /,
      );
      await shot(page, `desk-entity-merged-${width}`);
      await t.clean('merged entity');
      await t.open('#/entities?q=Hailey');
      expect(await page.locator('ul.entities li a').allTextContents()).not.toContain('Hailey Baldwin Bieber');
      await t.open(`#/entity/${hailey.id}`);
      expect(await page.locator('.notice.merged').textContent()).toMatch(
        /^Merged into this entry: Hailey Baldwin Bieber by Ana Reyes/,
      );
      await t.press('Undo the merge');
      expect(await page.locator('.notice.merged').count()).toBe(0);
      await t.open(`#/entity/${baldwin.id}`);
      expect(await page.locator('h1').textContent()).toBe('Hailey Baldwin Bieber');
      // The audit log names both entries, and her pregnancy story joined to Hailey Bieber's: by the ledger itself at
      // ingest now (maiden and married names, ledger/married-names.ts), so the entity merge had no story left to move.
      await t.open('#/audit');
      const what = await page.locator('ol.audit .what').allTextContents();
      expect(what.some((x) => x === 'merged the entry Hailey Baldwin Bieber into Hailey Bieber')).toBe(true);
      expect(
        what.some((x) =>
          /^merged Hailey Baldwin Bieber — pregnancy(?:: [a-z]+)? into Hailey Bieber — pregnancy(?:: [a-z]+)?\b/.test(
            x,
          ),
        ),
      ).toBe(true);
      await t.clean('audit with entity merges');
    },
  );
});
