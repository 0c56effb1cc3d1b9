// The audit log: every editorial action on the ledger and every undo, newest first, with who, when and why.
import { must } from '../../invariant/index.ts';
import { api, type EditorialAction, type StoryBrief } from '../api.ts';
import { h, route } from '../dom.ts';
import { when } from '../editorial.ts';
import { storyLabel, subjectNames } from './parts.ts';
import { nestedQuotes } from './plain.ts';

const DONE: Record<string, string> = { flag: 'flagged as wrong', dismiss: 'dismissed', merge: 'merged', undo: 'undid' };

export async function auditPage(params: URLSearchParams): Promise<Element> {
  const asked = params.get('before') ?? '';
  const before = /^\d{1,9}$/.test(asked) ? asked : undefined;
  const log = await api.audit(before);
  const bySeq = new Map(log.actions.map((a) => [a.seq, a]));
  const story = (id: string) => {
    const s: StoryBrief | undefined = log.stories[id];
    return h('a', { href: route('story', id) }, s ? `${subjectNames(s)} — ${storyLabel(s)}` : `story ${id}`);
  };
  const entity = (id: string) => h('a', { href: route('entity', id) }, log.entities[id] ?? `entity ${id}`);
  /** "merged X into Y", X and Y linked to their pages. */
  const merge = (a: EditorialAction, merged: string, link: (id: string) => Node) => [
    merged,
    link(a.subject),
    ' into ',
    link(must(a.target, 'a merge names what it merged into')),
  ];
  const what = (a: EditorialAction): Array<Node | string> => {
    if (a.about === 'entity') {
      if (a.kind === 'merge') return merge(a, 'merged the entry ', entity);
      return [`undid #${a.undoes} (merged the entry) on `, entity(a.subject)];
    }
    const because = a.cause !== null ? ` (with #${a.cause})` : '';
    if (a.kind === 'merge') return [...merge(a, 'merged ', story), because];
    if (a.kind === 'undo') {
      const undone = a.undoes === null ? undefined : bySeq.get(a.undoes);
      return [`undid #${a.undoes}${undone ? ` (${DONE[undone.kind]})` : ''} on `, story(a.subject), because];
    }
    return [`${DONE[a.kind]} `, story(a.subject)];
  };
  // A list, not a table: one entry a line on a laptop, two on a phone, and the story names wrap freely.
  const entries = log.actions.map((a) =>
    h(
      'li',
      { class: 'entry' },
      h(
        'p',
        { class: 'who-when' },
        h('span', { class: 'seq' }, `#${a.seq}`),
        ` ${when(a.at)} · `,
        h('strong', { class: 'editor' }, a.editor),
      ),
      h('p', { class: 'what' }, ...what(a), ...(a.note ? [': ', h('q', {}, nestedQuotes(a.note))] : [])),
    ),
  );
  return h(
    'section',
    {},
    h('h1', { tabindex: '-1' }, 'Audit log'),
    h(
      'p',
      { class: 'muted' },
      'Every flag, dismissal and merge, and every undo, newest first. Nothing here is ever changed or deleted: an undo is an entry of its own.',
    ),
    log.actions.length
      ? h('ol', { class: 'audit', reversed: true }, ...entries)
      : h('p', {}, 'No editorial action yet.'),
    log.next
      ? h(
          'nav',
          { class: 'pager', 'aria-label': 'Older actions' },
          h('a', { href: `#/audit?before=${log.next}`, rel: 'next' }, 'Older actions →'),
        )
      : null,
  );
}
