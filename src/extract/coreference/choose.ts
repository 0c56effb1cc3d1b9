import type { Doc } from '../doc.ts';
import type { Mention } from '../types.ts';
import { cues, lexiconType, roleCovers, type Gender } from '../names/index.ts';
import type { Epithet } from './epithets.ts';
import { quoteBefore } from './quotes.ts';
import { around, findQuotations } from './speakers.ts';
import type { Queued } from './referents.ts';
import { best, compatible, score, type Referent } from './salience.ts';
import { escapeRegExp, firstIndex } from '../text/index.ts';
import { at } from '../../invariant/index.ts';
import { CLAUSE_MARKS, SUBORDINATORS } from './clauses.ts';
import { ledeCataphor } from './cataphora.ts';
import { frontedCataphor, possessiveCoordinated, possessiveOwnSubject, subordinateSubject } from './clause-subject.ts';
import type { Ties } from './ties.ts';

// "The Hollywood legend and Ana were…": a person named just after an epithet, in the same clause,
// is someone else. Measured in characters, about six words.
const CLAUSE_REACH = 40;

/** What the walk knows when it meets an epithet or pronoun. */
export type Context = {
  doc: Doc;
  referents: Referent[];
  /** People named in each sentence, with where: an epithet does not stand for someone named after it there. */
  namedIn: Map<number, Array<{ referent: Referent; start: number }>>;
  /** Whose birthday it is: possessors just before the word "birthday", in text order. */
  birthdays: Referent[];
  ages: Map<Referent, number>;
  /** Every mention the walk has given so far, in text order, with whether it governs the rest of its clause. */
  seen: Array<{ r: Referent; start: number; sentence: number; governs: boolean; relative: boolean }>;
  /** Who the walk has mentioned lately (see recent): pronouns reach back five sentences, not through everyone. */
  lately: Lately;
  /** The characters the walk's mentions cover so far: "is this span already someone's?" without reading them all. */
  claimed: Uint8Array;
  /** The walk's mentions so far by where they end: whose name closes just before a ", who". */
  endingAt: Map<number, Array<{ r: Referent; start: number }>>;
  /** The ties the text has named so far ("his mom, Samra Tesfaye"): see ties.ts. */
  ties: Ties;
};

/** Notes, in the walk's indexes (claimed, endingAt), a mention just given to `r`. */
export function claim(ctx: Context, r: Referent, mention: { start: number; end: number }): void {
  ctx.claimed.fill(1, mention.start, mention.end);
  const ending = ctx.endingAt.get(mention.end);
  if (ending) ending.push({ r, start: mention.start });
  else ctx.endingAt.set(mention.end, [{ r, start: mention.start }]);
}

// The furthest back any choice in the walk looks by sentence: a he/she pronoun, five sentences.
const REACH_BACK = 5;

type Lately = { order: Map<Referent, number>; touched: Referent[]; active: Set<Referent> };

export const lately = (referents: Referent[]): Lately => ({
  order: new Map(referents.map((r, k) => [r, k])),
  touched: [],
  active: new Set(),
});

/** Tells the walk's recency index that `r` was just mentioned. */
export const touch = (ctx: Context, r: Referent): void => void ctx.lately.touched.push(r);

/**
 * The people mentioned at most `reach` sentences before `sentence`, in the order of ctx.referents (the order ties are
 * broken in). The walk's sentences only grow, so whoever fell further back than REACH_BACK is dropped for good until
 * mentioned again: each choice reads the few people in reach, not every person of a long article.
 */
function recent(ctx: Context, sentence: number, reach: number): Referent[] {
  const { order, touched, active } = ctx.lately;
  for (const r of touched) active.add(r);
  touched.length = 0;
  const out: Referent[] = [];
  for (const r of active) {
    if (sentence - r.lastSentence > REACH_BACK) active.delete(r);
    else if (r.count > 0 && sentence - r.lastSentence <= reach) out.push(r);
  }
  return out.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

// An epithet opening a clause of its own ("Brad and Jen broke up after the 51-year-old actor made…") may be anyone
// named before; one inside the clause ("Harry met the songstress") is not its subject.
const CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'and', 'but', 'or', 'so', 'that', ',', ';']);
const VERBAL = new Set(['VERB', 'AUX']);
// A verb of romance right before an epithet: its object.
const COURTED =
  /\b(?:dating|dated|dates|date|married|marrying|marry|marries|wed|wedding|kissed|kissing|kisses|romancing|romanced|engaged to|hooking up with|hooked up with|hook up with|cheated on|cheating on|dumped|dumping|divorced|divorcing|split from|splitting from|split with|splitting with|broke up with|breaking up with)\s+$/;
