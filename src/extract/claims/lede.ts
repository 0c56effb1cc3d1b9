// The lede's own news: a news article's first sentence says what happened, to whom. "French musician Jean-Michel Jarre
// is to perform at a concert in Copenhagen" (bbc-entertainment-002) and "Singer Britney Spears is suing eight insurance
// companies" (bbc-entertainment-247) are the stories of their articles whatever their verb; no word list names every
// verb an unseen article opens with. So the first sentence's main clause, when its subject is a named person or band,
// is a claim of type `news` in the article's voice (or its cited source's), its value the predicate's head word,
// unless a NOT_NEWS rule says it is something else; and it stands only where no other claim of its sentence is about
// the same people (ledeAlone). Only the lede: later sentences tell background and colour as often as news.
import type { Doc } from '../doc.ts';
import { isIgnored } from '../doc.ts';
import type { Located } from '../text/index.ts';
import type { Token } from '../tokens/index.ts';
import { firstIndex } from '../text/index.ts';
import type { Claim } from '../types.ts';
import type { Clause } from './clauses.ts';
import { closesAdverbial, headsPredicate } from './predicate-words.ts';
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
/**
 * A word of the description before the subject: "Country and Western musician Jerry Scoggins", "Racing pundit John
 * McCririck", "Chart-topping R&B star Usher" (bbc-entertainment-177, -180, -156): nouns and adjectives, "and", and a
 * participle the tagger reads as a verb.
 */
const describes = (t: Token, before?: Token): boolean =>
  t.text !== ',' &&
  (DESCRIBING.has(t.pos) ||
    (t.pos === 'CCONJ' && /^(?:and|&)$/i.test(t.text)) ||
    // Only a compound's ("Chart-topping") or a capitalised opener's ("Racing pundit"): "a comedy starring Paul
    // Giamatti" names the film's actor, not a subject.
    (t.pos === 'VERB' && /^\p{L}+(?:ing|ed)$/u.test(t.text) && (before?.text === '-' || /^\p{Lu}/u.test(t.text))));
const MEMBERS = /^(?:members|stars|line-?up)$/i;
// A name after these is a family's name, not the subject: "A baby Bieber is on the way" (a development stream article).
const NAME_AS_MODIFIER = /^(?:baby|babies)$/i;
// Between two subjects: "Selena Gomez and Orlando Bloom", "Huw Stephens, Ras Kwame and Rob Da Bank".
const JOINING = /^(?:and|&|,)$/;
// Reporting verbs say; what they report is the statement's or a holder's claim, read by the other rules.
const SAYING =
  /^(?:say|says|said|saying|speak|speaks|spoke|spoken|speaking|talk|talks|talked|talking|respond|responds|responded|responding|reply|replies|replied|replying|know|knows|knew|known|think|thinks|thought|believe|believes|believed|feel|feels|felt|tell|tells|told|telling|claim|claims|claimed|reveal|reveals|revealed|insist|insists|insisted|admit|admits|admitted|explain|explains|explained|add|adds|added|ask|asks|asked|write|writes|wrote|report|reports|reported|confirm|confirms|confirmed|deny|denies|denied)$/i;
