import type { Doc } from '../doc.ts';
import type { Located, SentenceIndex } from '../text/index.ts';
import type { Clause } from './clauses.ts';
import { appositives, cues, namesNoOne, PARTNER, propositions, type Proposition } from './lexicon.ts';
import { refersToWork } from './work-phrase.ts';
import { at as atIndex } from '../../invariant/index.ts';

/** What the article as a whole is about: its main couple and its main proposition. */
export type Topic = {
  couple: [string, string] | null;
  main: Proposition | null;
  people: string[];
  /**
   * The work the article is about: named in two sentences or more, more often than any other (null on a tie); else the
   * one work its lead (first sentence) names.
   */
  work: string | null;
};

/**
 * "the pair", "both stars", "their relationship" refer to the article's couple: the two people
 * named together most often, counting sentences that also name a relationship three times.
 */
export function topicOf(doc: Doc, index: SentenceIndex): Topic {
  const pairs = new Map<string, number>();
  const props = new Map<string, { p: Proposition; n: number }>();
  const people = new Map<string, number>();
  const works = new Map<string, number>();
  doc.sentences.forEach((_, s) => {
    // "French actress Audrey Tautou, star of hit film Amelie, will play the female lead in the film adaptation of The Da
    // Vinci Code" (bbc-entertainment-308): a work that says who someone is (identifyingWork) is not what the article
    // is about, however often their past is recalled; counted, it made Amelie the work of every casting there.
    const sentence = atIndex(doc.sentences, s);
    for (const id of new Set(
      atIndex(index.entities, s)
        .filter((l) => l.entity.type === 'work' && !identifyingWork(doc, sentence.start, l))
        .map((l) => l.entity.id),
    ))
      works.set(id, (works.get(id) ?? 0) + 1);
    // The verb opening a denial ("slammed the report") is not what the article is about.
    // (The denial is read only in a sentence that names a proposition: most name none, and the pattern is long.)
    const named = propositions.inSentence(doc, s).filter((f) => !namesNoOne(doc.text, f));
    const denial = named.length > 0 ? cues.denies.exec(sentence.text) : null;
    const found = named.filter((f) => !denial || f.start !== sentence.start + denial.index);
    for (const { entry } of found) {
      const key = `${entry.type}/${entry.value}`;
      const seen = props.get(key) ?? { p: { ...entry, strong: false }, n: 0 };
      seen.n += entry.strong ? 2 : 1;
      props.set(key, seen);
    }
    const ids = [
      ...new Set(
        atIndex(index.entities, s)
          .filter((l) => l.entity.type === 'person' && !likenessOf(doc.text, l))
          .map((l) => l.entity.id),
      ),
    ];
    for (const id of ids) people.set(id, (people.get(id) ?? 0) + 1);
    const weight = found.some((f) => f.entry.type === 'relationship') ? 3 : 1;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length && j < i + 6; j++) {
        const key = [ids[i], ids[j]].sort().join(' ');
        pairs.set(key, (pairs.get(key) ?? 0) + weight);
      }
    }
  });
  const best = [...pairs.entries()].sort((a, b) => b[1] - a[1])[0];
  const main = [...props.values()].sort((a, b) => b.n - a.n)[0]?.p ?? null;
  return {
    couple: best ? (best[0].split(' ') as [string, string]) : null,
    main,
    people: [...people.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id),
    work: leadWork(doc, index) ?? mainWork(works),
  };
}

function mainWork(works: Map<string, number>): string | null {
  const [first, second] = [...works.entries()].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : null;
}

// What opens an aside on someone's past work: "who starred in", "star of", "best known for".
const PAST_WORK =
  /^\s*(?:who|which)\b|\b(?:starred|appeared|known|famous|star|creator|director|writer|veteran)\s+(?:in|for|of)\b/i;
