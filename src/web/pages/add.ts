// Add an article: paste or upload, see its extraction at once and the stories it touched.
import type { Extraction } from '../../extract/types.ts';
import { parseHouse } from '../../read/header.ts';
import { api, type NewArticle, type StoryChange } from '../api.ts';
import { h, pct, route } from '../dom.ts';
import { credibility, markedText } from './article.ts';
import { nestedQuotes } from './plain.ts';
import { statusBadge, storyName } from './parts.ts';

const NO_DATE =
  "No publication date: the article will be stored undated, so its evidence cannot be placed in time (a story's history and timeline leave it out). Give the date if you know it.";

export function addPage(): Element {
  const text = h('textarea', {
    id: 'add-text',
    name: 'text',
    rows: 12,
    required: true,
    // The header held on one line (a no-break space, non-breaking hyphens U+2011): on a phone the format broke at
    // its first hyphen ("YYYY-|MM-DD").
    placeholder: 'Paste the article text here (or "date\u00a0YYYY\u2011MM\u2011DD " then the text)',
  });
  const date = h('input', { id: 'add-date', type: 'date', name: 'published' });
  const title = h('input', { id: 'add-title', type: 'text', name: 'title' });
  const source = h('input', {
    id: 'add-source',
    type: 'text',
    name: 'source',
    maxlength: 200,
    placeholder: 'e.g. People',
  });
  const url = h('input', { id: 'add-url', type: 'url', name: 'url', placeholder: 'https://…' });
  // Said before anything is sent, and again with the result: an undated article cannot be placed in time.
  const warning = h('p', { id: 'add-date-warning', class: 'warning', role: 'status' });
  const dated = () => Boolean(date.value || parseHouse(text.value));
  const warn = () => {
    warning.textContent = dated() || !text.value.trim() ? '' : NO_DATE;
    warning.hidden = warning.textContent === '';
  };
  warning.hidden = true;
  date.setAttribute('aria-describedby', 'add-date-warning');
  for (const input of [date, text]) input.addEventListener('input', warn);
  date.addEventListener('change', warn);
  const file = h('input', { id: 'add-file', type: 'file', accept: '.txt,text/plain' });
  const out = h('div', { class: 'result', 'aria-live': 'polite' });

  const load = async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const content = await chosen.text();
    const house = parseHouse(content);
    text.value = house ? house.text : content;
    if (house) date.value = house.published;
    if (!title.value) title.value = chosen.name.replace(/\.[^.]+$/, '');
    warn();
  };
  file.addEventListener('change', () => void load());

  // A pasted house-format header gives the date; the text sent (and its offsets) starts after it.
  const body = (): NewArticle => {
    const house = parseHouse(text.value);
    const published = date.value || house?.published;
    return {
      text: house ? house.text : text.value,
      published: published || undefined,
      title: title.value.trim() || undefined,
      source: source.value.trim() || undefined,
      url: url.value.trim() || undefined,
    };
  };
  const run = async (store: boolean) => {
    out.replaceChildren(h('p', { class: 'muted' }, 'Reading the article…'));
    try {
      if (store) {
        const outcome = await api.ingest(body());
        const changes = new Map((outcome.changes ?? []).map((x) => [x.story, x]));
        out.replaceChildren(
          h(
            'p',
            {},
            outcome.status === 'new' ? 'Stored as ' : 'Already in the ledger as ',
            h('a', { href: route('article', outcome.id) }, `article ${outcome.id}`),
            outcome.extraction.article.published
              ? ` (published ${outcome.extraction.article.published}).`
              : ', undated.',
          ),
          ...(outcome.extraction.article.published ? [] : [h('p', { class: 'warning' }, NO_DATE)]),
          h('h2', {}, 'Stories it touched'),
          outcome.stories.length
            ? h(
                'ul',
                { class: 'touched' },
                ...(await Promise.all(outcome.stories.map((id) => touched(id, changes.get(id))))),
              )
            : h('p', { class: 'muted' }, 'None.'),
          ...shown(body().text, outcome.extraction),
        );
      } else {
        out.replaceChildren(
          h('p', { class: 'muted' }, 'Preview only: nothing was stored.'),
          ...shown(body().text, await api.extract(body())),
        );
      }
    } catch (error) {
      // Said under a heading, with a retry: the text is still in the form, nothing is lost.
      const said = error instanceof Error ? error.message : String(error);
      out.replaceChildren(
        h(
          'section',
          { class: 'error-page', role: 'alert' },
          h('h2', {}, store ? 'The article was not added' : 'The preview failed'),
          h('p', { class: 'error' }, `${said.charAt(0).toUpperCase()}${said.slice(1)}`),
          h('p', { class: 'actions' }, h('button', { type: 'button', onclick: () => void run(store) }, 'Try again')),
        ),
      );
    }
  };

  const form = h(
    'form',
    {
      class: 'add',
      onsubmit: (e: Event) => {
        e.preventDefault();
        void run(true);
      },
    },
    h('label', { for: 'add-text' }, 'Article text'),
    text,
    h(
      'div',
      { class: 'row' },
      h('span', {}, h('label', { for: 'add-date' }, 'Published'), date),
      h('span', { class: 'wide' }, h('label', { for: 'add-title' }, 'Title'), title),
      h('span', {}, h('label', { for: 'add-source' }, 'Outlet'), source),
      h('span', { class: 'wide' }, h('label', { for: 'add-url' }, 'URL'), url),
      h('span', {}, h('label', { for: 'add-file' }, 'or upload a .txt file'), file),
    ),
    warning,
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'submit' }, 'Add to the ledger'),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            if (form.reportValidity()) void run(false);
          },
        },
        'Preview extraction',
      ),
    ),
  );
  return h('section', {}, h('h1', { tabindex: '-1' }, 'Add an article'), form, out);
}

