// `npm run bench`: words/s and articles/s of our `extract` over the development articles, next
// to compromise's `nlp(text).people()` and wink-nlp's `readDoc` on the same texts. Each tool runs
// in its own child process so that its peak RSS (process.resourceUsage().maxRSS) is its own.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGold } from '../test/gold/index.ts';

// Where the team's shared corpora live; override to check how eval behaves without them.
const SHARED = process.env.RUMOURMILL_DATA ?? '/work/shared/data';
const DEV = [
  { file: `${SHARED}/bbc-entertainment/bbc_entertainment.jsonl`, dev: (id: string) => Number(id.slice(-3)) <= 350 },
  { file: `${SHARED}/celebrity-fakenews-perezrosas2018/celebrity.jsonl`, dev: (id: string) => Number(/\d{3}/.exec(id)?.[0]) <= 200 },
];

type Text = { id: string; text: string; published: string | null };
type Result = { tool: string; articles: number; words: number; seconds: number; maxRssMb: number };

function texts(): { corpus: string; items: Text[] } {
  if (!DEV.every((d) => existsSync(d.file))) {
    return { corpus: 'test/gold texts (shared data absent)', items: loadGold().map((g) => ({ id: g.article.id, text: g.article.text, published: g.article.published })) };
  }
  const items = DEV.flatMap((d) => readFileSync(d.file, 'utf8').split('\n').filter(Boolean)
    .map((line) => JSON.parse(line) as Text).filter((r) => d.dev(r.id)));
  return { corpus: 'development articles: bbc 001–350 + celebrity 001–200', items };
}

async function runner(tool: string): Promise<(t: Text) => unknown> {
  if (tool === 'rumourmill extract') {
    const { extract } = await import('../src/extract/index.ts');
    return (t) => extract({ id: t.id, published: t.published ?? '2017-01-01', title: null, source: null, url: null, text: t.text, origin: { file: t.id } });
  }
  if (tool === 'compromise people()') {
    const nlp = (await import('compromise')).default;
    return (t) => nlp(t.text).people().out('array');
  }
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  return (t) => nlp.readDoc(t.text).tokens().length();
}

async function child(tool: string): Promise<void> {
  const { items } = texts();
  const run = await runner(tool);
  run(items[0]!); // warm-up: loading a model is not throughput
  const words = items.reduce((n, t) => n + (t.text.match(/\S+/g)?.length ?? 0), 0);
  const t0 = process.hrtime.bigint();
  for (const t of items) run(t);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const result: Result = { tool, articles: items.length, words, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(result));
}

const TOOLS = ['rumourmill extract', 'compromise people()', 'wink-nlp readDoc'];
const only = process.argv.indexOf('--only');
if (only > 0) {
  await child(process.argv[only + 1]!);
} else {
  const { corpus, items } = texts();
  console.log(`Bench over ${items.length} ${corpus}; each tool in its own process.`);
  const rows: string[][] = [['tool', 'articles/s', 'words/s', 'seconds', 'peak RSS MB']];
  for (const tool of TOOLS) {
    const out = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--only', tool], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (out.status !== 0) {
      rows.push([tool, 'failed', (out.stderr.trim().split('\n').at(-1) ?? '').slice(0, 60), '', '']);
      continue;
    }
    const r = JSON.parse(out.stdout) as Result;
    rows.push([r.tool, (r.articles / r.seconds).toFixed(0), (r.words / r.seconds).toFixed(0), r.seconds.toFixed(2), r.maxRssMb.toFixed(0)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const [n, r] of rows.entries()) {
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-+-'));
  }
}