const OBJECT_OF = new Set(['VERB', 'ADP']);

/**
 * "Harry, who is dating Suits actress Meghan Markle, joined forces with the Bajan beauty": a name inside a relative
 * clause closed before the epithet is aside from the sentence the epithet is in.
 */
function inClosedClause(text: string, sentenceStart: number, mention: number, epithet: number): boolean {
  const lead = text.slice(sentenceStart, mention);
  const opened = Math.max(lead.lastIndexOf(', who '), lead.lastIndexOf(', which '));
  return opened >= 0 && !lead.slice(opened + 2).includes(',') && text.slice(mention, epithet).includes(',');
}

// "the Bajan beauty", "the Texan singer": where someone is from is no work of theirs, known to the lexicons or not
// ("Batman" is a work).
const ORIGIN = /^\p{Lu}\p{Ll}+(?:ian|ese|an)$/u;

/** A capitalised epithet modifier that names someone's work ("Bond", "Mission: Impossible"), not a place or origin. */
export function marksWork(modifier: string): boolean {
  if (modifier === '' || lexiconType(modifier) !== null || cues.demonyms.has(modifier)) return false;
  return !(ORIGIN.test(modifier) && !modifier.endsWith('man'));
}

/**
 * The walk's mentions in `sentence` so far, in text order. The walk records them in text order, so they are the tail
 * of `seen` from the sentence's first: searched, not filtered from the whole text's (a long article has thousands).
 */
function seenIn(ctx: Context, sentence: number): Context['seen'] {
  return ctx.seen.slice(firstIndex(ctx.seen.length, (k) => at(ctx.seen, k).sentence >= sentence));
}

/** People who govern the clause an epithet sits inside, and so are not what it stands for. */
function governors(ctx: Context, e: Epithet): Set<Referent> {
  const { tokens } = ctx.doc;
  const opener = tokens[e.first - 1]?.text.toLowerCase() ?? '';
  const sentence = at(tokens, e.first).sentence;
  // "Clark's publicist Paul Shefrin said the television host was recovering": what a speaker says of someone
  // described, opening its own clause or not, is said of someone else ("he" or "I" would be himself).
  const speech = cues.speech.has(opener === 'that' ? (tokens[e.first - 2]?.text.toLowerCase() ?? '') : opener);
  if (!speech && (CLAUSE_OPENERS.has(opener) || VERBAL.has(tokens[e.last + 1]?.pos ?? ''))) return new Set();
  return new Set(
    seenIn(ctx, sentence)
      .filter((m) => m.sentence === sentence && m.start < e.start && m.governs)
      .map((m) => m.r),
  );
}

/**
 * A bare first name or surname shared by several people ("Beckham") goes to the most recent and
 * prominent of them; before any of them is mentioned, to the first listed.
 */
export function chooseAlias(doc: Doc, q: Queued, tokenIndex: number): Referent | null {
  if (q.referent) return q.referent;
  if (q.candidates.length === 1) return at(q.candidates, 0);
  // "Billy Bush officially sacked from NBC…" over a text that opens "Bush was suspended" and names "George H.W. Bush"
  // only later as his uncle: before the text names anyone in full, a bare surname is the person the title names.
  if (q.candidates.every((r) => r.count === 0)) {
    const titled = q.candidates.filter(
      (r) => r.entity.id.startsWith('title:') || (doc.title ?? '').includes(r.entity.name),
    );
    if (titled.length === 1) return at(titled, 0);
  }
  const sentence = at(doc.tokens, tokenIndex).sentence;
  return (
    best(
      q.candidates,
      () => true,
      (r) => score(r, sentence, { recency: 1, prominence: 1, focus: 1 }),
    ) ??
    q.candidates[0] ??
    null
  );
}

/** The person an epithet stands for, with the rule that decided; null when no one fits. */
// Rule epithet-coordinated-other: "Both the supermodel and the British singer have moved on" (celebrity-072legit, of
// Heidi Klum and Seal): two people joined by "and" are two, so an epithet after "and" is not whoever the mention
// just before the "and" went to.
const AND_BEFORE = /\s*,?\s+and\s+$/;
function coordinatedWith(ctx: Context, e: Epithet): Referent[] {
  const before = ctx.doc.text.slice(Math.max(0, e.start - 8), e.start);
  const and = AND_BEFORE.exec(before);
  if (!and) return [];
  const end = e.start - before.length + and.index;
  return (ctx.endingAt.get(end) ?? []).map((m) => m.r);
}

