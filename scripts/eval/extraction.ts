// `npm run eval`, extraction section: our pipeline against the hand-made gold in test/gold,
// next to the peer baseline (compromise + chrono-node + word lists) on the same articles.
// The gold has two parts (test/gold/HELDOUT): development articles, which rules may be tuned on,
// and held-out ones, which are only ever reported. Each part is scored on its own.
import { existsSync } from 'node:fs';
import { extract } from '../../src/extract/index.ts';
import type { Extraction } from '../../src/extract/index.ts';
import { goldArticle, heldOutIds, loadGold, partIds } from '../../test/gold/index.ts';
import type { Gold, GoldPart } from '../../test/gold/index.ts';
import { baseline } from './baseline.ts';
import { emptyScores, scoreArticle } from './score.ts';
import type { Scores } from './score.ts';
import { formatTable, rows } from './table.ts';
import { SHARED_DATA } from '../shared-data.ts';

const SHARED = SHARED_DATA;

function ours(gold: Gold): Extraction | Error {
  try {
    return extract(goldArticle(gold));
  } catch (error) {
    return error as Error;
  }
}

function empty(gold: Gold): Extraction {
  const { id, published, title } = gold.article;
  return {
    article: { id, published, title, source: null, url: null, credibility: { score: 0, signals: [] } },
    entities: [],
    times: [],
    events: [],
    claims: [],
    hedges: [],
  };
}

export type ExtractionScores = { ids: string[]; ours: Scores; baseline: Scores; failures: string[] };

/** Scores our pipeline and the baseline on the given gold articles (all of them when none are given). */
export function scoreExtraction(gold: Gold[] = loadGold()): ExtractionScores {
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
  return { ids: gold.map((g) => g.article.id), ours: mine, baseline: base, failures };
}

const TITLE: Record<GoldPart, string> = {
  dev: 'development part (every gold article not in test/gold/HELDOUT: the seed and the articles rules may be tuned on)',
  heldout: 'held-out part (test/gold/HELDOUT: report only, never tune on it)',
  all: 'development and held-out parts together',
};

/**
 * The extraction section as text: one part of the gold (default `dev`), or only the given `ids` of
 * it, scored strictly. Prints it too unless `print: false`.
 * From scripts/eval.ts: `await evalExtraction({ part: 'heldout' })`.
 */
export async function evalExtraction({
  part = 'dev',
  ids,
  print = true,
}: { part?: GoldPart; ids?: string[]; print?: boolean } = {}): Promise<string> {
  const gold = loadGold(part).filter((g) => !ids || ids.includes(g.article.id));
  const only = ids ? `, only ${ids.length} chosen ids` : '';
  const lines = [`\n== Extraction, ${TITLE[part]}${only}: ${gold.length} hand-annotated articles`];
  if (!existsSync(SHARED)) lines.push(`   ${SHARED} is absent: evaluating what ships in test/gold only.`);
  if (part !== 'dev') {
    const have = new Set(partIds('all'));
    const missing = [...heldOutIds()].filter((id) => !have.has(id));
    if (missing.length) lines.push(`   listed in HELDOUT but not annotated yet: ${missing.join(' ')}`);
  }
  const { ours: mine, baseline: base, failures } = scoreExtraction(gold);
  for (const f of failures) lines.push(`   extract failed on ${f} (scored as empty output)`);
  lines.push(formatTable(['component', 'rumourmill', 'baseline (compromise + chrono)'], rows(mine, base)));
  lines.push(
    [
      'P/R/F1 in %. An event counts when its type, sentence, date and every participant are right; a claim',
      "when its type (the five core types exactly, any open type for an open type), a relationship's stage,",
      'subjects, holder kind, named holder, stance and sentence are; "found" lines are the looser match.',
      'Baseline: compromise people/places/organizations, one entity per exact name; chrono-node dates as',
      'YYYY-MM-DD(THH:MM); a 10-word hedge list; a "dating" regex for claims; no events.',
    ].join('\n'),
  );
  const text = lines.join('\n');
  if (print) console.log(text);
  return text;
}

/** The held-out part of the extraction gold (`npm run eval -- --heldout`). */
export async function evalExtractionHeldOut(): Promise<string> {
  return evalExtraction({ part: 'heldout' });
}
