// What journalists did to a story, said at the top of its page with a way to undo each, and the actions themselves:
// flag as wrong, dismiss, merge into another story of the same type. Every action goes to the ledger's audit log
// (POST /api/stories/:id/actions) under the name given here, kept in this browser for next time.
import type { EntityDetail } from '../ledger/types.ts';
import {
  api,
  type ActionBody,
  type EditorialAction,
  type EntityEditorial,
  type StoryBrief,
  type StoryPageData,
} from './api.ts';
import { h, route } from './dom.ts';
import { storyLabel, subjectNames } from './pages/parts.ts';

const NAME_KEY = 'rumourmill-editor';

/** "2026-12-05 01:20 UTC": the day first, as the rest of the desk writes dates. */
export function when(at: string): string {
  return `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;
}

const nameOf = (s: StoryBrief | undefined, id: string) => (s ? `${subjectNames(s)} — ${storyLabel(s)}` : `story ${id}`);

/** Re-renders the page in place (the router listens to hashchange). */
const reload = () => window.dispatchEvent(new HashChangeEvent('hashchange'));

async function send(story: string, body: ActionBody, out: Element, about: 'story' | 'entity' = 'story'): Promise<void> {
  const editor = (localStorage.getItem(NAME_KEY) ?? '').trim();
  try {
    await (about === 'entity' ? api.actOnEntity : api.act)(story, editor ? { ...body, editor } : body);
    reload();
  } catch (error) {
    const said = (error as Error).message;
    out.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${said.charAt(0).toUpperCase()}${said.slice(1)}`));
  }
}

/** The actions in force on this story, each with who, when, why and an Undo; null when there are none. */
export function editorialState(story: StoryPageData): Element | null {
  const e = story.editorial;
  if (!e) return null;
  const out = h('div', { class: 'editorial-error' });
  const undo = (action: EditorialAction, label: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'secondary small',
        onclick: () => void send(action.subject, { action: 'undo', undoes: action.seq }, out),
      },
      label,
    );
  const by = (a: EditorialAction) => ` by ${a.editor} on ${when(a.at)}`;
  const note = (a: EditorialAction) => (a.note ? [': ', h('q', {}, a.note)] : []);
  const briefs = new Map(e.mergedStories.map((s) => [s.id, s]));
  const lines: Element[] = [];
  if (e.requested) {
    const merge = e.merged.find((a) => a.subject === e.requested);
    lines.push(
      h(
        'p',
        { class: 'notice merged' },
        `You asked for ${nameOf(briefs.get(e.requested), e.requested)}: it was merged into this story`,
        ...(merge ? [by(merge), '. ', undo(merge, 'Undo the merge')] : ['.']),
      ),
    );
  }
  if (e.flagged)
    lines.push(
      h(
        'p',
        { class: 'notice flagged' },
        h('strong', {}, 'Flagged as wrong'),
        by(e.flagged),
        ...note(e.flagged),
        '. ',
        undo(e.flagged, 'Remove the flag'),
      ),
    );
  if (e.dismissed)
    lines.push(
      h(
        'p',
        { class: 'notice dismissed' },
        h('strong', {}, 'Dismissed'),
        by(e.dismissed),
        ...note(e.dismissed),
        ' — hidden from the stories list. ',
        undo(e.dismissed, 'Undo dismissal'),
      ),
    );
  for (const m of e.merged.filter((a) => a.subject !== e.requested)) {
    lines.push(
      h(
        'p',
        { class: 'notice merged' },
        'Merged into this story: ',
        h('a', { href: route('story', m.subject) }, nameOf(briefs.get(m.subject), m.subject)),
        by(m),
        ...note(m),
        '. ',
        undo(m, 'Undo the merge'),
      ),
    );
  }
  if (lines.length === 0) return null;
  return h('section', { class: 'editorial-state', 'aria-label': 'Editorial actions in force' }, ...lines, out);
}

