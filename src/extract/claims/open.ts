// Open claims: what a named person does or undergoes in their life or career ("Liam Gallagher has been fined",
// "Ron Howard will direct The Da Vinci Code", "Mick Mars is being sued by his ex-girlfriend"), beyond the
// propositions of claims.json. Verb-anchored: a predicate of data/lexicons/open-claims.json whose subject, right
// before its verb group, is a named person or group.
import lexicon from '../../../data/lexicons/open-claims.json' with { type: 'json' };
import type { Doc } from '../doc.ts';
import type { Token } from '../tokens/index.ts';
import { escapeRegExp, PhraseMatcher, tokenIndexAt, type Located, type PhraseMatch } from '../text/index.ts';
import type { EntityType } from '../types.ts';
import type { Clause } from './clauses.ts';
import { hypothetical, WISHING } from './hypothetical.ts';
import { at as atIndex } from '../../invariant/index.ts';
import { lazy } from '../../invariant/lazy.ts';

/** One reading of a predicate (data/lexicons/open-claims.json, `predicates`). */
export type Predicate = {
  type: string;
  value: string;
  object?: string;
  /** 'person': the person the predicate is done to or with is a party; 'replaced': whom the subject takes over from. */
  with?: 'person' | 'replaced';
  needs?: 'person';
  by?: boolean;
  news?: boolean;
  patient?: boolean;
  passive?: boolean;
  between?: string;
  unless?: string;
  preceded?: string;
  reciprocal?: boolean;
  joint?: boolean;
  active?: boolean;
  recent?: boolean;
  /** Only a band's: every subject is a group ("Busted have split up"); a couple's split is the lexicon's relationship. */
  group?: boolean;
};

/** How a lexicon form was made from its lemma: 'phrase' forms are matched as written. */
type Kind = 'base' | 's' | 'past' | 'pp' | 'ing' | 'phrase';
type Candidate = { predicate: Predicate; kinds: Set<Kind> };

type Entry = { type: string; value: string; verbs?: string[]; phrases?: string[] } & Omit<Predicate, 'type' | 'value'>;
/** `adjacent`: a named entity of the class counts only as the predicate's own object, with nothing but determiners
 * between ("won the Eurovision"), not one further on ("Shares Hospital Bed Selfie After Met Gala"). */
type ObjectClass = { pattern: RegExp; entities: Set<EntityType>; adjacent: boolean };

const IRREGULAR = lexicon.irregular as unknown as Record<string, [string, string, string, string]>;

/**
 * The inflected forms of a lemma's first word, the rest of the phrase kept ("sign with" → "signed with"):
 * irregular verbs from the lexicon, the others by the regular spelling rules.
 */
