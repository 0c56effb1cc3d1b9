// The development streams the repository carries (test/fixtures/streams: real stories retold, 70 dated articles; and
// test/fixtures/desk-streams: six more real stories retold the same way by the team, 55 dated articles).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs, type Article } from '../../src/read/index.ts';

const STREAMS = fileURLToPath(new URL('../fixtures/streams/', import.meta.url));
export const DESK_STREAMS = fileURLToPath(new URL('../fixtures/desk-streams/', import.meta.url));

/** Every stream article, file by file in name order and each file in its own order, as the reader gives them. */
export async function streamArticles(dir = STREAMS): Promise<Article[]> {
  const paths = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(dir, f));
  const out: Article[] = [];
  for await (const r of readInputs(paths)) {
    if (!r.ok) throw new Error(`${r.failure.file}: ${r.failure.message}`);
    out.push(r.article);
  }
  return out;
}