// A role noun right after a work makes the work an epithet's: "Goldeneye director Martin Campbell", "Friends star".
const ROLE_AFTER =
  /^['’]?s?\s+(?:director|star|co-star|actor|actress|creator|writer|producer|author|singer|host|presenter|composer)\b/i;

/**
 * A work named to say who someone is, not what the sentence reports: "Freeman, who starred in hit BBC comedy The
 * Office, will play the role of Arthur Dent" (bbc-entertainment-299), an aside on someone's past; "with Goldeneye
 * director Martin Campbell behind the camera" (bbc-entertainment-347), a work before a role noun describing the person.
 */
export function identifyingWork(
  doc: Doc,
  sentenceStart: number,
  l: { mention: { start: number; end: number } },
): boolean {
  const before = doc.text.slice(sentenceStart, l.mention.start);
  return (
    PAST_WORK.test(before.slice(before.lastIndexOf(',') + 1)) ||
    ROLE_AFTER.test(doc.text.slice(l.mention.end, l.mention.end + 20))
  );
}

/** The index of the article's lead, its first sentence with words; -1 when it has none. */
export const leadSentence = (doc: Doc): number => doc.sentences.findIndex((s) => s.text.trim().length > 0);

/** Whether a name at `start` opens a quotation: a title in quotation marks. */
export const quotedAt = (doc: Doc, start: number): boolean =>
  /["“'‘]\s*$/.test(doc.text.slice(Math.max(0, start - 2), start));

/**
 * The one work the article's lead names, when no work is named more often: "Actor Tom Hanks and director Ron Howard are
 * reuniting for The Da Vinci Code, an adaptation of the international best-selling novel by Dan Brown" opens
 * bbc-entertainment-098, so "Hanks will play Robert Langdon" two sentences on is a part in it. A news story's lead names
 * what it is about. A title in quotation marks there is a column's or a song's ("In today's installment of "Why Is This
 * Happening?" a reboot for American Idol is reportedly already on the table", celebrity-015fake), not the story's.
 */
function leadWork(doc: Doc, index: SentenceIndex): string | null {
  const first = leadSentence(doc);
  if (first < 0) return null;
  const sentence = atIndex(doc.sentences, first);
  const works = new Set(
    (index.entities[first] ?? [])
      .filter(
        (l) => l.entity.type === 'work' && !quotedAt(doc, l.mention.start) && !identifyingWork(doc, sentence.start, l),
      )
      .map((l) => l.entity.id),
  );
  return works.size === 1 ? ([...works][0] ?? null) : null;
}

/** The subjects of a claim from the people of its clause, reading plural anaphors as the couple. */
export function subjectsFor(type: string, people: string[], plural: boolean, topic: Topic, ownPlural = true): string[] {
  const { couple } = topic;
  if (type === 'relationship' || type === 'feud') {
    // "In December, Williams announced their engagement on Reddit" (celebrity-142legit, whose couple the topic rules
    // read as Kardashian and Ohanian): "their" of someone outside the article's couple is not that couple, when the
    // caller says it is theirs (find.ts ownPlural; not "these two incredible women got married and asked me to sing",
    // a friend of Ellen DeGeneres and Portia de Rossi quoted, celebrity-174legit).
    if (ownPlural && couple && plural && people.length === 1 && !couple.includes(atIndex(people, 0))) return people;
    if (couple && (plural || people.length === 0)) return [...couple];
    if (people.length === 1 && couple?.includes(atIndex(people, 0))) return [...couple];
    if (people.length > 2 && couple?.every((c) => people.includes(c))) return [...couple];
    return people;
  }
  if (people.length > 0) return people.slice(0, 1);
  return topic.people.slice(0, 1);
}

// What stands right before a sentence's first word: the text's start, or a stop (and a closing quote) and a space.
const SENTENCE_OPENS = /(?:^|[.!?]["”’]?\s+)$/;

/**
 * Two people named together ("When Aniston and Theroux announced their break-up", "after Pitt and Jolie got together"):
 * the pair a relationship or feud clause is about, before the article's couple its plural words ("their") would
 * otherwise stand for. Null unless exactly one such pair of different people stands in the clause.
 */
export function coordinatedPair(text: string, people: Located[]): [string, string] | null {
  const sorted = [...people].sort((a, b) => a.mention.start - b.mention.start);
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = atIndex(sorted, i);
    const b = atIndex(sorted, i + 1);
    // "She and new husband Billy Bob Thornton wore each other's dried blood" (celebrity-144legit): a subject pronoun
    // opening its sentence, coordinated with a name, is one of the pair. Not one further in ("before he and Angelina
    // divorced", celebrity-025legit, whose "he" went to the wrong man): only a sentence's first word is read surely.
    const subjectPronoun =
      a.mention.kind === 'pronoun' &&
      /^(?:she|he)$/i.test(a.mention.text) &&
      SENTENCE_OPENS.test(text.slice(Math.max(0, a.mention.start - 4), a.mention.start));
    if (
      a.entity.id === b.entity.id ||
      (a.mention.kind === 'pronoun' && !subjectPronoun) ||
      b.mention.kind === 'pronoun'
    )
      continue;
    // Not the object or an appositive of someone else's relation: "feuding with her parents, Dina Lohan and Michael
    // Lohan" is Lindsay's feud with each, "married twice before to Madonna and Robin" his marriages.
    const before = text.slice(Math.max(0, a.mention.start - 12), a.mention.start);
    if (/(?:\b(?:with|to|from|of|for|by|against|at)|,)\s*$/i.test(before)) continue;
    if (/^\s+(?:and|&)\s+$/.test(text.slice(a.mention.end, b.mention.start))) pairs.push([a.entity.id, b.entity.id]);
  }
  return pairs.length === 1 ? (pairs[0] ?? null) : null;
}

/**
 * The two people a relationship noun ties together when the clause names more ("June Carter Cash,
 * the future wife of Johnny Cash", "Sophie plays Cheadle's wife Tatiana", "her husband, Donald"):
 * its owner (a possessive before it, "of" after it, or a name coordinated before it) and its bearer (a name right after it, or
 * before ", the … wife of"). Null unless both are found and differ.
 */
export function pairAround(
  text: string,
  at: { start: number; end: number },
  people: Located[],
): [string, string] | null {
  const gap = (from: number, to: number) => (from <= to ? text.slice(from, to) : null);
  const matches = (re: RegExp, from: number, to: number) => {
    const g = gap(from, to);
    return g !== null && g.length <= 40 && re.test(g);
  };
  const owner =
    people.find(
      (l) =>
        matches(/^['’]s(?:\s+[\w-]+){0,2}\s+$/, l.mention.end, at.start) ||
        (/^(her|his)$/i.test(l.mention.text) && matches(/^(?:\s+[\w-]+){0,2}\s+$/, l.mention.end, at.start)),
    ) ??
    people.find((l) => matches(/^\s+of\s+$/, at.end, l.mention.start)) ??
    // "Eva Longoria and husband José Bastón", "David Foster & girlfriend Katharine McPhee": the one the partner comes with.
    people.find((l) => matches(/^\s*(?:and|&)\s+(?:[\w-]+\s+)?$/i, l.mention.end, at.start));
  const bearer =
    people.find((l) => matches(/^\s*,?\s*$/, at.end, l.mention.start) && l.mention.start >= at.end) ??
    people.find((l) => matches(/^,\s+(?:the|a)\s+(?:[\w-]+\s+)?$/i, l.mention.end, at.start));
  if (!owner || !bearer || owner.entity.id === bearer.entity.id) return null;
  return [owner.entity.id, bearer.entity.id];
}

// What a work the part comes after opens with: "… Together Since ‘Twilight’".
const SINCE_BEFORE = /\b(?:since|after)\s*[‘'"“]?$/i;

/**
 * The work a casting is for: the first work named after the casting words in the clause ("Tom Hanks will
 * star in The Da Vinci Code"). Not a work named before them ("Audrey Tautou, star of hit film Amelie, will
 * play…" is her past), not the part itself ("will play Fern"), not a possessor ("will play Hanks' partner").
 */
export function workOf(
  text: string,
  located: Located[],
  at: { start: number; end: number; form: string } | undefined,
): string | null {
  if (!at) return null;
  // "will host the programme, which follows … Strictly Come Dancing" (bbc-entertainment-188): the object is a work
  // named before (work-anaphor.ts), not the one a relative clause names.
  if (refersToWork(text.slice(at.end, at.end + 80))) return null;
  const part = /\b(play|portray|voice)$/i.test(at.form);
  const work = located.find(
    (l) =>
      l.entity.type === 'work' &&
      l.mention.start >= at.end &&
      !/^['’]s?\b/.test(text.slice(l.mention.end, l.mention.end + 2)) &&
      // "Paul Gascoigne will join EastEnders actress Scarlett Johnson on BBC One's Strictly Ice Dancing"
      // (bbc-entertainment-188): a work before a role noun says who someone is; the casting is in the next.
      !ROLE_AFTER.test(text.slice(l.mention.end, l.mention.end + 20)) &&
      // "In Talks For 1st Movie Together Since ‘Twilight’" (a GossipCop headline): the work the part comes after is the
      // past one, not the part's.
      !SINCE_BEFORE.test(text.slice(Math.max(0, l.mention.start - 12), l.mention.start)) &&
      !(part && /^\s*$/.test(text.slice(at.end, l.mention.start))),
  );
  return work?.entity.id ?? null;
}

// Between a relation's subject and its words: auxiliaries, adverbs and the verbs of being seen ("Bloom was spotted
// getting close to", "she's secretly dating"). Between the words and the other party: a preposition, a possessive and
// a partner noun ("split from her husband, Kilgore"; "split from the mother of his two children, Brynn Cameron"), and
// up to three lower-case words that say who they are ("broke things off with pop star The Weeknd", celebrity-114fake;
// "engaged to Russian heir Egor Tarabasov"), never a conjunction, preposition, determiner, pronoun or auxiliary that
// starts another phrase.
const SUBJECT_GAP =
  /^(?:\s*(?:['’]s|['’]re|is|are|was|were|has|have|had|been|be|being|not|n['’]t|never|spotted|seen|caught|pictured|photographed|\w+ly)\b)*\s*$/i;
// Case-sensitive: "with Lady G." is a name, not a description.
const DESCRIBED =
  /(?:\s+(?!(?:and|or|but|then|when|while|who|which|that|so|after|before|because|since|as|to|for|with|from|of|by|in|on|at|into|during|over|about|around|through|than|like|the|a|an|his|her|their|its|my|our|your|this|these|those|he|she|they|it|we|i|you|is|are|was|were|be|been|has|have|had)\b)\p{Ll}[\p{Ll}&-]*){1,3}\s*$/u;
// A day or a week said before the object: "is tying the knot on Saturday to James Matthews" (celebrity-200legit); up to
// two words describing the partner noun: "got back together with her on-again-off-again beau Justin" (celebrity-088fake).
const OBJECT_GAP = new RegExp(
  String.raw`^\s*(?:(?:on|this|next|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|year)\s+)?(?:(?:with|to|from|on)\s+)?(?:(?:his|her|their|the)\s+)?(?:(?:new|former|ex-?|longtime|rumou?red)\s*)?(?:(?:(?:[\w-]+\s+){0,2}?(?:${PARTNER}|beau|partner|lover|flame|sweetheart)|(?:mother|father|mom|dad)\s+of\s+(?:his|her|their)\s+(?:\w+\s+)?(?:children|child|kids|son|daughter|baby))\s*,?\s*)?$`,
  'i',
);

const objectGap = (gap: string): boolean =>
  OBJECT_GAP.test(gap) || (DESCRIBED.test(gap) && OBJECT_GAP.test(gap.replace(DESCRIBED, ' ')));

// After a his/her/their that owns a noun: a word that opens no noun phrase ("dating her and …", "with her in June").
const NO_NOUN_NEXT =
  /^\s+(?:and|or|but|for|since|in|on|at|to|after|before|while|when|as|again|again,|last|this|now|too|back)(?=[\s,.;:!?]|$)/i;
/**
 * A his/her/their that owns the noun after it: "got back together with her on-again-off-again beau Justin"
 * (celebrity-088fake) names the partner after the noun, not the one "her" stands for.
 */
const ownerOfNext = (text: string, l: Located): boolean =>
  /^(?:his|her|their)$/i.test(l.mention.text) &&
  /^\s+\p{L}/u.test(text.slice(l.mention.end, l.mention.end + 3)) &&
  !NO_NOUN_NEXT.test(text.slice(l.mention.end, l.mention.end + 12));

// An aside set off by commas between a subject and its verb: "Vanessa Paradis, Johnny Depp's Ex, Marries Director
// Samuel Benchetrit" (a GossipCop headline) is Paradis marrying.
const APPOSED = /^\s*,[^,.;:!?"“”]{1,45},\s*/;
// Who the object is, said before the name: "Marries Director Samuel Benchetrit", "dating HTGAWM co-star Liza Weil".
// Who looks like someone: "Kim Kardashian Look-Alike Kamilla Osman" (one definition for ROLES and likenessOf).
const LIKENESS = String.raw`look-?alike|doppelg[aä]nger|impersonator`;
const ROLES = String.raw`(?:co-?star|star|actor|actress|singer|rapper|model|director|producer|quarterback|QB|${LIKENESS})`;
const NAMED_ROLE = new RegExp(String.raw`(?:\s(?:\p{Lu}[\p{L}\p{N}'’.-]*\s+){0,3}${ROLES})\s*$`, 'iu');
// A name right before such a role is the role's modifier (a show read as a name), not the object.
// "Tyga Is Dating Kim Kardashian Look-Alike Kamilla Osman" (a GossipCop headline): in any case, then a capital.
const ROLE_WORD = new RegExp(String.raw`^${ROLES}$`, 'i');
function roleOfNext(after: string): boolean {
  const m = /^['’]?s?\s+([\p{L}-]+)\s+\p{Lu}/u.exec(after);
  return m !== null && ROLE_WORD.test(m[1] ?? '');
}

/**
 * "Halsey Seen With Machine Gun Kelly Before Announcing Split With G-Eazy" (a GossipCop headline): the relation's words
 * name their other party, capitalised, and no entity was found there. Whoever else the clause names is not that party.
 */
export function unnamedObject(text: string, at: { start: number; end: number }, located: Located[]): boolean {
  // "Tyga Is Dating Kim Kardashian Look-Alike Kamilla Osman Following Kylie Jenner's Pregnancy News": the one named
  // right after the words is a likeness of the party.
  const next = located.find((l) => l.mention.start >= at.end && /^\s+$/.test(text.slice(at.end, l.mention.start)));
  if (next && likenessOf(text, next)) return true;
  // "Celebrates Christmas Eve With Husband and Olivia Munn" (a GossipCop headline): a partner noun coordinated with a
  // name stands for someone unnamed; the name is company.
  // ("they finish as husband and wife" coordinates no name.)
  const and = /^\s+(?:and|&)\s+/i.exec(text.slice(at.end, at.end + 8));
  if (
    and &&
    PARTNER_NOUN.test(text.slice(at.start, at.end).split(/\s+/).at(-1) ?? '') &&
    located.some((l) => l.mention.kind === 'name' && l.mention.start === at.end + and[0].length)
  )
    return true;
  // The preposition in the relation's words ("Split With") or right after them ("split from").
  const m = (OBJECT_PREPOSITION_END.test(text.slice(at.start, at.end)) ? CAPITAL_NEXT : UNNAMED_OBJECT).exec(
    text.slice(at.end, at.end + 40),
  );
  if (!m) return false;
  // No one found in the phrase that opens there ("engaged to Russian heir Egor Tarabasov" names him; "his split with
  // Kylie Jenner" found "Jenner").
  const start = at.end + m[0].length;
  const phrase = /^[^.,;:!?()"“”]*/.exec(text.slice(start, start + 40))?.[0] ?? '';
  return !located.some((l) => l.mention.end > start && l.mention.start < start + Math.max(phrase.length, 1));
}
// (Case-sensitive: under the i flag \p{Lu} would match any letter.)
const UNNAMED_OBJECT = /^\s+(?:[Ww]ith|WITH|[Ff]rom|FROM|[Tt]o|TO)\s+(?=\p{Lu})/u;
const CAPITAL_NEXT = /^\s+(?=\p{Lu})/u;
const OBJECT_PREPOSITION_END = /\s(?:with|from|to)$/i;

/**
 * "Tyga Is Dating Kim Kardashian Look-Alike Kamilla Osman" (a GossipCop headline): a name before a word of likeness
 * describes someone else, the look-alike; it is no party to what the clause says of them.
 */
export function likenessOf(text: string, l: Located): boolean {
  return LIKENESS_AFTER.test(text.slice(l.mention.end, l.mention.end + 20));
}
const LIKENESS_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+(?:${LIKENESS})s?\b`, 'i');

/**
 * The pair a relation's own words join: the person right before them (its subject, a pronoun too: "she's dating
 * Charlie Puth") and the person right after (its object). Null unless both stand there and differ.
 */
export function localPair(
  text: string,
  at: { start: number; end: number },
  people: Located[],
): [string, string] | null {
  const subject = people
    .filter((l) => l.mention.end <= at.start && at.start - l.mention.end <= 75)
    .filter((l) => {
      const gap = text.slice(l.mention.end, at.start);
      return (gap.length <= 30 && SUBJECT_GAP.test(gap)) || SUBJECT_GAP.test(gap.replace(APPOSED, ''));
    })
    .at(-1);
  const object = people.find(
    (l) =>
      l.mention.start >= at.end &&
      l.mention.start - at.end <= 60 &&
      l.mention.kind !== 'possessive' &&
      !ownerOfNext(text, l) &&
      !roleOfNext(text.slice(l.mention.end, l.mention.end + 40)) &&
      objectGap(text.slice(at.end, l.mention.start).replace(NAMED_ROLE, ' ')),
  );
  if (!subject || !object || subject.entity.id === object.entity.id) return null;
  return [subject.entity.id, object.entity.id];
}

// Between two people of one list: a comma or "and", and at most three words that describe the next one ("Australian
// star", "Troy star"), no verb or preposition: "Ewan McGregor and Australian star Hugh Jackman".
const LIST_GAP =
  /^\s*(?:,\s*(?:and\s+|&\s+)?|(?:and|&)\s+)(?:(?!(?:and|or|with|to|of|for|by|who|which|as)\b)[\p{L}\p{N}'’.-]+\s+){0,3}$/iu;

/**
 * The people listed together with one mention, in order, it included: "Colin Farrell, Jude Law and Troy star Eric Bana
 * have also been tipped for the role" (bbc-entertainment-333) lists three. Just the one when no list holds it.
 */
export function listedWith(text: string, people: Located[], id: string): string[] {
  const sorted = [...people]
    .filter((l) => l.mention.kind !== 'pronoun' && l.mention.kind !== 'possessive')
    .sort((a, b) => a.mention.start - b.mention.start);
  const k = sorted.findIndex((l) => l.entity.id === id);
  if (k < 0) return [id];
  const joined = (i: number) =>
    LIST_GAP.test(text.slice(atIndex(sorted, i).mention.end, atIndex(sorted, i + 1).mention.start));
  let first = k;
  while (first > 0 && joined(first - 1)) first--;
  let last = k;
  while (last + 1 < sorted.length && joined(last)) last++;
  return [...new Set(sorted.slice(first, last + 1).map((l) => l.entity.id))];
}

const PARTNER_NOUN = new RegExp(`^(?:${PARTNER})$`, 'i');
const PARTNER_OWNER = /\b(?:her|his|their)\s+(?:[\w-]+\s+){0,2}$/i;
const PARTNER_BEFORE = /^\s*,?\s*(?:(?:is|was|are|were|as|became|becomes|has\s+been|['’]s)\s+)?$/i;
/**
 * Rule possessed-partner-unnamed: "RadarOnline.com can reveal that talk show queen DeGeneres, 59, is worried that Theron,
 * 42, might influence her 42-year-old wife" (celebrity-174fake): "her wife", no name after it, is someone the clause
 * does not name; the two people named before it (DeGeneres, Theron) are no couple by it.
 */
export function partnerOfNoOneNamed(
  text: string,
  f: { form: string; start: number; end: number },
  clause: Clause,
  located: Located[],
): boolean {
  const possessive = PARTNER_OWNER.exec(text.slice(clause.start, f.start));
  if (!PARTNER_NOUN.test(f.form) || !possessive) return false;
  const people = located.filter((l) => l.entity.type === 'person' && l.mention.kind !== 'pronoun');
  if (people.some((l) => l.mention.start >= f.end && /^\s*,?\s*$/.test(text.slice(f.end, l.mention.start))))
    return false;
  // "able to call Aniston his wife", "Zendaya is his fiancée": the one named right before the possessive (or before
  // a copula) is the partner.
  const at = clause.start + possessive.index;
  if (people.some((l) => l.mention.end <= at && PARTNER_BEFORE.test(text.slice(l.mention.end, at)))) return false;
  const before = new Set(people.filter((l) => l.mention.end <= f.start).map((l) => l.entity.id));
  return before.size >= 2;
}

// A relationship's own noun, owned by two people named together: "Serena Williams and Alexis Ohanian's wedding was one
// to remember" (celebrity-142fake), "Brad and Angelina's divorce". Their wedding is theirs: the noun states the stage.
// (Not "romance" nor "marriage": "Tom and Taylor Swift's romance only lasted a few months" tells its end.)
const PAIR_NOUNS = new Set(['wedding', 'nuptials', 'engagement', 'divorce']);
// Those say whose a relationship is, not its stage: "Emma Stone and Justin Theroux's rumored romance" (a GossipCop
// headline) is theirs, not the one's named before them ("Jennifer Aniston is filled with rage over…").
const OWNED_NOUNS = new Set([...PAIR_NOUNS, 'romance', 'relationship', 'marriage']);
// What may stand between the owners' possessive and the noun.
const OWNED_GAP = /^['’‘]s?\s+(?:(?:rumou?red|alleged|budding|blossoming|secret|new|whirlwind)\s+)?$/i;
const PAIR_OWNS = /^\s*(?:and|&)\s+$/;
// "Anna Faris' New Romance With Michael Barrett", "her divorce from Brad Pitt": with and from too.
const TO_PARTNER = /^\s+(?:to|with|from)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** Whether a form is one of the nouns, or ends on one ("new romance", "secret wedding"). */
const nounOf = (form: string, nouns: ReadonlySet<string>): boolean =>
  nouns.has(form.toLowerCase().split(/\s+/).at(-1) ?? '');

/** The person whose possessive stands right before the noun ("Tom Cruise's Wedding"), if any. */
function ownerOf(text: string, f: { start: number }, people: Located[]): Located | undefined {
  return people.find(
    (l) =>
      OWNED_GAP.test(text.slice(l.mention.end, f.start)) ||
      (/['’‘]s?$/.test(l.mention.text) && OWNED_GAP.test(`'${text.slice(l.mention.end, f.start)}`)),
  );
}

/**
 * "Leah Remini Says Scientology Accused Her of 'Ruining' Tom Cruise's Wedding" (a GossipCop headline): a relationship
 * noun owned by one person, with no partner named with it, is theirs with someone the clause does not name. The owner,
 * or null when two own it or a partner is named (ownedPair).
 */
export function soleOwner(
  text: string,
  f: { form: string; start: number; entry: Proposition },
  located: Located[],
): string | null {
  const partnerNoun = appositives.has(f.form.toLowerCase());
  if (f.entry.type !== 'relationship' || !(partnerNoun || nounOf(f.form, OWNED_NOUNS))) return null;
  if (ownedPair(text, f, located, 'any')) return null;
  const people = located.filter((l) => l.entity.type === 'person');
  const owner = ownerOf(text, f, people);
  if (!owner || (partnerNoun && !unnamedPartner(text, f, owner, people))) return null;
  return owner.entity.id;
}

// "Brad Pitt Reacts to Jennifer Aniston's Husband", "Reports on Tom Cruise Custody & Disapproval of Katie Holmes'
// Boyfriend Debunked" (GossipCop headlines): a named owner's partner noun with no name of its own is someone the
// clause does not name (they paired Pitt with Aniston, Cruise with Holmes). Named right after it ("Katie Holmes' new
// boyfriend, Jamie Foxx") or right before its owner ("Kanye West, Kim Kardashian's husband"; "Jay-Z is Beyoncé's
// husband"; "she's Prince William's wife"; "called Ana de Armas “Tom Cruise's girlfriend”", the seed), the partner is
// that one. Only beside another name: with none ("he's hating on Selly's boyfriend", celebrity-023fake) nobody is
// paired wrongly, and the article's couple may tell who it is. A pronoun's ("her husband") is left to the couple too.
const NAMED_NEXT = /^\s*,?\s*(?:\p{Ll}[\p{L}'’-]*\s+){0,2}$/u;
const NAMED_BEFORE = /^(?:\s*,\s*|\s+(?:is|was|as)\s+|['’]s\s+|\s*[“"‘]\s*)$/i;
function unnamedPartner(text: string, f: { form: string; start: number }, owner: Located, people: Located[]): boolean {
  if (owner.mention.kind === 'pronoun') return false;
  const end = f.start + f.form.length;
  const others = people.filter((l) => l.entity.id !== owner.entity.id);
  if (!others.some((l) => l.mention.kind !== 'pronoun')) return false;
  return !others.some(
    (l) =>
      (l.mention.start >= end && NAMED_NEXT.test(text.slice(end, l.mention.start))) ||
      (l.mention.end <= owner.mention.start && NAMED_BEFORE.test(text.slice(l.mention.end, owner.mention.start))),
  );
}
/**
 * The pair that owns a relationship noun: "X and Y's wedding" (both named, the second with a possessive), or "X's
 * wedding to Y". Null when none does. `nouns`: 'stage' reads only the nouns that state a stage, 'any' also those that
 * only say whose the relationship is.
 */
export function ownedPair(
  text: string,
  f: { form: string; start: number; entry: Proposition },
  located: Located[],
  nouns: 'stage' | 'any' = 'stage',
): [string, string] | null {
  if (f.entry.type !== 'relationship' || !nounOf(f.form, nouns === 'stage' ? PAIR_NOUNS : OWNED_NOUNS)) return null;
  const people = located.filter((l) => l.entity.type === 'person');
  const second = ownerOf(text, f, people);
  if (!second) return null;
  const first = people.find(
    (l) =>
      l.entity.id !== second.entity.id &&
      l.mention.end <= second.mention.start &&
      PAIR_OWNS.test(text.slice(l.mention.end, second.mention.start)),
  );
  if (first) return [first.entity.id, second.entity.id];
  // "Serena Williams' wedding to Reddit co-founder Alexis Ohanian on Thursday" (celebrity-111legit): one owner, and
  // the partner named after "to" and a few words that describe them.
  const end = f.start + f.form.length;
  const partner = people.find(
    (l) =>
      l.entity.id !== second.entity.id &&
      l.mention.start >= end &&
      TO_PARTNER.test(text.slice(end, l.mention.start)) &&
      // "Ruining' Tom Cruise's Wedding with Her 'Horrible Behavior'": "with her" is company, not the partner.
      !(l.mention.kind === 'pronoun' && !/^\s+to\s/i.test(text.slice(end, l.mention.start))),
  );
  return partner ? [second.entity.id, partner.entity.id] : null;
}
