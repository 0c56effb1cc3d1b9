// The single-page app's router: hash routes, so the server only has to serve index.html and assets.
import { must } from '../invariant/index.ts';
import { ApiFailure } from './api.ts';
import { h } from './dom.ts';
import { addPage } from './pages/add.ts';
import { articlePage } from './pages/article.ts';
import { auditPage } from './pages/audit.ts';
import { entitiesPage, entityPage } from './pages/entity.ts';
import { storiesPage } from './pages/stories.ts';
import { storyPage } from './pages/story.ts';
import './style.css';

const main = must(document.getElementById('app'), 'index.html has <main id="app">, the page the router fills');
let generation = 0;

// Back returns to where you were (the story's evidence row you left it at): each history entry gets a key, and the
// page's scroll position is kept under it. The browser's own restoration runs before the page is rebuilt, so it is off.
history.scrollRestoration = 'manual';
const scrolls = new Map<string, number>();
let placing = false;
const entryKey = () => (history.state as { deskKey?: string } | null)?.deskKey;
window.addEventListener(
  'scroll',
  () => {
    const key = entryKey();
    // While a page is being put in place the scroll moves by itself (a shorter page clamps it): not the reader's place.
    if (key && !placing) scrolls.set(key, window.scrollY);
  },
  { passive: true },
);

/** After a page is in place: back at the entry's kept position, else (a new entry) at the top. */
function placeScroll(): void {
  const key = entryKey();
  const kept = key ? scrolls.get(key) : undefined;
  if (!key)
    history.replaceState(
      { ...(history.state as object | null), deskKey: `${Date.now()}-${Math.random().toString(36).slice(2)}` },
      '',
    );
  requestAnimationFrame(() => {
    if (kept !== undefined) window.scrollTo(0, kept);
    else if (!/[?&](at|start)=/.test(location.hash)) window.scrollTo(0, 0);
    placing = false;
  });
}

async function page(path: string[], params: URLSearchParams): Promise<Element> {
  const [name, id] = path;
  if (!name) return storiesPage(params);
  if (name === 'story' && id) return storyPage(id, params);
  if (name === 'article' && id) return articlePage(id, params);
  if (name === 'entity' && id) return entityPage(id, params);
  if (name === 'entities') return entitiesPage(params);
  if (name === 'add') return addPage();
  if (name === 'audit') return auditPage(params);
  throw new ApiFailure(`There is no page at "${location.hash}".`, 404);
}

/** A failed page: what happened under a heading, and the ways on (back, retry, the list). */
function errorPage(error: unknown): Element {
  const failure = error instanceof ApiFailure ? error : null;
  const title =
    failure?.status === 404
      ? 'Not found'
      : failure?.status === 0
        ? 'The server did not answer'
        : // 503: the extraction pool or the database is busy ("database is locked"): a retry is the answer.
          failure?.status === 503
          ? 'The server is busy'
          : 'Something went wrong';
  const said = failure
    ? failure.message
    : `The page failed to load: ${error instanceof Error ? error.message : String(error)}`;
  const message = `${said.charAt(0).toUpperCase()}${said.slice(1)}`;
  return h(
    'section',
    { class: 'error-page', role: 'alert' },
    h('h1', { tabindex: '-1' }, title),
    h('p', { class: 'error' }, message),
    h(
      'p',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => void render() }, 'Try again'),
      h('button', { type: 'button', class: 'secondary', onclick: () => history.back() }, 'Go back'),
      h('a', { href: '#/' }, 'All stories'),
    ),
  );
}

async function render(): Promise<void> {
  const mine = ++generation;
  const [pathPart = '', query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const path = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  main.setAttribute('aria-busy', 'true');
  placing = true;
  let content: Element;
  try {
    content = await page(path, new URLSearchParams(query));
  } catch (error) {
    content = errorPage(error);
  }
  // A slower earlier navigation must not overwrite a newer page.
  if (mine !== generation) return;
  main.replaceChildren(content);
  main.removeAttribute('aria-busy');
  placeScroll();
  const heading = main.querySelector('h1');
  document.title = `${heading?.textContent ?? 'Rumourmill'} · Rumourmill`;
  if (heading instanceof HTMLElement) heading.focus({ preventScroll: true });
  document.querySelectorAll('nav a').forEach((link) => {
    link.toggleAttribute('aria-current', link.getAttribute('href') === `#/${path[0] ?? ''}`);
  });
}

window.addEventListener('hashchange', () => void render());
void render();
