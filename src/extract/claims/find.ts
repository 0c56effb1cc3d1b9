import record from '../../../data/lexicons/record.json' with { type: 'json' };
import { isIgnored, sentenceIndexAt, type Doc } from '../doc.ts';
import { firstIndex, indexSentences, insideAny, startingIn, type Located } from '../text/index.ts';
import type { Claim, Entity, Event, Hedge, Span, Time } from '../types.ts';
import { clausesOf, opensWithNewSubject, type Clause } from './clauses.ts';
import { closesAdverbial, headsPredicate } from './predicate-words.ts';
import { attribute, quoteSpan, type Facts } from './attribution/index.ts';
import { holderOf, speakerIn, type Speaker } from './holders.ts';
import {
  ANNOUNCES_OWN,
  madeOfficial,
  appositives,
  cues,
  verbal,
  deniedProposition,
  mainProposition,
  PARTNER,
  namesNoOne,
  propositions,
  saysOutright,
  type Proposition,
} from './lexicon.ts';
import { openFinds, wishedAt } from './open.ts';
import { ledeAlone, ledeClaims } from './lede.ts';
import { withAsserted } from './asserted.ts';
import { hypothetical } from './hypothetical.ts';
import { findQuotes, mentionsWithin, type Quote } from './quotes.ts';
import {
  coordinatedPair,
  ownedPair,
  soleOwner,
  partnerOfNoOneNamed,
  likenessOf,
  listedWith,
  unnamedObject,
  localPair,
  pairAround,
  subjectsFor,
  topicOf,
  workOf,
  type Topic,
} from './subjects.ts';
import { alongWith, asDoes } from './along-with.ts';
import { affairsIn } from './affair.ts';
import { eachPossessor, pregnantPartners } from './possessors.ts';
import { refineClaims } from './refine.ts';
import { referredClaim, WORDS_DISOWNED } from './referred.ts';
import { saidIn } from './said.ts';
import { supportsIndex } from './supports.ts';
import { at as atIndex } from '../../invariant/index.ts';
import { cues as nameCues } from '../names/index.ts';