export function chooseForEpithet(ctx: Context, e: Epithet, appositive: Referent | null): [Referent, string] | null {
  if (appositive) return [appositive, 'epithet-appositive'];
  const gender = e.head.gender;
  if (e.head.special === 'birthday') {
    const owner = [...ctx.birthdays].reverse().find((r) => compatible(r, gender));
    if (owner) return [owner, 'epithet-birthday'];
  }
  if (e.age !== null) {
    for (const [r, age] of ctx.ages) if (age === e.age) return [r, 'epithet-age'];
  }
  const sentence = at(ctx.doc.tokens, e.first).sentence;
  const sentenceStart = at(ctx.doc.sentences, sentence).start;
  const aside = (m: Context['seen'][number]): boolean =>
    m.sentence === sentence && m.start < e.start && inClosedClause(ctx.doc.text, sentenceStart, m.start, e.start);
  // The subject of the epithet's clause, and whoever a "who" clause before it names: a writer would say "her".
  const here = seenIn(ctx, sentence);
  const others = new Set([...governors(ctx, e), ...here.filter(aside).map((m) => m.r), ...coordinatedWith(ctx, e)]);
  // "It infuriated Miranda that Blake started dating this gorgeous pop star": the one someone dates or marries is
  // nobody named in that sentence (a writer would say "her"), but someone named before it.
  const courted = COURTED.test(ctx.doc.text.slice(sentenceStart, e.start));
  if (courted) for (const m of here) if (m.sentence === sentence && m.start < e.start) others.add(m.r);
  // "the 73-year-old" is not "Jennifer, 46".
  const ageFits = (r: Referent): boolean => e.age === null || (ctx.ages.get(r) ?? e.age) === e.age;
  // A title-like modifier ("Bond", "Mission: Impossible") marks one person's work: someone
  // already called the star of another work is not this one. Places ("Hollywood") mark no one.
  const workish = marksWork(e.modifier);
  const fits = (r: Referent): boolean =>
    compatible(r, gender) &&
    !namedAsPet(ctx.doc, r) &&
    !others.has(r) &&
    ageFits(r) &&
    !(workish && r.modifiers.size > 0 && !r.modifiers.has(e.modifier));
  // "Aniston's new film has drummed up some Oscar buzz for the actress", "she got to meet Jennifer Aniston at a party to
  // celebrate the Friends star's new film": the one person named earlier in the sentence, outside its subject, when
  // the epithet is an object. Not a subject after an opening clause: "After dating the Monster star, the actor is…".
  // Nor the complement of a relation: "Laura, who is also a friend of the reality star" is not Laura.
  const { tokens } = ctx.doc;
  const ofRelation =
    tokens[e.first - 1]?.text === 'of' && cues.relations.has(tokens[e.first - 2]?.text.toLowerCase() ?? '');
  const object = OBJECT_OF.has(tokens[e.first - 1]?.pos ?? '') && !ofRelation;
  const before = new Set(
    here
      .filter((m) => m.sentence === sentence && m.start < e.start && !m.relative && !aside(m) && fits(m.r))
      .map((m) => m.r),
  );
  if (object && !courted && before.size === 1) return [at([...before], 0), 'epithet-sentence'];

  if (courted) {
    // …the person named last before that sentence, however often the others were.
    // Someone named in the two sentences before, or no one: "As The Weeknd reconnects with his ex, Bella Hadid, … she
    // split with the R&B star" (celebrity-143legit, nine sentences on, The Weeknd not read as a person) is not Bella.
    const r = best(
      recent(ctx, sentence, 2),
      (r) => r.count > 0 && sentence - r.lastSentence <= 2 && fits(r),
      (r) => r.lastStart,
    );
    return r ? [r, 'epithet-courted'] : null;
  }

  const eponym = workish
    ? eponymOf(ctx, e.modifier, (r) => fits(r) && sentence - r.lastSentence <= EPONYM_REACH)
    : null;
  if (eponym) return [eponym, 'epithet-eponymous'];

  const role = e.role.toLowerCase();
  const headWord = role.split(/\s+/).pop() ?? role;
  const covered = roleCovers.get(headWord);
  const named = ctx.referents.filter(
    (r) =>
      r.count > 0 &&
      compatible(r, gender) &&
      (r.roles.has(role) ||
        (e.modifier === '' && (r.roles.has(headWord) || [...r.roles].some((x) => covered?.has(x)))) ||
        // "the British singer" (Seal), then "the 'Kissed by a Rose' singer" (celebrity-072legit): a work's name adds
        // the song to the one singer the text has, unless it is known for another work.
        (workish && [...r.roles].some((x) => x.split(/\s+/).pop() === headWord) && fits(r))),
  );
  if (named.length === 1) return [at(named, 0), 'epithet-role'];

  const namedHere = ctx.namedIn.get(sentence);
  const lead = titleLead(ctx);
  const r = best(
    ctx.referents,
    (r) => fits(r) && !namedHere?.some((n) => n.referent === r && n.start > e.start && n.start - e.end <= CLAUSE_REACH),
    (r) =>
      score(r, sentence, { recency: 0.5, prominence: 1, focus: 0.5 }) -
      (gender !== null && r.gender === null ? 2 : 0) +
      (r === lead ? TITLE_LEAD : 0),
  );
  return r ? [r, 'epithet-salience'] : (titleFirst(ctx, gender) ?? ledeCataphor(ctx, e));
}

