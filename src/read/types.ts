/** One article as read from any input format, before extraction. */
export type Article = {
  /** The input's own id (JSONL `id`), else null: extraction derives one from the text. */
  id: string | null;
  /** Publication date `YYYY-MM-DD`, or null when the input does not say. */
  published: string | null;
  title: string | null;
  /** Outlet or feed name when the input names it. */
  source: string | null;
  url: string | null;
  /** The text every offset points into, exactly as given (see CONTRACT.md). */
  text: string;
  /** Where it came from, for error messages and provenance. */
  origin: { file: string; line?: number };
  /** A label carried by the corpus (e.g. `fake`/`legit`), for evaluation only. */
  label?: string;
};

/** A bad input: reported with its file (and line) and skipped; other inputs go on. */
export type ReadFailure = { file: string; line?: number; message: string };

export type ReadResult = { ok: true; article: Article } | { ok: false; failure: ReadFailure };