type Draft = Omit<Claim, 'id' | 'supports'>;
// The lexicon's own types: what an affirmation ("it was true") can take up from the sentence before.
const CORE: Readonly<Record<string, true>> = {
  relationship: true,
  pregnancy: true,
  casting: true,
  feud: true,
  health: true,
};
// Speaking "before any rumours or false stories could run away with themselves" (clauseFacts): no denial.
const PRE_EMPTIVE = /\bbefore\s+any\s+(?:rumou?rs?|speculation|(?:false\s+)?stories|reports|gossip)\b/i;
// "the SNL comic told Jimmy Fallon it was true": the word that what was just said is so.
const TRUE_OF_IT = /\bit(?: was|['’]s| is) (?:all |really |indeed )?true\b/i;
// "he made it official": "it" is a relationship told before (lexiconClaim).
const MADE_IT_OFFICIAL = madeOfficial('it');
const CONFIRMS_NEWS =
  /\b(?:confirm(?:ed|s|ing)?|verif(?:ied|ies|y))\s+(?:the\s+(?:happy\s+|sad\s+)?(?:news|split|break-?up|engagement|pregnancy|romance|relationship|divorce|separation|wedding|reports?)|it)\b/i;
// Not "her" before the child she expects: "the actress is expecting her first child with husband Justin Theroux"
// (celebrity-003fake), "Tana, 41, wife of chef Gordon, is expecting her fifth as is Jools Oliver" (celebrity-043fake);
// an ordinal alone only where no other noun follows ("expecting her first album to chart" is no pregnancy).
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))`;
const HER_CHILD = String.raw`(?:(?:${ORDINAL}|next|new)\s+)?(?:child|children|baby|babies|twins|triplets|son|daughter|little\s+one|bundle\s+of\s+joy)\b|${ORDINAL}(?=\s*[,.;:!?—–-]|\s+(?:as|with|and|together|in|this|next|later|due)\b)`;
const EXPECTING_SOMETHING = new RegExp(
  String.raw`^\s+(?:to|that|it|this|anything|much|more|less|any|him|them|me|us|you|her(?!\s+(?:${HER_CHILD})))\b`,
  'i',
);
const QUOTE_JUST_CLOSED = /[,!?…]\s*[”"]\s*$/;
// A name governed by "of" in an aside, a few lower-case words between: "wife of chef Gordon", "the daughter of".
const OF_OBJECT = /,[^,]*\bof\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u;
// What can come to an end and be a relationship: the couple's own words for it, or the couple.
const RELATION_ENDING =
  /\b(?:relationship|romance|marriage|engagement|union|affair|courtship|love story|their|they|couple|pair|duo)\b/i;
// "Past coaches Christina Aguilera, Usher and Pharrell Williams all have won one season" (celebrity-038legit): people
// introduced as past holders of a part are its history, not the news.
const PAST_HOLDERS = /^\W*(?:past|former|previous)\s+(?:[\w-]+\s+)?[\w-]+s\s/i;
// What one is chosen as when it is no part: "picked as winner", "selected as the best novel", "chosen as its champion".
const NOT_A_PART =
  /^\s+(?:(?:the|a|an|its|this|that|their|overall|outright)\s+)*(?:winners?|champions?|best|favou?rites?|recipients?|finalists?|nominees?|shortlist|book|album|song|single|record|film|novel)\b/i;
// "she told Jimmy Kimmel", "in an interview with Robin Roberts": whom a speaker talks to (record.json interviewer).
const INTERVIEWER_BEFORE = new RegExp(record.interviewer.before, 'i');
const SPEAKER_PARTNER = new RegExp(
  String.raw`\b(?:my|our)\s+(?:[\w-]+\s+)?(?:${PARTNER}|partner)\b|\b(?:I|we)(?:['’]m|['’]re| am| are)?\s+(?:\w+\s+)?(?:married|engaged|dating)\b`,
  'i',
);
// Any quotation, attributed or not (scare quotes are too short to hold a clause).
const QUOTED = /“[^”]{2,3000}”|"[^"\n]{2,3000}"/g;
type Context = {
  doc: Doc;
  topic: Topic;
  hedges: Hedge[];
  quotes: Quote[];
  /** QUOTED's matches: in text order, not overlapping (insideAny). */
  quoted: Array<{ start: number; end: number }>;
  located: Located[][];
  times: Time[];
  /** The lexicon claims of the sentence before the one being read: what "it was true" affirms. */
  previous: Draft[];
  /** The claims of the five sentences before, in text order (what "he made it official" may take up): read only
   * when asked for, which a rare clause does. */
  recent: () => Draft[];
  /** The words of the article's names of more than one word (wordsOfNames), made when first asked for. */
  nameWords?: Set<string>;
  /** Whether each quote says its speakers are friends, not lovers: read once, not again for each of its clauses. */
  friendsIn?: Map<Quote, boolean>;
};

/**
 * Claims (relationship, pregnancy, casting, feud, health…) with who holds them and how.
 * Per clause: what it is about (lexicon propositions), who says it (a quote's attribution, an
 * outlet or source with a reporting verb, fans, else the article's voice) and the stance
 * (denial and "not confirmed" cues, questions, hedges). A sourced quote with no proposition of
 * its own right after a claim backs that claim ("…the pair is a thing now. “She has been
 * traveling with Tom…,” a source noted").
 * @example findClaims(doc, entities, events, hedges)[0] // {type:'relationship', value:'dating', holder:{kind:'outlet', entity:'e5'}, stance:'asserts', …}
 */
export function findClaims(
  doc: Doc,
  entities: Entity[],
  events: Event[],
  hedges: Hedge[],
  times: Time[] = [],
): Claim[] {
  const index = indexSentences(doc, entities, []);
  const all = index.entities.flat();
  const quotes = findQuotes(doc, mentionsWithin([...all].sort((x, y) => x.mention.start - y.mention.start)));
  const quoted = [...doc.text.matchAll(QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const inOrder = [...times].sort((a, b) => a.start - b.start);
  const hedgesInOrder = [...hedges].sort((a, b) => a.start - b.start);
  const ctx: Context = {
    doc,
    topic: topicOf(doc, index),
    hedges: hedgesInOrder,
    quotes,
    quoted,
    located: index.entities,
    times: inOrder,
    previous: [],
    recent: () => [],
  };
  const drafts: Draft[] = [];
  // Statements (saidClaims) come last: a quote that goes on with the claim before it backs that claim instead.
  const said: Draft[] = [];
  // The drafts whose evidence lies within each sentence, in the order made, placed as they are made (drafts only
  // grow in this loop): filtering every draft for every sentence was quadratic in a long article. Sentences are in
  // order and do not overlap, so the ones holding a span end at the last one starting at or before it.
  const within: Draft[][] = doc.sentences.map(() => []);
  let placed = 0;
  doc.sentences.forEach((sentence, s) => {
    if (isIgnored(doc, sentence.start, sentence.end)) return;
    const before = s > 0 ? atIndex(doc.sentences, s - 1) : undefined;
    for (; placed < drafts.length; placed++) {
      const { evidence } = atIndex(drafts, placed);
      const last = firstIndex(doc.sentences.length, (k) => atIndex(doc.sentences, k).start > evidence.start) - 1;
      for (let k = last; k >= 0 && atIndex(doc.sentences, k).end >= evidence.end; k--)
        atIndex(within, k).push(atIndex(drafts, placed));
    }
    ctx.previous = before
      ? atIndex(within, s - 1).filter(
          (d) => !d.rule?.endsWith('+open') && d.evidence.start >= before.start && d.evidence.end <= before.end,
        )
      : [];
    ctx.recent = () =>
      [s - 5, s - 4, s - 3, s - 2, s - 1]
        .filter((k) => k >= 0)
        .flatMap((k) => atIndex(within, k))
        .filter((d) => !d.rule?.endsWith('+open'));
    const clauses = clausesOf(doc, s);
    const facts = clauses.map((clause) => clauseFacts(ctx, clause));
    const read = clauses.map((clause, k) => claimIn(ctx, clause, atIndex(facts, k)));
    const found = read.map((r) => r.draft);
    // The lede's news, kept only where no other claim of its sentence is about its subjects (lede.ts ledeAlone).
    drafts.push(...ledeClaims(doc, atIndex(clauses, 0), { ...atIndex(facts, 0), quoted: ctx.quoted }));
    found.forEach((draft, k) => {
      // What the lexicon names is its claim; the clause's other predicates may make open claims beside it.
      const opens = openClaimsIn(ctx, atIndex(clauses, k), atIndex(facts, k), draft, atIndex(read, k).named);
      drafts.push(...opens);
      if (draft)
        drafts.push(
          ...eachListed(ctx, draft, atIndex(facts, k).located),
          ...sharedBy(ctx, draft, atIndex(clauses, k), atIndex(facts, k).located),
          ...affairsIn(doc, atIndex(clauses, k), atIndex(facts, k).located, draft),
        );
      else {
        // "a spokeswoman for Aniston found herself having to deny it": a denial of what was reported before (referred.ts).
        const referred =
          opens.length === 0
            ? referredClaim(
                atIndex(facts, k),
                drafts,
                atIndex(doc.sentences, Math.max(0, s - 4)).start,
                ctx.topic.couple,
                ctx.located,
              )
            : null;
        if (referred) drafts.push(referred);
        else if (opens.length === 0) {
          const statements = saidClaims(ctx, atIndex(clauses, k), atIndex(facts, k));
          said.push(...statements);
          if (statements.length === 0) drafts.push(...rumouredIn(ctx, atIndex(clauses, k), atIndex(facts, k)));
        }
        // "While neither has confirmed their relationship, her exit with Tom seems to be doing the
        // talking": a hedged clause speaks of what its sentence's other clause names.
        const sibling = found.find((d) => d !== null && d.type === 'relationship');
        const clause = atIndex(clauses, k);
        // A clause of another subject hedges its own news: "… to James Matthews and several family members are
        // expected to attend" (celebrity-200legit) leaves the wedding asserted.
        const hedged = !opensWithNewSubject(clause) && hedgesIn(ctx, clause).some((h) => h.category !== 'evidential');
        if (sibling && hedged)
          drafts.push({
            ...sibling,
            holder: { kind: 'author', entity: null },
            stance: 'hedges',
            rule: 'claim-author:hedges-sentence',
          });
      }
    });
  });
  drafts.push(...eachPossessor(doc, drafts, ctx.located), ...pregnantPartners(doc, drafts, ctx.located));
  drafts.push(...quoteContinuations(ctx, drafts));
  drafts.push(...answersToQuestions(ctx, all));
  const backing = new Set(drafts.map((d) => d.evidence.start));
  drafts.push(...said.filter((d) => !backing.has(d.evidence.start)));
  drafts.sort((a, b) => a.evidence.start - b.evidence.start);
  // The first of each key, kept in order (a Set: findIndex per draft was quadratic).
  const seen = new Set<string>();
  const unique = drafts.filter((d) => !seen.has(key(d)) && (seen.add(key(d)), true));
  const supports = supportsIndex(events);
  const claims = unique.map((d, i) => ({ id: `c${i + 1}`, ...d, supports: supports(d) }));
  return onceEach(ledeAlone(refineClaims(claims, { doc, entities, times })));
}

/**
 * A statement (saidClaims) is one proposition, whoever says it of whom: "Evans said: “I just want to get rid of it
 * all…”", then "He added: “It feels good to be selling this stuff…”" (bbc-entertainment-181) is Evans' word once, the
 * first time. One the refiners left with no one on record (the article's voice) is no statement at all.
 */
function onceEach(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  const kept = oneStatementPerQuote(claims).filter((c) => {
    if (c.type !== 'statement') return true;
    if (c.holder.kind === 'author') return false;
    if (c.holder.kind === 'anonymous' || c.holder.kind === 'outlet') return true;
    const k = [c.holder.kind, c.holder.entity, ...[...c.subjects].sort()].join('|');
    return !seen.has(k) && (seen.add(k), true);
  });
  return kept.map((c, i) => ({ ...c, id: `c${i + 1}` }));
}

/**
 * One statement per named speaker and quotation: 'Kardashian continued: “I found that without a doubt, I stand with
 * Hillary. I’m with her. I believe Hillary will best represent our country…”' (celebrity-128legit) is one statement, on
 * her and Clinton, not one more per clause of the quotation: the first stands for it.
 */
function oneStatementPerQuote(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    // A source's quotation may tell of each in turn ("Kim would like to hire herself a political publicist and Kanye
    // West has been looking for one", celebrity-128fake: one claim each in the gold).
    if (c.type !== 'statement' || (c.holder.kind !== 'principal' && c.holder.kind !== 'named-source')) return true;
    const k = [c.holder.kind, c.holder.entity, c.evidence.start, c.evidence.end].join('|');
    return !seen.has(k) && (seen.add(k), true);
  });
}

// Claims of one sentence differ by their subjects: "Jamie Foxx and Hilary Swank have won" is two open claims; "Tom Hanks
// has signed on to play … Ben Bradlee, while Meryl will play the paper's publisher" (celebrity-034legit) two castings.
const key = (d: Draft): string =>
  [d.type, d.value, d.holder.kind, d.holder.entity, d.stance, d.evidence.start, ...[...d.subjects].sort()].join('|');

/** What a clause says about voice and stance, whatever proposition it holds. */
type ClauseFacts = Omit<Facts, 'subjects' | 'p' | 'own' | 'at' | 'lead'>;

/** The hedge cues inside a clause (ctx.hedges is in text order). */
const hedgesIn = (ctx: Context, clause: Clause): Hedge[] =>
  startingIn(ctx.hedges, clause.start, clause.end).filter((h) => h.end <= clause.end);

// What opens a question: an interrogative word or an auxiliary put first, after any opening conjunction or adverb.
const ASKING_START =
  /^\W*(?:(?:so|and|but|or|now|then|well|still|yet|plus|also|again|anyway|honestly|seriously)\b,?\s+)*(?:who|whom|whose|what|why|how|when|where|which|whether|is|are|am|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|can['’]t|couldn['’]t|won['’]t|wouldn['’]t|shouldn['’]t|hasn['’]t|haven['’]t)\b/i;
// A run of two or more capitalised words closing with its question mark, after a lower-case word, one of them a function
// word as titles have and names do not: a title's own ("… romantic comedy Shall We Dance?"), not "… with Oakland
// Raiders punter Marquette King?" (celebrity-019fake) nor "when asked: 'Is that Miss Ciccone?'" (celebrity-064legit).
const TITLE_ASKS = /(?:^|\s)\p{Ll}[\p{L}'’-]*\s+((?:\p{Lu}[\p{L}'’-]*\s+)+\p{Lu}[\p{L}'’-]*)\?\W*$/u;
const TITLE_WORD =
  /^(?:A|An|The|I|We|You|It|He|She|They|Me|Us|My|Your|Our|Is|Are|Was|Were|Be|Do|Does|Did|Shall|Will|Can|Could|Should|Would|Have|Has|Of|To|In|On|At|For|With|From|Who|What|Where|Why|How|When|Which)$/;

// A headline that asks without its question mark: "Are Travis Scott And Kylie Jenner Married" (a GossipCop headline).
// Not "Will", "Can" or "May", which open names too ("Will Smith just did the In My Feelings challenge").
const HEADLINE_ASKS = /^\W*(?:Are|Is|Was|Were|Did|Does|Do|Has|Have|Had|Would|Could|Should)\s+\p{Lu}/u;

/**
 * Whether a sentence asks. A statement may end with a title's own question mark: "Sony horror film The Grudge … was the
 * US' second best-selling DVD, with Jennifer Lopez and Richard Gere's romantic comedy Shall We Dance?"
 * (bbc-entertainment-073) tells a chart place; it asks nothing. Such a sentence does not open as a question does.
 */
export function asks(sentence: string): boolean {
  if (!/\?\W*$/.test(sentence)) return HEADLINE_ASKS.test(sentence) && !/[.!]\W*$/.test(sentence);
  if (ASKING_START.test(sentence)) return true;
  const title = TITLE_ASKS.exec(sentence)?.[1];
  return !title?.split(/\s+/).some((w) => TITLE_WORD.test(w));
}

/**
 * The outlets named in the clause's sentence and the few before it: what "the site" may stand for (holders.ts). None
 * when an unnamed one came after them: "dragged by a magazine … An insider told the magazine" (celebrity-159fake).
 */
const UNNAMED_OUTLET =
  /\ban?\s+(?:[\w-]+\s+){0,2}(?:magazine|tabloid|newspaper|paper|outlet|publication|site|website|mag)\b/i;
function outletsBefore(ctx: Context, clause: Clause): Located[] {
  const out: Located[] = [];
  for (let s = Math.max(0, clause.sentence - 4); s <= clause.sentence; s++)
    for (const l of atIndex(ctx.located, s))
      if (l.entity.type === 'outlet' && l.mention.end <= clause.start) out.push(l);
  const last = out.reduce<Located | null>((a, l) => (!a || l.mention.start > a.mention.start ? l : a), null);
  return last && UNNAMED_OUTLET.test(ctx.doc.text.slice(last.mention.end, clause.start)) ? [] : out;
}

function friendsNotLovers(ctx: Context, quote: Quote): boolean {
  const known = (ctx.friendsIn ??= new Map<Quote, boolean>());
  let said = known.get(quote);
  if (said === undefined)
    known.set(quote, (said = saysOutright(cues.friendsNotLovers, ctx.doc.text.slice(quote.start, quote.end))));
  return said;
}

function clauseFacts(ctx: Context, clause: Clause): ClauseFacts {
  const { doc } = ctx;
  const sentence = atIndex(doc.sentences, clause.sentence);
  const located = atIndex(ctx.located, clause.sentence).filter(
    (l) => l.mention.start >= clause.start && l.mention.end <= clause.end,
  );
  // A clause speaks a quote's words only if it holds some of them, not just the attribution.
  // Quotes are in text order and never overlap: a binary search, not a scan per clause.
  const next = ctx.quotes[firstIndex(ctx.quotes.length, (k) => atIndex(ctx.quotes, k).end > clause.start)];
  const quote = next && next.start < clause.end ? next : undefined;
  const plain = namesBlanked(clause, located);
  // In someone's own quoted words only: "did nothing more racy than remove his jacket" denies no romance.
  const friends = quote !== undefined && friendsNotLovers(ctx, quote);
  // Who announces their own news denies the gossip, not the news (lexicon.ts ANNOUNCES_OWN).
  // Nor does one who speaks "before any rumours or false stories could run away with themselves": they confirm
  // ("they could confirm that Orlando and Katy were taking 'respectful, loving space'", a desk stream article).
  const denied =
    (saysOutright(cues.denies, plain) && !ANNOUNCES_OWN.test(plain) && !PRE_EMPTIVE.test(plain)) || friends;
  let speaker: Speaker | null | undefined;
  return {
    doc,
    clause,
    sentence,
    located,
    quote,
    quoted: ctx.quoted,
    plain,
    hedged: hedgesIn(ctx, clause).length > 0,
    // "sources claim", "according to": hearsay cues name the speaker; they don't make the speaker hedge.
    speakerHedged: hedgesIn(ctx, clause).some((h) => h.category !== 'evidential'),
    rumoured: cues.speculation.test(clause.text),
    question: asks(sentence.text),
    denied,
    friends,
    unconfirmed: cues.unconfirmed.test(clause.text),
    speaker: () =>
      speaker === undefined
        ? (speaker =
            cues.reporting.test(clause.text) || denied
              ? speakerIn(clause.text, clause.start, located, outletsBefore(ctx, clause))
              : null)
        : speaker,
    fans: () => cues.fans.exec(clause.text) ?? fansBefore(ctx, clause.sentence),
  };
}

/**
 * The clause with the names in it blanked (same length, so offsets hold): a cue is a word, not a name ("Chart-topping
 * pop band Busted have confirmed…" is no denial; "Slammed" or "Split" could be a title too).
 */
function namesBlanked(clause: Clause, located: Located[]): string {
  let text = clause.text;
  for (const l of located) {
    if (l.mention.kind !== 'name' && l.mention.kind !== 'alias') continue;
    const from = l.mention.start - clause.start;
    text =
      text.slice(0, from) +
      ' '.repeat(l.mention.end - l.mention.start) +
      text.slice(from + l.mention.end - l.mention.start);
  }
  return text;
}

function draftOf(facts: Facts): Draft | null {
  const attribution = attribute(facts);
  if (!attribution) return null;
  const { evidence, ...said } = attribution;
  const { p, subjects, sentence } = facts;
  return { type: p.type, value: p.value, subjects, evidence: evidence ?? spanOf(sentence), ...said };
}

/** Where the claims lexicon names a proposition in a clause. */
type Named = Array<{ start: number; end: number }>;

/**
 * The claim of a clause that names a proposition of the claims lexicon, or denies or withholds comment on the
 * article's rumour; and where the lexicon names one.
 */
function claimIn(ctx: Context, clause: Clause, facts: ClauseFacts): { draft: Draft | null; named: Named } {
  const draft = lexiconClaim(ctx, clause, facts);
  return { draft: draft.draft, named: draft.found };
}

/**
 * Rule surgery-of-its-article: "“No surgery for me,” Nicole tells Italy's La Repubblica. “I did try Botox …”"
 * (celebrity-115legit): in an article about cosmetic procedures, a bare "surgery" is one of them, not an illness.
 */
function cosmeticSurgery(p: Proposition, at: { form: string } | undefined, topic: Topic): Proposition {
  if (p.type !== 'health' || !at || !/\bsurgery$/i.test(at.form) || topic.main?.type !== 'cosmetic') return p;
  return { ...topic.main, strong: p.strong };
}

// A list of people that goes on with "& more stars", "and other celebrities".
const LISTED_WITH_MORE =
  /(?:&|\band)\s+(?:more|other)\s+(?:[\w-]+\s+){0,2}?(?:stars|celebs|celebrities|couples|friends|people|women|men|actors|actresses|singers|musicians)\b/i;
/** A relationship's or feud's words that are a label of a few words opening the clause, before a colon, naming no one. */
function topicLabel(
  text: string,
  f: { start: number; end: number; entry: Proposition },
  clause: Clause,
  located: Located[],
): boolean {
  if ((f.entry.type !== 'relationship' && f.entry.type !== 'feud') || !/^\s*:/.test(text.slice(f.end, f.end + 3)))
    return false;
  if (!/^\W*(?:[\p{L}'’-]+\s+){0,2}$/u.test(text.slice(clause.start, f.start))) return false;
  return !located.some((l) => l.mention.start >= clause.start && l.mention.end <= f.start);
}

// What a drug is named for in a case at law: "cocaine possession charge", "drug trafficking".
const CHARGE_NEXT = /^\s+(?:possession|charges?|trafficking|smuggling|dealing)\b/i;
// A temporal adjunct's opening, right before a relationship's words: "after their divorces from", "following her split".
// Not "since": "for the first time since the pair broke up in September 2016" (celebrity-188legit) dates what follows.
// Only a noun phrase: "soon after Grande had parted from Mac Miller" (a stream test) is a clause of its own, with its
// own subject and pair.
const AFTER_ADJUNCT =
  /\b(?:after|following|amid)\s+(?:(?:his|her|their|the|a|an|its)\s+)?(?:(?!(?:had|has|have|was|were|is|are|been)\s)[\p{L}'’-]+\s+){0,2}$/iu;
/**
 * What may follow a relationship's words and make them tell of no couple of the article, in order, each with how far
 * it reads (characters after the words).
 */
const NO_COUPLE_AFTER: ReadonlyArray<{ name: string; pattern: RegExp; reach: number }> = [
  {
    // Someone no name stands for: "seeing someone else", "moved on with a new woman", "publicly dating another man",
    // "a relationship with a girl". "Pitt has already moved on from Jolie and is secretly seeing someone else"
    // (celebrity-183fake): filled from the article's couple, it made a pair of the ex and the friend who said it.
    name: 'unnamed-partner',
    pattern:
      /^\s+(?:with\s+|to\s+)?(?:someone|somebody|another\s+(?:man|woman|guy|girl)|an?\s+(?:(?:new|mystery|secret|younger|older|married)\s+)?(?:man|woman|guy|girl|lover))\b/i,
    reach: 40,
  },
  {
    // "Jennifer Garner Is 'Not Surprised' Ben Affleck Is Dating a 'Playboy' Model" (GossipCop): one described by what
    // they do and named nowhere after it (it paired Affleck with Garner). Case matters after the noun: a capital there
    // begins the name ("dating a model, Lindsay Shookus").
    name: 'unnamed-described',
    pattern:
      /^\s+(?:with\s+|to\s+)?an?\s+(?:[\p{L}'’‘"“”-]+\s+){0,2}?(?:[Mm]odel|MODEL|[Aa]ctress|[Ss]inger|[Dd]ancer|[Ww]aitress|[Ss]tripper|[Bb]runette|[Bb]londe|[Rr]edhead|[Pp]laymate|[Ss]tudent|[Bb]artender|[Tt]rainer)(?![\p{L}])(?![,\s]+(?:named\s+)?\p{Lu})/u,
    reach: 60,
  },
  {
    // A word that describes a relative: "her heartbreak over her estranged brother announcing that he was becoming a
    // father" (celebrity-004fake) is a family rift, not a split of hers (filled from the article's couple, it split
    // Jennifer Aniston from Justin Theroux); nor is "his divorced parents" a divorce of his.
    name: 'kin-noun-next',
    pattern: new RegExp(
      String.raw`^\s+(?:(?:${[...nameCues.kinModifiers].join('|')})\s+)?(?:${[...nameCues.kin].join('|')}|family|parents|siblings|children|kids)s?\b`,
      'i',
    ),
    reach: 40,
  },
];
// "Courteney Cox Arquette (Monica) has been working on a drama project along with husband David Arquette"
// (bbc-entertainment-176), "Denzel (Washington)": a name in brackets right after a person's is the part they played or
// the rest of their own name, never a second party.
function bracketedAfterPerson(text: string, l: Located, located: Located[]): boolean {
  if (l.entity.type !== 'person' || !/\(\s*$/.test(text.slice(Math.max(0, l.mention.start - 2), l.mention.start)))
    return false;
  if (!/^\s*\)/.test(text.slice(l.mention.end, l.mention.end + 2))) return false;
  return located.some(
    (o) => o !== l && o.entity.type === 'person' && /^\s*\(\s*$/.test(text.slice(o.mention.end, l.mention.start)),
  );
}
const FRIENDS_DENY: Proposition = { type: 'relationship', value: 'dating', strong: false };
const JUST_FRIENDS =
  /\b(?:just|only) (?:good )?friends\b|\b(?:are|were|is|['’]re) (?:just |only )?(?:good )?(?:friends|pals)\b/i;

/**
 * Rule name-not-noun: "said some kind words about Beau and his parents, Joe and Jill Biden" (celebrity-146legit) names
 * Beau Biden, not someone's beau: a one-word form written with a capital inside a sentence (not its first word, not
 * after a colon or a quotation mark) is a name when it is a word of a longer name the article gives ("the Beau Biden
 * Foundation") or closes a hyphened compound. "Botox", "Splitsville" (celebrity-115legit, 119fake) name no one and
 * keep their sense.
 */
function namedLikeAWord(doc: Doc, first: number, last: number, nameWords: () => ReadonlySet<string>): boolean {
  if (first !== last) return false;
  const t = atIndex(doc.tokens, first);
  const sentence = atIndex(doc.sentences, t.sentence);
  if (first === sentence.firstToken || !/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
  // "Slow Hands was on Bieber-circa-Girlfriend levels of catchy" (celebrity-197legit): a capitalised word that closes
  // a hyphened compound is part of a name or a title, no one's girlfriend.
  const before = atIndex(doc.tokens, first - 1);
  if (before.text === '-' && before.end === t.start) return true;
  if (/^[:"“‘'(]$/.test(atIndex(doc.tokens, first - 1).text)) return false;
  return nameWords().has(t.text);
}

/** The words of the article's names of more than one word ("Beau Biden Foundation": Beau, Biden, Foundation). */
function wordsOfNames(located: Located[][]): Set<string> {
  const out = new Set<string>();
  for (const l of located.flat()) {
    const words = l.entity.name.split(/\s+/);
    if (words.length > 1) for (const w of words) out.add(w);
  }
  return out;
}

function lexiconClaim(ctx: Context, clause: Clause, facts: ClauseFacts): { draft: Draft | null; found: Named } {
  const { doc, topic } = ctx;
  const { quote } = facts;
  const located = facts.located.filter((l) => !bracketedAfterPerson(doc.text, l, facts.located));
  const nameWords = () => (ctx.nameWords ??= wordsOfNames(ctx.located));
  // "she and Justin almost broke up" is not a split.
  // "slammed the report as false" denies; the "slammed" opening the denial is no feud ("divorce" in
  // "slammed divorce rumors" is still what is denied).
  // (Read only when a proposition or a denial asks for it: most clauses name neither, and the pattern is long.)
  let denialFound: RegExpExecArray | null | undefined;
  const denial = () => (denialFound === undefined ? (denialFound = cues.denies.exec(facts.plain)) : denialFound);
  const inDenial = (f: { start: number }) => {
    const d = denial();
    return d !== null && f.start === clause.start + d.index;
  };
  const inAfterAdjunct = (f: { start: number; entry: Proposition }) => {
    if (f.entry.type !== 'relationship') return false;
    const from = Math.max(clause.start, f.start - 40);
    const adjunct = AFTER_ADJUNCT.exec(doc.text.slice(from, f.start));
    const at = from + (adjunct?.index ?? 0);
    // A name there is the subject of a clause ("after Grande had parted"); "after her split" is a noun phrase.
    return (
      adjunct !== null &&
      !located.some((l) => l.mention.kind !== 'pronoun' && l.mention.start >= at && l.mention.end <= f.start)
    );
  };
  const found = propositions
    .match(doc.tokens, clause.first, clause.last)
    .filter((f) => !namedLikeAWord(doc, f.first, f.last, nameWords) && !namesNoOne(doc.text, f))
    // (A window long enough for "has no intention of ending their marriage", celebrity-165fake.)
    .filter((f) => !cues.notQuite.test(doc.text.slice(Math.max(clause.start, f.start - 24), f.start)) && !inDenial(f))
    // "The long-running weekly series, which featured guests including Elvis Presley, Buddy Holly and Aretha Frankin,
    // came to an end in 1989" (bbc-entertainment-219): a show ends too; what ends is a relationship only when the clause
    // says it is one ("their romance has come to an end").
    .filter((f) => !/to an end$/i.test(f.form) || RELATION_ENDING.test(doc.text.slice(clause.start, f.start)))
    // "Judge denies Rose McGowan's motion to dismiss felony cocaine possession charge" (GossipCop): a drug named by
    // the charge is a case at law, no health story.
    .filter((f) => f.entry.type !== 'health' || !CHARGE_NEXT.test(doc.text.slice(f.end, f.end + 30)))
    // "Eminem is to play an intimate gig": a performance, not a part.
    .filter((f) => f.entry.type !== 'casting' || !cues.performance.test(doc.text.slice(f.end, f.end + 40)))
    // "it was John Guy's The Life of Mary Queen of Scots that was picked as winner" (bbc-entertainment-013): a choice
    // of winner is an award, not a part.
    .filter((f) => f.entry.type !== 'casting' || !NOT_A_PART.test(doc.text.slice(f.end, f.end + 40)))
    // "“Tom was not expecting to be a part of Taylor’s album,” a source … tells HollywoodLife" (celebrity-152fake):
    // expecting something to happen is no pregnancy.
    .filter(
      (f) =>
        f.entry.type !== 'pregnancy' ||
        !/expecting$/i.test(f.form) ||
        !EXPECTING_SOMETHING.test(doc.text.slice(f.end, f.end + 40)),
    )
    // "the abusive groping and sexual harassment they suffered from Trump" (celebrity-062fake): what one suffers from
    // a person is no illness.
    .filter(
      (f) =>
        f.entry.type !== 'health' ||
        !/suffer/i.test(f.form) ||
        !located.some((l) => l.entity.type === 'person' && l.mention.start >= f.end && l.mention.start - f.end <= 1),
    )
    // "“Darren's got a 10-year-old son to think about,” blasted the insider" (celebrity-027fake): a feud verb right
    // after a quotation is its attribution, no feud.
    .filter(
      (f) => f.entry.type !== 'feud' || !QUOTE_JUST_CLOSED.test(doc.text.slice(Math.max(0, f.start - 4), f.start)),
    )
    // "his very public break-up with his former fiancée Ariana Grande" (WDJX): the fiancée is whom he split from; the
    // break-up, not an engagement, is what the clause tells.
    .filter(
      (f) =>
        !appositives.has(f.form) ||
        !cues.governedPartner.test(doc.text.slice(Math.max(clause.start, f.start - 60), f.start)),
    )
    // A partner the clause leaves unnamed, or a relative the words describe (NO_COUPLE_AFTER).
    .filter(
      (f) =>
        f.entry.type !== 'relationship' ||
        !NO_COUPLE_AFTER.some((r) => r.pattern.test(doc.text.slice(f.end, f.end + r.reach))),
    )
    .filter((f) => !partnerOfNoOneNamed(doc.text, f, clause, located))
    // "We wanted to marry young and have children young" (Hailey Bieber): a wish is no engagement (open.ts wishedAt).
    .filter((f) => !wishedAt(doc, f.first, clause.first))
    // "We always said that if we ever got back together, it would be to get married" (Hailey Bieber): a supposition
    // tells no reunion (hypothetical.ts).
    .filter((f) => hypothetical(doc, f.first, clause) === null)
    // "Royal wedding: Does Kate Middleton plan to upstage Meghan Markle with a tiara?", "Fact-Checking Feud: Bette and
    // Joan Episode 6: Did Joan Crawford …" (GossipCop): a headline's label before its colon names the topic, not a
    // relationship or feud of the people after it (it engaged Middleton to Markle).
    .filter((f) => !topicLabel(doc.text, f, clause, located))
    // "The Platinum Life: Kim Kardashian, Nicole Kidman & More Stars Who Are Married to Music!" (GossipCop): what a
    // list of people "and more stars" share is each one's own, no relationship between them (it married Kardashian to
    // Kidman).
    .filter((f) => f.entry.type !== 'relationship' || !LISTED_WITH_MORE.test(doc.text.slice(clause.start, f.start)))
    // "Are Jennifer Garner & Josh Duhamel Dating After Devastating Divorces From Ben Affleck & Fergie?" (GossipCop): a
    // relationship told in an "after" adjunct is the background of one the clause predicates, not what it says (by the
    // priority of stages, it was their split); so is "following her split from ex boyfriend The Weeknd, The Weeknd has
    // now been seen holding hands with … Yovanna Ventura" (celebrity-133legit). Beside a mere noun ("After a separation
    // …, the star angrily 'walked out' on his wife", celebrity-080fake) the adjunct's is all the clause tells.
    .filter(
      (f, _, all) =>
        !inAfterAdjunct(f) ||
        !all.some(
          (o) =>
            !inAfterAdjunct(o) &&
            o.entry.type === 'relationship' &&
            (o.entry.strong || isVerb(doc, o.first, clause.first)),
        ),
    );
  const named = (f: (typeof found)[number]) =>
    appositives.has(f.form) &&
    located.some(
      (l) =>
        l.entity.type === 'person' &&
        ((l.token > f.last && l.token - f.last <= 2) ||
          (l.token < f.first && f.first - l.token <= 4 && /['’]s$/.test(atIndex(doc.tokens, f.first - 1).text))),
    );
  // The pair owning a form's noun ("X and Y's wedding"), read once a form: a form both predicates and names the pair.
  const owners = new Map<(typeof found)[number], [string, string] | null>();
  const ownersOf = (f: (typeof found)[number]): [string, string] | null => {
    if (!owners.has(f)) owners.set(f, ownedPair(doc.text, f, located));
    return owners.get(f) ?? null;
  };
  const predicated = (f: (typeof found)[number]) =>
    named(f) ||
    // "Hemsworth went on Instagram to confirm the split himself" (a Miley Cyrus stream article): what a confirming or
    // announcing verb takes as its object is said to be so.
    (CONFIRMED_OBJECT.test(doc.text.slice(Math.max(clause.start, f.start - 40), f.start)) &&
      !UNCONFIRMED_OBJECT.test(doc.text.slice(Math.max(clause.start, f.start - 70), f.start))) ||
    (verbal.has(f.form) && isVerb(doc, f.first, clause.first)) ||
    // (Not inside a quotation, whose words are its speaker's: '"As Angie and Brad's divorce talks continue, …," the mag
    // reported', celebrity-008fake.)
    (ownersOf(f) !== null && !insideAny(ctx.quoted, f.start, f.end));
  const asProposition = (f: (typeof found)[number]) => (predicated(f) ? { ...f.entry, strong: true } : f.entry);
  // "Pippa Middleton marries financier fiancé James Matthews" (GossipCop): a partner noun names what the partner was
  // before the clause's own verb, so a stage the clause predicates outranks one only its partner noun names (it was an
  // engagement, by the priority of stages).
  const onlyNamed = (f: (typeof found)[number]) =>
    !f.entry.strong && named(f) && !(verbal.has(f.form) && isVerb(doc, f.first, clause.first)) && ownersOf(f) === null;
  const predicates = found.filter((f) => !onlyNamed(f) && asProposition(f).strong);
  const strongest =
    deniedProposition(clause.text) ??
    mainProposition((predicates.length > 0 ? predicates : found).map(asProposition)) ??
    // "Brad and I are pals. We're friends." denies the romance, whatever else the article is about (their marriage);
    // so does "Apparently, the duo is “just friends” right now" in the article's words (celebrity-193fake), where the
    // article's main proposition is a wish to marry.
    (facts.friends || (facts.denied && JUST_FRIENDS.test(facts.plain)) ? FRIENDS_DENY : null);
  // The people of an attribution ("said Aguilera's agent Meghan Prophet") speak; they are not what is spoken of,
  // unless they are the speaker or come after "of"/"about" ("Gosling said of Eva Mendes").
  const speaks = (l: Located) =>
    quote !== undefined &&
    l.mention.start >= quote.attribution.start &&
    l.mention.end <= quote.attribution.end &&
    l.entity.id !== quote.speaker.entity &&
    !/\b(of|about|with|to)\s+$/i.test(doc.text.slice(Math.max(0, l.mention.start - 7), l.mention.start));
  // Whom the speaker talks to ("the SNL comic told Jimmy Fallon it was true") is no party (record.json interviewer).
  const heard = (l: Located) =>
    l.mention.kind !== 'possessive' &&
    INTERVIEWER_BEFORE.test(doc.text.slice(Math.max(0, l.mention.start - 40), l.mention.start));
  const people = [
    ...new Set(
      located
        .filter((l) => l.entity.type === 'person' && !speaks(l) && !heard(l) && !likenessOf(doc.text, l))
        .map((l) => l.entity.id),
    ),
  ];
  // A denial or silence that names no proposition is about the article's rumour, if it speaks of
  // one ("denied the reports"), not when it denies something else ("denied plastic surgery").
  // So is a word that the rumour is true ("the SNL comic told Jimmy Fallon it was true", after "whether he and Ariana
  // Grande are engaged").
  const affirmed =
    /\b(?:it (?:was|is) true|(?:confirmed|confirms|confirming) (?:it|the (?:news|rumou?rs?|reports?|speculation)))\b/i.test(
      clause.text,
    );
  const aboutTopic =
    facts.unconfirmed ||
    (facts.denied &&
      cues.aboutRumour.test(clause.text) &&
      !allegesOtherThing(clause.text) &&
      !WORDS_DISOWNED.test(facts.plain)) ||
    affirmed;
  // What "it was true" affirms is the sentence before's proposition, of its own pair ("whether he and Ariana Grande
  // are engaged"), said as a statement of its own. "E! News confirmed the report:" confirms a report of its own, which
  // may be about something else than the rumour the sentence before names (celebrity-046legit: a report that they
  // were making music, "as the dating rumors were flaring up").
  // So does a representative who "confirmed the news" of the sentence before ("Kim Kardashian and Kanye West split in
  // May. A rep for Kim Kardashian confirmed the news to People"); an outlet confirming "the report" may confirm a
  // report of its own, so only a representative's word is taken up.
  const saysSo =
    TRUE_OF_IT.test(clause.text) || (CONFIRMS_NEWS.test(facts.plain) && cues.representative.test(facts.plain));
  // "…the singer announced that he and Gigi Hadid have ended their relationship. … Less than two hours later he made
  // it official" (a Gigi Hadid desk stream article, four sentences on): making "it" official affirms the latest
  // relationship told in the five sentences before, whatever its stage; only with none is it a romance gone public.
  const itMadeOfficial = MADE_IT_OFFICIAL.test(clause.text) && !facts.denied;
  const affirms = itMadeOfficial
    ? ctx.recent().findLast((d) => d.type === 'relationship')
    : !strongest && saysSo && !facts.denied
      ? ctx.previous.find((d) => d.type in CORE)
      : undefined;
  if (affirms) {
    const p = { type: affirms.type, value: affirms.value, strong: true };
    // One of the pair who makes it official does so on record, in their own act.
    const maker = itMadeOfficial
      ? facts.located.find((l) => l.entity.type === 'person' && affirms.subjects.includes(l.entity.id))
      : undefined;
    const draft: Draft | null = maker
      ? {
          type: p.type,
          value: p.value,
          subjects: affirms.subjects,
          holder: { kind: 'principal', entity: maker.entity.id },
          stance: 'confirms',
          evidence: { start: clause.start, end: clause.end, text: clause.text },
          rule: 'claim-made-official:confirms',
        }
      : draftOf({ ...facts, subjects: affirms.subjects, p, own: false, at: undefined, lead: clause.text });
    return { draft: draft && { ...draft, rule: `${draft.rule ?? 'claim'}+affirms` }, found };
  }
  const p: Proposition | null = strongest ?? (aboutTopic ? topic.main : null);
  if (!p) return { draft: null, found };
  const names = (f: (typeof found)[number]) =>
    f.entry === strongest || (f.entry.type === strongest?.type && f.entry.value === strongest.value);
  // "Bloom was spotted getting close to Katy Perry while Gomez shut down rumors she's dating Charlie Puth"
  // (celebrity-075legit): what a denial denies is the proposition after its cue, not one before it.
  const denialCue = facts.denied ? denial() : null;
  const deniedAt = denialCue ? clause.start + denialCue.index : -1;
  const at = found.find((f) => names(f) && deniedAt >= 0 && f.start > deniedAt) ?? found.find(names);
  const lead = at ? doc.text.slice(Math.max(clause.start, at.start - 30), at.start) : clause.text;
  const scene: SubjectScene = {
    doc,
    clause,
    p,
    at,
    located,
    people,
    topic,
    sentence: atIndex(ctx.located, clause.sentence),
    parties: located.filter((l) => l.entity.type === 'person' && !speaks(l) && !heard(l)),
    speaks,
    quoted: insideAny(ctx.quoted, clause.start, clause.end),
    ownersOf,
  };
  const chosen = firstSubjects(scene);
  const told = chosen?.ids ?? [];
  const owned = chosen?.rule === OWNERS_OF_THE_NOUN;
  // "I went on a trip with Portia, my beautiful wife", Ellen said: a speaker's "my wife" makes the speaker the other party.
  const speaker = quote?.speaker.kind === 'person' ? quote.speaker.entity : null;
  const who =
    p.type === 'relationship' &&
    speaker &&
    told.length === 1 &&
    told[0] !== speaker &&
    SPEAKER_PARTNER.test(clause.text)
      ? [speaker, atIndex(told, 0)]
      : told;
  if (who.length === 0) return { draft: null, found };
  // A relationship is between two. A silence or denial that names no proposition borrows the article's, and with one
  // person it is about something else: "Selena's team has not confirmed or denied any information about the animal"
  // (celebrity-173legit, a puppy) is no word on a romance. (A relationship the clause names keeps one subject when the
  // other is named elsewhere: "Ellen recently slammed divorce rumors".)
  if (!strongest && p.type === 'relationship' && who.length < 2) return { draft: null, found };
  // A casting is about the person and the work they are cast in, when the clause names it.
  const work = p.type === 'casting' ? workOf(doc.text, located, at) : null;
  const subjects = work ? [...who, work] : who;
  const draft = draftOf({
    ...facts,
    subjects,
    p: cosmeticSurgery(p, at, topic),
    own: strongest !== undefined && strongest !== null,
    at,
    lead,
  });
  // (Marked so that the refiners know whose wedding it is: attended-a-wedding leaves the owners' own.)
  const marked = draft && owned ? { ...draft, rule: `${draft.rule ?? 'claim'}+pair:owned` } : draft;
  return { draft: marked && withImpliedWork(marked, topic), found };
}

/**
 * A confirming or announcing verb right before a proposition's noun, with its determiner: "confirm the split". Not one
 * an earlier time marks: "when Ms. Knowles-Carter announced her first pregnancy with the now-five-year-old Blue Ivy"
 * (celebrity-061legit, news of her second) is history.
 */
const CONFIRMED_OBJECT =
  /\b(?:confirm|confirms|confirmed|confirming|announce|announces|announced|announcing)\s+(?:(?:the|their|his|her|its)\s+)?(?:(?!(?:first|previous|former|earlier|last|past)\s)[\p{Ll}-]+\s+)?$/u;
// …unless asked, refused or not yet done: "Harry told Piers Morgan "dunno" when asked to confirm their relationship
// status" (celebrity-195legit).
const UNCONFIRMED_OBJECT =
  /\b(?:ask(?:ed|s|ing)?|refus(?:ed|es|ing)|declin(?:ed|es|ing)|fail(?:ed|s|ing)|yet|not|never|n['’]t|without|unable|reluctant|wants? (?:him|her|them) to|urg(?:ed|ing)|wait(?:ing|ed)? (?:for \w+ )?to)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:confirm\w*|announc\w*)\s+(?:(?:the|their|his|her|its)\s+)?(?:[\p{Ll}-]+\s+)?$/u;

// What generic words may stand before "allegations": they leave what is alleged to the article's rumour.
const GENERIC_BEFORE_ALLEGATIONS = new Set(
  'the those these such that this any all recent latest new false fresh ongoing previous earlier persistent wild untrue baseless her his their its shocking serious explosive damning'.split(
    ' ',
  ),
);
/**
 * Whether the clause names what its allegations are of: "legal battles with her family over wrongful death
 * allegations, which he denies" (Jim Carrey, celebrity-179legit) denies the wrongful death, not the article's rumour.
 */
function allegesOtherThing(text: string): boolean {
  return [...text.matchAll(/\b([\p{L}-]+)\s+(?:allegations?|accusations?)\b/giu)].some(
    (m) => !GENERIC_BEFORE_ALLEGATIONS.has((m[1] ?? '').toLowerCase()) && !WEAK_TOPIC_WORD.test(m[1] ?? ''),
  );
}
// A proposition's own word before "allegations" ("cheating allegations" are no other thing when cheating is the rumour;
// "affair allegations", "pregnancy allegations") is left to the lexicon: it names the proposition itself.
const WEAK_TOPIC_WORD = /^(?:dating|romance|affair|cheating|split|divorce|pregnancy|engagement|marriage|feud)$/i;

/** What the rules choosing a clause's subjects read. */
type SubjectScene = {
  doc: Doc;
  clause: Clause;
  p: Proposition;
  at: ReturnType<typeof propositions.match>[number] | undefined;
  located: Located[];
  /** The people of the clause who neither speak nor are spoken to, their look-alikes' originals left out. */
  people: string[];
  topic: Topic;
  /** Every mention of the clause's sentence. */
  sentence: Located[];
  /** The people's mentions (speakers and those spoken to left out). */
  parties: Located[];
  speaks: (l: Located) => boolean;
  /** The clause stands inside a quotation, whose "me" is its speaker. */
  quoted: boolean;
  ownersOf: (f: ReturnType<typeof propositions.match>[number]) => [string, string] | null;
};
type SubjectRule = { name: string; pick: (s: SubjectScene) => string[] | null };

/** The subjects the first rule that names some gives, with that rule (each rule read only when those before name none). */
function firstSubjects(scene: SubjectScene): { rule: SubjectRule; ids: string[] } | null {
  for (const rule of SUBJECT_RULES) {
    const ids = rule.pick(scene);
    if (ids) return { rule, ids };
  }
  return null;
}

const pairing = (s: SubjectScene): boolean => s.p.type === 'relationship' || s.p.type === 'feud';
/** Whether the article's couple has this person and the clause does not name the other. */
const partnerElsewhere = (s: SubjectScene, id: string): boolean =>
  s.topic.couple !== null &&
  s.topic.couple.includes(id) &&
  s.topic.couple.every((c) => c === id || !s.people.includes(c));

// "X and Y's wedding": the pair the noun's possessives name; the noun states the stage.
const OWNERS_OF_THE_NOUN: SubjectRule = {
  name: 'owners-of-the-noun',
  pick: (s) => (s.at && s.p.type === 'relationship' ? s.ownersOf(s.at) : null),
};

/**
 * The rules that choose a clause's subjects, in order: the first that names some decides. Relationship and feud rules
 * read who the words relate; one person's propositions the person nearest them; the clause's people last.
 */
const SUBJECT_RULES: SubjectRule[] = [
  OWNERS_OF_THE_NOUN,
  {
    // "Emma Stone and Justin Theroux's rumored romance", "Anna Faris' New Romance With Michael Barrett".
    name: 'whose-relationship',
    pick: (s) => (s.at && s.p.type === 'relationship' ? ownedPair(s.doc.text, s.at, s.located, 'any') : null),
  },
  {
    // "…'Ruining' Tom Cruise's Wedding": one owner alone is the story's one party, unless the article's couple has
    // them and the other is not in the clause.
    name: 'sole-owner',
    pick: (s) => {
      const sole = s.at && s.p.type === 'relationship' ? soleOwner(s.doc.text, s.at, s.located) : null;
      return sole && !partnerElsewhere(s, sole) ? [sole] : null;
    },
  },
  {
    // Several people in the clause: a relationship noun names its own two ("Cash, the future wife of Johnny Cash").
    name: 'appositive-pair',
    pick: (s) =>
      s.p.type === 'relationship' && s.at && appositives.has(s.at.form) && s.people.length > 2
        ? pairAround(
            s.doc.text,
            s.at,
            s.located.filter((l) => l.entity.type === 'person'),
          )
        : null,
  },
  {
    // "she's dating Charlie Puth", "Bloom was spotted getting close to Katy Perry": the pair the relation's own words
    // join, its subject right before and its object right after, before any pair of the clause or of the article.
    name: 'local-pair',
    pick: (s) =>
      s.at && pairing(s)
        ? (localPair(s.doc.text, s.at, s.parties) ?? stageNamedPair(s.doc.text, s.at, s.p, s.located))
        : null,
  },
  {
    // "'RHOC' Husband Jim Edmonds Slams Kelly Dodd's…"; ("Kanye West performed. Wife Kim Kardashian watched from the
    // front row": the article's couple owns the noun).
    name: 'unowned-partner',
    pick: (s) => {
      const one =
        s.at && s.p.type === 'relationship' && appositives.has(s.at.form)
          ? unownedPartner(s.doc, s.at, s.sentence)
          : null;
      return one && s.topic.couple && partnerElsewhere(s, atIndex(one, 0)) ? [...s.topic.couple] : one;
    },
  },
  {
    // One person's proposition is about whoever stands right before it ("Mike Fleming Jr. at Deadline says a decision
    // has been taken, and Pattinson has the role"), else the first after it.
    name: 'nearest-person',
    pick: (s) => {
      const nearest = s.at && !pairing(s) ? nearestPerson(s.doc.text, s.located, s.at, s.speaks) : null;
      return nearest ? [nearest] : null;
    },
  },
  {
    // "When Aniston and Theroux announced their break-up".
    name: 'coordinated-pair',
    pick: (s) =>
      pairing(s)
        ? coordinatedPair(
            s.doc.text,
            s.located.filter((l) => l.entity.type === 'person' && !s.speaks(l)),
          )
        : null,
  },
  {
    // "Is Jada Jealous of Husband's Relationship With Margot Robbie?" (a GossipCop headline): a partner noun that owns
    // something names a partner left unnamed; the one before it is the only party named.
    name: 'possessed-partner-noun',
    pick: (s) =>
      s.at &&
      s.p.type === 'relationship' &&
      appositives.has(s.at.form) &&
      /^['’]s\b/.test(s.doc.text.slice(s.at.end, s.at.end + 3)) &&
      // Not one a possessive owns: "Brad is alarmed by his wife's appearance … to help Angie" (celebrity-122fake).
      !OWNER_BEFORE.test(s.doc.text.slice(Math.max(s.clause.start, s.at.start - 24), s.at.start))
        ? soleSubjectBefore(s.doc.text, s.at, s.parties)
        : null,
  },
  {
    // "Halsey … Announcing Split With G-Eazy": the other party named is no entity.
    name: 'unnamed-other-party',
    pick: (s) => (s.at && pairing(s) ? subjectOfUnnamed(s.doc.text, s.at, s.parties) : null),
  },
  {
    name: 'clause-people',
    pick: (s) => subjectsFor(s.p.type, s.people, cues.pluralAnaphor.test(s.clause.text), s.topic, ownPlural(s)),
  },
];

/**
 * Whether the clause's "their" may be its named subject's own pair: a name right before it ("In December, Williams
 * announced their engagement on Reddit", celebrity-142legit), outside a quotation, whose "me" is its speaker.
 */
function ownPlural(s: SubjectScene): boolean {
  return (
    !s.quoted &&
    s.parties.some(
      (l) => l.mention.kind !== 'pronoun' && THEIR_AFTER.test(s.doc.text.slice(l.mention.end, l.mention.end + 40)),
    )
  );
}
const THEIR_AFTER = /^\s+(?:[\p{Ll}-]+\s+){1,3}?their\b/u;

/**
 * "Selena Gomez is currently dating The Weeknd" (celebrity-035legit), where the name was read as a work: a romance's
 * own words join the person before them and the name right after, whatever it was typed as, before the article's
 * couple (Gomez and Aniston there) would stand in for the missing partner. A work or group only as the object of a
 * strong form, the subject a person.
 */
const PHRASE_ENDS = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:and|in|on|at|for|since|after|before|while|but|until|when)\b)/;
function stageNamedPair(
  text: string,
  at: { start: number; end: number },
  p: Proposition,
  located: Located[],
): [string, string] | null {
  if (p.type !== 'relationship' || !p.strong) return null;
  const pair = localPair(
    text,
    at,
    located.filter((l) => l.entity.type === 'person' || l.entity.type === 'work' || l.entity.type === 'group'),
  );
  if (!pair) return null;
  const kind = (id: string) => located.find((l) => l.entity.id === id)?.entity.type;
  if (kind(pair[0]) !== 'person' || kind(pair[1]) === 'person') return null;
  // The name itself, right after the words and ending its phrase: "her split from the former Saturday Night Live
  // comedian" (harry-styles-olivia-wilde stream) names a show as what the partner is known for, not the partner.
  const object = located.find((l) => l.entity.id === pair[1] && l.mention.start >= at.end);
  if (!object || !/^\s+$/.test(text.slice(at.end, object.mention.start))) return null;
  return PHRASE_ENDS.test(text.slice(object.mention.end, object.mention.end + 12)) ? pair : null;
}

/**
 * "'RHOC' Husband Jim Edmonds Slams Kelly Dodd's Mistress Accusation" (a GossipCop headline): a partner noun right
 * before a name, with no one named or pointed to before it in the sentence to own it, makes that person someone's
 * partner, unnamed; the others the clause names are no party. ("Miranda Kerr: Husband Evan Spiegel…" has its owner.)
 */
function unownedPartner(doc: Doc, at: { start: number; end: number }, located: Located[]): [string] | null {
  const { text } = doc;
  // Owned by someone named or pointed to before it in the sentence ("about husband Chris Pratt" after "Anna Faris",
  // "his former wife Angelina Jolie").
  const sentence = atIndex(doc.sentences, sentenceIndexAt(doc, at.start));
  if (OWNER_BEFORE.test(text.slice(Math.max(sentence.start, at.start - 24), at.start))) return null;
  const people = located.filter((l) => l.entity.type === 'person');
  if (people.some((l) => l.mention.start >= sentence.start && l.mention.end <= at.start)) return null;
  const named = people.find((l) => l.mention.start >= at.end && /^\s+$/.test(text.slice(at.end, l.mention.start)));
  return named && named.mention.kind === 'name' ? [named.entity.id] : null;
}
// (A possessive: "Kim's", "Faris'"; not a quote closing a title: "'RHOC' Husband".)
const OWNER_BEFORE = /(?:\b(?:his|her|their|my|your|our)|\w['’]s|s['’])\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * The subject alone when the other party named is no entity (unnamedObject): the first person before the words who is
 * no preposition's object ("Halsey Seen With Machine Gun Kelly Before Announcing Split With G-Eazy" is Halsey's).
 */
function subjectOfUnnamed(text: string, at: { start: number; end: number }, people: Located[]): [string] | null {
  return unnamedObject(text, at, people) ? soleSubjectBefore(text, at, people) : null;
}

/** The one person before the words who is no preposition's object, if one. */
function soleSubjectBefore(text: string, at: { start: number }, people: Located[]): [string] | null {
  const subjects = new Set(
    people
      .filter(
        (l) =>
          l.mention.end <= at.start &&
          l.mention.kind !== 'pronoun' &&
          !PREPOSITION_BEFORE.test(text.slice(Math.max(0, l.mention.start - 30), l.mention.start)),
      )
      .map((l) => l.entity.id),
  );
  // Two ("Kim Kardashian And Kanye West Split From Each Other") may be the pair itself.
  return subjects.size === 1 ? [[...subjects][0] as string] : null;
}
// (Up to two words of a name that was found shorter: "With Machine Gun Kelly" found "Kelly".)
const PREPOSITION_BEFORE = /\b(?:with|to|from|of|by|for|at|about)\s+(?:[\p{L}'’.-]+\s+){0,2}$/iu;

/**
 * "Hanks will play Robert Langdon" in an article about The Da Vinci Code: the casting is for the article's work,
 * which the sentence does not name; the ledger files it with that work, the claim's subjects stay what it names.
 */
function withImpliedWork(draft: Draft, topic: Topic): Draft {
  if (draft.type !== 'casting' || !topic.work || draft.subjects.includes(topic.work) || draft.subjects.length !== 1)
    return draft;
  return { ...draft, implied: [topic.work] };
}

/**
 * A casting of one person of a list is a casting of each: "Others thought to be in the running include Star Wars actor
 * Ewan McGregor and Australian star Hugh Jackman", "Colin Farrell, Jude Law and Troy star Eric Bana have also been
 * tipped for the role" (bbc-entertainment-333) are two and three claims, one a person, as open claims are.
 */
function eachListed(ctx: Context, draft: Draft, located: Located[]): Draft[] {
  const people = located.filter((l) => l.entity.type === 'person');
  const persons = draft.subjects.filter((s) => people.some((l) => l.entity.id === s));
  if (draft.type !== 'casting' || persons.length !== 1) return [draft];
  const one = atIndex(persons, 0);
  const listed = listedWith(ctx.doc.text, people, one);
  return listed.map((id) => ({ ...draft, subjects: draft.subjects.map((s) => (s === one ? id : s)) }));
}

// One person's own states: what "as is" can say another shares.
const OWN_STATE: Readonly<Record<string, true>> = { pregnancy: true, health: true };

/**
 * A pregnancy or an illness that an elliptical "as is …" says another shares (along-with.ts asDoes): "Tana, 41, wife of
 * chef Gordon, is expecting her fifth as is Jools Oliver, 41, wife of chef Jamie" (celebrity-043fake) is Jools Oliver's
 * pregnancy too, told the same way.
 */
function sharedBy(ctx: Context, draft: Draft, clause: Clause, located: Located[]): Draft[] {
  if (!OWN_STATE[draft.type] || draft.subjects.length !== 1) return [];
  return asDoes(ctx.doc, located, clause.start, clause.end)
    .filter((id) => !draft.subjects.includes(id))
    .map((id) => ({ ...draft, subjects: [id], rule: `${draft.rule ?? 'claim'}+as-does` }));
}

const UNNAMED_SPEAKER = /^(?:he|she|they|i|we|the\b.*)$/i;

/**
 * What a named speaker, a source or an outlet says of named people in words no list knows (said.ts): "Agent Simon
 * Beresford said: “She was just an absolutely favourite client…”" (bbc-entertainment-307) is the agent's word on her.
 * An open claim of type `statement`, held by whoever speaks: a person of themselves is a principal on record, of
 * others a named source. Only an attributed clause: the article's own voice has its word lists.
 */
function saidClaims(ctx: Context, clause: Clause, facts: ClauseFacts): Draft[] {
  const said = saidIn({
    text: ctx.doc.text,
    clause,
    located: facts.located,
    quote: facts.quote,
    question: facts.question,
    speaker: facts.speaker,
  });
  if (!said) return [];
  const holder = holderOf(said.speaker, said.subjects);
  if (holder.kind === 'author' || holder.kind === 'fans') return [];
  // "He added: “It feels good to be selling this stuff…”", "She said she wished she had worn them" (bbc-entertainment
  // 181, 141): one called only "he" or "the star" goes on with what they said before; their word on themselves is
  // a statement where they are named.
  if (holder.kind === 'principal' && said.speaker.kind === 'person' && UNNAMED_SPEAKER.test(said.speaker.text))
    return [];
  // Someone's own words are on record; a source's are what it asserts ("seem to be lacking" in a source's mouth is
  // how the source puts it, celebrity-038fake).
  const stance = facts.denied ? 'denies' : holder.kind === 'principal' ? 'confirms' : 'asserts';
  return [
    {
      type: 'statement',
      value: 'said',
      subjects: said.subjects,
      holder,
      stance,
      // A quotation's evidence is the quotation with its attribution, as for every quoted claim.
      evidence: facts.quote ? quoteSpan(ctx.doc, facts.quote) : spanOf(clause),
      rule: `claim-said:${stance}+open`,
    },
  ];
}

// The article's own hearsay cues: what they qualify is a rumour in the article's voice, whatever its predicate.
const RUMOURED_CUE =
  /^(?:reportedly|allegedly|purportedly|supposedly|rumou?red(?: to)?|(?:is|are|was|were) (?:said|believed|thought|understood|rumou?red) to)$/i;
const ASIDE = /\s(?:--|[–—])\s[^–—]{1,160}?\s(?:--|[–—])\s|\([^()]{1,160}\)/g;
// What stands between a cue and the predicate it qualifies ("reportedly not toured", "is said to have blanked", "is
// said to be a firm favourite", "have reportedly been in counselling") is skipped by headsPredicate (predicate-words.ts).

/**
 * The head word of the predicate a cue qualifies, from the cue's end to the clause's: the first verb, adjective or noun
 * ("toured", "angry", "favourite"); with a preposition right before it when there is one ("in counselling"). Null when
 * the clause ends first.
 */
function predicateHead(doc: Doc, from: number, to: number): string | null {
  const first = firstIndex(doc.tokens.length, (k) => atIndex(doc.tokens, k).start >= from);
  for (let k = first; k < doc.tokens.length && atIndex(doc.tokens, k).end <= to; k++) {
    const t = atIndex(doc.tokens, k);
    if (!headsPredicate(t) || closesAdverbial(doc.tokens, k)) continue;
    const word = t.text.toLowerCase();
    const before = k > first ? atIndex(doc.tokens, k - 1) : undefined;
    return before?.pos === 'ADP' && /^\p{Ll}+$/u.test(before.text) ? `${before.text} ${word}` : word;
  }
  return null;
}
// "his hotel room": a possessive determiner names a possessor, not a party.
const POSSESSIVE_WORD = /^(?:his|its|their|theirs)$/i;
const PLURAL_WORD = /^(?:they|them|their|theirs|themselves|the (?:two|pair|couple|duo)|both)$/i;
const POSSESSOR_AFTER = /^['’]s?(?!\p{L})/u;
const AFTER_PREPOSITION = /\b(?:with|for|of|by|from|at|about|against|like|than)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u;
// Being seen, going or staying somewhere: "Earlier that week, Ana had reportedly joined Tom in London" (the seed) is a
// sighting or a trip, an event the events stage reads and the couple's story takes as evidence, not a proposition.
const SEEN_OR_GONE =
  /^(?:joined|met|meeting|visited|visiting|spotted|seen|photographed|pictured|snapped|flew|flown|jetted|travell?ed|arrived|stayed|staying|dined|dining|holidayed|vacationed|attended|attending)$/i;
// A clause's people beyond a claim's parties is a list, not one rumour.
const MOST_RUMOURED = 3;
/** Where a relative clause opens after a rumour's predicate: ", which he had prepared". */
const RELATIVE_AFTER = /,\s+(?:which|who|whom|whose|where)\b/;
/** What lies between a relative clause's antecedent and its hearsay cue: ", who was", " who is", " who has been". */
const RELATIVE_TO_CUE = /^\s*,?\s+who\s+(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?$/;

/**
 * A rumour in the article's voice that no word list names: a clause about named people whose predicate the article
 * qualifies with its own hearsay cue. "Kim and Kanye have also reportedly been in counselling", "she is said to have
 * blanked her husband" (celebrity-176fake), "Queen … have reportedly not toured" (bbc-entertainment-138), "She
 * reportedly only washes her face in Evian water" (celebrity-057fake). The author hedges it; its value is the
 * predicate's head word after the cue ("counselling", "blanked", "toured"). Not in a quotation, a question, a
 * reported clause or the fans' words: those have holders of their own.
 */
function rumouredIn(ctx: Context, clause: Clause, facts: ClauseFacts): Draft[] {
  if (facts.quote || facts.question || facts.speaker() || facts.fans()) return [];
  const cue = hedgesIn(ctx, clause).find((h) => h.category === 'evidential' && RUMOURED_CUE.test(h.text.trim()));
  if (!cue) return [];
  // Who the clause is about: its people and bands, none of them inside a quotation nor only a possessor ("since
  // Mercury's death in 1991 but have reportedly not toured", bbc-entertainment-138). One named after a preposition
  // is no party when the clause's subject stands before the cue ("Kim is said to be still angry after Kanye flew to New
  // York for a meeting with President-elect Donald Trump", celebrity-176fake), but may be all there is ("things are
  // reportedly not 100% happy in paradise for Chris Hemsworth and Elsa Pataky", celebrity-189fake).
  // Nor one in an aside: "Lauryn Galindo -- the adoption agent who handled Angelina and Maddox's case -- spent time in
  // prison after reportedly falsifying the names" (celebrity-025legit).
  const asides = [...clause.text.matchAll(ASIDE)].map((m) => ({
    start: clause.start + m.index,
    end: clause.start + m.index + m[0].length,
  }));
  const people = facts.located.filter(
    (l) =>
      (l.entity.type === 'person' || l.entity.type === 'group') &&
      !insideAny(ctx.quoted, l.mention.start, l.mention.end) &&
      l.mention.kind !== 'possessive' &&
      !POSSESSOR_AFTER.test(ctx.doc.text.slice(l.mention.end, l.mention.end + 2)) &&
      !asides.some((a) => l.mention.start >= a.start && l.mention.end <= a.end),
  );
  const governed = (l: Located) =>
    AFTER_PREPOSITION.test(ctx.doc.text.slice(Math.max(clause.start, l.mention.start - 30), l.mention.start));
  const fronted = people.some((l) => l.mention.end <= cue.start && !governed(l));
  // A pronoun after a preposition is an object, never the one the rumour is about ("The Keeping Up with the
  // Kardashians star reportedly spent much of it holed up with him in his hotel room", a stream article), nor is a
  // possessive one; a plural one is a couple's only by a coreference slip ("The two are said to be guarding their
  // privacy" read as two film characters).
  const pronoun = (l: Located) => l.mention.kind === 'pronoun';
  // Nor, when the subject stands before the cue, anyone in a relative clause after it: "…holed up with him in his hotel
  // room, which he had prepared with candles" (the same article) describes the room.
  const relative = RELATIVE_AFTER.exec(ctx.doc.text.slice(cue.end, clause.end));
  const relativeFrom = fronted && relative ? cue.end + relative.index : Infinity;
  const subjects = [
    ...new Set(
      people
        .filter((l) => l.mention.start < relativeFrom)
        .filter((l) => !(pronoun(l) && (PLURAL_WORD.test(l.mention.text) || POSSESSIVE_WORD.test(l.mention.text))))
        .filter((l) => !governed(l) || (!fronted && !pronoun(l)))
        .map((l) => l.entity.id),
    ),
  ];
  // A cue in a relative clause is about its antecedent alone: "it was Armie Hammer who was said to be in "final talks"
  // for the role, and Pattinson who was being lined up for a villain" (a Batman casting stream article) is Hammer's.
  const antecedent = people
    .filter((l) => l.mention.end <= cue.start)
    .find((l) => RELATIVE_TO_CUE.test(ctx.doc.text.slice(l.mention.end, cue.start)));
  const about = antecedent ? [antecedent.entity.id] : subjects;
  if (about.length === 0 || about.length > MOST_RUMOURED) return [];
  const value = predicateHead(ctx.doc, cue.end, clause.end);
  if (!value || SEEN_OR_GONE.test(value)) return [];
  return [
    {
      type: 'rumour',
      value,
      subjects: about,
      holder: { kind: 'author', entity: null },
      stance: 'hedges',
      evidence: spanOf(clause),
      rule: 'claim-author:rumoured+open',
    },
  ];
}

/** The person mentioned nearest before a proposition (its subject), else the first after it; null when none. */
function nearestPerson(
  text: string,
  located: Located[],
  at: { start: number; end: number },
  speaks: (l: Located) => boolean,
): string | null {
  // Rule of-object-no-subject: "Tana, 41, wife of chef Gordon, is expecting her fifth" (celebrity-043fake): a name
  // after "of" in an aside says whose wife (daughter, co-star) the subject is; it is not the subject.
  const ofObject = (l: Located) => OF_OBJECT.test(text.slice(Math.max(0, l.mention.start - 30), l.mention.start));
  const people = located.filter((l) => l.entity.type === 'person' && !speaks(l) && !ofObject(l));
  const before = people.filter((l) => l.mention.end <= at.start).at(-1);
  return (before ?? people.find((l) => l.mention.start >= at.end))?.entity.id ?? null;
}

/**
 * Open claims of a clause that names no lexicon proposition: "Liam Gallagher has been fined", "Ron Howard will
 * direct The Da Vinci Code". One claim per subject ("Pixies, Foo Fighters and Iron Maiden will headline" is three),
 * with the other party of a predicate done to someone ("sued by his ex-girlfriend Robin Mantooth") and the work of
 * a casting; attributed by the same rules as every claim.
 */
function openClaimsIn(ctx: Context, clause: Clause, facts: ClauseFacts, core: Draft | null, named: Named): Draft[] {
  const { doc } = ctx;
  const out: Draft[] = [];
  // A predicate the lexicon reads ("will star in" is its casting) makes no second claim.
  // "In 2002, Aguilera won best pop collaboration" in a 2004 article: a career's history, not news.
  for (const found of withAsserted(openFinds(doc, clause, facts.located), doc, clause, facts.located, ctx.located)) {
    // ", along with French singer/actor, Jacques Dutronc" shares the predicate (along-with.ts).
    const along = alongWith(doc, facts.located, found.match.end, clause.end).filter(
      (id) => !found.subjects.includes(id) && id !== found.other,
    );
    const find = along.length ? { ...found, subjects: [...found.subjects, ...along] } : found;
    const { predicate, match } = find;
    if (datedBefore(ctx, clause, match)) continue;
    if (predicate.type === 'award' && PAST_HOLDERS.test(clause.text)) continue;
    // A band's split is read though the lexicon reads the same words as a couple's ("Busted have split up"): the
    // couple's reading needs two people, and band-split.ts makes the band's of one that found two.
    const shadowed = !predicate.group && named.some((f) => f.start < match.end && f.end > match.start);
    if (core?.type === predicate.type || shadowed) continue;
    const p: Proposition = { type: predicate.type, value: predicate.value, strong: true };
    const lead = doc.text.slice(Math.max(clause.start, match.start - 30), match.start);
    // A cast list (or a season, season.ts) names its work itself (find.other), not the first work after its verb: "The cast includes Kendrick,
    // who starred in Pitch Perfect" is a casting in the article's film.
    const listed = 'rule' in find && typeof find.rule === 'string' && /^(?:cast-list|season):/.test(find.rule);
    const work = p.type === 'casting' && !listed ? workOf(doc.text, facts.located, match) : null;
    // A feud is between two: the subject and whom it is aimed at, or two who fight each other. A part or a prize is
    // each one's own: coordinated subjects of a casting or an award are one claim each ("Colin Farrell, Jude Law and
    // Troy star Eric Bana have also been tipped for the role", bbc-entertainment-333; "Jamie Foxx and Hilary Swank have
    // won the Screen Actors Guild Awards for best male and female film actors"), unless they share it (find.joint). So
    // is each act of a list of three or more ("Pixies, Foo Fighters and Iron Maiden will headline this summer's Leeds
    // and Reading festivals": each band a headliner, a story each). Two coordinated subjects of any other predicate
    // are one claim together, as one sentence tells one act of the pair: "Shortly afterwards model Caprice and actor
    // Jeremy Edwards left the show" (bbc-entertainment-221), "Brad and Angie reached a private, temporary custody
    // agreement" (celebrity-008fake). Who a ", along with" adds has the predicate as their own: a claim each.
    // "rumours have suggested U2 and Coldplay may be among the headliners" (bbc-entertainment-137): two bands are two
    // acts, each its own story; two people are a pair that acts together.
    const bands = find.subjects.every((id) =>
      facts.located.some((l) => l.entity.id === id && l.entity.type === 'group'),
    );
    const groups =
      predicate.reciprocal || predicate.joint || find.joint
        ? [find.subjects]
        : p.type === 'feud'
          ? [[atIndex(find.subjects, 0)]]
          : p.type === 'casting' || p.type === 'award' || find.subjects.length > 2 || along.length > 0 || bands
            ? find.subjects.map((s) => [s])
            : [find.subjects];
    for (const who of groups) {
      const subjects = [...who, ...(find.other ? [find.other] : []), ...(work ? [work] : [])];
      // "Taylor Swift will not be performing": the clause says the proposition is not so.
      // "Do you think Jennifer Hudson should never return to 'The Voice'?" still asks.
      // A relationship's own denials ("just friends", "showmance") deny no open claim, nor does a denial of
      // something said after it ("Catherine, who plays Rose Winters, also denied she has ever been under the
      // knife"), unless the predicate is what a rumour says ("rumours that … will succeed Anna Wintour are shot down").
      const cue = cues.denialCue.exec(facts.plain);
      const cueAt = cue ? clause.start + cue.index : -1;
      const rumour = cues.aboutRumour.test(doc.text.slice(clause.start, match.start));
      // "faced blackmail and robbery charges in court, which he denies".
      const relative =
        cue !== null &&
        /\b(?:which|that)\s+(?:[\w'’]+\s+){0,2}$/i.test(doc.text.slice(Math.max(clause.start, cueAt - 30), cueAt));
      const denied = (cue !== null && (cueAt < match.start || rumour || relative)) || (find.negated && !facts.question);
      const draft = draftOf({
        ...facts,
        denied,
        subjects,
        p,
        own: true,
        at: match,
        lead,
        ownWord: find.announced && !facts.quote,
      });
      if (draft) out.push(withImpliedWork({ ...draft, rule: `${draft.rule}+open` }, ctx.topic));
    }
  }
  return out;
}

// The tagger reads "Kris Jenner later married Caitlyn" as an adjective: a name, noun or pronoun right
// before the word (adverbs aside) makes it the verb; "the married couple", "her married life" stay noun phrases.
const POSSESSIVE = /^(her|his|their|its|my|our|your)$/i;
function isVerb(doc: Doc, at: number, first: number): boolean {
  if (atIndex(doc.tokens, at).pos === 'VERB') return true;
  let k = at - 1;
  while (k > first && atIndex(doc.tokens, k).pos === 'ADV') k--;
  // A form opening the text has nothing before it: "Married at First Sight star…" (a GossipCop headline) crashed here.
  if (k < first) return false;
  const before = atIndex(doc.tokens, k);
  return k < at && ['PROPN', 'PRON', 'NOUN'].includes(before.pos) && !POSSESSIVE.test(before.text);
}

// "eagle-eyed fans noticed something else… Could it be a sweet gesture from Tom?": the fans
// of the two sentences before, in the same paragraph, ask the question.
function fansBefore(ctx: Context, s: number): RegExpExecArray | null {
  for (let k = s - 1; k >= Math.max(0, s - 2); k--) {
    const between = ctx.doc.text.slice(atIndex(ctx.doc.sentences, k).end, atIndex(ctx.doc.sentences, k + 1).start);
    if (between.includes('\n')) return null;
    const hit = cues.fans.exec(atIndex(ctx.doc.sentences, k).text);
    if (hit) return hit;
  }
  return null;
}

function quoteContinuations(ctx: Context, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  // Looked up per quote by offset, not by scanning every draft for every quote (quadratic on long texts).
  const starts = new Set(drafts.map((d) => d.evidence.start));
  const lastEndingAt = new Map<number, number>();
  drafts.forEach((d, i) => lastEndingAt.set(d.evidence.end, i));
  for (const quote of ctx.quotes) {
    if (quote.speaker.kind === 'fans' || starts.has(quote.start)) continue;
    const before = ctx.doc.text.slice(Math.max(0, quote.start - 300), quote.start);
    const gap = /[.!?]\s*$/.test(before) && !/\n\s*$/.test(before);
    // The last draft (in clause order) that ends at most three characters before the quote.
    const near = [0, 1, 2, 3].map((k) => lastEndingAt.get(quote.start - k) ?? -1);
    const previous = drafts[Math.max(...near)];
    if (!gap || !previous) continue;
    const text = ctx.doc.text.slice(quote.start, quote.end);
    const holder = holderOf(quote.speaker, previous.subjects);
    // A principal who goes on after their own denial ("slammed divorce rumors. “I had a great summer,” she said") still denies.
    // Only the one who denied goes on denying: Sybliss's "If Janet feels she needs a chocolate cake…" after someone
    // else's denial denies nothing.
    const sameSpeaker =
      previous.holder.kind === 'principal' &&
      (previous.holder.entity === null || previous.holder.entity === holder.entity);
    const denies =
      cues.denies.test(text) || (holder.kind === 'principal' && previous.stance === 'denies' && sameSpeaker);
    // A principal's own words that name no proposition ("“Michael was so ticked off…”") are not on
    // record about the claim before them: only a source's quote backs it.
    if (!denies && holder.kind === 'principal') continue;
    const stance = denies ? 'denies' : 'asserts';
    out.push({
      ...previous,
      evidence: quoteSpan(ctx.doc, quote),
      holder,
      stance,
      rule: `claim-quote-continues:${stance}`,
    });
  }
  return out;
}

// 'Perry, who has ducked the question in the past, didn't this time: "…"': a name opening the sentence, then a colon.
const INTRODUCED = /^[^.!?"“”]{0,120}:\s*$/;

/**
 * An interviewer's question about a named rumour, then a principal's answer: Corden, "There's the Taylor beef. When are
 * we going to sort that out?" — Perry: "Honestly? She's the one who started it" (The Daily Dot). The answer is the
 * principal's word on the question's proposition, with whom the question names: a feud with Taylor. Only a question
 * that names a proposition and one other party, answered right after (the next sentence, opened by the answerer's
 * name and a colon) by someone else, one of the pair; a refusal ("no comment") makes no claim.
 */
function answersToQuestions(ctx: Context, all: Located[]): Draft[] {
  const { doc } = ctx;
  const out: Draft[] = [];
  const attributed = new Set(ctx.quotes.map((q) => q.start));
  // The person named first at each offset, read once: each quotation after a colon asked every mention for its answerer.
  const answerers = new Map<number, Located>();
  for (const l of all)
    if (l.entity.type === 'person' && l.mention.kind !== 'possessive' && !answerers.has(l.mention.start))
      answerers.set(l.mention.start, l);
  for (const answer of ctx.quoted) {
    if (attributed.has(answer.start)) continue;
    const s = firstIndex(doc.sentences.length, (k) => atIndex(doc.sentences, k).end > answer.start);
    const sentence = doc.sentences[s];
    if (!sentence || s === 0) continue;
    const intro = doc.text.slice(sentence.start, answer.start);
    if (!INTRODUCED.test(intro)) continue;
    const answerer = answerers.get(sentence.start);
    // The question: the last quotation before the answer's sentence, with nothing but its own attribution between
    // ('"Is there really a feud with Taylor?" Corden said. Perry: "…"'), someone else's. Quotes are in text order.
    const question = ctx.quotes[firstIndex(ctx.quotes.length, (k) => atIndex(ctx.quotes, k).end > sentence.start) - 1];
    const gap = question ? doc.text.slice(Math.max(question.end, question.attribution.end), sentence.start) : '';
    if (!answerer || !question || !/^[\s.,]*$/.test(gap) || question.speaker.entity === answerer.entity.id) continue;
    const asked = doc.text.slice(question.start, question.end);
    if (!/\?\s*[”"]?$/.test(asked)) continue;
    const first = firstIndex(doc.tokens.length, (k) => atIndex(doc.tokens, k).start >= question.start);
    const last = firstIndex(doc.tokens.length, (k) => atIndex(doc.tokens, k).end > question.end) - 1;
    const p = mainProposition(propositions.match(doc.tokens, first, last).map((f) => f.entry));
    if (!p || (p.type !== 'relationship' && p.type !== 'feud')) continue;
    const named = all
      .filter((l) => l.entity.type === 'person' && l.mention.start >= question.start && l.mention.end <= question.end)
      .map((l) => l.entity.id);
    const others = [...new Set([...named, ...givenNamesIn(ctx, asked)])].filter((id) => id !== answerer.entity.id);
    if (others.length !== 1) continue;
    const said = doc.text.slice(answer.start, answer.end);
    if (cues.unconfirmed.test(said)) continue;
    const stance = cues.denies.test(said) ? 'denies' : 'confirms';
    out.push({
      type: p.type,
      value: p.value,
      subjects: [answerer.entity.id, atIndex(others, 0)],
      holder: { kind: 'principal', entity: answerer.entity.id, text: answerer.mention.text },
      stance,
      // The answer's sentence runs to the end of its quotation (a question inside it, "Honestly?", ends no sentence).
      evidence: {
        text: doc.text.slice(sentence.start, Math.max(sentence.end, answer.end)),
        start: sentence.start,
        end: Math.max(sentence.end, answer.end),
      },
      rule: `claim-answers:${stance}`,
    });
  }
  return out;
}

/**
 * People a quoted question names by one of their names alone ("There's the Taylor beef", of Taylor Swift), which the
 * entities stage leaves unlinked inside quotes: a capitalised word that is the first or last word of exactly one
 * person's name in the article.
 */
function givenNamesIn(ctx: Context, text: string): string[] {
  const people = [...new Map(ctx.located.flat().map((l) => [l.entity.id, l.entity])).values()].filter(
    (e) => e.type === 'person' && e.name.includes(' '),
  );
  const out: string[] = [];
  for (const [word] of text.matchAll(/(?<![\p{L}'’])\p{Lu}[\p{Ll}'’-]+/gu)) {
    const owners = people.filter((e) => {
      const parts = e.name.split(/\s+/);
      return parts[0] === word || parts.at(-1) === word;
    });
    if (owners.length === 1) out.push(atIndex(owners, 0).id);
  }
  return out;
}

const YEAR_DAYS = 365;
const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * Whether the clause dates its predicate more than a year before the article ("In 2002, …", "won it in 1995"). A date
 * counts in the predicate's own stretch between commas, or in a fronted phrase opening the clause ("In 2002, Aguilera
 * won"); one inside an appositive is not the predicate's: "Ray director Taylor Hackford, responsible for the classic
 * 1982 film An Officer and a Gentleman, has also received an Oscar nomination" (bbc-entertainment-073) is news.
 */
function datedBefore(ctx: Context, clause: Clause, match: { start: number; end: number }): boolean {
  const published = ctx.doc.published;
  if (!published) return false;
  const text = ctx.doc.text;
  const segment = (at: number) => {
    const from = text.lastIndexOf(',', at - 1);
    const to = text.indexOf(',', at);
    return { start: Math.max(clause.start, from + 1), end: to < 0 ? clause.end : Math.min(clause.end, to) };
  };
  const own = segment(match.start);
  // ctx.times is in text order: the clause's own, not a scan of every time per clause (quadratic).
  return startingIn(ctx.times, clause.start, clause.end).some((t) => {
    if (t.type !== 'DATE' || t.range === undefined || t.end > clause.end) return false;
    if (dayOf(published) - dayOf(t.range.end) <= YEAR_DAYS) return false;
    const where = segment(t.start);
    const fronted = where.start === clause.start && where.end < match.start;
    return fronted || (where.start === own.start && where.end === own.end);
  });
}

const spanOf = (s: Span): Span => ({ text: s.text, start: s.start, end: s.end });