// Being seen is an event the events stage reads, not a proposition ("were spotted chatting outside"). Only being seen:
// find.ts's SEEN_OR_GONE also holds trips and meetings, which a lede tells as news ("attended the premiere").
const BEING_SEEN = /^(?:spotted|seen|photographed|pictured|snapped)$/i;
const NEGATION = /^(?:not|n['’]t|never)$/i;
// An appositive or an age between the subject and its verb is at most this many tokens: ", 22,", ", director of About
// a Boy,".
const MOST_APPOSITIVE = 14;
// A description's own phrase ("with US rock band Korn") is at most this many tokens.
const MOST_POST_MODIFIER = 16;
// A phrase before the subject: a preposition's, an adverb's or a participle's ("Despite …", "Earlier …", "Adopted …").
const FRONTING = new Set(['ADP', 'ADV', 'VERB']);
const MOST_FRONTED = 14;
// Words that open a clause of their own, whatever the tagger calls them ("As The Weeknd reconnects with his ex, …").
const OPENS_CLAUSE = /^(?:as|when|if|because|once|until|unless|whether)$/i;
const QUOTE_MARKS = /^["“”‘’']$/;
// A later subject's description ("director" in "Actor Tom Hanks and director Ron Howard") is at most this many words.
const MOST_DESCRIPTION = 4;

/** The index of the article's first sentence that is not scraped debris, or -1. */
export function ledeSentence(doc: Doc): number {
  return doc.sentences.findIndex(
    (s) => !isIgnored(doc, s.start, s.end) && /\p{L}/u.test(doc.text.slice(s.start, s.end)),
  );
}

/**
 * Past what follows a description to say whose or which it is, up to its verb: "The guitarist with US rock band Korn
 * has quit", "The director and screenwriter of the film adaptation of Philip Pullman's His Dark Materials is to
 * remove" (bbc-entertainment-094). A name there is no subject. `from` itself when no such phrase follows.
 */
function pastPostModifier(doc: Doc, from: number, last: number): number {
  const opens = at(doc.tokens, from);
  if (opens.pos !== 'ADP' && !/^and$/i.test(opens.text)) return from;
  for (let k = from + 1; k <= Math.min(last, from + MOST_POST_MODIFIER); k++) {
    const t = at(doc.tokens, k);
    if (t.pos === 'AUX' || t.pos === 'VERB') return k;
    // A title's capitalised pronoun is a title word: "His Dark Materials".
    const titleWord = t.pos === 'PRON' && /^\p{Lu}/u.test(t.text);
    // "The former manager of Johnny Cash, Saul Israel Holiff, has died" (bbc-entertainment-320): the appositive after
    // the phrase is read as any other.
    if (t.text === ',') return k;
    if (!(DESCRIBING.has(t.pos) || titleWord || ['ADP', 'CCONJ', 'PART'].includes(t.pos))) return from;
  }
  return from;
}

/**
 * Past a phrase put before the subject, up to its comma: "For the past several years, actor Tom Hiddleston has been a
 * fan favorite" (celebrity-188fake), "Despite earning four nominations for his album Purpose, Justin Bieber had no
 * plans to attend" (celebrity-023legit). A subordinate clause ("While …") is a clause of its own (clauses.ts), not
 * this. The clause's first token when it opens otherwise.
 */
function pastFronted(doc: Doc, clause: Clause, starts: Map<number, Located>): number {
  const first = at(doc.tokens, clause.first);
  if (starts.has(clause.first) || !FRONTING.has(first.pos) || OPENS_CLAUSE.test(first.text)) return clause.first;
  for (let k = clause.first + 1; k <= Math.min(clause.last, clause.first + MOST_FRONTED); k++) {
    const t = at(doc.tokens, k);
    // A clause of its own ("As The Weeknd reconnects with his ex, Bella Hadid, Selena Gomez continues…") is no phrase,
    // but a gerund after its preposition is ("Despite earning").
    const gerund = t.pos === 'VERB' && /ing$/i.test(t.text) && at(doc.tokens, k - 1).pos === 'ADP';
    if (QUOTE_MARKS.test(t.text) || t.pos === 'AUX' || (t.pos === 'VERB' && !gerund)) return clause.first;
    // "Sideways, a wine-tasting comedy starring Paul Giamatti, is up for…" (bbc-entertainment-040): a lone adverb
    // before a comma is more likely a title than a phrase put first.
    if (t.text === ',') return first.pos === 'ADV' && k === clause.first + 1 ? clause.first : k + 1;
  }
  return clause.first;
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
  let k = pastFronted(doc, clause, starts);
  while (k <= clause.last) {
    const t = at(doc.tokens, k);
    const named = starts.get(k);
    if (named) {
      // A possessor is no subject: "Sprinter Kelly Holmes' Olympic victory has been named".
      if (named.mention.kind === 'possessive' || /^['’]/.test(doc.text.slice(named.mention.end, named.mention.end + 1)))
        return null;
      subjects.push(named.entity.id);
      k = firstIndex(doc.tokens.length, (j) => at(doc.tokens, j).start >= named.mention.end);
      if (named.mention.kind === 'epithet' || named.mention.kind === 'descriptor')
        k = pastPostModifier(doc, k, clause.last);
      continue;
    }
    if (subjects.length === 0) {
      // "The remaining members of rock band Queen are to go on tour" (bbc-entertainment-138): a band's members are the
      // band.
      const members = /^of$/i.test(t.text) && k > clause.first && MEMBERS.test(at(doc.tokens, k - 1).text);
      if (!members && (!describes(t, doc.tokens[k - 1]) || NAME_AS_MODIFIER.test(t.text))) return null;
      k++;
      continue;
    }
    if (t.text === ',') {
      // An appositive or an age closed by a comma, followed by the verb: skip it.
      let close = k + 1;
      while (close <= clause.last && at(doc.tokens, close).text !== ',') close++;
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
      // The next subject's own description: "Actor Tom Hanks and director Ron Howard are reuniting"
      // (bbc-entertainment-098).
      let next = k;
      while (
        next <= clause.last &&
        next - k < MOST_DESCRIPTION &&
        !starts.has(next) &&
        describes(at(doc.tokens, next), doc.tokens[next - 1])
      )
        next++;
      if (starts.has(next)) k = next;
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
// Two people who do it together: "Jennifer Garner and Chelsea Handler had a girls night out" (celebrity-150legit) is
// one story of the pair, where "Leonardo DiCaprio, Jamie Foxx and Hilary Swank are among those due to attend"
// (bbc-entertainment-084) is each one's own.
const TOGETHER =
  /\b(?:each other|one another|together|night out|the pair|the two|the duo|their|mutual|reunit\w*|team(?:s|ed)? up|duet\w*)\b/i;
// A pair's romance or quarrel is the relationship's or the feud's, read by their own rules, not news of its own:
// "Selena Gomez & Justin Bieber have sealed their relationship" (celebrity-143fake), "Katy Perry and Taylor Swift spent
// years on bad terms" (a development stream article, a feud).
const COURSE_OF_PAIR =
  /\b(?:couples?|relationship|romance|romantic|love|dating|date|on \w+ terms|battl\w+|showdown|fight\w*|feud\w*|row|rift|spat|split|engage\w*|marri\w+|wed\w*)\b/i;

/**
 * What someone has is a state, not news: "Victoria Beckham has four children with David Beckham" (celebrity-043legit).
 * What they have done ("has quit", "have won") may be news, and so may what they had ("had a girls night out").
 */
function possessing(doc: Doc, verb: number, last: number): boolean {
  if (!/^(?:has|have)$/i.test(at(doc.tokens, verb).text)) return false;
  for (let k = verb + 1; k <= last; k++) {
    const t = at(doc.tokens, k);
    // "have both left", "have all signed".
    if (t.pos === 'ADV' || t.pos === 'PART' || /^(?:both|all|each)$/i.test(t.text)) continue;
    return t.pos !== 'VERB' && t.pos !== 'AUX';
  }
  return true;
}

// Verbs that say little without their object: "are to go on tour" is touring, "has taken over the helm" a post.
const LIGHT =
  /^(?:go|goes|going|gone|went|take|takes|taking|taken|took|make|makes|making|made|get|gets|getting|got|give|gives|giving|gave|given|do|does|doing|did|done|put|puts|putting)$/i;
const MOST_LIGHT_OBJECT = 4;

/** A light verb with its particle and its object's noun: "go on tour", "take over helm"; the verb alone if none. */
function withObject(doc: Doc, verb: number, last: number): string {
  const words = [at(doc.tokens, verb).text.toLowerCase()];
  for (let k = verb + 1; k <= Math.min(last, verb + MOST_LIGHT_OBJECT); k++) {
    const t = at(doc.tokens, k);
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PRON') continue;
    if (t.pos === 'ADP' || t.pos === 'PART') words.push(t.text.toLowerCase());
    else if (t.pos === 'NOUN') return [...words, t.text.toLowerCase()].join(' ');
    else break;
  }
  return words[0] ?? '';
}

/**
 * What someone is, is a description, not news: "Kanye West, 38, is the definition of a true workaholic"
 * (celebrity-012fake), "Dame Alicia Markova, who has died in Bath aged 94, was the UK's first prima ballerina"
 * (bbc-entertainment-021). What they are doing ("is leading the field"), are to do ("are to go on tour"), have had
 * done to them ("was fined") or where they are ("was in London's Leicester Square") may be news.
 */
function describing(doc: Doc, verb: number, last: number): boolean {
  // "has been a fan favorite" (celebrity-188fake) describes as "is" does.
  const copula =
    /^(?:has|have|had)$/i.test(at(doc.tokens, verb).text) &&
    verb < last &&
    /^been$/i.test(at(doc.tokens, verb + 1).text)
      ? verb + 1
      : verb;
  if (!/^(?:is|are|was|were|been|['’]s|['’]re)$/i.test(at(doc.tokens, copula).text)) return false;
  for (let k = copula + 1; k <= last; k++) {
    const t = at(doc.tokens, k);
    if (t.pos === 'ADV' || /^(?:both|all|each)$/i.test(t.text)) continue;
    // "has been involved in a fight" (bbc-entertainment-276) and "is up for six awards" are news; "is happy" is not.
    if (t.pos === 'ADJ' && doc.tokens[k + 1]?.pos === 'ADP') return false;
    return ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON'].includes(t.pos) || /^(?:known|famous)$/i.test(t.text);
  }
  return false;
}

/** The predicate's head word from the verb group on: "is to perform" → "perform", "are due to attend" → "attend". */
function headOf(doc: Doc, from: number, last: number): string | null {
  let negated = false;
  for (let k = from; k <= last; k++) {
    const t = at(doc.tokens, k);
    // "Ellen DeGeneres and Portia de Rossi didn't show up at a charity fund-raiser" (celebrity-078fake) is news that
    // they did not: the value says so.
    if (NEGATION.test(t.text)) negated = true;
    if (!headsPredicate(t) || closesAdverbial(doc.tokens, k)) continue;
    if (FRAME.test(t.text) && k < last && at(doc.tokens, k + 1).text.toLowerCase() === 'to') continue;
    return `${negated ? 'not ' : ''}${LIGHT.test(t.text) ? withObject(doc, k, last) : t.text.toLowerCase()}`;
  }
  return null;
}

/** What a NOT_NEWS rule reads: the lede clause, its subjects, where its verb group starts and its head word. */
type Reading = { doc: Doc; clause: Clause; facts: LedeFacts; subjects: string[]; verb: number; value: string };

/**
 * What a lede's main clause may say that is no news of its subjects, in order; the first that applies drops it. Each
 * anchored on a real lede.
 */
const NOT_NEWS: Array<{ name: string; applies: (r: Reading) => boolean }> = [
  // "Justin Bieber may need to work a little harder on his focus" (celebrity-042legit): a guess, a question, a denial.
  { name: 'guessed-asked-denied', applies: (r) => r.facts.question || r.facts.speakerHedged || r.facts.denied },
  // A quotation has its speaker, read by the quote rules.
  {
    name: 'quoted',
    applies: (r) => r.facts.quoted.some((q) => q.start < r.clause.end && q.end > r.clause.start),
  },
  // "Fergie says even though she and husband Josh Duhamel are splitting up…": what is said, known or thought is the
  // reported clause's claim, read by the other rules.
  { name: 'saying', applies: (r) => SAYING.test(r.value) },
  // "were spotted chatting outside": a sighting is an event (events stage), not a proposition.
  { name: 'being-seen', applies: (r) => BEING_SEEN.test(r.value) },
  // "Victoria Beckham has four children with David Beckham" (celebrity-043legit).
  { name: 'possession', applies: (r) => possessing(r.doc, r.verb, r.clause.last) },
  // "Kanye West, 38, is the definition of a true workaholic" (celebrity-012fake).
  { name: 'description', applies: (r) => describing(r.doc, r.verb, r.clause.last) },
  // "Katy Perry and Taylor Swift spent years on bad terms": a pair's feud or romance is read by its own rules.
  { name: 'course-of-pair', applies: (r) => r.subjects.length === 2 && COURSE_OF_PAIR.test(predicateOf(r)) },
  // "…, fans wondered": fans hold only what they wonder about (attribution/fans.ts).
  { name: 'fans', applies: (r) => r.facts.speaker()?.kind === 'fans' },
];

const predicateOf = (r: Reading): string => r.doc.text.slice(at(r.doc.tokens, r.verb).start, r.clause.end);

/** The lede's news claim: one per subject, as open claims are ("Huw Stephens, Ras Kwame and Rob Da Bank will host"). */
export function ledeClaims(doc: Doc, clause: Clause, facts: LedeFacts): Draft[] {
  if (clause.sentence !== ledeSentence(doc) || clause.first !== at(doc.sentences, clause.sentence).firstToken)
    return [];
  const found = subjectAndVerb(doc, clause, facts.located);
  const value = found ? headOf(doc, found.verb, clause.last) : null;
  if (!found || !value) return [];
  const reading: Reading = { doc, clause, facts, subjects: found.subjects, verb: found.verb, value };
  if (NOT_NEWS.some((rule) => rule.applies(reading))) return [];
  const groups =
    found.subjects.length === 2 && TOGETHER.test(predicateOf(reading))
      ? [found.subjects]
      : found.subjects.map((s) => [s]);
  // "Ellen DeGeneres and Portia de Rossi didn't show up …, sources tell Page Six" (celebrity-078fake) is the sources'
  // word. A subject's own word, or their family's or representative's, puts the news on record: "Country and Western
  // musician Jerry Scoggins has died in Los Angeles at the age of 93, his family has said" (bbc-entertainment-177).
  const speaker = facts.speaker();
  return groups.map((subjects) => {
    const holder: Claim['holder'] = speaker ? holderOf(speaker, subjects) : { kind: 'author', entity: null };
    const stance = holder.kind === 'principal' ? 'confirms' : 'asserts';
    return {
      type: 'news',
      value,
      subjects,
      holder,
      stance,
      evidence: { start: clause.start, end: clause.end, text: clause.text },
      rule: `claim-lede:${stance}+open`,
    };
  });
}

const fromLede = (c: Claim): boolean => c.rule?.startsWith('claim-lede') === true;
// A casting that names no work makes no story (ledger/evidence.ts SHAPES), so it leaves the lede its news: "Chart
// stars Duran Duran are to appear in a VH1 special in the US" (bbc-entertainment-208).
const workless = (c: Claim): boolean => c.type === 'casting' && c.subjects.length === 1 && !c.implied?.length;

/**
 * A lede claim stands only where nothing else is said of its subjects in its sentence: "Britney Spears has won a
 * Grammy" is the award the open rules read, not news/won beside it. Run after the refiners, so a claim they dropped
 * (an aside's history: "Irish actor Dan O'Herlihy, who was nominated for best actor at the 1955 Oscars, has died",
 * bbc-entertainment-089) leaves the lede its news.
 */
export function ledeAlone(claims: Claim[]): Claim[] {
  const others = claims.filter((c) => !fromLede(c) && !workless(c));
  return claims.filter(
    (c) =>
      !fromLede(c) ||
      !others.some(
        (o) =>
          o.evidence.start < c.evidence.end &&
          o.evidence.end > c.evidence.start &&
          o.subjects.some((s) => c.subjects.includes(s)),
      ),
  );
}
