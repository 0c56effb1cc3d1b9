import * as names from './names.ts';
import * as skips from './skips.ts';
import type { TypingRule } from './rule.ts';
import * as works from './works.ts';

export { sceneOf, type Scene, type TypingRule } from './rule.ts';

/**
 * Entity typing, in priority order: the first rule whose test holds types the run (or drops it). Marks the scanner
 * is sure of come first (a duo, a lexicon phrase, a title), then what is no name at all (dates, modifiers), then
 * the words around the run, and a person last: "The Graham Norton Show" is a work before it can be a person.
 */
export const TYPING_RULES: TypingRule[] = [
  names.duo,
  skips.phraseAsModifier,
  names.earlierSurnameRule,
  works.workNounOverPlace,
  works.quotedBeforeWorkNoun,
  works.functionWordTitle,
  names.lexiconPhrase,
  names.listedStageName,
  names.titledStageName,
  works.workBeforeRole,
  works.possessiveNumber,
  works.showTitle,
  works.broadcasterProgramme,
  names.givenNameDay,
  names.titleCaseEvent,
  names.titleCaseOrg,
  names.sportsTeam,
  works.scannedTitle,
  works.showAfterHostRule,
  works.workNamedLikePersonRule,
  works.capitalisedGlueBefore,
  works.gerundTitle,
  skips.calendarWords,
  skips.dateWordFirst,
  skips.calendarBeforeNumber,
  names.petName,
  names.venue,
  skips.modifierOfNoun,
  skips.theWordNoun,
  names.venueName,
  names.titledPerson,
  names.campaignGroup,
  names.groupContext,
  works.theCommonWordTitle,
  names.capitalThe,
  works.beforeStarring,
  works.chartWith,
  names.placeNamedPlace,
  works.workNounPersonName,
  names.givenNameRule,
  names.outletNoun,
  names.outletNounBefore,
  names.orgNounBefore,
  works.titleColon,
  works.ownedWork,
  works.workNounOverNameWord,
  names.eventWord,
  names.placePluralTeam,
  names.placeWord,
  names.placeContextRule,
  works.workNoun,
  works.workNounGivenName,
  works.workNounApposition,
  works.listedWork,
  works.roleIn,
  works.awardFor,
  works.yearTitle,
  works.quotedTitle,
  names.orgSuffix,
  names.personRule,
];
