import type { Doc } from '../doc.ts';
import { cues } from '../names/index.ts';
import { at } from '../../invariant/index.ts';

const OPEN = new Set(['“', '‘']);
const CLOSE = new Set(['”', '’']);

/**
 * For a pronoun that attributes a quote ("…," he told the BBC), the quote it follows, as a span;
 * else null. The speaker is rarely someone named only inside their own quote.
 */
export function quoteBefore(doc: Doc, i: number): { start: number; end: number } | null {
  const { tokens } = doc;
  if (!cues.speech.has(tokens[i + 1]?.text.toLowerCase() ?? '')) return null;
  let close = -1;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const t = at(tokens, k).text;
    if (CLOSE.has(t) || t === '"') {
      close = k;
      break;
    }
  }
  if (close < 0) return null;
  for (let k = close - 1; k >= 0 && k > close - 400; k--) {
    const t = at(tokens, k).text;
    if (OPEN.has(t) || t === '"') return { start: at(tokens, k).start, end: at(tokens, close).end };
  }
  return null;
}
