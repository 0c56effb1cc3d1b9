import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The larger corpora live beside the repository (../shared/data), not in it; RUMOURMILL_DATA overrides. */
export const SHARED_DATA =
  process.env.RUMOURMILL_DATA ?? path.resolve(fileURLToPath(new URL('..', import.meta.url)), '../shared/data');
