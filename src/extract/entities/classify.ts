import type { Doc } from '../doc.ts';
import type { EntityType } from '../types.ts';
import { cues, epithetHeads, firstNames, lexiconType, phrasesByPrefix, type Gender } from '../names/index.ts';
import { sceneOf, TYPING_RULES } from './rules/index.ts';
import { WORK_ROLES } from './rules/works.ts';
import { isTitledStageName } from './rules/names.ts';
import { modifiesNoun } from '../text/index.ts';
import { givenName, headlineLine, lowerWords, titleCaseSentence, sentenceInitial, type Candidate } from './scan.ts';
import { at } from '../../invariant/index.ts';

/** What a candidate names, with the span to record (it may grow: "the Core restaurant"). */
export type Typed = {
  type: EntityType;
  name: string;
  start: number;
  end: number;
  rule: string;
  gender: Gender | null;
};

/** What the whole article says about names, gathered before typing any one of them. */
export type Evidence = {
  /** Words seen as a one-word name mid-sentence ("Thoday said"). */
  alone: Set<string>;
  /** Those, plus sentence-initial ones before a verb ("Deeley will host"): they corroborate a surname. */
  surnames: Set<string>;
  /** First words of runs that open with a given name ("Chelsea" of "Chelsea Handler"). */
  givenNames?: Set<string>;
};

/**
 * Types a candidate from its own words and the words around it; null when it is no entity
 * (a month, a sentence-initial "Fans", or a modifier like "Hollywood" in "Hollywood star").
 */
export function classify(doc: Doc, candidate: Candidate, evidence: Evidence): Typed | null {
  // "“Star Wars” franchise": a role word opening a title is part of it.
  const c = candidate.title ? candidate : withLexiconPhrase(doc, candidate, withoutRoleWords(doc, candidate));
  // "Stars In Their Eyes said": a capitalised function word mid-sentence means a title-case title.
  const previous = doc.tokens[c.first - 1];
  // Not in a headline, where every word is capitalised: "Pregnant With Blake Shelton's Baby".
  const headlineName =
    c.last > c.first &&
    firstNames.has(at(doc.tokens, c.first).text) &&
    titleCaseSentence(doc, at(doc.tokens, c.first).sentence);
  if (
    !c.phrase &&
    previous &&
    previous.text !== 'The' &&
    cues.stopwords.has(previous.text) &&
    !sentenceInitial(doc, c.first - 1) &&
    !headlineName
  )
    return null;
  const typed = typeOf(doc, c, evidence);
  const next = doc.tokens[c.last + 1];
  // "a custom Alice Roi coatdress": a name before a noun is a brand or label; but "the
  // Tennessee Williams drama" still names the author.
  const modifies = next?.pos === 'NOUN' && !cues.works.has(next.text) && modifiesNoun(doc, c.first, c.last);
  if (typed?.type === 'person' && !c.possessive && modifies) {
    typed.rule = NAME_AS_MODIFIER;
  }
  return typed;
}

// "Bookmaker William Hill has stopped taking bets": without its role word, the run is a name a lexicon lists.
// Only a run that lost its role word: the scanner already matched the lexicon everywhere else, and left a name that is
// also a common word ("Muse played on Friday") to the words around it.
function withLexiconPhrase(doc: Doc, run: Candidate, c: Candidate): Candidate {
  if (c.phrase || c === run) return c;
  const text = doc.text.slice(c.start, c.end);
  const phrase = phrasesByPrefix.get(text.slice(0, 2))?.find((p) => p.phrase === text && !p.ambiguous);
  return phrase ? { ...c, phrase } : c;
}

/** The first typing rule that holds decides (rules/index.ts gives the order and the reasons). */
function typeOf(doc: Doc, c: Candidate, evidence: Evidence): Typed | null {
  const scene = sceneOf(doc, c, evidence, (narrower) => typeOf(doc, narrower, evidence));
  for (const rule of TYPING_RULES) if (rule.test(scene)) return rule.verdict(scene);
  return null;
}

/** Rule of a person name used only as a modifier; an entity with no other mention is dropped. */
export const NAME_AS_MODIFIER = 'name-as-modifier';

