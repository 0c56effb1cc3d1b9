// The phrase that stands for a work named before it ("the film", "the programme"): one definition, read where a casting's
// work is looked for (subjects.ts workOf) and where it is resolved (work-anaphor.ts).

/** Nouns that stand for a film, a show or a stage work once it has been named. */
const WORK_NOUNS =
  'film|movie|picture|show|programme|program|series|drama|sitcom|soap|musical|play|production|sequel|remake|documentary|comedy|thriller|biopic|adaptation';

/**
 * "the film", "the new movie", "this BBC drama", "the 2006 film": a determiner, at most three words, a work noun; not
 * "the film Troy" nor "the film version of Charlotte's Web" (a title or an "of" follows: the phrase names its own work),
 * nor "the film's director" (the noun owns what follows), nor "a film" (no work named before is meant).
 */
const DEFINITE_WORK_SOURCE = `(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}?(?:${WORK_NOUNS})\\b(?!['’]|\\s*,?\\s*\\p{Lu}|\\s+(?:of|about|version|adaptation)\\b|-)`;
// Not case-blind: with the i flag \p{Lu} matches any letter.
export const DEFINITE_WORK = new RegExp(`\\b${DEFINITE_WORK_SOURCE}`, 'gu');
const OBJECT_IS_DEFINITE_WORK = new RegExp(`^\\s+${DEFINITE_WORK_SOURCE}`, 'u');

/**
 * Whether what follows a casting's words is a work it refers to ("will host the programme, which follows … Strictly
 * Come Dancing"): then a work named later in the clause is not the one meant.
 */
export const refersToWork = (after: string): boolean => OBJECT_IS_DEFINITE_WORK.test(after);
