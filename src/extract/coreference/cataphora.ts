import { ledeSentence } from '../claims/lede.ts';
import type { Doc } from '../doc.ts';
import { epithetHeads } from '../names/index.ts';
import type { Context } from './choose.ts';
import { indefiniteAt, type Epithet } from './epithets.ts';
import { compatible, type Referent } from './salience.ts';
import { at } from '../../invariant/index.ts';

// Words that may stand before the name that opens the sentence after the lede: a band's possessive ("One Direction's
// Harry Styles"). A verb, a pronoun, a subordinator or a quotation mark before it means the name is not that sentence's
// subject ("We have learned that Kim Kardashian…", "Also read: Spielberg trailer…", '"…," Sybliss said'); a role noun
// before it introduces someone new ("The 21-year-old singer won the award … Local singer and songwriter Missy Higgins
// took the title", an excerpt whose singer was named before it).
const NOT_BEFORE_SUBJECT = new Set(['VERB', 'AUX', 'PRON', 'SCONJ']);
const QUOTE_MARK = /^["“”‘’']$/;
// How far into that sentence its opening name may start, in tokens: "One Direction's Harry Styles".
const OPENING_REACH = 6;

/** Whether token i is the article's first word: the first of its lede, before anyone is named. */
function opensLede(ctx: Context, i: number): boolean {
  const { doc } = ctx;
  const lede = ledeSentence(doc);
  return ctx.seen.length === 0 && lede >= 0 && at(doc.sentences, lede).firstToken === i;
}

/** "A US rapper awaiting trial …": a description opened by "a"/"an" that opens the article (see ledeCataphor). */
export function ledeIndefiniteAt(ctx: Context, i: number): Epithet | null {
  return opensLede(ctx, i) ? indefiniteAt(ctx.doc, i) : null;
}

/**
 * Rule epithet-lede-cataphora: "The guitarist with US rock band Korn has quit the music business … Brian 'Head' Welch
 * told a radio station" (a BBC lede): a description opening the article before anyone is named stands for the person
 * whose name opens the next sentence, when gender and a given age fit. Only there: a description later in the text
 * looks back (chooseForEpithet), and a title naming someone who fits is asked first (titleFirst).
 */
export function ledeCataphor(ctx: Context, e: Epithet): [Referent, string] | null {
  if (!opensLede(ctx, e.first)) return null;
  const { doc } = ctx;
  const next = at(doc.tokens, e.last).sentence + 1;
  const named = [...(ctx.namedIn.get(next) ?? [])].sort((a, b) => a.start - b.start)[0];
  if (!named || !compatible(named.referent, e.head.gender)) return null;
  if (!opensSentence(doc, next, named.start)) return null;
  const age = ageAfter(doc, named.referent, named.start);
  if (e.age !== null && age !== null && age !== e.age) return null;
  return [named.referent, 'epithet-lede-cataphora'];
}

/** Whether the name at `start` opens sentence `s`, after at most a few words that introduce no one. */
function opensSentence(doc: Doc, s: number, start: number): boolean {
  const sentence = doc.sentences[s];
  if (!sentence) return false;
  for (let k = sentence.firstToken; k <= sentence.lastToken; k++) {
    const t = at(doc.tokens, k);
    if (t.start >= start) return true;
    if (
      k - sentence.firstToken >= OPENING_REACH ||
      NOT_BEFORE_SUBJECT.has(t.pos) ||
      QUOTE_MARK.test(t.text) ||
      epithetHeads.has(t.text.toLowerCase())
    )
      return false;
  }
  return false;
}

/** "Jean-Michel Jarre, 56," the age given just after the name that opens the sentence, or null. */
function ageAfter(doc: Doc, r: Referent, start: number): number | null {
  const name = r.entity.mentions.find((m) => m.start === start) ?? { end: start + r.entity.name.length };
  const age = /^\s*,\s*(\d{1,3})\s*,/.exec(doc.text.slice(name.end, name.end + 10));
  return age ? Number(age[1]) : null;
}
