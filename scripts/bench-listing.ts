// How long the API's story and entity lists take on a big ledger (issue 14: under 50 ms a page):
// `npx tsx scripts/bench-listing.ts [--db PATH|postgres://…] [--articles N]`. Fills the ledger first, when it holds
// fewer than N articles (default 40,000), with the synthetic stream of test/ledger/synthetic.ts over the development
// gold articles (extractions rewritten, not re-extracted: a few minutes). Then each request is answered in this process
// by the API (createApp, no socket) five times; the median wall time is printed, with the size of the first answer.
import { existsSync } from 'node:fs';
import { createApp } from '../src/api/index.ts';
import { extract } from '../src/extract/index.ts';
import { openLedger } from '../src/ledger/index.ts';
import { openStore } from '../src/store/index.ts';
import { loadGold } from '../test/gold/index.ts';
import { syntheticArticle, type Template } from '../test/ledger/synthetic.ts';
import { at } from '../src/invariant/index.ts';

const argv = process.argv.slice(2);
const value = (flag: string) => {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
};
if (argv.includes('--help')) {
  process.stdout.write('usage: npx tsx scripts/bench-listing.ts [--db PATH|postgres://…] [--articles N]\n');
  process.exit(0);
}
const size = Number(value('--articles') ?? 40_000);
const db = value('--db') ?? `.tmp/listing-${size}.db`;

async function fill(): Promise<void> {
  const store = await openStore(db);
  const stored = (await store.counts()).articles;
  await store.close();
  if (stored >= size) return;
  const templates: Template[] = loadGold('dev').map((g) => {
    const article = {
      id: g.article.id,
      published: g.article.published,
      title: null,
      source: null,
      url: null,
      text: g.article.text,
      origin: { file: g.article.id },
    };
    return { article, extraction: extract(article) };
  });
  const ledger = await openLedger(db, { batch: 256 });
  const t0 = performance.now();
  for (let i = stored; i < size; i++) {
    const { article, extraction } = syntheticArticle(templates, i);
    await ledger.ingest(article, extraction);
    if (i % 5000 === 4999)
      process.stderr.write(`filled ${i + 1} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  await ledger.refresh();
  await ledger.close();
}

if (!db.startsWith('postgres') && !existsSync('.tmp')) await import('node:fs').then((fs) => fs.mkdirSync('.tmp'));
await fill();
const ledger = await openLedger(db);
const app = createApp(ledger, { webDir: null });
const get = async (path: string) => {
  const res = await app.request(`http://localhost${path}`);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { next?: string | null; total?: number };
};
{
  const store = await openStore(db, { access: 'read' });
  process.stdout.write(`ledger ${db}: ${JSON.stringify(await store.counts())}\n`);
  await store.close();
}

async function time(label: string, path: string): Promise<void> {
  const first = await get(path); // warm: the first read may rescore stories
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await get(path);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const bytes = JSON.stringify(first).length;
  process.stdout.write(
    `${label.padEnd(44)} ${at(times, 2).toFixed(1).padStart(8)} ms  (${(bytes / 1024).toFixed(0)} KB, total ${first.total ?? '-'}, next ${first.next ?? null})\n`,
  );
}

const firstPage = await get('/api/stories?limit=50');
// A page in the middle of the list (offset 12,250 of 24,519 stories on a 40k-article ledger).
const middle = Math.floor(((await get('/api/stories?sort=activity&limit=1')).total ?? 0) / 100) * 50;
await time('stories (contract order), page 1', '/api/stories?limit=50');
await time('stories, page via cursor', `/api/stories?limit=50&cursor=${firstPage.next ?? ''}`);
await time(`stories, middle page (offset ${middle})`, `/api/stories?limit=50&cursor=${middle}`);
await time('stories ?q=Mara', '/api/stories?q=Mara&limit=50');
await time('stories ?status=reported', '/api/stories?status=reported&limit=50');
await time('stories ?sort=activity (desk)', '/api/stories?sort=activity&limit=50');
await time(`stories ?sort=activity, middle page`, `/api/stories?sort=activity&limit=50&cursor=${middle}`);
await time('stories ?sort=score', '/api/stories?sort=score&limit=50');
await time('stories ?sort=sources', '/api/stories?sort=sources&limit=50');
await time('stories ?sort=name&type=relationship', '/api/stories?sort=name&type=relationship&limit=50');
await time('entities', '/api/entities');
const entities = await get('/api/entities?limit=100');
await time('entities, page via cursor', `/api/entities?limit=100&cursor=${entities.next ?? ''}`);
await time('entities ?q=Mara', '/api/entities?q=Mara');
await time('entities ?type=person', '/api/entities?type=person');
await ledger.close();
