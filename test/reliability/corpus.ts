// The corpus the reliability suites ingest: the seed article retold about made-up couples on other days, a few real
// development articles (test/fixtures), and one broken line, so a run has new articles, duplicates of earlier ones'
// sources, stories that gain evidence over time, and a failure to report.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedArticle } from '../ledger/fixtures.ts';
import { at, must } from '../../src/invariant/index.ts';

// Made-up names: the seed's story, told about other people, forms a story per couple.
const COUPLES = [
  ['Mara Quill', 'Dev Halloran'],
  ['Ines Varga', 'Otto Brandt'],
  ['Kit Morrow', 'Lena Sato'],
  ['Rafe Dunmore', 'Ayla Krin'],
  ['Nico Ferrante', 'Juno Blake'],
  ['Tess Calder', 'Ivo Marsh'],
];
const REAL = [
  'celebrity-039legit',
  'celebrity-135legit',
  'celebrity-028fake',
  'bbc-entertainment-140',
  'bbc-entertainment-228',
];

/** The JSONL file, the ids of its articles in input order, and the line number of its broken line. */
export type Corpus = { file: string; ids: string[]; brokenLine: number };

/** Writes `count` articles (plus the real ones and one broken line) to DIR/corpus.jsonl. */
export function writeCorpus(dir: string, count: number): Corpus {
  const seed = seedArticle().text;
  const lines: string[] = [];
  const ids: string[] = [];
  let brokenLine = 0;
  for (let i = 0; i < count; i++) {
    const [a, b] = at(COUPLES, i % COUPLES.length);
    const text = seed
      .replaceAll('Tom Cruise', must(a, 'expected a'))
      .replaceAll('Ana de Armas', must(b, 'expected b'))
      .replaceAll('Tom', at(must(a, 'expected a').split(' '), 0))
      .replaceAll('Ana', at(must(b, 'expected b').split(' '), 0));
    const day = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    ids.push(`crash-${i}`);
    lines.push(
      JSON.stringify({
        id: `crash-${i}`,
        published: day,
        title: `${a} and ${b}`,
        text: `${text}\n\nUpdate ${i}: neither camp has commented.`,
      }),
    );
    if (i === Math.floor(count / 2)) {
      lines.push('{"id": "broken", "text": ');
      brokenLine = lines.length;
    }
  }
  for (const name of REAL) {
    const article = JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')) as {
      id: string;
      published?: string | null;
    };
    ids.push(article.id);
    lines.push(JSON.stringify({ ...article, published: article.published ?? '2016-06-01' }));
  }
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, ids, brokenLine };
}
