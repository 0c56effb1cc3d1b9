import { type Cue, lexicon } from './lexicons.ts';

/** What the cue features read: the article as given, no NLP analysis needed (training reads 20k headlines). */
export type CredibilityInput = { title: string | null; text: string; source: string | null };

export type CueName =
  | 'hedging'
  | 'anonymous-source'
  | 'on-record'
  | 'sensational'
  | 'headline-body-mismatch'
  | 'denial'
  | 'headline-question';

/** One cue family: a numeric feature for the model and the spans that triggered it (offsets into `text`). */
export type CueFinding = { name: CueName; value: number; cues: Cue[]; inTitle: Cue[] };

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
// Shouting is /(?<![\p{L}])[\p{Lu}]{4,}(?![\p{L}])/gu, its lookbehind tested apart (shouts): a pattern that opens on a
// lookbehind is tried at every position of the text.
const SHOUT = /[\p{Lu}]{4,}(?![\p{L}])/gu;
const LETTER_BEFORE = /\p{L}$/u;
const BANGS = /[!?]*![!?]*/g;

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * SHOUT's matches that follow no letter. A run that does is passed over whole: every position inside it follows a capital
 * and the character after it is no letter, so the lookbehind's pattern matches nowhere in it either.
 */
function shouts(text: string): Cue[] {
  const out: Cue[] = [];
  SHOUT.lastIndex = 0;
  for (let m = SHOUT.exec(text); m !== null; m = SHOUT.exec(text))
    if (m.index === 0 || !LETTER_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)))
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

function matches(pattern: RegExp, text: string): Cue[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Spans other stages found (the hedges stage, claims a principal denies), merged with our own cues. */
export type ExtraCues = { hedges?: Cue[]; denials?: Cue[] };

function union(own: Cue[], extra: Cue[]): Cue[] {
  const out = [...own];
  for (const cue of extra) if (!out.some((c) => c.start < cue.end && cue.start < c.end)) out.push(cue);
  return out.sort((a, b) => a.start - b.start);
}

// Densities per 100 words, squashed by log1p so one long article does not dominate the model.
const density = (count: number, words: number) => Math.log1p((100 * count) / Math.max(words, 50));

/**
 * The hand-made cue families of the issue, each as one numeric feature. The learned model weighs them;
 * these functions only count. Acronyms (NBC, HBO) are not shouting: only all-caps words of 4+ letters count.
 * `textWords` is wordCount(input.text) when the caller has it already.
 */
export function findCues(input: CredibilityInput, extra: ExtraCues = {}, textWords?: number): CueFinding[] {
  const { text } = input;
  const title = input.title ?? '';
  const bodyWords = textWords ?? wordCount(text);
  const words = bodyWords + wordCount(title);
  const hedges = union(lexicon.hedges(text), extra.hedges ?? []);
  const titleHedges = lexicon.hedges(title);
  const anonymous = lexicon.anonymous(text);
  const onRecord = lexicon.onRecord(text);
  const denials = union(lexicon.denials(text), extra.denials ?? []);
  const sensational = [...lexicon.sensational(text), ...shouts(text), ...matches(BANGS, text)].sort(
    (a, b) => a.start - b.start,
  );
  const titleSensational = [...lexicon.sensational(title), ...shouts(title), ...matches(BANGS, title)];
  const question = /\?\s*(?:[-–|].*)?$/.test(title.trim()) ? [{ start: 0, end: title.length, text: title }] : [];

  // The headline states it flat while the body hedges: the tell of a rumour dressed as news.
  const bodyHedging = hedges.length / Math.max(bodyWords, 1);
  const mismatch = title !== '' && titleHedges.length === 0 && question.length === 0 && bodyHedging > 0.004;

  return [
    { name: 'hedging', value: density(hedges.length, words), cues: hedges, inTitle: titleHedges },
    {
      name: 'anonymous-source',
      value: Math.log1p(anonymous.length),
      cues: anonymous,
      inTitle: lexicon.anonymous(title),
    },
    { name: 'on-record', value: Math.log1p(onRecord.length), cues: onRecord, inTitle: [] },
    {
      name: 'sensational',
      value: density(sensational.length + 2 * titleSensational.length, words),
      cues: sensational,
      inTitle: titleSensational,
    },
    { name: 'headline-body-mismatch', value: mismatch ? 1 : 0, cues: mismatch ? hedges.slice(0, 3) : [], inTitle: [] },
    { name: 'denial', value: Math.log1p(denials.length), cues: denials, inTitle: lexicon.denials(title) },
    { name: 'headline-question', value: question.length, cues: [], inTitle: question },
  ];
}