// Rule epithet-eponymous: "The Keeping Up with the Kardashians star reportedly spent much of it holed up with him" (a
// Kim Kardashian stream article): a work named after a family or its host ("The Kelly Clarkson Show host") stands for
// the one person of the text whose surname it bears, however salient another is (Orlando Bloom, named the sentence
// before, took it). Two people with that surname ("Kim and Khloe Kardashian") leave it to the other rules, and so does
// one not named in the two sentences before: the show's other stars bear other names ("friends close to the Keeping Up
// With the Kardashians star are worried that Kendall's scheming plan may back fire", celebrity-195legit).
const EPONYM_REACH = 2;
function eponymOf(ctx: Context, modifier: string, fits: (r: Referent) => boolean): Referent | null {
  const words = new Set(
    modifier
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .map((w) => w.replace(/s$/u, '')),
  );
  const bearers = ctx.referents.filter((r) => {
    const names = r.entity.name.split(/\s+/);
    const surname = names.at(-1)?.toLowerCase().replace(/s$/u, '') ?? '';
    return names.length > 1 && surname.length > 2 && words.has(surname);
  });
  const only = bearers.length === 1 ? at(bearers, 0) : null;
  return only && only.count > 0 && fits(only) ? only : null;
}

// Rule epithet-title-lead: "The love advice Jennifer Aniston, 48, gave Selena Gomez, 24, certainly paid off! So how
// does the A-List star feel about her new beau The Weeknd, 26?" under the title "Selena Gomez & The Weeknd's Plans To
// Double Date With Jennifer Aniston & Justin Theroux" (celebrity-035fake): an epithet most often stands for the person
// the article is about, whom its title names first. Worth a little over half a mention, so it decides between people
// named about as often, not against the one the text keeps naming (worth a whole mention, it took "the American
// designer" from Ralph Lauren in 012legit and "the host of LIVE" from Kelly Ripa in 155fake).
const TITLE_LEAD = 0.6;
const leads = new WeakMap<Context, Referent | null>();

/** The person the title names first (by full name or a surname no one else has), among the people of the text; null when none. */
function titleLead(ctx: Context): Referent | null {
  const known = leads.get(ctx);
  if (known !== undefined) return known;
  const title = ctx.doc.title ?? '';
  let lead: Referent | null = null;
  let first = Infinity;
  const surname = (r: Referent): string => r.entity.name.split(/\s+/).at(-1) ?? '';
  const shared = new Map<string, number>();
  for (const r of ctx.referents) shared.set(surname(r), (shared.get(surname(r)) ?? 0) + 1);
  for (const r of ctx.referents) {
    // "Kim Kardashian" and "Khloe Kardashian": a surname two people share names neither.
    const words = [r.entity.name, ...(shared.get(surname(r)) === 1 ? [surname(r)] : [])].filter((w) => w.length > 2);
    // A word the title does not hold cannot match: most referents' names are not in it (and a bench or feed article
    // may have no title), so only those it holds compile a pattern (one per referent was ~0.7% of extraction CPU).
    const k = Math.min(
      ...words
        .map((w) => (title.includes(w) ? title.search(new RegExp(`\\b${escapeRegExp(w)}\\b`, 'u')) : -1))
        .filter((x) => x >= 0),
    );
    if (k < first) [first, lead] = [k, r];
  }
  leads.set(ctx, lead);
  return lead;
}

const PETS = [...cues.pets].join('|');
const PET_BEFORE = new RegExp(`\\b(?:${PETS})\\s*,?\\s*$`, 'iu');
const PET_AFTER = new RegExp(`^\\s*,?\\s*(?:the|her|his|their|a)\\s+(?:\\p{Ll}+\\s+)?(?:${PETS})\\b`, 'iu');

/**
 * "She carried around the pup, Charlie, and played with him … she split with the R&B star" (celebrity-143legit): a
 * name the text gives to a pet, or one ending in a breed ("King Charles Spaniel"), is no person an epithet stands for.
 */
