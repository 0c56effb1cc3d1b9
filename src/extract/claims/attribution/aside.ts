import type { Facts } from './types.ts';

// "However, Nicole, who is married to country singer Keith Urban, has denied plastic surgery in the past"
// (celebrity-115fake): a proposition in a relative clause set off by commas is the article's own background, not what
// the clause's speaker says or denies.
const OPEN_ASIDE = /,\s*(?:who|whose)\s[^,;:“”"]*$/i;
const CLOSES = /^[^,;:“”"]*,/;

/** Whether the clause names its proposition inside a ", who …," aside. */
export function inAside(f: Facts): boolean {
  if (!f.at) return false;
  const at = f.at.start - f.clause.start;
  return OPEN_ASIDE.test(f.clause.text.slice(0, at)) && CLOSES.test(f.clause.text.slice(at));
}
