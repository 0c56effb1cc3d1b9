// `npm run eval`, extraction section: our pipeline against the hand-made gold in test/gold,
// next to the peer baseline (compromise + chrono-node + word lists) on the same articles.
import { existsSync } from 'node:fs';
import { extract } from '../../src/extract/index.ts';
import type { Extraction } from '../../src/extract/index.ts';
import { loadGold } from '../../test/gold/index.ts';
import type { Gold } from '../../test/gold/index.ts';
import { baseline } from './baseline.ts';
import { emptyScores, scoreArticle } from './score.ts';
import { printTable, rows } from './table.ts';

// Where the team's shared corpora live; override to check how eval behaves without them.
const SHARED = process.env.RUMOURMILL_DATA ?? '/work/shared/data';

function ours(gold: Gold): Extraction | Error {
  const { id, published, title, text } = gold.article;
  try {
    return extract({ id, published, title, source: null, url: null, text, origin: { file: `test/gold/texts/${id}.txt` } });
  } catch (error) {
    return error as Error;
  }
}

function empty(gold: Gold): Extraction {
  const { id, published, title } = gold.article;
  return { article: { id, published, title, source: null, url: null, credibility: { score: 0, signals: [] } }, entities: [], times: [], events: [], claims: [], hedges: [] };
}

export async function evalExtraction(): Promise<void> {
  const gold = loadGold();
  console.log(`\n== Extraction: ${gold.length} hand-annotated articles in test/gold (seed + development articles; not held-out data)`);
  if (!existsSync(SHARED)) console.log(`   ${SHARED} is absent: evaluating what ships in test/gold only.`);
  const mine = emptyScores();
  const base = emptyScores();
  const failures: string[] = [];
  for (const g of gold) {
    const out = ours(g);
    // A crash scores as empty output: dropping the article would flatter the figures.
    if (out instanceof Error) failures.push(`${g.article.id}: ${out.message}`);
    scoreArticle(mine, g, out instanceof Error ? empty(g) : out);
    scoreArticle(base, g, baseline(g));
  }
  for (const f of failures) console.log(`   extract failed on ${f} (scored as empty output)`);
  printTable(['component', 'rumourmill', 'baseline (compromise + chrono)'], rows(mine, base));
  console.log('P/R/F1 in %. Baseline: compromise people/places/organizations, one entity per exact name;');
  console.log('chrono-node dates as YYYY-MM-DD(THH:MM); a 10-word hedge list; a "dating" regex for claims; no events.');
}