function namedAsPet(doc: Doc, r: Referent): boolean {
  // Mentions only grow during the walk: each is read once, and the name once (a long article has thousands of
  // epithets and people).
  const known = petsRead.get(r) ?? {
    read: 0,
    pet: cues.pets.has(r.entity.name.split(/\s+/).at(-1)?.toLowerCase() ?? ''),
  };
  const { mentions } = r.entity;
  for (; !known.pet && known.read < mentions.length; known.read++) {
    const m = at(mentions, known.read);
    known.pet =
      m.kind !== 'pronoun' &&
      (PET_BEFORE.test(doc.text.slice(Math.max(0, m.start - 20), m.start)) ||
        PET_AFTER.test(doc.text.slice(m.end, m.end + 30)));
  }
  petsRead.set(r, known);
  return known.pet;
}
const petsRead = new WeakMap<Referent, { read: number; pet: boolean }>();

/**
 * "The pop star will be reunited with boyfriend Blake Shelton…" under the title "Gwen Stefani Will Reunite with
 * Boyfriend Blake Shelton…": an epithet opening the text before anyone is named stands for the first person of the
 * title that fits it.
 */
function titleFirst(ctx: Context, gender: Gender | null): [Referent, string] | null {
  const title = ctx.doc.title ?? '';
  if (title === '' || ctx.seen.length > 0) return null;
  const named = ctx.referents
    .filter((r) => compatible(r, gender) && title.includes(r.entity.name))
    .sort((a, b) => title.indexOf(a.entity.name) - title.indexOf(b.entity.name));
  return named[0] ? [named[0], 'epithet-title'] : null;
}

const BOUND = new Set(['his', 'her', 'himself', 'herself']);
const POSSESSED = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);
const RELATIVE_ENDS = new Set([...CLAUSE_MARKS, '—', '–']);

/**
 * "an award from Diana Ross, who over the course of her career just stood up for herself" (celebrity-088legit): a
 * possessive or reflexive inside a "who" clause set off by a comma is the person the clause is about, not whoever
 * else is in focus. An object ("Jen, who met her at a party") is someone else, and a comma closes the clause.
 */
function relativeAntecedent(ctx: Context, tokenIndex: number, gender: Gender): Referent | null {
  const { tokens } = ctx.doc;
  const t = at(tokens, tokenIndex);
  const word = t.text.toLowerCase();
  if (!BOUND.has(word) || (word === 'her' && !POSSESSED.has(tokens[tokenIndex + 1]?.pos ?? ''))) return null;
  for (let k = tokenIndex - 1; k > 1 && at(tokens, k).sentence === t.sentence; k--) {
    const w = at(tokens, k).text;
    if (RELATIVE_ENDS.has(w)) return null;
    if (w.toLowerCase() !== 'who') continue;
    const name = tokens[k - 2];
    if (tokens[k - 1]?.text !== ',' || !name) return null;
    // The last mention the walk recorded (seen) of someone with a mention ending on the name: looked up among the
    // mentions ending there, not by reading every mention of everyone seen.
    let last = -1;
    for (const x of ctx.endingAt.get(name.end) ?? []) {
      for (let j = firstIndex(ctx.seen.length, (n) => at(ctx.seen, n).start >= x.start); ; j++) {
        const m = ctx.seen[j];
        if (m?.start !== x.start) break;
        if (m.r === x.r && j > last) last = j;
      }
    }
    const antecedent = ctx.seen[last]?.r;
    // "Elaine Goldsmith-Thomas, who was once Lopez's agent and is now a partner in her production company": someone
    // else named inside the clause before the pronoun may be its owner as well; salience decides.
    const who = at(tokens, k).start;
    // The walk records mentions in text order: those after the "who" are the tail of `seen`.
    let rival = false;
    for (let j = ctx.seen.length - 1; j >= 0 && !rival; j--) {
      const m = at(ctx.seen, j);
      if (m.start <= who) break;
      rival = m.r !== antecedent && m.start < t.start;
    }
    return antecedent && !rival && compatible(antecedent, gender) ? antecedent : null;
  }
  return null;
}

