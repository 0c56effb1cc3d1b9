import { cues, epithetHeads, firstNames, MONTHS_DAYS } from '../../names/index.ts';
import type { TypingRule } from './rule.ts';
import { at } from '../../../invariant/index.ts';

// Runs that are no entity, or not all of one: dates, and names used as modifiers of a role noun.

const PART_OF_DAY = /^(?:Night|Morning|Evening|Afternoon)$/;

/** "Hollywood star", "the Oscar winner": a place or award used as a modifier of a role noun. */
export const phraseAsModifier: TypingRule = {
  name: 'phrase-as-modifier',
  test: ({ c, after }) => (c.phrase?.type === 'place' || c.phrase?.type === 'event') && epithetHeads.has(after),
  verdict: () => null,
};

/** Calendar words and numbers only (cues.json calendar). */
export const calendarWords: TypingRule = {
  name: 'calendar-words',
  test: ({ words }) => words.every((w) => cues.calendar.has(w) || /^\d/.test(w)),
  verdict: () => null,
};

/**
 * "in September Spears said": a date word opening a run is not part of the name after it, which is typed alone.
 * But "Saturday Night Live", "Friday Night Lights" are titles.
 */
export const dateWordFirst: TypingRule = {
  name: 'date-word-first',
  test: ({ several, head, words }) =>
    several && MONTHS_DAYS.test(head) && !firstNames.has(head) && !PART_OF_DAY.test(at(words, 1)),
  verdict: ({ doc, c, retype }) => retype({ ...c, first: c.first + 1, start: at(doc.tokens, c.first + 1).start }),
};

/** A calendar word before a number opens a date, not a name. */
export const calendarBeforeNumber: TypingRule = {
  name: 'calendar-before-number',
  test: ({ doc, c, head }) => cues.calendar.has(head) && /^\d/.test(doc.tokens[c.last + 1]?.text ?? ''),
  verdict: () => null,
};

/**
 * "the Bond girl", "Beckham party", "the Smith family", "the Paris robbery", "Joy Division singer": modifiers,
 * not mentions (coreference reads the epithets; events own the parties).
 */
export const modifierOfNoun: TypingRule = {
  name: 'modifier-of-noun',
  test: ({ after, afterTwo }) =>
    epithetHeads.has(after) || epithetHeads.has(afterTwo) || cues.events.has(after) || cues.families.has(after),
  verdict: () => null,
};

/** One capitalised word between "the" and a noun modifies the noun. */
export const theWordNoun: TypingRule = {
  name: 'the-word-noun',
  test: ({ doc, c, several, before }) =>
    !several && before === 'the' && doc.tokens[c.last + 1]?.pos === 'NOUN' && !c.possessive,
  verdict: () => null,
};

/** "May God's peace surround you", "Thank God" (celebrity-168legit): an invocation, not a given name and a surname. */
export const invocation: TypingRule = {
  name: 'invocation',
  test: ({ several, words }) => several && at(words, words.length - 1) === 'God',
  verdict: () => null,
};
