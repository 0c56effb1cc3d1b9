// Titles are not times: "All Right Now", "Are You Lonesome Tonight", the Tonight Show, ITV1's This Morning,
// "Saturday Night Takeaway", "Twentieth Century Fox" (BBC 138, 261, 222, 310, 201). A time word that prose writes in
// lower case ("now", "tonight", "morning", "century") is part of a name when it is capitalised inside a sentence,
// unless the whole line is in title case, as a headline is ("Selena Gomez Steps Out Last Night").

// What may stand before a word that starts a sentence, a quotation (TimeBank opens them with ``) or a clause
// after a colon or dash.
const OPENS = /(?:^|[.!?:;]["'”’)]?\s+|[\n"“‘`(—–]\s*|\s-\s+)$/;

/** Whether the line holding [start, end) is a headline: most of its longer words capitalised. */
function titleCaseLine(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  const words = text.slice(from, to < 0 ? text.length : to).match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return true; // a short line ("Last Night", a caption) says nothing either way
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/**
 * Whether `word`, found at `at` in `text`, is a lower-case time word capitalised as part of a name: written with a
 * capital, not opening a sentence or quotation, on a line that is not a headline.
 */
export function capitalisedInProse(text: string, at: number, word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  if (OPENS.test(text.slice(Math.max(0, at - 4), at))) return false;
  return !titleCaseLine(text, at, at + word.length);
}