/** The person a he/she pronoun refers to: the most recent compatible one, within five sentences. */
export function chooseForPronoun(ctx: Context, tokenIndex: number, gender: Gender): Referent | null {
  const fronted = frontedCataphor(ctx, tokenIndex, gender);
  if (fronted === 'none') return null;
  const bound =
    relativeAntecedent(ctx, tokenIndex, gender) ??
    fronted ??
    subordinateSubject(ctx, tokenIndex, gender, quotationsOf(ctx.doc)) ??
    possessiveOwnSubject(ctx, tokenIndex, gender) ??
    possessiveCoordinated(ctx, tokenIndex, gender);
  if (bound) return bound;
  const sentence = at(ctx.doc.tokens, tokenIndex).sentence;
  const quote = quoteBefore(ctx.doc, tokenIndex);
  // `Mr Adams said one punter had placed a bet … "She told us …," he said`: the one who said something just before.
  const speaker = quote ? lastSpeaker(ctx, quote.start, sentence, gender) : null;
  if (speaker) return speaker;
  const inQuote = (r: Referent): boolean => quote !== null && r.lastStart > quote.start && r.lastStart < quote.end;
  const speakers = quote !== null && ctx.referents.some((r) => r.count > 0 && !inQuote(r) && compatible(r, gender));
  // `"… perhaps she knew he had been to a casting …," he said`: inside a quotation the speaker is "I", not "he".
  const voice = quotedBy(ctx, tokenIndex, sentence) ?? leadVoice(ctx, tokenIndex) ?? continuedVoice(ctx, tokenIndex);
  const subject = ownSubject(ctx, tokenIndex);
  const fits = (r: Referent): boolean =>
    compatible(r, gender) &&
    sentence - r.lastSentence <= REACH_BACK &&
    (!speakers || !inQuote(r)) &&
    r !== voice &&
    r !== subject;
  // The last compatible person mentioned gets a lead: "Mr Wilson … he says … his involvement". Not through a "they"
  // shared with someone else: 'Dominic confessed … "I'm quite sure they'll make a real success of being married," he
  // wrote' (a Zendaya & Tom Holland stream article) is not his son's "he".
  const inReach = recent(ctx, sentence, REACH_BACK);
  // Rule quoted-aside: '"I saw Christian Bale very briefly, and he was really kind about what I was in for," he
  // said. That was about the extent of his research' (a Radio Times stream article): someone last met in the third
  // person inside a quotation that has closed is what its speaker talked about, not the narrative's focus. Outside a
  // quotation, their last mention neither leads nor keeps them in focus.
  const inside = quotationsOf(ctx.doc);
  const t = at(ctx.doc.tokens, tokenIndex);
  const aside = (r: Referent): boolean => !inside(t.start, t.end) && inside(r.lastStart, r.lastStart + 1) !== undefined;
  const latest = best(
    inReach,
    (r) => fits(r) && !r.lastWasJoint && !aside(r),
    (r) => r.lastStart,
  );
  return (
    best(
      inReach,
      fits,
      (r) =>
        score(r, sentence, { recency: 2, prominence: 0.2, focus: 1.5 }) -
        (r.gender === null ? 1.5 : 0) -
        (aside(r) && r.lastWasSubject ? 1.5 : 0) +
        (r === latest ? 1 : 0),
    ) ??
    subjectOfArticle(ctx, gender, quote === null) ??
    profileSubject(ctx, gender, quote === null)
  );
}

/**
 * The person a profile is titled with, when the text never names them ("Cameron Diaz" over "Films include … Why she
 * might be annoying. She's an airhead", celebrity-057fake): the he or she no one else takes, outside quotations. A
 * names list's gender for the given name gives way to the text's first pronoun ("Cameron" is listed male).
 */
function profileSubject(ctx: Context, gender: Gender, outsideQuotes: boolean): Referent | null {
  const title = ctx.doc.title?.trim() ?? '';
  // Looked up once per text: a long one falls back here for many pronouns.
  if (!titled.has(ctx))
    titled.set(
      ctx,
      ctx.referents.find((x) => x.entity.id.startsWith('title:') && x.entity.name === title),
    );
  const r = titled.get(ctx);
  if (!outsideQuotes || !r || (r.count > 0 && !compatible(r, gender))) return null;
  if (r.count === 0) r.gender = gender;
  return r;
}

const titled = new WeakMap<Context, Referent | undefined>();

const OBJECT_PRONOUNS = new Set(['him', 'her']);
// After the pronoun, what ends an object: 'her “no contact policy”', "her first ever Grammy", "her already visible
// bump", "her don't-cross-me single" are possessives.
const AFTER_OBJECT = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'DET', 'PRON']);
const QUOTE_MARK = /^["“‘']$/;
// Between a subject and its verb: "Chris kinda blows him off", "Chris doesn't see him", "is really hurting him".
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);

/**
 * "Her bestfriend Jennifer Aniston is supportive of her" (celebrity-035legit), "Khloe corrected her", "Chris kinda blows
 * him off": an object "him" or "her" straight after its clause's verb (or an adjective's "of") is not the subject
 * right before that verb (a writer would say "herself"). That subject, or null. Only when nothing but auxiliaries and
 * adverbs stand between them: "Jay-Z's personal life has brought him", "Wilson explained how his son persuaded him",
 * "Rashad will be hoping all those touchdown dances will help him" have another subject. Not inside quotations.
 */
