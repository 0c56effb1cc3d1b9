import { createHash } from 'node:crypto';

/** A short, stable id: the same key gives the same id on every database and every run. */
export function stableId(prefix: string, key: string): string {
  return `${prefix}-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

// A name's key is the key the store files aliases under: one definition, so a name and its alias always match.
export { aliasKey as nameKey } from '../store/index.ts';
