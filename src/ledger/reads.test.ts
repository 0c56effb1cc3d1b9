import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { codeBasis, hashOfCode } from './reads.ts';

describe('stored story reads', () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'ledger-code-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('are keyed by the code that assembles them: a changed rule assembles every story again, a test does not', () => {
    cpSync(path.dirname(fileURLToPath(new URL('./reads.ts', import.meta.url))), copy, { recursive: true });
    const before = hashOfCode(copy);
    expect(before).toBe(codeBasis());
    writeFileSync(path.join(copy, 'background.test.ts'), '// a test changed');
    expect(hashOfCode(copy)).toBe(before);
    writeFileSync(path.join(copy, 'background.ts'), '// a rule changed');
    expect(hashOfCode(copy)).not.toBe(before);
  });
});