function ownSubject(ctx: Context, tokenIndex: number): Referent | null {
  const { tokens } = ctx.doc;
  const t = at(tokens, tokenIndex);
  if (!OBJECT_PRONOUNS.has(t.text.toLowerCase())) return null;
  const next = tokens[tokenIndex + 1];
  if (next !== undefined && (!AFTER_OBJECT.has(next.pos) || QUOTE_MARK.test(next.text))) return null;
  let k = tokenIndex - 1;
  if (tokens[k]?.pos === 'VERB') k--;
  else if (tokens[k]?.text === 'of' && tokens[k - 1]?.pos === 'ADJ') k -= 2;
  else return null;
  while (k >= 0 && BETWEEN.has(at(tokens, k).pos)) k--;
  const end = tokens[k]?.end ?? -1;
  // The last governing mention of this sentence: the walk back stops at the sentence's start.
  let m: Context['seen'][number] | undefined;
  for (let k = ctx.seen.length - 1; k >= 0 && !m; k--) {
    const x = at(ctx.seen, k);
    if (x.sentence < t.sentence) break;
    if (x.sentence === t.sentence && x.governs && x.start < t.start) m = x;
  }
  const mention = m?.r.entity.mentions.find((x) => x.start === m.start);
  if (!m || !mention || mention.end !== end || /^(?:they|we|them)$/i.test(mention.text)) return null;
  return quotationsOf(ctx.doc)(t.start, t.end) ? null : m.r;
}

const SPEECH_AFTER = new RegExp(
  `^\\s*(?:,\\s*\\d{1,3}\\s*,\\s*)?(?:\\p{Ll}+ly\\s+)?(?:${[...cues.speech].join('|')})\\b`,
  'u',
);

/**
 * The last person, before offset `before` and at most two sentences back, named as the subject of a saying verb
 * ("Mr Adams said one punter had placed a bet"): who goes on speaking in the quotation after it.
 */
function lastSpeaker(ctx: Context, before: number, sentence: number, gender: Gender): Referent | null {
  for (let k = ctx.seen.length - 1; k >= 0; k--) {
    const m = at(ctx.seen, k);
    if (m.start >= before) continue;
    if (sentence - m.sentence > 2) break;
    if (!compatible(m.r, gender) || m.r.gender === null) continue;
    // Rule attribution-outside-quotes: '"…and she told me I needed to go back to live with my mum…" … "the worst
    // possible place I could be," she said' (celebrity-067legit): one said to speak inside a quotation is no speaker
    // the narrative's "she said" goes on from.
    if (quotationsOf(ctx.doc)(m.start, m.start + 1)) continue;
    const mention = m.r.entity.mentions.find((x) => x.start === m.start);
    if (mention?.kind === 'possessive' || !mention) continue;
    if (SPEECH_AFTER.test(ctx.doc.text.slice(mention.end, mention.end + 30))) return m.r;
  }
  return null;
}

const quotations = new WeakMap<Doc, ReturnType<typeof around>>();

/** The quotation a span stands inside (see around), the text's quotations read once. */
function quotationsOf(doc: Doc): ReturnType<typeof around> {
  let quotation = quotations.get(doc);
  if (!quotation) quotations.set(doc, (quotation = around(findQuotations(doc.text))));
  return quotation;
}

const LEAD = new RegExp(`^\\s*(?:${[...cues.speech].join('|')})\\s*[:,]\\s*$`, 'u');

/**
 * For a pronoun inside a quotation its speaker introduces ("The Spring Breakers star wrote: 'I have not only been
 * following her career…'", celebrity-120legit), that speaker, who is "I" there and not "her"; else null.
 */
function leadVoice(ctx: Context, tokenIndex: number): Referent | null {
  const before = lastBeforeQuotation(ctx, tokenIndex);
  if (!before) return null;
  const { seen, mention, quotation } = before;
  return LEAD.test(ctx.doc.text.slice(mention.end, quotation.start)) ? seen.r : null;
}

/**
 * The last mention seen before the quotation a pronoun stands in, with its mention record: where leadVoice and
 * continuedVoice look for who introduced the quotation. Null outside a quotation, or when nothing was seen before it.
 */
function lastBeforeQuotation(
  ctx: Context,
  tokenIndex: number,
): { seen: Context['seen'][number]; mention: Mention; quotation: { start: number; end: number } } | null {
  const t = at(ctx.doc.tokens, tokenIndex);
  const q = quotationsOf(ctx.doc)(t.start, t.end);
  if (!q) return null;
  for (let k = ctx.seen.length - 1; k >= 0; k--) {
    const m = at(ctx.seen, k);
    if (m.start >= q.start) continue;
    const mention = m.r.entity.mentions.find((x) => x.start === m.start);
    return mention ? { seen: m, mention, quotation: q } : null;
  }
  return null;
}

