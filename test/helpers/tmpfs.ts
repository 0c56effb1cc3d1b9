// Small disks for the tests that fill one up or make one read-only: tmpfs mounts under a test file's own directory.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';

export type Tmpfs = {
  /** A tmpfs of `size` ("700k", "1m") at a new directory, or null when this process cannot mount (not root, or denied). */
  mount(size: string): string | null;
  /** Unmounts every one of them: for the file's afterAll, before its directory is removed. */
  unmountAll(): void;
};

export function tmpfsUnder(dir: string): Tmpfs {
  const mounted: string[] = [];
  return {
    mount: (size) => {
      if (process.getuid?.() !== 0) return null;
      const at = mkdtempSync(join(dir, 'mnt-'));
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at], { stdio: 'ignore' });
      } catch {
        return null;
      }
      mounted.push(at);
      return at;
    },
    unmountAll: () => {
      for (const at of mounted.splice(0)) execFileSync('umount', [at]);
    },
  };
}
