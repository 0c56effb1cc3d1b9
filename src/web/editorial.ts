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
import { field, h, route, type Child } from './dom.ts';
import { storyLabel, subjectNames } from './pages/parts.ts';
import { nestedQuotes } from './pages/plain.ts';

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
    const said = error instanceof Error ? error.message : String(error);
    out.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${said.charAt(0).toUpperCase()}${said.slice(1)}`));
  }
}

/** An Undo button for one action, whose error (if any) is said in `out`. */
function undoButton(action: EditorialAction, label: string, out: Element, about: 'story' | 'entity'): Element {
  return h(
    'button',
    {
      type: 'button',
      class: 'secondary small',
      onclick: () => void send(action.subject, { action: 'undo', undoes: action.seq }, out, about),
    },
    label,
  );
}

/** One action in force, as every notice says it: what, " by Ana Reyes on 2026-12-05 01:20 UTC", the note, an Undo. */
function notice(
  kind: 'flagged' | 'dismissed' | 'merged',
  what: Child[],
  action: EditorialAction,
  after: string,
  undo: { label: string; out: Element; about: 'story' | 'entity' },
): Element {
  return h(
    'p',
    { class: `notice ${kind}` },
    ...what,
    ` by ${action.editor} on ${when(action.at)}`,
    ...(action.note ? [': ', h('q', {}, nestedQuotes(action.note))] : []),
    after,
    undoButton(action, undo.label, undo.out, undo.about),
  );
}

/** The actions in force on this story, each with who, when, why and an Undo; null when there are none. */
export function editorialState(story: StoryPageData): Element | null {
  const e = story.editorial;
  if (!e) return null;
  const out = h('div', { class: 'editorial-error' });
  const undo = (label: string) => ({ label, out, about: 'story' as const });
  const briefs = new Map(e.mergedStories.map((s) => [s.id, s]));
  const lines: Element[] = [];
  if (e.requested) {
    const merge = e.merged.find((a) => a.subject === e.requested);
    const asked = `You asked for ${nameOf(briefs.get(e.requested), e.requested)}: it was merged into this story`;
    lines.push(
      merge
        ? notice('merged', [asked], merge, '. ', undo('Undo the merge'))
        : h('p', { class: 'notice merged' }, `${asked}.`),
    );
  }
  if (e.flagged)
    lines.push(notice('flagged', [h('strong', {}, 'Flagged as wrong')], e.flagged, '. ', undo('Remove the flag')));
  if (e.dismissed)
    lines.push(
      notice(
        'dismissed',
        [h('strong', {}, 'Dismissed')],
        e.dismissed,
        ' — hidden from the stories list. ',
        undo('Undo dismissal'),
      ),
    );
  for (const m of e.merged.filter((a) => a.subject !== e.requested)) {
    const link = h('a', { href: route('story', m.subject) }, nameOf(briefs.get(m.subject), m.subject));
    lines.push(notice('merged', ['Merged into this story: ', link], m, '. ', undo('Undo the merge')));
  }
  if (lines.length === 0) return null;
  return h('section', { class: 'editorial-state', 'aria-label': 'Editorial actions in force' }, ...lines, out);
}

/** What one editorial panel offers: the story's (flag, dismiss, merge) or the entity's (merge). */
export type PanelSpec = {
  about: 'story' | 'entity';
  /** The story's or entity's id. */
  subject: string;
  /** Its summary line: a heading and a muted hint. */
  title: string;
  hint: string;
  /** The note field's placeholder. */
  why: string;
  /** Buttons of its own before the merge (flag, dismiss), given the panel's way to act. */
  buttons?: (act: (body: ActionBody) => void) => Element[];
  merge: {
    legend: string;
    /** Said while the choices load, and when there are none. */
    looking: string;
    none: string;
    /** What it could be merged into, each as it is offered. */
    choices: () => Promise<Array<{ id: string; label: string }>>;
    /** Radio ids: `${prefix}0`, `${prefix}1`… */
    prefix: string;
    /** The free field for any other one, by its id or link, and how its text is read. */
    otherLabel: string;
    otherPlaceholder: string;
    idIn: (text: string) => string;
    button: string;
  };
};

/**
 * An editorial panel (folded: the page is for reading first): the editor's name (kept in this browser), a note, the
 * panel's own buttons, and a merge by choice or by id. Every action goes to the audit log under that name and note.
 */
export function actionPanel(spec: PanelSpec): HTMLDetailsElement {
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
  const note = h('textarea', { id: 'editor-note', name: 'note', rows: 2, maxlength: 2000, placeholder: spec.why });
  const act = (body: ActionBody) => {
    localStorage.setItem(NAME_KEY, name.value.trim());
    const why = note.value.trim();
    void send(spec.subject, why ? { ...body, note: why } : body, out, spec.about);
  };
  const { merge } = spec;
  // Radio buttons, not a select: a long name wraps on a phone where a select's option is cut off.
  const choices = h('div', { class: 'merge-choices' }, h('p', { class: 'muted' }, merge.looking));
  const other = h('input', { id: 'merge-other', type: 'text', name: 'other', placeholder: merge.otherPlaceholder });
  const chosen = () =>
    merge.idIn(other.value) || (choices.querySelector<HTMLInputElement>('input[name=into]:checked')?.value ?? '');
  const button = h(
    'button',
    {
      type: 'button',
      disabled: true,
      onclick: () => (chosen() ? act({ action: 'merge', into: chosen() }) : undefined),
    },
    merge.button,
  );
  const update = () => button.toggleAttribute('disabled', !chosen());
  choices.addEventListener('change', update);
  other.addEventListener('input', update);
  void merge.choices().then((list) => {
    choices.replaceChildren(
      ...(list.length
        ? list.map((c, i) =>
            h(
              'label',
              { class: 'choice', for: `${merge.prefix}${i}` },
              h('input', { type: 'radio', id: `${merge.prefix}${i}`, name: 'into', value: c.id }),
              ` ${c.label}`,
            ),
          )
        : [h('p', { class: 'muted' }, merge.none)]),
    );
  });
  const own = spec.buttons?.(act) ?? [];
  return h(
    'details',
    { class: 'editorial-actions' },
    h('summary', {}, h('h2', { class: 'inline' }, spec.title), h('span', { class: 'muted' }, ` — ${spec.hint}`)),
    h('div', { class: 'row' }, field('Your name', name), field('Note', note, true)),
    own.length ? h('div', { class: 'row' }, ...own) : null,
    h('fieldset', { class: 'merge' }, h('legend', {}, merge.legend), choices, field(merge.otherLabel, other), button),
    out,
  );
}

/** The story's panel: flag as wrong, dismiss, merge into another story of its type. */
export function editorialActions(story: StoryPageData): Element {
  const e = story.editorial;
  return actionPanel({
    about: 'story',
    subject: story.id,
    title: 'Editorial actions',
    hint: 'flag as wrong, dismiss, merge; every action can be undone',
    why: 'Why (shown with the action)',
    buttons: (act) => [
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
    ],
    merge: {
      legend: 'Merge this story into another (its evidence joins that story)',
      looking: 'Looking for stories…',
      none: `No other ${story.type} story shares a person with this one.`,
      choices: async () => (await candidates(story)).map((s) => ({ id: s.id, label: nameOf(s, s.id) })),
      prefix: 'merge-',
      // Any story by its id or address, for a duplicate that shares no person id ("Beyoncé" and "Beyonce" as two people).
      otherLabel: 'or another story, by its id or link',
      otherPlaceholder: 'e.g. s-1a2b3c4d5e6f or a copied story link',
      idIn: storyIdIn,
      button: 'Merge into the chosen story',
    },
  });
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

/** An entity merged into this one, or this one asked for under a merged name: who, when, and an Undo. */
export function entityEditorialState(e: EntityDetail & { editorial?: EntityEditorial }): Element | null {
  const ed = e.editorial;
  if (!ed || ed.merged.length === 0) return null;
  const out = h('div', { class: 'editorial-error' });
  const names = new Map(ed.mergedEntities.map((x) => [x.id, x.name]));
  const what = (a: EditorialAction): Child[] =>
    a.subject === ed.requested
      ? [`You asked for ${names.get(a.subject) ?? a.subject}: merged into ${e.name}`]
      : ['Merged into this entry: ', h('a', { href: route('entity', a.subject) }, names.get(a.subject) ?? a.subject)];
  const lines = ed.merged.map((a) =>
    notice('merged', what(a), a, '. ', { label: 'Undo the merge', out, about: 'entity' }),
  );
  return h('section', { class: 'editorial-state', 'aria-label': 'Merged entities' }, ...lines, out);
}

/** The entity's panel: merge into another of its type (same surname or first name offered, or any by its id or link). */
export function entityMergeForm(e: EntityDetail): Element {
  return actionPanel({
    about: 'entity',
    subject: e.id,
    title: 'Same person as another entry?',
    hint: 'merge them; it can be undone',
    why: 'Why (shown with the merge)',
    merge: {
      legend: `Merge ${e.name} into (its names, articles and stories join that entry)`,
      looking: 'Looking for namesakes…',
      none: `No other ${e.type} shares a name with ${e.name}.`,
      choices: async () =>
        (await namesakes(e)).map((x) => ({
          id: x.id,
          label: `${x.name} (${x.type} · ${x.articles} article${x.articles === 1 ? '' : 's'})`,
        })),
      prefix: 'merge-e-',
      otherLabel: 'or another entry, by its id or link',
      otherPlaceholder: 'e.g. p-1a2b3c4d5e6f or a copied link',
      idIn: entityIdIn,
      button: `Merge ${e.name} into the chosen entry`,
    },
  });
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

/** An id typed or pasted as a link of the desk ("…/#/story/s-1a2b…?at=ev-3"); '' when there is none. */
function linkedId(page: 'story' | 'entity', text: string): string {
  const value = text.trim();
  const linked = new RegExp(`#/${page}/([^?#/\\s]+)`).exec(value)?.[1];
  if (linked) return decodeURIComponent(linked);
  return /^[\w-]{1,100}$/.test(value) ? value : '';
}
export const storyIdIn = (text: string): string => linkedId('story', text);
export const entityIdIn = (text: string): string => linkedId('entity', text);
