// `rumourmill …` as a user runs it: bin/rumourmill.js in a process of its own, from the repository root.
import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;

export type Outcome = { code: number; stdout: string; stderr: string };

/** Its exit code and output, never a rejection: a failing command is what these tests look at. `env` adds variables. */
export function rumourmill(
  args: string[],
  options: { env?: Record<string, string>; timeout?: number } = {},
): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin/rumourmill.js'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, ...options.env },
        timeout: options.timeout ?? 120_000,
        maxBuffer: 64 << 20,
      },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}
