// Where a long run without spaces may wrap. A headline can be a bare address ("http://www.rollingstone.com/music/
// news/taylor-swift-new-song-…", celebrity-136legit): the browser finds no break in "http://…/news/taylor-", and on a
// phone overflow-wrap then cuts it anywhere ("tay|lor"). Breaking after a slash and before a dot, ?, &, = or #, as
// style guides break an address, keeps its words whole.

/** Runs without spaces up to this long fit any box the desk has; only longer ones are cut into pieces. */
const LONG_RUN = /\S{21,}/g;
/** After a slash that no slash follows ("http://" stays whole), before . ? & = # that is not the run's last. */
const BREAK = /(?<=\/)(?=[^/])|(?<=.)(?=[.?&=#].)/;

/** The text in pieces; a line may also break between any two. Pieces joined give the text back. */
export function wrapPieces(text: string): string[] {
  const pieces = [''];
  let last = 0;
  for (const m of text.matchAll(LONG_RUN)) {
    const [first = '', ...rest] = m[0].split(BREAK);
    pieces[pieces.length - 1] += text.slice(last, m.index) + first;
    pieces.push(...rest);
    last = m.index + m[0].length;
  }
  pieces[pieces.length - 1] += text.slice(last);
  return pieces;
}