export function inflect(lemma: string): Array<[string, Kind]> {
  // split always yields a first word ("" for an empty lemma), so the default is never taken.
  const [v = '', ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  let forms: [string, string, string, string];
  const irregular = IRREGULAR[v];
  if (irregular) forms = irregular;
  else {
    // One-syllable verbs ending consonant-vowel-consonant double it: "ban" → "banned", "star" → "starred".
    const double = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(v) ? v + v.at(-1) : v;
    const s = /(s|x|z|ch|sh|o)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`;
    const ed = v.endsWith('e') ? `${v}d` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${double}ed`;
    const ing = /ie$/.test(v)
      ? `${v.slice(0, -2)}ying`
      : /[^aeioy]e$/.test(v)
        ? `${v.slice(0, -1)}ing`
        : `${double}ing`;
    forms = [s, ed, ed, ing];
  }
  const kinds: Kind[] = ['s', 'past', 'pp', 'ing'];
  // "Kanye cancelled the remainder of the tour" (celebrity-014fake): British spelling doubles a final l after a single
  // vowel however many syllables the verb has ("cancelled", "quarrelling"), American does not ("canceled"): both.
  const british: Array<[string, Kind]> =
    !irregular && /[^aeiou][aeiou]l$/.test(v) && !/^[^aeiou]*[aeiou]l$/.test(v)
      ? [
          [`${v}led${tail}`, 'past'],
          [`${v}led${tail}`, 'pp'],
          [`${v}ling${tail}`, 'ing'],
        ]
      : [];
  return [[v + tail, 'base'], ...forms.map((f, i): [string, Kind] => [f + tail, atIndex(kinds, i)]), ...british];
}

const entries = lexicon.predicates as unknown as Entry[];
const byForm = new Map<string, Candidate[]>();
const addForm = (form: string, kind: Kind, predicate: Predicate) => {
  const list = byForm.get(form) ?? [];
  const same = list.find((c) => c.predicate === predicate);
  if (same) same.kinds.add(kind);
  else list.push({ predicate, kinds: new Set([kind]) });
  byForm.set(form, list);
};
for (const entry of entries) {
  const { verbs, phrases } = entry;
  const predicate: Predicate = entry;
  for (const lemma of verbs ?? []) for (const [form, kind] of inflect(lemma)) addForm(form, kind, predicate);
  for (const phrase of phrases ?? []) addForm(phrase, 'phrase', predicate);
}
// A reading that names its object ("won the case") comes before the general one ("won").
for (const list of byForm.values()) list.sort((a, b) => Number(!a.predicate.object) - Number(!b.predicate.object));

/**
 * Every form that states a type/value, as one case-insensitive regular expression over plain text ("*" stands for up to
 * three words): a principal's words are about an open claim only if they say it ("So to win something like this
 * really feels great"), not if the narration around them does ("said Foxx, accepting his award").
 */
const formsByProposition = new Map<string, string[]>();
for (const [form, list] of byForm) {
  for (const { predicate } of list) {
    const key = `${predicate.type}/${predicate.value}`;
    formsByProposition.set(key, [...(formsByProposition.get(key) ?? []), form]);
  }
}
// Each made when its type/value is first asked about: an article asks about a few of the ~100, if any.
const formsRegex = new Map(
  [...formsByProposition].map(([key, forms]) => [
    key,
    lazy(
      () =>
        new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${forms
            .map((f) =>
              f
                .split(' ')
                .map((w) => (w === '*' ? '(?:\\S+\\s+){0,2}\\S+' : escapeRegExp(w).replace(/'/g, "['’]")))
                .join('\\s+'),
            )
            .join('|')})(?![\\p{L}\\p{N}])`,
          'iu',
        ),
    ),
  ]),
);
export const statesOpenClaim = (type: string, value: string, text: string): boolean =>
  formsRegex.get(`${type}/${value}`)?.().test(text) ?? false;

const UNLESS = new Map<Predicate, RegExp>(
  entries.flatMap((e): Array<[Predicate, RegExp]> => (e.unless ? [[e, new RegExp(e.unless, 'i')]] : [])),
);

const matcher = new PhraseMatcher<Candidate[]>([...byForm].map(([form, entry]) => ({ form, entry })));

const OBJECTS = new Map<string, ObjectClass>(
  Object.entries(lexicon.objects as Record<string, { pattern: string; entities?: string[]; adjacent?: boolean }>).map(
    ([name, o]) => [
      name,
      {
        pattern: new RegExp(o.pattern, 'i'),
        entities: new Set((o.entities ?? []) as EntityType[]),
        adjacent: o.adjacent === true,
      },
    ],
  ),
);

const CONTROL: ReadonlySet<string> = new Set(lexicon.control.map((w) => w.replace(/’/g, "'")));
const FAVOURED = /^(?:favou?rites?|front-?runners?|contenders?)$/;
const FAVOURITE_PHRASE = /^(?:the|a|one|of|clear|firm|hot|strong|big|early)$/;
const BE = /^(is|are|am|was|were|be|been|being|'s|'re|get|gets|got|getting|gotten)$/i;
const HAVE = /^(has|have|had|'ve|'d)$/i;
const NEGATION = /^(not|n't|never|no|refused|refuses)$/i;
const NEAR_MISS = /^(?:almost|nearly|narrowly)$/i;
// "Swank, who previously won the Golden Globe": history (HISTORY_RULES).
const HISTORY = /^(previously|formerly|once|earlier)$/i;
const ANNOUNCING = /^(announced|announces|confirmed|confirms|revealed|reveals|admitted|admits|unveiled|unveils)$/i;
const TOGETHER = /^(jointly|together)$/i;
// One award for two: "Mick Jagger and Dave Stewart won the best original song award" (not "won Brit awards").
const SHARED =
  /^\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:award|prize|trophy|honou?r|title|statuette|gong|accolade)\b(?!s)/i;
// A verb of beating a rival, then the rival's descriptors ("his former co-star"), right before the rival's name.
const BEATEN =
  /\b(?:beat|beats|beating|pipped|pipping|edged\s+out|edging\s+out|defeated|defeating|saw\s+off|seeing\s+off|outshone|trumped)\s+(?:(?:his|her|their|the|a|fellow|former|old|close|main|nearest|long-time|co-star|rival|rivals|friend|actor|actress|singer|star|nominee|contender)\s+){0,4}$/i;
const BEAT_OFF =
  /\b(?:beat|beats|beating|fought|fighting|saw|seeing)\s+off\s+(?:\w+\s+)?competition\s+from\s+[^.;:!?]{1,160}\s+to\s+$/i;
// What stands between an award predicate and the person it went to: the category, then "for" and maybe "its star".
// ("It also won acting awards for stars Paul Giamatti, Thomas Haden Church and Virginia Madsen", bbc-entertainment-062:
// a plain noun may describe them.)
const AWARD_FOR =
  /^[^.;:!?,"“”]{1,80}?\bfor\s+(?:(?:(?:its|their|the|his|her)\s+)?(?:(?!\p{Ll}+ing\s)[\p{Ll}-]+\s+){0,2})?$/u;
const ADJUNCT = /^(after|since|before|while|whilst|despite|following|upon|,)$/i;
const POSSESSIVE_PRONOUN = /^(his|their|its|my|our|your)$/i;
// "The comedy directed by Sofia Coppola has won": a name after a preposition is not the subject.
const PREPOSITION =
  /^(by|with|for|from|to|of|about|against|on|at|than|like|into|over|after|before|alongside|opposite|between|including)$/i;
const FUTURE = /^(will|'ll|shall|to|would|could|may|might|gonna)$/i;
const PLURAL_PRONOUN = /^(they|them|we|us)$/i;
const SUBJECTS: ReadonlySet<EntityType> = new Set(['person', 'group']);
const PEOPLE: ReadonlySet<EntityType> = new Set(['person']);
// A star's feud may be with a magazine: "In February, Spears clashed with Us Weekly for publishing pictures of her
// honeymoon" (bbc-entertainment-345).
const RIVALS: ReadonlySet<EntityType> = new Set(['person', 'outlet']);

export type Tense = 'future' | 'progressive' | 'present' | 'perfect' | 'past' | 'pluperfect';

// Words that date an act to the days of the report.
const THIS_WEEK =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last night|this week)\b/i;
// What an occasion's report tells as its results, a winner or a placing at a time: never an aside's history.
const OCCASION_RESULTS: ReadonlySet<string> = new Set(['award', 'chart']);

/** One way a past-tense predicate is the history of its subject, told in passing, not news of it. */
type HistoryRule = {
  name: string;
  /** `group` is the verb group before the predicate, `k` the token before it (where the subject ends or "who" stands). */
  test: (doc: Doc, clause: Clause, group: string[], k: number, tense: Tense, type: string) => boolean;
};

/** Ordered; the first that applies names why the predicate is history. */
export const HISTORY_RULES: HistoryRule[] = [
  // "Swank, who previously won the Golden Globe": a career's history, not news.
  { name: 'history-adverb', test: (_doc, _clause, group) => group.some((w) => HISTORY.test(w)) },
  {
    // "His first client was Stevie Wonder, who recorded part of his classic album Songs In The Key Of Life there"
    // (bbc-entertainment-116): a non-restrictive relative clause in the simple past says who the name is, from what they
    // once did; the news is in the main clause. Not the perfect ("Freeman, who has signed to play…") nor the present;
    // nor the results of the occasion a report lists, one winner a relative clause ("Other winners at the awards
    // included Caroline Quentin, who took home best TV comedy actress", bbc-entertainment-201; "Sir Elton John, who took
    // fourth place", bbc-entertainment-162). Over the development corpora it fired on 21 claims: 8 of the 9 outside
    // awards and charts were history (the ninth a gig that may be either), 9 of the 12 awards and charts were news.
    name: 'past-relative-aside',
    // A day of this week dates news, not history: "Kofi Annan, who appointed a retired Indian diplomat on Thursday as
    // his special representative to Iraq" (TimeBank APW19980306.1001). Read to the clause's end, so a weekday of the main
    // clause keeps one history aside too ("Harvey Weinstein, who was fired …, sued … on Thursday", celebrity-163legit).
    // (The token checks first: a predicate opening the text has no token before it, "Broken up" in a headline.)
    test: (doc, clause, _group, k, tense, type) =>
      tense === 'past' &&
      k - 1 >= clause.first &&
      !OCCASION_RESULTS.has(type) &&
      !THIS_WEEK.test(doc.text.slice(atIndex(doc.tokens, k).end, clause.end)) &&
      norm(atIndex(doc.tokens, k).text) === 'who' &&
      atIndex(doc.tokens, k - 1).text === ',',
  },
];

/** The name of the first HISTORY_RULES rule that makes a predicate its subject's history, or null. */
function historyRule(doc: Doc, clause: Clause, group: string[], k: number, tense: Tense, type: string): string | null {
  return HISTORY_RULES.find((r) => r.test(doc, clause, group, k, tense, type))?.name ?? null;
}

/** A match of no lexicon entry over [start, end) of the text: what a rule read without the phrase matcher covers. */
export const spanMatch = (doc: Doc, text: string, start: number, end: number): PhraseMatch<Candidate[]> => ({
  entry: [],
  form: text.slice(start, end),
  first: tokenIndexAt(doc, start),
  last: tokenIndexAt(doc, end - 1),
  start,
  end,
});

/** An open predicate in a clause, with who it is about. */
export type OpenFind = {
  predicate: Predicate;
  match: PhraseMatch<Candidate[]>;
  /** Each subject (coordinated subjects are one each: "Pixies, Foo Fighters and Iron Maiden will headline"). */
  subjects: string[];
  /** The other party, for predicates done to or with someone ("sued his ex-girlfriend Robin Mantooth"). */
  other: string | null;
  negated: boolean;
  /**
   * Coordinated subjects act together: "Matt Lucas and David Walliams also jointly won", two who share one award
   * ("Bebo Valdes and Diego El Cigala … won an award").
   */
  joint: boolean;
  /** The subject announces it themselves ("have announced plans to perform"). */
  announced: boolean;
  tense: Tense;
};

const norm = (t: string) => t.toLowerCase().replace(/’/g, "'");
const MODIFIER_BEFORE = /^(?:his|her|their|its|my|your|our|the|a|an)$/i;

/**
 * A gerund after a determiner or a name's possessive, modifying the noun after it: "Gal Gadot’s Winning Red Carpet
 * Looks". Not "he's going away", "she's becoming a mom" (a contracted "is" after a pronoun), nor "Kim's Dating Kanye
 * West" (a name right after it is the predicate's object).
 */
function modifyingGerund(doc: Doc, head: number, located: Located[]): boolean {
  const word = atIndex(doc.tokens, head);
  const prior = doc.tokens[head - 1];
  if (!/ing$/i.test(word.text) || prior === undefined) return false;
  if (MODIFIER_BEFORE.test(prior.text)) return true;
  const owner = doc.tokens[head - 2];
  return (
    /^['’]s?$/.test(prior.text) &&
    owner?.pos === 'PROPN' &&
    !located.some((l) => l.entity.type === 'person' && l.token === head + 1)
  );
}

/**
 * Open predicates in a clause whose subject is a named person or group. The subject stands right before
 * the verb group ("Liam Gallagher has been fined"), before an appositive ("Freeman, 33, will play"), or
 * before "who" ("Caroline Quentin, who took home best actress"); coordinated names are all subjects.
 */
export function openFinds(doc: Doc, clause: Clause, located: Located[]): OpenFind[] {
  const { tokens, text } = doc;
  const lastToken = (l: Located) => {
    let j = l.token;
    while (j + 1 <= clause.last && atIndex(tokens, j + 1).end <= l.mention.end) j++;
    return j;
  };
  const endingAt = new Map<number, Located>();
  for (const l of located) endingAt.set(lastToken(l), l);
  const out: OpenFind[] = [];
  for (const match of matcher.match(tokens, clause.first, clause.last)) {
    // "said RCA spokeswoman Sue Bradburn" (bbc-entertainment-011): a word of a name is no predicate.
    if (located.some((l) => l.mention.kind === 'name' && l.mention.start <= match.start && match.start < l.mention.end))
      continue;
    const hung = headOf(doc, match, clause);
    if (hung === -1) continue;
    const head = hung === WITH ? match.first : hung;
    // "Wonder Woman Star Gal Gadot’s Winning Red Carpet Looks" (a GossipCop headline), "her winning smile": a gerund
    // after a possessive or a determiner modifies a noun; it is no predicate.
    if (modifyingGerund(doc, head, located)) continue;
    // The verb group before the predicate: auxiliaries, modals, "set to", "in talks to", adverbs.
    const group: string[] = [];
    let k = head - 1;
    while (k >= clause.first && !endingAt.has(k) && group.length < 10) {
      const t = atIndex(tokens, k);
      const w = norm(t.text);
      if (!(
        CONTROL.has(w) ||
        // "Imelda Staunton is one of the favourites to land the best actress award" (bbc-entertainment-038): the words
        // of a favourite's noun phrase, only before that noun ("the opening of" is no group).
        (FAVOURITE_PHRASE.test(w) && group.some((g) => FAVOURED.test(g))) ||
        t.pos === 'AUX' ||
        t.pos === 'PART' ||
        (t.pos === 'ADV' && !/^(who|that|which)$/i.test(w))
      ))
        break;
      group.unshift(w);
      k--;
    }
    const subject = subjectAt(doc, clause, k, endingAt, head);
    if (irrealis(doc, group, subject, k)) continue;
    // "He said he would retire after The Black Album" (bbc-entertainment-117): a plan as it stood then (hypothetical.ts).
    if (hypothetical(doc, head, clause) !== null) continue;
    // "Greer … after quitting the show", "Staunton has been recognised, winning best actress": an adjunct's subject is the clause's.
    let adjunct = false;
    if (hung === WITH) {
      subject.length = 0;
      adjunct = true;
      const main = clauseSubject(doc, clause, located, head);
      if (main) subject.push(main);
    } else if (
      subject.length === 0 &&
      /ing$/i.test(atIndex(tokens, head).text) &&
      k >= clause.first &&
      ADJUNCT.test(atIndex(tokens, k).text)
    ) {
      adjunct = true;
      const main = clauseSubject(doc, clause, located, head, k);
      if (main) subject.push(main);
    }
    // Rule coordinated-predicate: "She starred in Jean-Pierre Jeunet's A Very Long Engagement and is also lined up to
    // co-star with Tom Hanks in Ron Howard's The Da Vinci Code" (Audrey Tautou, bbc-entertainment-045): a verb group
    // right after "and" shares the subject that opens the clause (sentenceOpener).
    else if (subject.length === 0 && group.length > 1 && group[0] === 'and') {
      const main = sentenceOpener(doc, clause, located, k + 1);
      if (main) subject.push(main);
    }
    // Rule beaten-rival: "Nathan Lane … beat his former co-star Lee Evans to win best musical actor" (bbc-entertainment-275):
    // the one beaten, named right before "to", is no subject of the infinitive; the clause's subject is.
    // So too "Usher beat off competition from Justin Timberlake, Jay-Z, Nelly and Robbie Williams to take the best male
    // crown" (bbc-entertainment-153), whose list is no subject at all.
    const rival =
      group[0] === 'to' &&
      ((subject.length === 1 && BEATEN.test(text.slice(clause.start, atIndex(subject, 0).mention.start))) ||
        (subject.length === 0 && BEAT_OFF.test(text.slice(clause.start, atIndex(tokens, head).start))));
    // "Glenn Close has not pipped Meryl Streep to play Hillary Clinton" (celebrity-157legit): a negated beating
    // negates the part.
    let rivalNegated = false;
    if (rival) {
      const main = clauseSubject(doc, clause, located, subject[0]?.token ?? head);
      subject.length = 0;
      if (main) {
        subject.push(main);
        rivalNegated = /\b(?:not|never)\b|n['’]t\b/i.test(text.slice(main.mention.end, atIndex(tokens, head).start));
      }
    }
    // "was given an award" is passive; "would still be presenting the ceremony" is not.
    const passive = group.some((w) => BE.test(w)) && !/ing$/i.test(atIndex(tokens, head).text);
    // Who the predicate is done to or with: a name soon after it, before any punctuation or other verb; never a
    // possessor ("criticized by Trump's associates").
    const after = (from: number, types: ReadonlySet<EntityType>, reach: number) =>
      located.find((l) => {
        if (!types.has(l.entity.type) || l.mention.start < from || possessive(doc, l)) return false;
        const first = tokenIndexAt(doc, from);
        // "Matt Lauer Accused of Sexual Harassment by Multiple Women – Variety" (a GossipCop headline): a dash closes
        // the clause's words; what follows it is the headline's credit, no party.
        if (l.token > first + reach || /[.;:!?“”"–—]|,\s|\s-\s/.test(text.slice(from, l.mention.start))) return false;
        // "a court injunction stopping R&B singer Mark Morrison": a gerund may stand between, another finite verb not;
        // nor a relative pronoun: "she attacked the women who Bill Clinton mistreated" (celebrity-062legit, Trump on
        // Hillary Clinton) names whom the women were mistreated by, no rival of hers.
        for (let j = first; j < l.token; j++) {
          const t = atIndex(tokens, j);
          if ((t.pos === 'VERB' && !/ing$/i.test(t.text)) || t.pos === 'AUX' || RELATIVE.test(t.text)) return false;
        }
        return true;
      });
    for (const { predicate, kinds } of match.entry) {
      // "the actor is reportedly going to adopt her son Jackson" (celebrity-071legit): a base form after "is going to"
      // is active, whatever auxiliary stands in the group.
      const passiveHere = passive && !(kinds.size === 1 && kinds.has('base'));
      if (predicate.passive && !passiveHere) continue;
      if (predicate.active && passiveHere) continue;
      let subjects: Located[] = subject;
      if (predicate.by)
        subjects = followers(
          doc,
          clause,
          [after(match.end, SUBJECTS, 6)].filter((l) => l !== undefined),
          located,
        );
      else if (predicate.patient && !passiveHere) {
        // "The favourite in that category is Sideways star Thomas Hayden Church" (bbc-entertainment-328): a capitalised
        // word right before "star" makes it a title's noun ("Ray star Jamie Foxx"), who someone is, not a work starring
        // them.
        const before = tokens[head - 1];
        if (before && head - 1 > clause.first && /^\p{Lu}/u.test(before.text) && !endingAt.has(head - 1)) continue;
        // "packing them into a Howitzer of his own design, and firing them into the experience" (Spielberg of Michael
        // Bay's audiences, celebrity-058legit): a plural pronoun is a person's only by a coreference slip, as a subject.
        // "The one-off Christmas special will also star television presenter Carol Smillie and Jessica Taylor from
        // Liberty-X" (bbc-entertainment-188): the one done to may come after a few words of who they are, and with
        // those coordinated with them.
        const done = [after(match.end, SUBJECTS, predicate.type === 'casting' ? 3 : 0)]
          .filter((l) => l !== undefined)
          .filter((l) => !PLURAL_PRONOUN.test(l.mention.text))
          .filter((l) => describedOnly(doc, tokenIndexAt(doc, match.end), l.token));
        subjects = followers(doc, clause, done, located);
        // "Hollywood stars Kevin Spacey and Kate Bosworth attended the British premiere" (bbc-entertainment-071): a
        // capitalised word before "stars" and a verb after the names it is followed by make "stars" a noun, the names
        // the subject of that verb; "Sideways … also stars Paul Giamatti" has none after them.
        if (before && /^\p{Lu}/u.test(before.text) && subjects[0] && verbAfterNames(doc, clause, subjects[0].token))
          continue;
      }
      // Rule award-for-person: "the show also won best musical performance in a supporting role for Conleth Hill", "It
      // also won best actor for Richard Griffiths" (bbc-entertainment-275): a person's category won by a work, or by
      // no one named, is the person's award. A work after "for" stays the work the person won for ("scooped the
      // £10,000 prize for Mutants").
      if (predicate.type === 'award' && !passiveHere && subjects.every((l) => l.entity.type !== 'person')) {
        const winner = located.find(
          (l) =>
            l.entity.type === 'person' &&
            l.mention.kind === 'name' &&
            l.mention.start > match.end &&
            AWARD_FOR.test(text.slice(match.end, l.mention.start)),
        );
        // "best presenters for Richard McCourt and Dominic Wood" (bbc-entertainment-070): each one named.
        if (winner) subjects = followers(doc, clause, [winner], located);
      }
      if (subjects.length === 0) continue;
      if (predicate.group && !subjects.every((l) => l.entity.type === 'group')) continue;
      if (UNLESS.get(predicate)?.test(text.slice(match.end, Math.min(clause.end, match.end + 60)))) continue;
      if (predicate.object && !objectFollows(doc, match.end, clause, located, OBJECTS.get(predicate.object))) continue;
      if (predicate.preceded && !OBJECTS.get(predicate.preceded)?.pattern.test(text.slice(clause.start, match.start)))
        continue;
      // "putting his luxury Manhattan townhouse on the market": the object stands between the verb and the phrase.
      if (
        predicate.between &&
        !OBJECTS.get(predicate.between)?.pattern.test(text.slice(atIndex(tokens, head).end, match.start))
      )
        continue;
      const ids = new Set(subjects.map((l) => l.entity.id));
      if (predicate.reciprocal && ids.size !== 2) continue;
      const found = predicate.with ? after(match.end, predicate.type === 'feud' ? RIVALS : PEOPLE, 8) : undefined;
      const other = found && appositiveName(doc, found, located, clause);
      const otherId = other && !ids.has(other.entity.id) ? other.entity.id : null;
      if (predicate.needs && !otherId) continue;
      const phrase = tokens.slice(match.first, match.last + 1).map((t) => norm(t.text));
      const tense = tenseOf(group, kinds, norm(atIndex(tokens, head).text), phrase);
      if (tense === 'pluperfect') break;
      // An adjunct's gerund has no tense of its own: it tells no news of a part to come ("before starring in The Cosby Show").
      // "Kristen Stewart has just landed a new role in the psychological thriller, 'Underwater'" (celebrity-010fake): the
      // perfect of getting a part (`recent`) is news; that of doing one ("has directed") is a career's history.
      const current = ['future', 'progressive', 'present', ...(predicate.recent ? ['perfect'] : [])];
      if (predicate.news && (adjunct || !current.includes(tense))) break;
      if (historyRule(doc, clause, group, k, tense, predicate.type) !== null) break;
      // "as likely as Andy Murray winning Wimbledon": a bare gerund after a name is no finite predicate, unless "with"
      // opens it as an absolute clause (withAbsolute).
      if (
        !adjunct &&
        group.length === 0 &&
        kinds.has('ing') &&
        /ing$/.test(norm(atIndex(tokens, head).text)) &&
        !kinds.has('base') &&
        !withAbsolute(doc, clause, subjects)
      )
        continue;
      // "Jenelle Evans reveals she almost overdosed on heroin" (a GossipCop headline): what nearly happened did not.
      if (group.some((w) => NEAR_MISS.test(w))) break;
      const negated = rivalNegated || group.some((w) => NEGATION.test(w));
      const joint =
        ids.size > 1 &&
        (group.some((w) => TOGETHER.test(w)) ||
          /^(?:\s+[\w'’-]+){0,4}?\s+together\b/i.test(text.slice(match.end, Math.min(clause.end, match.end + 60))) ||
          (ids.size === 2 && predicate.type === 'award' && SHARED.test(text.slice(match.end, match.end + 80))));
      out.push({
        predicate,
        match,
        subjects: [...ids],
        // "Kelly Clarkson Replaces Jennifer Hudson On ‘The Voice’" (GossipCop): the one replaced is required, not cast.
        other: predicate.with === 'replaced' ? null : otherId,
        negated,
        joint,
        announced: group.some((w) => ANNOUNCING.test(w)),
        tense,
      });
      break;
    }
  }
  return out;
}

// A relative pronoun opening a clause of its own between a predicate and a name.
const RELATIVE = /^(?:who|whom|whose|which|that)$/i;

/**
 * Whether the name at token `first` ends a postmodifier of a noun before it: determiner, noun, preposition, then
 * descriptors ("The guitarist with US rock band Korn", "the singer of the band Oasis"). The noun phrase is headed by
 * that noun (a person named elsewhere), not by the name.
 */
function roleOf(doc: Doc, clause: Clause, first: number): boolean {
  let j = first - 1;
  let described = 0;
  while (j > clause.first && described < 4 && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(atIndex(doc.tokens, j).pos)) {
    j--;
    described++;
  }
  // The word right before the name is a common noun that types it ("band Korn"), not a number ("at the age of 77 he").
  const typing = doc.tokens[first - 1];
  if (described === 0 || j - 2 < clause.first || typing?.pos !== 'NOUN' || !/^\p{Ll}/u.test(typing.text)) return false;
  const [det, noun, prep] = [j - 2, j - 1, j].map((i) => atIndex(doc.tokens, i));
  return (
    /^(with|of|in|for|from)$/i.test(prep?.text ?? '') &&
    noun?.pos === 'NOUN' &&
    /^(the|a|an|his|her|their|its|'s|’s)$/i.test(det?.text ?? '')
  );
}

/**
 * An absolute clause opened by "with", its subject a name and its predicate a gerund: "The 21-year-old singer won the
 * award for best female artist, with Australian Idol runner-up Shannon Noll taking the title of best male"
 * (bbc-entertainment-286). A roundup's second result is told so; the name may carry a descriptor before it.
 */
function withAbsolute(doc: Doc, clause: Clause, subjects: Located[]): boolean {
  const first = Math.min(...subjects.map((l) => l.token));
  if (!Number.isFinite(first)) return false;
  const text = (i: number) => doc.tokens[i]?.text ?? '';
  // A descriptor word, or a part of a hyphenated one ("runner-up" is three tokens).
  const descriptor = (i: number) =>
    ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(atIndex(doc.tokens, i).pos) || [text(i), text(i - 1)].includes('-');
  let j = first - 1;
  while (j > clause.first && first - j <= 7 && descriptor(j)) j--;
  return j >= clause.first && /^with$/i.test(text(j));
}

const COUNTERFACTUAL_MODAL = /^(?:could|would|might|should|may|must|'d)$/i;
const wishingVerb = (t: Token | undefined): boolean => t?.pos === 'VERB' && WISHING.test(norm(t.text));

/**
 * Whether the word at `first` is an infinitive after a verb of wishing, with or without an object between ("wanted to
 * marry", "wanted her to adopt me"), within the clause starting at `floor`.
 */
export function wishedAt(doc: Doc, first: number, floor: number): boolean {
  const word = (i: number) => (i >= floor ? doc.tokens[i] : undefined);
  // A phrase may begin with its own "to" ("to marry").
  const to = norm(word(first)?.text ?? '') === 'to' ? first : first - 1;
  if (norm(word(to)?.text ?? '') !== 'to') return false;
  const verb = word(to - 1);
  return wishingVerb(verb) || (verb?.pos === 'PRON' && wishingVerb(word(to - 2)));
}

/**
 * A predicate that tells what did not happen or what someone wished: "I could literally just have walked away"
 * (Jennifer Lopez: she did not), a modal with "have"; and an infinitive after a verb of wishing, whoever its subject
 * ("we wanted to marry young", "I wanted her to adopt me"). Neither is news of the proposition, on record or not.
 */
function irrealis(doc: Doc, group: string[], subject: Located[], groupStart: number): boolean {
  const modal = group.findIndex((w) => COUNTERFACTUAL_MODAL.test(w));
  if (modal !== -1 && group.slice(modal + 1).some((w) => HAVE.test(w))) return true;
  if (group.at(-1) !== 'to') return false;
  // "We wanted to marry young and have children young" (Hailey Bieber): a wish of their own, not an engagement.
  if (wishingVerb(doc.tokens[groupStart])) return true;
  if (subject.length === 0) return false;
  const first = Math.min(...subject.map((l) => l.token));
  const before = doc.tokens[first - 1];
  return before !== undefined && WISHING.test(norm(before.text));
}

/**
 * The verb a predicate hangs on: its own first word when that is a verb (the tagger's "fined" after "has been"
 * may be an adjective), or for a noun phrase ("their custody battle", "his townhouse on the market") the verb
 * before it. -1 when there is none: a predicate word used as a noun ("the win") makes no claim.
 */
function headOf(doc: Doc, match: PhraseMatch<Candidate[]>, clause: Clause): number {
  const { tokens } = doc;
  const first = atIndex(tokens, match.first);
  const verbal = match.entry.some((c) => !c.kinds.has('phrase'));
  if (first.pos === 'VERB' || first.pos === 'AUX') return match.first;
  let k = match.first - 1;
  while (k >= clause.first && atIndex(tokens, k).pos === 'ADV') k--;
  // "Prince Harry's move to the US": a possessive 's is no auxiliary.
  const before = k >= clause.first ? norm(atIndex(tokens, k).text) : '';
  const auxiliary = (BE.test(before) || HAVE.test(before)) && !/^'[sd]$/.test(before);
  // "will each host the mid-week slot": after a modal or "to" the word is a verb, whatever the tagger says.
  let m = k;
  while (m > clause.first && /^(each|both|all|also|then)$/i.test(atIndex(tokens, m).text)) m--;
  const modal = m >= clause.first && FUTURE.test(norm(atIndex(tokens, m).text));
  // "Trump has since denied groping women": a gerund after a verb of saying or trying is a verb.
  const gerund = /ing$/i.test(first.text) && CONTROL.has(before);
  // "Vince Vaughn stars in quirky movie Thumbsucker": the tagger may read a finite verb right after a name as a plural
  // noun; a third-person or past form there is the name's predicate (openFinds still wants a named subject before it).
  const afterName =
    k === match.first - 1 &&
    k >= clause.first &&
    atIndex(tokens, k).pos === 'PROPN' &&
    match.entry.some((c) => c.kinds.has('s') || c.kinds.has('past'));
  if (verbal) return auxiliary || modal || gerund || afterName ? match.first : -1;
  // "Liam Gallagher has been fined", "pleaded guilty": a phrase opening on its participle.
  if (auxiliary) return match.first;
  for (let j = match.first - 1, n = 0; j >= clause.first && n < 7; j--, n++) {
    const t = atIndex(tokens, j);
    if (t.pos === 'VERB' || t.pos === 'AUX') return j;
    // "pull out of pre-Broadway performances earlier this month with a broken foot": the clause's subject has it.
    if (/^with$/i.test(t.text)) return WITH;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'SYM', 'ADV', 'PART'].includes(t.pos)) return -1;
  }
  return -1;
}

/** headOf's answer for a noun phrase after "with": it belongs to the clause's subject. */
const WITH = -2;

const DASH = /^[-–—]$/;
/** A dash with a space either side: an aside's bracket, not a hyphen ("21-year-old"). */
const spaced = (doc: Doc, t: Token): boolean =>
  /\s/.test(doc.text[t.start - 1] ?? '') && /\s/.test(doc.text[t.end] ?? '');

/** The subject ending at token k, before the verb at `verb`: a name, a name before "who", or a name before an appositive in commas. */
// Names and what joins them in a list, nothing else: "James Caan and " before "Robert Duvall".
const NAMES_ONLY = /^(?:\s*\p{Lu}[\p{L}.'’-]*|\s*,|\s+and|\s*&)*\s*$/u;
function subjectAt(doc: Doc, clause: Clause, k: number, endingAt: Map<number, Located>, verb: number): Located[] {
  const { tokens } = doc;
  if (k < clause.first) return [];
  let at = k;
  const word = norm(atIndex(tokens, at).text);
  let relative = false;
  if (!endingAt.has(at) && /^(who|that)$/.test(word)) {
    at--;
    if (at >= clause.first && atIndex(tokens, at).text === ',') {
      at--;
      // "Matt Groening, creator of The Simpsons, who also received an outstanding contribution award"
      // (bbc-entertainment-201): an appositive may stand between the name and "who".
      const named = endingAt.get(at);
      if (!named || !SUBJECTS.has(named.entity.type)) {
        let j = at;
        while (j > clause.first && at - j < 12 && !(atIndex(tokens, j).text === ',' && endingAt.has(j - 1))) j--;
        if (atIndex(tokens, j).text === ',' && endingAt.has(j - 1)) at = j - 1;
      }
    }
    relative = true;
  } else if (!endingAt.has(at) && DASH.test(word) && spaced(doc, atIndex(tokens, at))) {
    // "Newcomer Ciara - who recently beat Elvis Presley to the UK number one spot - has four nominations"
    // (bbc-entertainment-156): an aside between spaced dashes, back to the dash a name stands before.
    let j = at - 1;
    if (j < clause.first) return [];
    while (j > clause.first && at - j < 30 && !(DASH.test(atIndex(tokens, j).text) && spaced(doc, atIndex(tokens, j))))
      j--;
    // A name opens it, not a pronoun that is an object ("subjects you sense mean a great deal to him – …").
    const opener = endingAt.get(j - 1);
    if (!DASH.test(atIndex(tokens, j).text) || !spaced(doc, atIndex(tokens, j)) || opener?.mention.kind === 'pronoun')
      return [];
    if (!opener) return [];
    at = j - 1;
  } else if (!endingAt.has(at) && word === ',') {
    // "Freeman, who starred in The Office, will play", "Will Smith, star of I, Robot, Independence Day and Men In
    // Black, will be given": back to the comma that opens the appositive, the first one a name stands before.
    let j = at - 1;
    // ", started dating" opening a text has nothing before its comma.
    if (j < clause.first) return [];
    while (j > clause.first && at - j < 30 && !(atIndex(tokens, j).text === ',' && endingAt.has(j - 1))) j--;
    if (atIndex(tokens, j).text !== ',' || !endingAt.has(j - 1)) return [];
    const opener = endingAt.get(j - 1);
    const last = endingAt.get(at - 1);
    // "Brando's co-stars from The Godfather, James Caan and Robert Duvall, will also reprise their roles"
    // (bbc-entertainment-056): when what opens the appositive is no subject (a work), the people named in it are.
    // Only names stand in it: "The Woodsman, starring Kevin Bacon, received" is the film's.
    const names = (l: Located) => NAMES_ONLY.test(doc.text.slice(atIndex(tokens, j).end, l.mention.start));
    if (
      opener &&
      !SUBJECTS.has(opener.entity.type) &&
      last?.entity.type === 'person' &&
      last.mention.kind === 'name' &&
      names(last)
    )
      at = at - 1;
    else at = j - 1;
  }
  const head = endingAt.get(at);
  if (!head || !SUBJECTS.has(head.entity.type) || possessive(doc, head)) return [];
  // "they" is a person's only by a coreference slip ("unless they can reach a settlement" is not the judge's).
  if (head.entity.type === 'person' && PLURAL_PRONOUN.test(head.mention.text)) return [];
  // "with Tom reportedly losing a huge contract": "with" opens a clause whose gerund has that name as subject.
  const absolute = /^with$/i.test(tokens[head.token - 1]?.text ?? '') && /ing$/i.test(tokens[verb]?.text ?? '');
  if (at === k && head.token > clause.first && PREPOSITION.test(atIndex(tokens, head.token - 1).text) && !absolute)
    return [];
  // "The guitarist with US rock band Korn has quit the music business" (bbc-entertainment-134): a name after a
  // preposition and its descriptors ends a noun phrase headed by someone else, who is the subject.
  if (at === k && roleOf(doc, clause, head.token)) return [];
  // "The actor who will voice Wilbur": only a name heads a relative clause that is news about someone.
  if (relative && !/^\p{Lu}/u.test(head.mention.text)) return [];
  if (relative && /^(the|a|an)\s/i.test(head.mention.text)) return [];
  const subjects = [head];
  // "Matt Lucas and David Walliams also jointly won", "Pixies, Foo Fighters and Iron Maiden will headline",
  // "Cyrus, 24, and Hemsworth, 27, have been planning": coordinated names, ages aside.
  let first = head.token;
  for (;;) {
    let j = first - 1;
    // "Gervais and The Office co-writer Stephen Merchant": a descriptor may stand before the second name.
    let described = 0;
    for (;;) {
      if (j <= clause.first || described >= 4) break;
      // The descriptor may name a work whose person it is: "The Office co-writer" (bbc-entertainment-201).
      const named = endingAt.get(j);
      if (named && named.entity.type === 'work' && named.token > clause.first) {
        j = named.token - 1;
        described++;
        continue;
      }
      if (named || !['NOUN', 'PROPN', 'ADJ', 'DET'].includes(atIndex(tokens, j).pos)) break;
      if (/^(and|&)$/i.test(atIndex(tokens, j).text)) break;
      j--;
      described++;
    }
    if (!/^(and|&|,)$/i.test(tokens[j]?.text ?? '')) j = first - 1;
    let linked = false;
    while (j > clause.first && /^(and|&|,|\d{1,3})$/i.test(atIndex(tokens, j).text) && first - j <= 8) {
      if (/^(and|&|,)$/i.test(atIndex(tokens, j).text)) linked = true;
      j--;
    }
    const before = endingAt.get(j);
    if (!linked || j === first - 1 || !before || !SUBJECTS.has(before.entity.type) || possessive(doc, before)) break;
    subjects.unshift(before);
    first = before.token;
  }
  // "a score by Richard Adler and Jerry Ross, and Adler is writing…": names after a preposition are no subjects.
  // Nor is the last of them the subject of an infinitive right after: "Usher … beat off competition from Justin
  // Timberlake, Jay-Z, Nelly and Robbie Williams to take the best male crown" (bbc-entertainment-153) is Usher's.
  // "Usher's work with rappers Ludacris & Lil Jon won him nominations" (bbc-entertainment-156): so too a list.
  if (subjects.length > 1 && at === k && roleOf(doc, clause, first)) return [];
  if (subjects.length > 1 && first > clause.first && PREPOSITION.test(atIndex(tokens, first - 1).text))
    return at === k && /^to$/i.test(tokens[k + 1]?.text ?? '') ? [] : [head];
  return subjects;
}

// Between a description and the name it describes: a comma, maybe one more description and its comma ("her best friend,
// Jennifer Garner's ex, Ben Affleck").
const APPOSED = /^,\s+(?:[^,.;:!?"“”]{1,40},\s+)?$/u;

/**
 * Whom a description stands for when a name is set beside it: "she is ready to tear into her best friend, Jennifer
 * Garner's ex, Ben Affleck" (celebrity-150fake) is aimed at Affleck, whoever "best friend" was linked to. A mention in
 * lower case (not a name) followed by an appositive name, in the clause, gives way to that name.
 */
function appositiveName(doc: Doc, found: Located, located: Located[], clause: Clause): Located {
  if (found.mention.kind === 'name' || !/^\p{Ll}/u.test(found.mention.text)) return found;
  const named = located.find(
    (l) =>
      l.entity.type === 'person' &&
      l.mention.kind === 'name' &&
      l.mention.start > found.mention.end &&
      l.mention.end <= clause.end &&
      APPOSED.test(doc.text.slice(found.mention.end, l.mention.start)),
  );
  return named ?? found;
}

/** A name and the names coordinated after it ("went to Usher and Avril Lavigne"). */
function followers(doc: Doc, clause: Clause, heads: Located[], located: Located[]): Located[] {
  const out = [...heads];
  let last = heads[0];
  while (last) {
    const end = last.mention.end;
    const link = /^(,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/i.exec(doc.text.slice(end, Math.min(clause.end, end + 8)));
    const next: Located | undefined = link
      ? located.find((l) => l.mention.start === end + link[0].length && SUBJECTS.has(l.entity.type))
      : undefined;
    if (!next) break;
    out.push(next);
    last = next;
  }
  return out;
}

// Words that open a subordinate clause with a subject of its own: "as she earned…", "because he…".
const SUBORDINATOR = /^(?:as|because|when|while|whilst|since|after|before|though|although|once|until)$/i;

/**
 * Where the subordinate clause an adjunct hangs on opens, or -1. "He kept Madonna in second place, as she earned
 * $54.9m (£29.5m) while embarking on her global Re-Invention Tour" (bbc-entertainment-250): "while embarking" follows
 * "as she earned" with no comma between, so its subject is hers, not the main clause's "He". After a comma (", leaving
 * the job to his deputy") a participle goes with the main clause.
 */
function subordinateBefore(doc: Doc, clause: Clause, adjunct: number | undefined): number {
  if (adjunct === undefined || !/^[a-z]/i.test(atIndex(doc.tokens, adjunct).text)) return -1;
  for (let j = adjunct - 1; j > clause.first; j--) {
    const w = atIndex(doc.tokens, j).text;
    if (/^[,;:\-–—]$/.test(w)) return -1;
    if (SUBORDINATOR.test(w)) return j;
  }
  return -1;
}

/**
 * The person or group that opens the clause, when a verb of theirs follows before token `and` (the tagger reads
 * "starred" as a noun at times: a past form counts), with no stop between: coordinated-predicate's subject.
 */
function sentenceOpener(doc: Doc, clause: Clause, located: Located[], and: number): Located | undefined {
  const opener = located.find((l) => l.token === clause.first && SUBJECTS.has(l.entity.type) && !possessive(doc, l));
  if (!opener || PLURAL_PRONOUN.test(opener.mention.text)) return undefined;
  // (An age in commas is no stop: "Malia Obama, 19, took a gap year … and opted to attend Harvard".)
  const between = doc.tokens
    .slice(opener.token + 1, and)
    .filter(
      (t, k, all) =>
        t.end > opener.mention.end && !(t.text === ',' && (all[k - 1]?.pos === 'NUM' || all[k + 1]?.pos === 'NUM')),
    );
  const verb = between.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || /^\p{Ll}+ed$/u.test(t.text));
  return verb && !between.some((t) => /^[;:,]$/.test(t.text)) ? opener : undefined;
}

/** The subject of a clause's main verb: its first name standing right before a verb or an appositive comma. */
function clauseSubject(
  doc: Doc,
  clause: Clause,
  located: Located[],
  before: number,
  adjunct?: number,
): Located | undefined {
  const { tokens } = doc;
  const from = subordinateBefore(doc, clause, adjunct);
  return located.find((l) => {
    if (!SUBJECTS.has(l.entity.type) || l.token >= before || l.token <= from || possessive(doc, l)) return false;
    if (l.token > clause.first && PREPOSITION.test(atIndex(tokens, l.token - 1).text)) return false;
    let j = l.token;
    while (j + 1 < tokens.length && atIndex(tokens, j + 1).end <= l.mention.end) j++;
    const next = tokens[j + 1];
    return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || next.text === ',');
  });
}

/**
 * A possessor, not a subject or object: "his", "Kim's" ("Kate Middleton's plans to move", "Ritchie's arrest").
 * The 's of "Kim's been arrested" is an auxiliary: a verb or adverb follows it, not a noun.
 */
function possessive(doc: Doc, l: Located): boolean {
  if (POSSESSIVE_PRONOUN.test(l.mention.text) || /['’]s?$/.test(l.mention.text)) return true;
  // "her album" is hers; "owes her $2 million" is owed to her.
  if (/^her$/i.test(l.mention.text)) return ['NOUN', 'ADJ', 'PROPN'].includes(doc.tokens[l.token + 1]?.pos ?? '');
  let i = l.token + 1;
  while (i < doc.tokens.length && atIndex(doc.tokens, i).start < l.mention.end) i++;
  const next = doc.tokens[i];
  if (!next || !/^['’]s?$/.test(next.text) || next.start !== l.mention.end) return false;
  const then = doc.tokens[i + 1];
  return then !== undefined && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(then.pos);
}

/** Only words saying who someone is stand between a verb and the name: "star television presenter Carol Smillie". */
function describedOnly(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!DESCRIBING.has(atIndex(doc.tokens, j).pos)) return false;
  return true;
}
const DESCRIBING: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN']);

/** Whether a finite verb follows the names that start at token `first` (joined by "and", "&" or commas) in the clause. */
function verbAfterNames(doc: Doc, clause: Clause, first: number): boolean {
  let k = first;
  while (k <= clause.last) {
    const t = atIndex(doc.tokens, k);
    if (t.pos === 'PROPN' || /^(?:and|&|,)$/.test(t.text) || /^['’]s?$/.test(t.text)) k++;
    else return (t.pos === 'VERB' && !/ing$/i.test(t.text)) || t.pos === 'AUX';
  }
  return false;
}

/** Whether the object class follows the predicate: its words, or a named entity of its types right after it. */
function objectFollows(
  doc: Doc,
  end: number,
  clause: Clause,
  located: Located[],
  object: ObjectClass | undefined,
): boolean {
  if (!object) return false;
  const rest = doc.text.slice(end, Math.min(clause.end, end + 120));
  if (object.pattern.test(rest)) return true;
  return located.some(
    (l) =>
      object.entities.has(l.entity.type) &&
      l.mention.start >= end &&
      l.mention.start - end <= 40 &&
      !/[.;:!?,“”"]/.test(doc.text.slice(end, l.mention.start)) &&
      !JOINED_AT.test(doc.text.slice(end, l.mention.start)) &&
      (!object.adjacent || DETERMINERS_ONLY.test(doc.text.slice(end, l.mention.start))),
  );
}

/** Nothing but determiners, possessives and counts: "won the", "picked up this year's", "took home two". */
const DETERMINERS_ONLY =
  /^\s*(?:(?:the|an?|his|her|their|its|this|last|next|year['’]s|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)*$/i;

/**
 * "Prince Harry, Meghan Markle join Lin-Manuel Miranda at 'Hamilton'" (a GossipCop headline): a person joined at a
 * show is company at a performance; "joins Tom Cruise in Mission: Impossible" stays a part. (The name read as words:
 * a headline's hyphenated given name may be no entity.)
 */
const JOINED_AT = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}at\s+(?:the\s+)?['‘’"“]?$/u;

/** The tense of a verb group ("has been", "is set to") before a predicate form of the given kinds. */
function tenseOf(group: string[], kinds: Set<Kind>, head: string, phrase: string[]): Tense {
  // A phrase carries its own auxiliaries: "to be directed by", "has been fined", "pleaded guilty".
  const words = kinds.has('phrase') ? [...group, ...phrase] : group;
  if (words.some((w) => FUTURE.test(w))) return 'future';
  const have = words.find((w) => HAVE.test(w));
  if (have === 'had' || have === "'d") return 'pluperfect';
  if (have) return 'perfect';
  const be = words.some((w) => BE.test(w));
  if (kinds.has('ing') && head.endsWith('ing')) return be ? 'progressive' : 'present';
  if (be) return words.some((w) => /^(was|were)$/.test(w)) ? 'past' : 'present';
  if (kinds.has('s') || (kinds.has('base') && !kinds.has('past'))) return 'present';
  if (kinds.has('phrase')) return /ed$/.test(phrase[0] ?? '') ? 'past' : 'present';
  return 'past';
}
