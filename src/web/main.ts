// The single-page app's router: hash routes, so the server only has to serve index.html and assets.
import { ApiFailure } from './api.ts';
import { h } from './dom.ts';
import { addPage } from './pages/add.ts';
import { articlePage } from './pages/article.ts';
import { entitiesPage, entityPage } from './pages/entity.ts';
import { storiesPage } from './pages/stories.ts';
import { storyPage } from './pages/story.ts';
import './style.css';

const main = document.getElementById('app')!;
let generation = 0;

async function page(path: string[], params: URLSearchParams): Promise<Element> {
  const [name, id] = path;
  if (!name) return storiesPage(params);
  if (name === 'story' && id) return storyPage(id, params);
  if (name === 'article' && id) return articlePage(id, params);
  if (name === 'entity' && id) return entityPage(id);
  if (name === 'entities') return entitiesPage(params);
  if (name === 'add') return addPage();
  throw new ApiFailure(`There is no page at "${location.hash}".`, 404);
}

/** A failed page: what happened under a heading, and the ways on (back, retry, the list). */
function errorPage(error: unknown): Element {
  const failure = error instanceof ApiFailure ? error : null;
  const title = failure?.status === 404 ? 'Not found' : failure?.status === 0 ? 'The server did not answer' : 'Something went wrong';
  const said = failure ? failure.message : `The page failed to load: ${(error as Error)?.message ?? String(error)}`;
  const message = `${said.charAt(0).toUpperCase()}${said.slice(1)}`;
  return h('section', { class: 'error-page', role: 'alert' },
    h('h1', { tabindex: '-1' }, title),
    h('p', { class: 'error' }, message),
    h('p', { class: 'actions' },
      h('button', { type: 'button', onclick: () => void render() }, 'Try again'),
      h('button', { type: 'button', class: 'secondary', onclick: () => history.back() }, 'Go back'),
      h('a', { href: '#/' }, 'All stories')));
}

async function render(): Promise<void> {
  const mine = ++generation;
  const [pathPart = '', query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const path = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  main.setAttribute('aria-busy', 'true');
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
  const heading = main.querySelector('h1');
  document.title = `${heading?.textContent ?? 'Rumourmill'} · Rumourmill`;
  if (heading instanceof HTMLElement) heading.focus({ preventScroll: true });
  document.querySelectorAll('nav a').forEach((link) => {
    link.toggleAttribute('aria-current', link.getAttribute('href') === `#/${path[0] ?? ''}`);
  });
}

window.addEventListener('hashchange', () => void render());
void render();
