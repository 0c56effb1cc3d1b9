// Files for the readers' tests: a scratch folder removed after the file's tests, and every result of reading inputs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { readInputs, type ReadOptions, type ReadResult } from '../../src/read/index.ts';

/** A scratch folder for this test file (removed after its tests) and a writer into it. */
export function scratch(prefix: string): { dir: string; write: (name: string, content: string | Buffer) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** Every result of reading `paths`, in order. */
export async function readAll(paths: string[], options: ReadOptions = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readInputs(paths, options)) results.push(result);
  return results;
}
