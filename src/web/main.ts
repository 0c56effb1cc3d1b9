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
  if (name === 'story' && id) return storyPage(id);
  if (name === 'article' && id) return articlePage(id, params);
  if (name === 'entity' && id) return entityPage(id);
  if (name === 'entities') return entitiesPage(params);
  if (name === 'add') return addPage();
  return h('p', { class: 'error' }, 'There is no such page.');
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
    const message = error instanceof ApiFailure ? error.message : `Something went wrong: ${(error as Error).message}`;
    content = h('p', { class: 'error', role: 'alert' }, message);
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
