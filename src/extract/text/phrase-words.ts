import { readPrebuilt, versionsOf, writeTable } from '../prebuilt.ts';
import { analyse } from '../tokens/index.ts';

// A lexicon phrase's tokens as wink splits them ("tight-lipped", "Tom's"), for PhraseMatcher. wink reads each phrase as
// a document of its own (tokens/wink.ts), so its tokens depend only on the phrase and on wink's model: `npm run build`
// tokenises every phrase of every matcher once (build/extract/text/phrase-words.json), where `rumourmill
// extract` spent ~50 ms of every start tokenising ~2,800 of them. A phrase the table lacks is tokenised as before.

// "joined * in": a form's pieces are the words between its gaps.
const GAP = /\s+\*\s+/;

/** The pieces of a form, each tokenised on its own. */
export const piecesOf = (form: string): string[] => form.split(GAP);

/** Every matcher's forms (the lists themselves, split only by the build), for the build's table. */
const formLists: Array<ReadonlyArray<{ form: string }>> = [];

export function registerForms(forms: ReadonlyArray<{ form: string }>): void {
  formLists.push(forms);
}

const TABLE = new URL('./phrase-words.json', import.meta.url);
// What the table was made with: a new wink or model may split differently, and the table is then left unused.
const PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model'];
export type PhraseTable = { made: string; pieces: Record<string, string[]> };

let table: Map<string, string[]> | null | undefined;

/** The token texts of a phrase piece: from the build's table, else from wink. */
export function pieceTokens(piece: string): string[] {
  if (table === undefined) {
    const bytes = readPrebuilt(TABLE);
    table = bytes ? readTable(JSON.parse(bytes.toString('utf8')) as PhraseTable) : null;
  }
  return table?.get(piece) ?? tokensOf(piece);
}

const tokensOf = (piece: string): string[] => analyse(piece).tokens.map((t) => t.text);

/** The table's pieces; null when it was made with another wink or model. */
export function readTable(made: PhraseTable): Map<string, string[]> | null {
  return made.made === versionsOf(PACKAGES) ? new Map(Object.entries(made.pieces)) : null;
}

/** Every registered piece with its tokens, as the build writes it. */
export function phraseTable(): PhraseTable {
  const pieces = new Set(formLists.flatMap((forms) => forms.flatMap(({ form }) => piecesOf(form))));
  const out: PhraseTable = { made: versionsOf(PACKAGES), pieces: {} };
  for (const piece of [...pieces].sort()) out.pieces[piece] = tokensOf(piece);
  return out;
}

/** Writes the table where this module reads it (`npm run build`, on the compiled one); no inputs (it records the versions). */
export function writePhraseWords(): string[] {
  writeTable(TABLE, `${JSON.stringify(phraseTable())}\n`);
  return [];
}
