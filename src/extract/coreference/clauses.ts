// Words and marks that bound a clause, for the rules that look for a subject, an antecedent or a predicate in one.

/** Words that open a subordinate clause: "As The Weeknd reconnects with his ex, …", "after the 51-year-old actor made…". */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'as',
  'after',
  'before',
  'when',
  'while',
  'although',
  'though',
  'since',
  'because',
  'once',
  'until',
  'if',
  'whereas',
]);

/** Punctuation that ends a clause or sets one apart: a comma, a stop, a bracket, a quotation mark. */
export const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?', '(', ')', '"', '“', '”']);
