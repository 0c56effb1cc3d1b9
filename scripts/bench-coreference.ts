// Whether coreference stays linear in article length (issue 14): CPU time of resolveCoreference alone on one long
// article of development text repeated, as `npm run bench` builds its long article, at each size given in MB.
// `RUMOURMILL_DATA=/work/shared/data npx tsx scripts/bench-coreference.ts 0.5 1 2 4`. Tokens, debris and entities are
// built untimed; each size runs in its own process, so one size's heap does not slow the next. Twice the size should
// cost about twice the time.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tuningArticles } from '../test/extract/corpus.ts';
import { resolveCoreference } from '../src/extract/coreference/index.ts';
import { findDebris } from '../src/extract/debris/index.ts';
import type { Doc } from '../src/extract/doc.ts';
import { findEntities } from '../src/extract/entities/index.ts';
import { analyse } from '../src/extract/tokens/index.ts';

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function docOf(text: string): Doc {
  return { text, published: '2017-01-01', source: null, title: null, ...analyse(text), ignored: findDebris(text) };
}

/** CPU milliseconds of resolveCoreference on `mb` MB of development text, paragraphs joined. */
function measure(mb: number): number {
  const rows = tuningArticles();
  if (!rows) throw new Error('the development corpus is absent: set RUMOURMILL_DATA=/work/shared/data');
  const parts: string[] = [];
  for (let i = 0, size = 0; size < mb * 1024 * 1024; i++) {
    const text = rows[i % rows.length]?.text ?? '';
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  const warm = docOf(rows[0]?.text ?? '');
  resolveCoreference(warm, findEntities(warm));
  const doc = docOf(parts.join('\n\n'));
  const entities = findEntities(doc);
  const c0 = cpuMs();
  resolveCoreference(doc, entities);
  return cpuMs() - c0;
}

const only = process.argv.indexOf('--only');
if (only >= 0) {
  console.log(Math.round(measure(Number(process.argv[only + 1]))));
} else {
  const sizes = process.argv.slice(2).map(Number);
  for (const mb of sizes.length > 0 ? sizes : [0.5, 1, 2, 4]) {
    const out = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--only', String(mb)],
      {
        encoding: 'utf8',
      },
    );
    if (out.status !== 0) throw new Error(out.stderr);
    console.log(`${String(mb).padStart(4)} MB  ${out.stdout.trim().padStart(6)} ms CPU`);
  }
}
