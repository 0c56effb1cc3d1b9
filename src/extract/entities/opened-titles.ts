import type { Doc } from '../doc.ts';
import type { Token } from '../tokens/index.ts';
import { cues } from '../names/index.ts';
import { at } from '../../invariant/index.ts';

// Titles that open on a function word: "his current album How To Dismantle An Atomic Bomb" (bbc-entertainment-261),
// "the classic film It's A Wonderful Life", "latest single Sometimes You Can't Make It On Your Own". A run of
// capitalised tokens never opens on "How", "It", "One" or an adverb, so the title was lost or cut to its tail
// ("Make It On Your Own"). Right after a work noun, mid-sentence, capitals over every word mark the whole title.

const UPPER = /^\p{Lu}/u;
const CLITIC = /^(?:['’](?:s|re|ll|ve|m|d)|n['’]t)$/i;
// Lower-case words that go on a title or join two names: where one follows, the title's end is unknown
// ("album A Message from the People", "film An Officer and a Gentleman"), so no title is made.
const JOINERS = new Set(['of', 'the', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'and', 'or', 'by']);
const MAX_TITLE = 10;

const adjacent = (a: Token, b: Token): boolean => a.end === b.start;

/** The work noun before token i (past one comma: "their new album, How To …"), when it is a noun in lower case. */
function workNounBefore(doc: Doc, i: number): boolean {
  let k = i - 1;
  if (doc.tokens[k]?.text === ',') k--;
  const noun = doc.tokens[k];
  return (
    noun !== undefined &&
    noun.sentence === at(doc.tokens, i).sentence &&
    /^\p{Ll}/u.test(noun.text) &&
    noun.pos !== 'VERB' &&
    cues.works.has(noun.text) &&
    noun.text !== 'tour'
  );
}

/**
 * The last token of a title that opens at token i on a capitalised function word or adverb right after a work noun,
 * and goes on over capitalised words and their clitics to a word that is no function word; else -1. The caller asks
 * only where no run opens at i.
 */
export function openedTitleEnd(doc: Doc, i: number): number {
  const { tokens } = doc;
  const open = at(tokens, i);
  if (!UPPER.test(open.text) || open.text === 'The' || !workNounBefore(doc, i)) return -1;
  let last = i;
  let words = 1;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_TITLE; k++) {
    const t = at(tokens, k);
    if (t.sentence !== open.sentence || doc.text.slice(at(tokens, k - 1).end, t.start).includes('\n')) break;
    if (CLITIC.test(t.text) && adjacent(at(tokens, k - 1), t)) {
      last = k;
      continue;
    }
    if (!UPPER.test(t.text) && !/^\d+$/.test(t.text)) break;
    last = k;
    words++;
  }
  // "album A Message from the People": lower-case small words and then a capital may go on the title.
  let j = last + 1;
  while (tokens[j] !== undefined && JOINERS.has(at(tokens, j).text) && j - last <= 3) j++;
  const following = tokens[j];
  const joined =
    j > last + 1 && following !== undefined && following.sentence === open.sentence && UPPER.test(following.text);
  // "song Here We Go Again with Norah Jones": no telling where the title stops.
  if (words < 2 || joined) return -1;
  // A title ends on a word of its own: "It's A Wonderful Life", not "… In The".
  const end = at(tokens, last);
  if (cues.stopwords.has(end.text) || CLITIC.test(end.text)) return -1;
  return last;
}

// Words that name what follows: "a similar celebrity ice dance show for ITV, titled Stars on Thin Ice".
const NAMING = new Set(['titled', 'entitled', 'called', 'dubbed']);
// What closes a title set off by a comma: the apposition's other comma, or the sentence's end.
const CLOSES = new Set([',', '.', ';', ':', '!', '?', ')']);

/** A lower-case work noun (no verb) within `reach` tokens before token i, in its sentence. */
function workNounWithin(doc: Doc, i: number, reach: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= reach; k--) {
    const t = at(doc.tokens, k);
    if (t.sentence !== at(doc.tokens, i).sentence) return false;
    if (/^\p{Ll}/u.test(t.text) && t.pos !== 'VERB' && cues.works.has(t.text) && t.text !== 'tour') return true;
  }
  return false;
}

/**
 * The last token of a title a work noun sets off, opening at token i, else -1: after "titled", "entitled", "called"
 * or "dubbed" with a work noun a few words before ("a similar celebrity ice dance show for ITV, titled Stars on Thin
 * Ice", bbc-entertainment-188), or after a work noun and a comma, closed by a comma or the sentence's end ("the
 * premiere of new film, Beyond the Sea, in London's Leicester Square", bbc-entertainment-071; "new BBC One sitcom,
 * The World According to Bex, penned by …", bbc-entertainment-214). Such a frame bounds the title, so it goes on over
 * its small lower-case words ("on", "the", "to"); it ends on a capitalised word. Not "she called Brad Pitt" (no work
 * noun before), nor "the film, Pitt said," (one capitalised word is left to the names' rules).
 */
export function framedTitleEnd(doc: Doc, i: number): number {
  const { tokens } = doc;
  const open = at(tokens, i);
  const cue = tokens[i - 1];
  if (!UPPER.test(open.text) || cue === undefined || cue.sentence !== open.sentence) return -1;
  const named = NAMING.has(cue.text) && workNounWithin(doc, i - 1, 6);
  const apposed = cue.text === ',' && workNounBefore(doc, i);
  if (!named && !apposed) return -1;
  let last = i;
  let k = i + 1;
  for (; k < tokens.length && k - i <= MAX_TITLE; k++) {
    const t = at(tokens, k);
    if (t.sentence !== open.sentence || doc.text.slice(at(tokens, k - 1).end, t.start).includes('\n')) break;
    if (CLITIC.test(t.text) && adjacent(at(tokens, k - 1), t)) continue;
    if (UPPER.test(t.text) || /^\d+$/.test(t.text)) last = k;
    else if (!JOINERS.has(t.text)) break;
  }
  const after = tokens[last + 1];
  const closed = after === undefined || after.sentence !== open.sentence || CLOSES.has(after.text);
  // Two words at least: one capitalised word after a comma is as often a name ("the film, Pitt said").
  if (last === i || (apposed && !closed)) return -1;
  if (cues.stopwords.has(at(tokens, last).text)) return -1;
  return last;
}
