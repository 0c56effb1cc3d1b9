// The lede's own news: a news article's first sentence says what happened, to whom. "French musician Jean-Michel Jarre
// is to perform at a concert in Copenhagen" (bbc-entertainment-002) and "Busted have confirmed that they plan to take a
// break" (bbc-entertainment-105) are the stories of their articles whatever their verb; no word list names every
// verb an unseen article opens with. So the first sentence's main clause, when its subject is a named person or band
// and no other rule found a claim in it, is a claim of type `news` in the article's voice, its value the predicate's
// head word. Only the lede: later sentences tell background and colour as often as news.
import type { Doc } from '../doc.ts';
import { isIgnored } from '../doc.ts';
import type { Located } from '../text/index.ts';
import { firstIndex } from '../text/index.ts';
import type { Claim } from '../types.ts';
import type { Clause } from './clauses.ts';
import { holderOf, type Speaker } from './holders.ts';
import { at } from '../../invariant/index.ts';

type Draft = Omit<Claim, 'id' | 'supports'>;

/** What a lede clause needs from the claims stage. */
export type LedeFacts = {
  located: Located[];
  question: boolean;
  quoted: Array<{ start: number; end: number }>;
  /** A hedge cue in the clause that is the speaker's ("may", "could"): a guess, not news. */
  speakerHedged: boolean;
  denied: boolean;
  /** Who the clause reports, if anyone: "…, sources tell Page Six". */
  speaker: () => Speaker | null;
};

// Words before the subject that describe it: "French musician", "Chart-topping pop band", "Talk show host".
const DESCRIBING = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT']);
// A name after these is a family's name, not the subject: "A baby Bieber is on the way" (a development stream article).
const NAME_AS_MODIFIER = /^(?:baby|babies)$/i;
// Between two subjects: "Selena Gomez and Orlando Bloom", "Huw Stephens, Ras Kwame and Rob Da Bank".
const JOINING = /^(?:and|&|,)$/;
// Reporting verbs say; what they report is the statement's or a holder's claim, read by the other rules.
const SAYING =
  /^(?:say|says|said|saying|speak|speaks|spoke|spoken|speaking|talk|talks|talked|talking|respond|responds|responded|responding|reply|replies|replied|replying|tell|tells|told|telling|claim|claims|claimed|reveal|reveals|revealed|insist|insists|insisted|admit|admits|admitted|explain|explains|explained|add|adds|added|ask|asks|asked|write|writes|wrote|report|reports|reported|confirm|confirms|confirmed|deny|denies|denied)$/i;