/** The form: the editor's name, a note, and the three actions (folded: the page is for reading first). */
export function editorialActions(story: StoryPageData): Element {
  const e = story.editorial;
  const out = h('div', { class: 'editorial-error' });
  const name = h('input', {
    id: 'editor-name',
    type: 'text',
    name: 'editor',
    autocomplete: 'name',
    maxlength: 80,
    value: localStorage.getItem(NAME_KEY) ?? '',
    placeholder: 'desk',
  });
  name.addEventListener('change', () => localStorage.setItem(NAME_KEY, name.value.trim()));
  const note = h('textarea', {
    id: 'editor-note',
    name: 'note',
    rows: 2,
    maxlength: 2000,
    placeholder: 'Why (shown with the action)',
  });
  // Radio buttons, not a select: a story's name wraps on a phone where a select's option is cut off.
  const into = h('div', { class: 'merge-choices' }, h('p', { class: 'muted' }, 'Looking for stories…'));
  // Any story by its id or address, for a duplicate that shares no person id ("Beyoncé" and "Beyonce" as two people).
  const other = h('input', {
    id: 'merge-other',
    type: 'text',
    name: 'other',
    placeholder: 'e.g. s-1a2b3c4d5e6f or a copied story link',
  });
  const chosen = () =>
    storyIdIn(other.value) || (into.querySelector<HTMLInputElement>('input[name=into]:checked')?.value ?? '');
  const body = <T extends ActionBody>(b: T): T => ({ ...b, ...(note.value.trim() ? { note: note.value.trim() } : {}) });
  const act = (b: ActionBody) => {
    localStorage.setItem(NAME_KEY, name.value.trim());
    void send(story.id, body(b), out);
  };
  const mergeButton = h(
    'button',
    {
      type: 'button',
      disabled: true,
      onclick: () => (chosen() ? act({ action: 'merge', into: chosen() }) : undefined),
    },
    'Merge into the chosen story',
  );
  const update = () => mergeButton.toggleAttribute('disabled', !chosen());
  into.addEventListener('change', update);
  other.addEventListener('input', update);
  void candidates(story).then((list) => {
    into.replaceChildren(
      ...(list.length
        ? list.map((s, i) =>
            h(
              'label',
              { class: 'choice', for: `merge-${i}` },
              h('input', { type: 'radio', id: `merge-${i}`, name: 'into', value: s.id }),
              ` ${nameOf(s, s.id)}`,
            ),
          )
        : [h('p', { class: 'muted' }, `No other ${story.type} story shares a person with this one.`)]),
    );
  });
  return h(
    'details',
    { class: 'editorial-actions' },
    h(
      'summary',
      {},
      h('h2', { class: 'inline' }, 'Editorial actions'),
      h('span', { class: 'muted' }, ' — flag as wrong, dismiss, merge; every action can be undone'),
    ),
    h(
      'div',
      { class: 'row' },
      h('span', { class: 'field' }, h('label', { for: 'editor-name' }, 'Your name'), name),
      h('span', { class: 'field grow' }, h('label', { for: 'editor-note' }, 'Note'), note),
    ),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { type: 'button', disabled: !!e?.flagged, onclick: () => act({ action: 'flag' }) },
        e?.flagged ? 'Flagged as wrong' : 'Flag as wrong',
      ),
      h(
        'button',
        { type: 'button', disabled: !!e?.dismissed, onclick: () => act({ action: 'dismiss' }) },
        e?.dismissed ? 'Dismissed' : 'Dismiss',
      ),
    ),
    h(
      'fieldset',
      { class: 'merge' },
      h('legend', {}, 'Merge this story into another (its evidence joins that story)'),
      into,
      h('span', { class: 'field' }, h('label', { for: 'merge-other' }, 'or another story, by its id or link'), other),
      mergeButton,
    ),
    out,
  );
}

/** Stories of the same type that share a person with this one: where a duplicate would be. */
async function candidates(story: StoryPageData): Promise<StoryBrief[]> {
  const found = new Map<string, StoryBrief>();
  for (const subject of story.subjects) {
    const page = await api.stories({ q: subject.name, type: story.type, show: 'all', limit: '100' }).catch(() => null);
    for (const s of page?.stories ?? []) if (s.id !== story.id) found.set(s.id, s);
  }
  return [...found.values()];
}

/** A story id typed or pasted as a link ("http://localhost:8080/#/story/s-1a2b…?at=ev-3"); '' when there is none. */
export function storyIdIn(text: string): string {
  const value = text.trim();
  const linked = /#\/story\/([^?#/\s]+)/.exec(value)?.[1];
  if (linked) return decodeURIComponent(linked);
  return /^[\w-]{1,100}$/.test(value) ? value : '';
}

/** An entity merged into this one, or this one asked for under a merged name: who, when, and an Undo. */
export function entityEditorialState(e: EntityDetail & { editorial?: EntityEditorial }): Element | null {
  const ed = e.editorial;
  if (!ed || ed.merged.length === 0) return null;
  const out = h('div', { class: 'editorial-error' });
  const names = new Map(ed.mergedEntities.map((x) => [x.id, x.name]));
  const what = (a: EditorialAction): Array<Node | string> =>
    a.subject === ed.requested
      ? [`You asked for ${names.get(a.subject) ?? a.subject}: merged into ${e.name}`]
      : ['Merged into this entry: ', h('a', { href: route('entity', a.subject) }, names.get(a.subject) ?? a.subject)];
  const lines = ed.merged.map((a) =>
    h(
      'p',
      { class: 'notice merged' },
      ...what(a),
      ` by ${a.editor} on ${when(a.at)}`,
      ...(a.note ? [': ', h('q', {}, a.note)] : []),
      '. ',
      h(
        'button',
        {
          type: 'button',
          class: 'secondary small',
          onclick: () => void send(e.id, { action: 'undo', undoes: a.seq }, out, 'entity'),
        },
        'Undo the merge',
      ),
    ),
  );
  return h('section', { class: 'editorial-state', 'aria-label': 'Merged entities' }, ...lines, out);
}

