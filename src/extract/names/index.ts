// The vocabulary of names, shared by the entities stage (which finds and types names) and coreference (which
// links titles, nicknames and epithets back to them): given names, nicknames, titles, epithet heads, role words,
// the place/outlet/platform/organization phrases, built once from data/lexicons.
export {
  ambiguousPlaces,
  broadcasters,
  cues,
  epithetHeads,
  firstNames,
  genderOf,
  lexiconType,
  MONTHS_DAYS,
  nicknames,
  phrasesByPrefix,
  roleCovers,
  titles,
  outletNames,
  outletsInCapitals,
  outletReportingVerbs,
  workFramesBefore,
  type EpithetHead,
  type Gender,
  type Phrase,
} from './lexicons.ts';
