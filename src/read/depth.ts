// How deep markup nests, measured before any tree is built: a page of 10,000 nested tags overflowed the stack of
// the recursive walks, and linkedom, htmlparser2's own stack and Readability all slow down faster than linearly with
// depth (1,000 nested divs took Readability 32 s).
import { Parser } from 'htmlparser2';

/**
 * Deeper than real pages nest (news pages: 10-40 elements; browsers stop nesting at 512), shallow enough that a page
 * at the limit is read in about a second.
 */
export const MAX_DEPTH = 256;

class TooDeep extends Error {}

/**
 * Whether `markup` nests elements deeper than `limit` (HTML, or XML with `xml`), implied end tags and void elements
 * counted as browsers build them. Reading stops at the first element past the limit, so this is linear in the text.
 * @example nestedTooDeep('<div>'.repeat(10_000)) // true
 */
export function nestedTooDeep(
  markup: string,
  { xml = false, limit = MAX_DEPTH }: { xml?: boolean; limit?: number } = {},
): boolean {
  let depth = 0;
  const parser = new Parser(
    {
      onopentag() {
        if (++depth > limit) throw new TooDeep();
      },
      onclosetag() {
        depth--;
      },
    },
    { xmlMode: xml },
  );
  try {
    parser.end(markup);
  } catch (error) {
    if (error instanceof TooDeep) return true;
    throw error;
  }
  return false;
}

export const tooDeepMessage = `elements nested more than ${MAX_DEPTH} deep (no article page nests so deep; not read)`;
