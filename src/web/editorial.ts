// What journalists did to a story, said at the top of its page with a way to undo each, and the actions themselves:
// flag as wrong, dismiss, merge into another story of the same type. Every action goes to the ledger's audit log
// (POST /api/stories/:id/actions) under the name given here, kept in this browser for next time.
import { api, type ActionBody, type EditorialAction, type StoryBrief, type StoryPageData } from './api.ts';
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

async function send(story: string, body: ActionBody, out: Element): Promise<void> {
  const editor = (localStorage.getItem(NAME_KEY) ?? '').trim();
  try {
    await api.act(story, editor ? { ...body, editor } : body);
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
    h('button', { type: 'button', class: 'secondary small', onclick: () => void send(action.subject, { action: 'undo', undoes: action.seq }, out) }, label);
  const by = (a: EditorialAction) => ` by ${a.editor} on ${when(a.at)}`;
  const note = (a: EditorialAction) => (a.note ? [': ', h('q', {}, a.note)] : []);
  const briefs = new Map(e.mergedStories.map((s) => [s.id, s]));
  const lines: Element[] = [];
  if (e.requested) {
    const merge = e.merged.find((a) => a.subject === e.requested);
    lines.push(h('p', { class: 'notice merged' }, `You asked for ${nameOf(briefs.get(e.requested), e.requested)}: it was merged into this story`,
      ...(merge ? [by(merge), '. ', undo(merge, 'Undo the merge')] : ['.'])));
  }
  if (e.flagged) lines.push(h('p', { class: 'notice flagged' }, h('strong', {}, 'Flagged as wrong'), by(e.flagged), ...note(e.flagged), '. ', undo(e.flagged, 'Remove the flag')));
  if (e.dismissed) lines.push(h('p', { class: 'notice dismissed' }, h('strong', {}, 'Dismissed'), by(e.dismissed), ...note(e.dismissed), ' — hidden from the stories list. ', undo(e.dismissed, 'Undo dismissal')));
  for (const m of e.merged.filter((a) => a.subject !== e.requested)) {
    lines.push(h('p', { class: 'notice merged' }, 'Merged into this story: ', h('a', { href: route('story', m.subject) }, nameOf(briefs.get(m.subject), m.subject)), by(m), ...note(m), '. ', undo(m, 'Undo the merge')));
  }
  if (lines.length === 0) return null;
  return h('section', { class: 'editorial-state', 'aria-label': 'Editorial actions in force' }, ...lines, out);
}

/** The form: the editor's name, a note, and the three actions (folded: the page is for reading first). */
export function editorialActions(story: StoryPageData): Element {
  const e = story.editorial;
  const out = h('div', { class: 'editorial-error' });
  const name = h('input', { id: 'editor-name', type: 'text', name: 'editor', autocomplete: 'name', maxlength: 80, value: localStorage.getItem(NAME_KEY) ?? '', placeholder: 'desk' });
  name.addEventListener('change', () => localStorage.setItem(NAME_KEY, name.value.trim()));
  const note = h('textarea', { id: 'editor-note', name: 'note', rows: 2, maxlength: 2000, placeholder: 'Why (shown with the action)' });
  // Radio buttons, not a select: a story's name wraps on a phone where a select's option is cut off.
  const into = h('div', { class: 'merge-choices' }, h('p', { class: 'muted' }, 'Looking for stories…'));
  // Any story by its id or address, for a duplicate that shares no person id ("Beyoncé" and "Beyonce" as two people).
  const other = h('input', { id: 'merge-other', type: 'text', name: 'other', placeholder: 'e.g. s-1a2b3c4d5e6f or a copied story link' });
  const chosen = () => storyIdIn(other.value) || (into.querySelector<HTMLInputElement>('input[name=into]:checked')?.value ?? '');
  const body = <T extends ActionBody>(b: T): T => ({ ...b, ...(note.value.trim() ? { note: note.value.trim() } : {}) });
  const act = (b: ActionBody) => {
    localStorage.setItem(NAME_KEY, name.value.trim());
    void send(story.id, body(b), out);
  };
  const mergeButton = h('button', { type: 'button', disabled: true, onclick: () => (chosen() ? act({ action: 'merge', into: chosen() }) : undefined) }, 'Merge into the chosen story');
  const update = () => mergeButton.toggleAttribute('disabled', !chosen());
  into.addEventListener('change', update);
  other.addEventListener('input', update);
  void candidates(story).then((list) => {
    into.replaceChildren(...(list.length
      ? list.map((s, i) => h('label', { class: 'choice', for: `merge-${i}` }, h('input', { type: 'radio', id: `merge-${i}`, name: 'into', value: s.id }), ` ${nameOf(s, s.id)}`))
      : [h('p', { class: 'muted' }, `No other ${story.type} story shares a person with this one.`)]));
  });
  return h('details', { class: 'editorial-actions' },
    h('summary', {}, h('h2', { class: 'inline' }, 'Editorial actions'), h('span', { class: 'muted' }, ' — flag as wrong, dismiss, merge; every action can be undone')),
    h('div', { class: 'row' },
      h('span', { class: 'field' }, h('label', { for: 'editor-name' }, 'Your name'), name),
      h('span', { class: 'field grow' }, h('label', { for: 'editor-note' }, 'Note'), note)),
    h('div', { class: 'row' },
      h('button', { type: 'button', disabled: !!e?.flagged, onclick: () => act({ action: 'flag' }) }, e?.flagged ? 'Flagged as wrong' : 'Flag as wrong'),
      h('button', { type: 'button', disabled: !!e?.dismissed, onclick: () => act({ action: 'dismiss' }) }, e?.dismissed ? 'Dismissed' : 'Dismiss')),
    h('fieldset', { class: 'merge' }, h('legend', {}, 'Merge this story into another (its evidence joins that story)'), into,
      h('span', { class: 'field' }, h('label', { for: 'merge-other' }, 'or another story, by its id or link'), other), mergeButton),
    out);
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