/** A touched story by name, and what the article did to it: "reported 67% → confirmed 99%", "new: reported 40%". */
async function touched(id: string, change: StoryChange | undefined): Promise<Element> {
  const story = await api.story(id).catch(() => null);
  const state = (s: { status: string; score: number }) => [statusBadge(s.status), ` ${pct(s.score)}`];
  const after = change?.after ?? (story ? { status: story.status, score: story.score } : null);
  const before = change ? change.before : undefined;
  const moved =
    before === null
      ? [h('span', { class: 'change new' }, 'new story: '), ...(after ? state(after) : [])]
      : before && after
        ? before.status === after.status && Math.round(before.score * 100) === Math.round(after.score * 100)
          ? [h('span', { class: 'change same' }, 'unchanged: '), ...state(after)]
          : [...state(before), h('span', { class: 'arrow' }, ' → '), ...state(after)]
        : after
          ? state(after)
          : [];
  return h(
    'li',
    {},
    h('a', { href: route('story', id) }, story ? storyName(story) : `story ${id}`),
    ' ',
    h('span', { class: 'before-after' }, ...moved),
  );
}

/** "1 claim", "2 claims": the add result of a LatestLY report read "1 claims, 1 hedges". */
function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function shown(text: string, x: Extraction): Element[] {
  return [
    h('h2', {}, 'Extraction'),
    h(
      'p',
      { class: 'summary' },
      `${[
        counted(x.entities.length, 'entity', 'entities'),
        counted(x.times.length, 'time'),
        counted(x.events.length, 'event'),
        counted(x.claims.length, 'claim'),
        counted(x.hedges.length, 'hedge'),
      ].join(', ')}.`,
    ),
    credibility(x),
    markedText(text, x, null),
    x.entities.length
      ? h(
          'details',
          {},
          h('summary', {}, 'Entities'),
          h(
            'ul',
            {},
            ...x.entities.map((e) => h('li', {}, `${e.name} (${e.type}): `, e.mentions.map((m) => m.text).join(', '))),
          ),
        )
      : null,
    x.events.length
      ? h(
          'details',
          {},
          h('summary', {}, 'Events'),
          h('ul', {}, ...x.events.map((e) => h('li', {}, `${e.time?.value ?? 'undated'} · ${e.type}: ${e.summary}`))),
        )
      : null,
    x.claims.length
      ? h(
          'details',
          {},
          h('summary', {}, 'Claims'),
          h(
            'ul',
            {},
            ...x.claims.map((c) =>
              h(
                'li',
                {},
                `${c.type} ${c.value} — ${c.holder.kind} ${c.stance}: `,
                h('q', {}, nestedQuotes(c.evidence.text)),
              ),
            ),
          ),
        )
      : null,
  ].filter((n): n is HTMLElement => n !== null);
}
