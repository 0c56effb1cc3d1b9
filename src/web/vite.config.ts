// Builds the UI into dist/web, which `rumourmill serve` serves; no CDN, every asset is local.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { webDir } from './build.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: { outDir: webDir, emptyOutDir: true, assetsInlineLimit: 0, reportCompressedSize: false },
});