// "Novelist Andrea Levy" at a sentence start: the capitalised role word is not part of the name.
function withoutRoleWords(doc: Doc, c: Candidate): Candidate {
  // "Star Wars: The Phantom Menace": a colon makes it a title, whose first word stays.
  if (doc.tokens.slice(c.first, c.last + 1).some((t) => t.text === ':')) return c;
  // "Star Wars actor Ewan McGregor" (bbc 333): before a screen role the run is a title, whose first word stays.
  if (!c.possessive && WORK_ROLES.has(doc.tokens[c.last + 1]?.text ?? '')) return c;
  // "Pink and Lady Gaga are teaming up" (celebrity-134fake): a listed stage name keeps its title word ("lady").
  if (isTitledStageName(doc.text.slice(c.start, c.end))) return c;
  let first = c.first;
  const isRole = (w: string): boolean => epithetHeads.has(w) || cues.roleWords.has(w);
  while (first < c.last && !c.phrase && isRole(at(doc.tokens, first).text.toLowerCase())) first++;
  // "The Weeknd (AKA Abel Tesfaye)" (celebrity-143legit): the alias cue opens the second name, not part of it.
  if (first < c.last && !c.phrase && /^aka$/i.test(at(doc.tokens, first).text)) first++;
  while (first + 1 < c.last && !c.phrase && describes(doc, first, c)) first++;
  // "New Musical Starring Zendaya Coleman", "Starring Zendaya": in a title-case headline the name
  // opens at its given name; the words before it, none a given name, are the headline's.
  if (!c.phrase && headlineLine(doc, at(doc.tokens, first).sentence)) {
    let k = first;
    while (k <= c.last && !givenName(doc, at(doc.tokens, k).text)) k++;
    if (k > first && k <= c.last && !cues.particles.has(at(doc.tokens, k - 1).text.toLowerCase())) first = k;
  }
  return first === c.first ? c : { ...c, first, start: at(doc.tokens, first).start };
}

// "Scientologist Jenna Elfman", "BFF Malika Haqq", "Monaco Charlotte Casiraghi", "Meet Kate
// Hudson": a word that is no given name, before a given name and a surname, describes the person
// when it is a demonym, faith, profession or headline word, an acronym, a place, or a word the
// article also writes in lower case. In a title-case headline ("Reason Tom Cruise …", "Starring
// Selena Gomez", "Exclusive Zendaya …") any word that is no given name, before one, is the headline's.
function describes(doc: Doc, k: number, c: Candidate): boolean {
  const word = at(doc.tokens, k).text;
  const titleCase = headlineLine(doc, at(doc.tokens, k).sentence);
  const given = (w: string): boolean => (titleCase ? givenName(doc, w) : firstNames.has(w));
  // "Buddy Luke Bryan": a listed describing word before a given name, though it is a name too.
  if (titleCase && cues.descriptors.has(word.toLowerCase()) && given(at(doc.tokens, k + 1).text)) return true;
  if (given(word)) return false;
  // "Conductor Marcello Viotti", "Friend Imad Handi": a listed descriptor needs no known given name
  // after it, only a two-word name.
  if (!given(at(doc.tokens, k + 1).text))
    return cues.descriptors.has(word.toLowerCase()) && nameShaped(doc, k + 1, c.last);
  const w = word.toLowerCase();
  // An acronym: "BFF", "CEO", "C.O.O." (not initials: "J.P. Morgan").
  const acronym = /^\p{Lu}{2,}$|^(?:\p{Lu}\.){3,}$/u.test(word);
  if (cues.demonyms.has(word) || cues.descriptors.has(w) || acronym || lexiconType(word) === 'place') return true;
  if (titleCase) return true;
  // Mid-sentence "Red Rose Speedway" and "Royal Chelsea Hospital" are names as they stand.
  return sentenceInitial(doc, k) && (cues.headlineWords.has(w) || lowerWords(doc).has(w));
}

const nameShaped = (doc: Doc, first: number, last: number): boolean =>
  last === first + 1 &&
  [first, last].every(
    (k) =>
      /^\p{Lu}\p{Ll}+$/u.test(at(doc.tokens, k).text) &&
      !cues.orgSuffixes.has(at(doc.tokens, k).text) &&
      !cues.placeSuffixes.has(at(doc.tokens, k).text) &&
      !cues.eventSuffixes.has(at(doc.tokens, k).text),
  );
