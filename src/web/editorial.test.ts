import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { actionPanel, entityMergeForm, editorialActions, storyIdIn, when } from './editorial.ts';
import type { StoryPageData } from './api.ts';
import type { EntityDetail } from '../ledger/types.ts';
import { must } from '../invariant/index.ts';

describe('storyIdIn', () => {
  it('reads a story id typed or pasted as a link of the desk', () => {
    for (const typed of [
      ' s-0a1b2c3d4e5f ',
      'http://127.0.0.1:8080/#/story/s-0a1b2c3d4e5f?at=ev-3',
      '#/story/s-0a1b2c3d4e5f',
    ])
      expect(storyIdIn(typed), typed).toBe('s-0a1b2c3d4e5f');
    expect(['Beyoncé and Jay-Z', ''].map(storyIdIn)).toEqual(['', '']);
  });
});

describe('when', () => {
  it('says an action time as the desk writes dates, in UTC', () => {
    expect(when('2026-12-05T01:20:34.123Z')).toBe('2026-12-05 01:20 UTC');
  });
});

// The story's and the entity's panels are one builder (actionPanel): the same fields, the same merge by choice or
// by id, the same request. Run on linkedom's DOM, with the API's fetch answered here.
describe('the editorial panels', () => {
  let posted: Array<{ url: string; body: unknown }>;
  let DomEvent: typeof Event;
  beforeEach(() => {
    const dom = parseHTML('<!doctype html><html><body></body></html>');
    const { document } = dom;
    DomEvent = dom.Event;
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    posted = [];
    vi.stubGlobal('document', document);
    vi.stubGlobal('window', { dispatchEvent: () => true });
    vi.stubGlobal('HashChangeEvent', class extends Event {});
    vi.stubGlobal('localStorage', storage);
    vi.stubGlobal('sessionStorage', storage);
    vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
      if (init?.method === 'POST') posted.push({ url, body: JSON.parse(init.body as string) });
      const page = url.startsWith('/api/desk/stories?')
        ? { stories: [{ id: 's-other', type: 'relationship', value: 'dating', subjects: [{ id: 'p-1', name: 'A' }] }] }
        : url.startsWith('/api/entities?')
          ? { entities: [{ id: 'p-2', name: 'Hailey Bieber', type: 'person', aliases: [], articles: 3 }] }
          : { action: { seq: 1 } };
      return Promise.resolve(new Response(JSON.stringify(page), { status: 200 }));
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const field = (panel: Element, id: string) => panel.querySelector(`#${id}`) as HTMLInputElement;
  const button = (panel: Element, text: string) =>
    Array.from(panel.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent === text);
  const mustButton = (panel: Element, text: string) => must(button(panel, text), `a button "${text}"`);

  it('the story panel: name, note, flag and dismiss, and a merge offered once a choice is made', async () => {
    const story = { id: 's-1', type: 'relationship', subjects: [{ id: 'p-1', name: 'A' }], editorial: null };
    const panel = editorialActions(story as unknown as StoryPageData);
    await settle();
    expect(panel.querySelector('summary')?.textContent).toBe(
      'Editorial actions — flag as wrong, dismiss, merge; every action can be undone',
    );
    expect(Array.from(panel.querySelectorAll<HTMLLabelElement>('label.choice'), (l) => l.textContent)).toEqual([
      ' A — relationship: dating',
    ]);
    const merge = mustButton(panel, 'Merge into the chosen story');
    expect(merge.hasAttribute('disabled')).toBe(true);
    const radio = field(panel, 'merge-0');
    // linkedom reads :checked from the attribute (a browser from the property, which clicking sets).
    radio.setAttribute('checked', '');
    radio.dispatchEvent(new DomEvent('change', { bubbles: true }));
    expect(merge.hasAttribute('disabled')).toBe(false);
    field(panel, 'editor-name').value = 'Ana Reyes';
    field(panel, 'editor-note').value = ' duplicate ';
    mustButton(panel, 'Flag as wrong').dispatchEvent(new DomEvent('click'));
    await settle();
    expect(posted).toEqual([
      { url: '/api/stories/s-1/actions', body: { action: 'flag', note: 'duplicate', editor: 'Ana Reyes' } },
    ]);
  });

  it('the entity panel: the same fields, no flag, and a merge by a pasted link', async () => {
    const entity = { id: 'p-9', name: 'Hailey Baldwin Bieber', type: 'person' };
    const panel = entityMergeForm(entity as unknown as EntityDetail);
    await settle();
    expect(Array.from(panel.querySelectorAll<HTMLLabelElement>('label'), (l) => l.getAttribute('for'))).toEqual([
      'editor-name',
      'editor-note',
      'merge-e-0',
      'merge-other',
    ]);
    expect(button(panel, 'Flag as wrong')).toBeUndefined();
    const merge = mustButton(panel, 'Merge Hailey Baldwin Bieber into the chosen entry');
    const other = field(panel, 'merge-other');
    other.value = 'http://127.0.0.1:8080/#/entity/p-2';
    other.dispatchEvent(new DomEvent('input'));
    expect(merge.hasAttribute('disabled')).toBe(false);
    merge.dispatchEvent(new DomEvent('click'));
    await settle();
    // No name given: the server files it under its default editor.
    expect(posted).toEqual([{ url: '/api/entities/p-9/actions', body: { action: 'merge', into: 'p-2' } }]);
  });

  it('a panel of no buttons of its own has no empty row', async () => {
    const panel = actionPanel({
      about: 'story',
      subject: 's-1',
      title: 'T',
      hint: 'h',
      why: 'w',
      merge: {
        legend: 'L',
        looking: '…',
        none: 'none here',
        choices: () => Promise.resolve([]),
        prefix: 'm-',
        otherLabel: 'o',
        otherPlaceholder: 'p',
        idIn: storyIdIn,
        button: 'Merge',
      },
    });
    await settle();
    expect(panel.querySelectorAll('div.row')).toHaveLength(1);
    expect(panel.querySelector('.merge-choices')?.textContent).toBe('none here');
  });
});
