import {
  duo,
  earlierSurnameRule,
  lexiconPhrase,
  titleCaseEvent,
  titleCaseOrg,
  petName,
  venue,
  venueName,
  titledPerson,
  groupContext,
  capitalThe,
  givenNameRule,
  outletNoun,
  eventWord,
  placeWord,
  placeContextRule,
  orgSuffix,
  personRule,
} from './names.ts';
import {
  phraseAsModifier,
  calendarWords,
  dateWordFirst,
  calendarBeforeNumber,
  modifierOfNoun,
  theWordNoun,
} from './skips.ts';
import type { TypingRule } from './rule.ts';
import {
  showTitle,
  scannedTitle,
  showAfterHostRule,
  workNamedLikePersonRule,
  titleColon,
  ownedWork,
  workNoun,
  roleIn,
  yearTitle,
  quotedTitle,
  possessiveNumber,
} from './works.ts';

export { sceneOf, type Scene, type TypingRule } from './rule.ts';

/**
 * Entity typing, in priority order: the first rule whose test holds types the run (or drops it). Marks the scanner
 * is sure of come first (a duo, a lexicon phrase, a title), then what is no name at all (dates, modifiers), then
 * the words around the run, and a person last: "The Graham Norton Show" is a work before it can be a person.
 */
export const TYPING_RULES: TypingRule[] = [
  duo,
  phraseAsModifier,
  earlierSurnameRule,
  lexiconPhrase,
  possessiveNumber,
  showTitle,
  titleCaseEvent,
  titleCaseOrg,
  scannedTitle,
  showAfterHostRule,
  workNamedLikePersonRule,
  calendarWords,
  dateWordFirst,
  calendarBeforeNumber,
  petName,
  venue,
  modifierOfNoun,
  theWordNoun,
  venueName,
  titledPerson,
  groupContext,
  capitalThe,
  givenNameRule,
  outletNoun,
  titleColon,
  ownedWork,
  eventWord,
  placeWord,
  placeContextRule,
  workNoun,
  roleIn,
  yearTitle,
  quotedTitle,
  orgSuffix,
  personRule,
];