const CONTINUES = new RegExp(`^\\s*(?:${[...cues.speech].join('|')})\\b[^"“”‘’.!?:]{0,40}\\.\\s*$`, 'u');
const AFTER_QUOTE = /["”’]\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s*)?$/u;

/**
 * Rule continued-voice: '“What’s interesting about Alex is that he’s a sponge,” Lasry says. “He really wants to learn.”'
 * (celebrity-112legit): a quotation opening right after the sentence that attributes the one before it goes on in
 * that speaker's voice, who is "I" there and not "he" or "she". The speaker, or null.
 */
function continuedVoice(ctx: Context, tokenIndex: number): Referent | null {
  const { text } = ctx.doc;
  const before = lastBeforeQuotation(ctx, tokenIndex);
  if (!before) return null;
  const { seen, mention, quotation } = before;
  if (!CONTINUES.test(text.slice(mention.end, quotation.start))) return null;
  return AFTER_QUOTE.test(text.slice(Math.max(0, seen.start - 8), seen.start)) ? seen.r : null;
}

/** For a pronoun inside a quotation attributed by a pronoun (`"…," he said`), the speaker; else null. */
function quotedBy(ctx: Context, tokenIndex: number, sentence: number): Referent | null {
  const { doc } = ctx;
  const t = at(doc.tokens, tokenIndex);
  const q = quotationsOf(doc)(t.start, t.end);
  if (!q) return null;
  const attribution = /^\s*(he|she)\s+(\p{Ll}+)/u.exec(doc.text.slice(q.end, q.end + 20));
  if (!attribution || !cues.speech.has(attribution[2] ?? '')) return null;
  return lastSpeaker(ctx, q.start, sentence, attribution[1] === 'he' ? 'male' : 'female');
}

/**
 * Past the five sentences a pronoun reaches back, the person the article is about: "Judge Rand Rubin said she must:"
 * and seven list items later, "In the drugs case, she was sentenced…" (Courtney Love, named a dozen times). Only
 * outside quotations, and only someone of the pronoun's gender named at least three times and twice as often as anyone
 * else of it.
 */
function subjectOfArticle(ctx: Context, gender: Gender, outsideQuotes: boolean): Referent | null {
  if (!outsideQuotes) return null;
  // The most often named (the first of them in ctx.referents) and the count of the next, in one pass, not a sort.
  let top: Referent | undefined;
  let next = 0;
  for (const r of ctx.referents) {
    if (r.count <= 0 || r.gender !== gender) continue;
    if (!top || r.count > top.count) {
      next = Math.max(next, top?.count ?? 0);
      top = r;
    } else next = Math.max(next, r.count);
  }
  if (!top || top.count < 3 || next * 2 > top.count) return null;
  return top;
}

/**
 * "The couple welcomed their first child, daughter Blue Ivy" (celebrity-016legit), "the 15-year-old refused to go back to
 * New York to see his mother. A source close to the couple said" (064legit): someone the text introduced as another's
 * child, parent or sibling is not half of "the couple". An ex may be: "before she split from Brad, the couple were
 * inked" (108fake), so "ex-wife Torrei Hart … when the couple married" (165legit) is left wrong.
 */
function kin(r: Referent): boolean {
  return r.entity.mentions.some((m) => {
    if (m.rule !== 'apposed-relation') return false;
    const word = m.text.toLowerCase().split(/\s+/).at(-1) ?? '';
    return cues.kin.has(word);
  });
}

/** They/them/their after two people were just named: both of them (the last two, this or the previous sentence; "the pair" reaches further). */
export function chooseForPair(ctx: Context, tokenIndex: number, window = 1, couple = false): Referent[] {
  const sentence = at(ctx.doc.tokens, tokenIndex).sentence;
  const within = (reach: number): Referent[] =>
    recent(ctx, sentence, reach)
      .filter((r) => r.count > 0 && sentence - r.lastSentence <= reach && !(couple && kin(r)))
      .sort((a, b) => b.lastStart - a.lastStart);
  // '"He had asked her father and been given his blessing. The timing … was planned." Their story began on
  // Spider-Man': with fewer than two people in reach, the last two named a sentence further back.
  const nearest = within(window).length >= 2 ? within(window) : within(window + 1);
  // 'Their story began …; by summer 2021 they were widely known to be together … Dominic confessed that he "worries"
  // about how much their "combined fame" will magnify the spotlight': a pair a "they" just joined is not split for
  // the one person named since.
  const [first, second, third] = nearest;
  if (first && second && third && second.lastWasJoint && third.lastWasJoint && second.lastStart === third.lastStart)
    return [second, third];
  return nearest.length >= 2 ? nearest.slice(0, 2) : [];
}
