// Real excerpts of development articles kept as JSONL fixtures ({id, text} a line), run through the whole pipeline:
// the claims and events tests of src/extract read them by id.
import { readFileSync } from 'node:fs';
import { extract } from '../../src/extract/pipeline.ts';
import type { Extraction } from '../../src/extract/types.ts';
import { must } from '../../src/invariant/index.ts';

/** `run(id)` extracts the excerpt `id` of test/fixtures/`fixture`, published on `published` (the corpus has no dates). */
export function excerptRunner(fixture: string, published: string): (id: string) => Extraction {
  const rows = readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; text: string });
  return (id) => {
    const { text } = must(
      rows.find((r) => r.id === id),
      `no excerpt ${id} in test/fixtures/${fixture}`,
    );
    return extract({ id, published, title: null, source: null, url: null, text, origin: { file: id } });
  };
}