// Being seen is an event the events stage reads, not a proposition ("were spotted chatting outside").
const SEEN = /^(?:spotted|seen|photographed|pictured|snapped)$/i;
const NOT_HEAD = new Set(['AUX', 'ADV', 'PART', 'DET', 'PRON', 'NUM', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT', 'SYM', 'X']);
const NEGATION = /^(?:not|n['’]t|never)$/i;
const NOT_A_PREDICATE = /^(?:to|be|been|being|have|has|had|do|does|did|get|got|not|n['’]t|never|no)$/i;
// An appositive or an age between the subject and its verb is at most this many tokens: ", 22,", ", director of About
// a Boy,".
const MOST_APPOSITIVE = 14;

/** The index of the article's first sentence that is not scraped debris, or -1. */
export function ledeSentence(doc: Doc): number {
  return doc.sentences.findIndex(
    (s) => !isIgnored(doc, s.start, s.end) && /\p{L}/u.test(doc.text.slice(s.start, s.end)),
  );
}

/**
 * The lede clause's subjects and the token its verb group starts at: named people or bands, after only describing
 * words, joined by "and" or commas, then (past an appositive or an age) a verb. Null when the clause opens any other way
 * ("The guitarist with US rock band Korn has quit": the subject is a description; "According to …": a holder).
 */
function subjectAndVerb(doc: Doc, clause: Clause, located: Located[]): { subjects: string[]; verb: number } | null {
  const starts = new Map<number, Located>();
  for (const l of located)
    if (l.entity.type === 'person' || l.entity.type === 'group') starts.set(l.token, starts.get(l.token) ?? l);
  const subjects: string[] = [];
  let k = clause.first;
  while (k <= clause.last) {
    const t = at(doc.tokens, k);
    const named = starts.get(k);
    if (named) {
      // A possessor is no subject: "Sprinter Kelly Holmes' Olympic victory has been named".
      if (named.mention.kind === 'possessive' || /^['’]/.test(doc.text.slice(named.mention.end, named.mention.end + 1)))
        return null;
      subjects.push(named.entity.id);
      k = firstIndex(doc.tokens.length, (j) => at(doc.tokens, j).start >= named.mention.end);
      continue;
    }
    if (subjects.length === 0) {
      if (!DESCRIBING.has(t.pos) || t.text === ',' || NAME_AS_MODIFIER.test(t.text)) return null;
      k++;
      continue;
    }
    if (t.text === ',') {
      // An appositive or an age closed by a comma, followed by the verb: skip it.
      const close = firstIndex(clause.last + 1 - (k + 1), (j) => at(doc.tokens, k + 1 + j).text === ',') + k + 1;
      const next = close + 1;
      if (
        close <= clause.last &&
        close - k <= MOST_APPOSITIVE &&
        next <= clause.last &&
        (at(doc.tokens, next).pos === 'AUX' || at(doc.tokens, next).pos === 'VERB')
      ) {
        k = next;
        break;
      }
    }
    if (JOINING.test(t.text)) {
      k++;
      continue;
    }
    break;
  }
  if (subjects.length === 0 || k > clause.last) return null;
  const verb = at(doc.tokens, k);
  if (verb.pos !== 'AUX' && verb.pos !== 'VERB') return null;
  return { subjects: [...new Set(subjects)], verb: k };
}

// "are due to attend", "is set to marry": the verb after the frame is the head, not the frame's adjective.
const FRAME = /^(?:due|set|expected|likely|poised|about|going|planning|hoping|keen|ready|able|unable)$/i;
// Two people who do it together or to each other: "Jennifer Garner and Chelsea Handler had a girls night out"
// (celebrity-150legit), "Madonna and Guy Ritchie are battling for custody of son" (celebrity-064legit), "Selena Gomez &
// Justin Bieber have sealed their relationship" (celebrity-143fake) are one story of the pair, where "Leonardo
// DiCaprio, Jamie Foxx and Hilary Swank are among those due to attend" (bbc-entertainment-084) is each one's own.
const TOGETHER =
  /\b(?:each other|one another|together|night out|the pair|the couple|the two|the duo|their|mutual|couples?|relationship|reunit\w*|team(?:s|ed)? up|duet\w*|on \w+ terms|battl\w+|showdown|fight\w*|feud\w*|row)\b/i;

/**
 * What someone has is a state, not news: "Victoria Beckham has four children with David Beckham" (celebrity-043legit).
 * What they have done ("has quit", "have won") may be news, and so may what they had ("had a girls night out").
 */
function possessing(doc: Doc, verb: number, last: number): boolean {
  if (!/^(?:has|have)$/i.test(at(doc.tokens, verb).text)) return false;
  for (let k = verb + 1; k <= last; k++) {
    const t = at(doc.tokens, k);
    if (t.pos === 'ADV' || t.pos === 'PART') continue;
    return t.pos !== 'VERB' && t.pos !== 'AUX';
  }
  return true;
}

/** The predicate's head word from the verb group on: "is to perform" → "perform", "are due to attend" → "attend". */
function headOf(doc: Doc, from: number, last: number): string | null {
  let negated = false;
  for (let k = from; k <= last; k++) {
    const t = at(doc.tokens, k);
    // "Ellen DeGeneres and Portia de Rossi didn't show up at a charity fund-raiser" (celebrity-078fake) is news that
    // they did not: the value says so.
    if (NEGATION.test(t.text)) negated = true;
    if (NOT_HEAD.has(t.pos) || NOT_A_PREDICATE.test(t.text) || !/\p{L}/u.test(t.text)) continue;
    if (FRAME.test(t.text) && k < last && at(doc.tokens, k + 1).text.toLowerCase() === 'to') continue;
    return `${negated ? 'not ' : ''}${t.text.toLowerCase()}`;
  }
  return null;
}

/** The lede's news claim: one per subject, as open claims are ("Huw Stephens, Ras Kwame and Rob Da Bank will host"). */
export function ledeClaims(doc: Doc, clause: Clause, facts: LedeFacts): Draft[] {
  if (clause.sentence !== ledeSentence(doc) || clause.first !== at(doc.sentences, clause.sentence).firstToken)
    return [];
  if (facts.question || facts.speakerHedged || facts.denied) return [];
  if (facts.quoted.some((q) => q.start < clause.end && q.end > clause.start)) return [];
  const found = subjectAndVerb(doc, clause, facts.located);
  if (!found) return [];
  const value = headOf(doc, found.verb, clause.last);
  if (!value || SAYING.test(value) || SEEN.test(value)) return [];
  const predicate = doc.text.slice(at(doc.tokens, found.verb).start, clause.end);
  if (possessing(doc, found.verb, clause.last)) return [];
  const groups =
    found.subjects.length === 2 && TOGETHER.test(predicate) ? [found.subjects] : found.subjects.map((s) => [s]);
  // "Ellen DeGeneres and Portia de Rossi didn't show up …, sources tell Page Six" (celebrity-078fake) is the sources'
  // word; a subject's own word about their news is read by the on-record rules, not here.
  const speaker = facts.speaker();
  if (speaker && speaker.kind === 'fans') return [];
  const heldBy = (subjects: string[]): Claim['holder'] =>
    speaker ? holderOf(speaker, subjects) : { kind: 'author', entity: null };
  if (groups.some((subjects) => heldBy(subjects).kind === 'principal')) return [];
  return groups.map((subjects) => ({
    type: 'news',
    value,
    subjects,
    holder: heldBy(subjects),
    stance: 'asserts',
    evidence: { start: clause.start, end: clause.end, text: clause.text },
    rule: 'claim-lede:asserts+open',
  }));
}