/** Merge this entity into another of its type (same surname or first name offered, or any by its id or link). */
export function entityMergeForm(e: EntityDetail): Element {
  const out = h('div', { class: 'editorial-error' });
  const name = h('input', {
    id: 'editor-name',
    type: 'text',
    name: 'editor',
    autocomplete: 'name',
    maxlength: 80,
    value: localStorage.getItem(NAME_KEY) ?? '',
    placeholder: 'desk',
  });
  name.addEventListener('change', () => localStorage.setItem(NAME_KEY, name.value.trim()));
  const note = h('textarea', {
    id: 'editor-note',
    name: 'note',
    rows: 2,
    maxlength: 2000,
    placeholder: 'Why (shown with the merge)',
  });
  const choices = h('div', { class: 'merge-choices' }, h('p', { class: 'muted' }, 'Looking for namesakes…'));
  const other = h('input', {
    id: 'merge-other',
    type: 'text',
    name: 'other',
    placeholder: 'e.g. p-1a2b3c4d5e6f or a copied link',
  });
  const chosen = () =>
    entityIdIn(other.value) || (choices.querySelector<HTMLInputElement>('input[name=into]:checked')?.value ?? '');
  const button = h(
    'button',
    {
      type: 'button',
      disabled: true,
      onclick: () => {
        if (!chosen()) return;
        localStorage.setItem(NAME_KEY, name.value.trim());
        void send(
          e.id,
          { action: 'merge', into: chosen(), ...(note.value.trim() ? { note: note.value.trim() } : {}) },
          out,
          'entity',
        );
      },
    },
    `Merge ${e.name} into the chosen entry`,
  );
  const update = () => button.toggleAttribute('disabled', !chosen());
  choices.addEventListener('change', update);
  other.addEventListener('input', update);
  void namesakes(e).then((list) => {
    choices.replaceChildren(
      ...(list.length
        ? list.map((x, i) =>
            h(
              'label',
              { class: 'choice', for: `merge-e-${i}` },
              h('input', { type: 'radio', id: `merge-e-${i}`, name: 'into', value: x.id }),
              ` ${x.name} (${x.type} · ${x.articles} article${x.articles === 1 ? '' : 's'})`,
            ),
          )
        : [h('p', { class: 'muted' }, `No other ${e.type} shares a name with ${e.name}.`)]),
    );
  });
  return h(
    'details',
    { class: 'editorial-actions' },
    h(
      'summary',
      {},
      h('h2', { class: 'inline' }, 'Same person as another entry?'),
      h('span', { class: 'muted' }, ' — merge them; it can be undone'),
    ),
    h(
      'div',
      { class: 'row' },
      h('span', { class: 'field' }, h('label', { for: 'editor-name' }, 'Your name'), name),
      h('span', { class: 'field grow' }, h('label', { for: 'editor-note' }, 'Note'), note),
    ),
    h(
      'fieldset',
      { class: 'merge' },
      h('legend', {}, `Merge ${e.name} into (its names, articles and stories join that entry)`),
      choices,
      h('span', { class: 'field' }, h('label', { for: 'merge-other' }, 'or another entry, by its id or link'), other),
      button,
    ),
    out,
  );
}

/** Entries of the same type sharing a word of the name: where a split person's other half would be. */
async function namesakes(e: EntityDetail) {
  const found = new Map<string, { id: string; name: string; type: string; articles: number }>();
  for (const word of new Set(e.name.split(/\s+/).filter((w) => w.length > 2))) {
    const page = await api.entities(word, e.type).catch(() => null);
    for (const x of page?.entities ?? []) if (x.id !== e.id && found.size < 12) found.set(x.id, x);
  }
  return [...found.values()];
}

/** An entity id typed or pasted as a link ("…/#/entity/p-1a2b…"); '' when there is none. */
export function entityIdIn(text: string): string {
  const value = text.trim();
  const linked = /#\/entity\/([^?#/\s]+)/.exec(value)?.[1];
  if (linked) return decodeURIComponent(linked);
  return /^[\w-]{1,100}$/.test(value) ? value : '';
}
