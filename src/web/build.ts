// Node side of the UI: builds it with vite when the build is missing, so `npm start` needs no extra step.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the UI is built (vite.config.ts reads it from here). Not imported from vite.config.ts: that imports vite, a
 * dev dependency, and every CLI command loaded it (+0.6 s, +150 MB) through serve.
 */
export const webDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** The build directory, built first when it has no index.html (or when `force` is set). */
export async function ensureWebBuild(options: { force?: boolean } = {}): Promise<string> {
  if (options.force || !existsSync(join(webDir, 'index.html'))) {
    // vite is a dev dependency: imported only when a build is really needed.
    const { build } = await import('vite');
    await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) });
  }
  return webDir;
}
