import { createHash } from 'node:crypto';

/** The text as compared for identity: Unicode NFC, whitespace runs collapsed, trimmed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** 16 hex digits of the sha256 of the normalised text: the same article always gets the same id. */
export function articleId(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex').slice(0, 16);
}
