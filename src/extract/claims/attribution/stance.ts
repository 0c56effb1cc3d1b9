import { cues } from '../lexicon.ts';

// A principal on record confirms, unless they say it is not so ("I don't envision marriage").
// Only a negation just before what is claimed counts: "her fiancé Liam … had no wedding plans" confirms the engagement.
// Idioms of eagerness negate nothing: 'he and Jennifer have "hot feet" and can't wait to wed' (Justin Theroux,
// celebrity-076fake), "couldn't be happier", "never been happier".
const EAGER =
  /\b(?:can['’]?t|cannot|can not|couldn['’]t|could not) wait\b|\b(?:couldn['’]t|could not) be (?:happier|prouder|more excited)\b|\bnever been (?:happier|better)\b/gi;
export const onRecord = (lead: string): 'confirms' | 'denies' =>
  cues.negation.test(lead.replace(EAGER, ' ')) ? 'denies' : 'confirms';

/** Where the clause's first saying or reporting verb stands, or null. */
export function firstVerb(text: string): number | null {
  const at = [cues.saying.exec(text), cues.reporting.exec(text)].filter((m) => m !== null).map((m) => m.index);
  return at.length > 0 ? Math.min(...at) : null;
}
