// Speed of the entities + coreference stages on the repository's fixtures (no /work/shared needed):
// `npx tsx scripts/bench-entities.ts`. Prints words per second, tokenisation excluded and included.
import { readdirSync, readFileSync } from 'node:fs';
import { resolveCoreference } from '../src/extract/coreference/index.ts';
import type { Doc } from '../src/extract/doc.ts';
import { findEntities } from '../src/extract/entities/index.ts';
import { analyse } from '../src/extract/tokens/index.ts';

const dir = new URL('../test/fixtures/', import.meta.url);
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.json') || f.endsWith('.txt'))
  .map((f) => {
    const raw = readFileSync(new URL(f, dir), 'utf8');
    return f.endsWith('.json') ? (JSON.parse(raw) as { text: string }).text : raw.replace(/^\s*date \S+ /, '');
  });
const docs: Doc[] = texts.map((text) => ({
  text,
  published: null,
  source: null,
  title: null,
  ...analyse(text),
  ignored: [],
}));
const words = docs.reduce((n, d) => n + d.tokens.filter((t) => t.pos !== 'PUNCT').length, 0);
const rounds = 200;

const time = (run: () => void): number => {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
};
time(() => {
  for (const d of docs) resolveCoreference(d, findEntities(d));
}); // warm-up
const stages = time(() => {
  for (let r = 0; r < rounds; r++) for (const d of docs) resolveCoreference(d, findEntities(d));
});
const whole = time(() => {
  for (let r = 0; r < rounds / 10; r++)
    for (const text of texts) {
      const d: Doc = { text, published: null, source: null, title: null, ...analyse(text), ignored: [] };
      resolveCoreference(d, findEntities(d));
    }
});
const rate = (w: number, ms: number): string => `${Math.round(w / ms).toLocaleString('en')}k words/s`;
console.log(`entities + coreference: ${rate(words * rounds, stages)}`);
console.log(`with wink-nlp tokens:   ${rate((words * rounds) / 10, whole)}`);
