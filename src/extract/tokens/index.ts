import { outletNames } from '../names/index.ts';
import { its, readDoc, releaseDoc } from './wink.ts';
import { at as atIndex } from '../../invariant/index.ts';

// wink-nlp's tags: the Universal Dependencies parts of speech, in UD's three groups, and SPACE (wink-nlp's
// `PartOfSpeech`).
const OPEN_CLASS = ['ADJ', 'ADV', 'INTJ', 'NOUN', 'PROPN', 'VERB'] as const;
const CLOSED_CLASS = ['ADP', 'AUX', 'CCONJ', 'DET', 'NUM', 'PART', 'PRON', 'SCONJ'] as const;
const OTHER = ['PUNCT', 'SYM', 'X', 'SPACE'] as const;
export const POS_TAGS = [...OPEN_CLASS, ...CLOSED_CLASS, ...OTHER] as const;
export type Pos = (typeof POS_TAGS)[number];
const POS: ReadonlySet<string> = new Set(POS_TAGS);
/** wink's tag as one of ours; X (other) for anything else, as for a token wink gave no tag. */
const posOf = (tag: string | undefined): Pos => (tag !== undefined && POS.has(tag) ? (tag as Pos) : 'X');

/** A token with its UTF-16 offsets into the article text and wink-nlp's universal POS tag. */
export type Token = {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag (PROPN, NOUN, VERB, PRON, ADP, PUNCT…). */
  pos: Pos;
  /** Index of its sentence in `Analysis.sentences`. */
  sentence: number;
};

export type Sentence = { text: string; start: number; end: number; firstToken: number; lastToken: number };

export type Analysis = { sentences: Sentence[]; tokens: Token[] };

// wink's tokeniser takes time quadratic in the length of a run without spaces: a 20 KB line of
// dashes took 0.9 s, 100 KB 24 s. No word or link is that long (the longest in the development
// articles and TimeBank is 61 characters), so wink reads such runs cut every 500 characters.
// Tokens are looked up in the text itself below, so no offset moves.
const LONG_RUN = /\S{500}(?=\S)/g;
// Whether there is such a run: it starts at the text's start or after a space, so only there need it be tried (a bare
// /\S{501}/ counts on from every character of every word: 20 ms of CPU per 750 development articles, this 7).
const HAS_LONG_RUN = /(?:^|\s)\S{501}/;

/**
 * Splits text into sentences and tokens with exact offsets. Sentences never cross a line break:
 * scraped articles put headlines and captions on lines of their own, without a full stop.
 * @example analyse('She smiled.').tokens[0] // {text:'She', start:0, end:3, pos:'PRON', sentence:0}
 */
export function analyse(text: string): Analysis {
  const { words, tags, spans } = winkRead(text);

  // wink's sentence index for each of its tokens.
  const winkSentence = new Array<number>(words.length).fill(0);
  spans.forEach(([from, to], s) => {
    for (let i = from; i <= to; i++) winkSentence[i] = s;
  });

  // wink gives token strings without offsets; find each one in order from a moving cursor.
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let previousWink = -1;
  // The last token was a word wink took for an abbreviation, and its dot ended the sentence (wordBeforeStop).
  let stopped = false;
  // The first line break at or after the previous token's end: a break before this token ends the sentence. Kept
  // as a position rather than slicing the gap between every two tokens to look for one.
  let newline = text.indexOf('\n');
  const sites = sitesIn(text);
  for (let i = 0; i < words.length; i++) {
    const word = atIndex(words, i);
    if (word.trim() === '') continue;
    const at = text.indexOf(word, cursor);
    if (at < 0) continue; // wink normalised this token; it has no exact span, so leave it out
    const previousEnd = tokens.length > 0 ? atIndex(tokens, tokens.length - 1).end : 0;
    if (newline >= 0 && newline < previousEnd) newline = text.indexOf('\n', previousEnd);
    const brokenLine = tokens.length > 0 && newline >= 0 && newline < at;
    const last = tokens[tokens.length - 1];
    if (last && last.end === at && at < (sites.get(last.start) ?? 0)) {
      // "RadarOnline.com has exclusively learned": one token, and no sentence ends at its dot.
      last.end = at + word.length;
      last.text = text.slice(last.start, last.end);
      atIndex(sentences, sentences.length - 1).end = last.end;
      cursor = last.end;
      previousWink = atIndex(winkSentence, i);
      continue;
    }
    const wordEnd = wordBeforeStop(text, word, at);
    if (sentences.length === 0 || winkSentence[i] !== previousWink || brokenLine || stopped) {
      sentences.push({ text: '', start: at, end: at, firstToken: tokens.length, lastToken: tokens.length });
    }
    previousWink = atIndex(winkSentence, i);
    const sentence = atIndex(sentences, sentences.length - 1);
    sentence.lastToken = tokens.length;
    sentence.end = at + word.length;
    stopped = false;
    if (wordEnd !== null) {
      // "can't wait to wed. Read more": the word, then the full stop that ends its sentence.
      tokens.push({
        text: text.slice(at, wordEnd.end),
        start: at,
        end: wordEnd.end,
        pos: wordEnd.pos,
        sentence: sentences.length - 1,
      });
      sentence.lastToken = tokens.length;
      tokens.push({
        text: '.',
        start: wordEnd.end,
        end: wordEnd.end + 1,
        pos: 'PUNCT',
        sentence: sentences.length - 1,
      });
      stopped = true;
    } else {
      tokens.push({
        text: word,
        start: at,
        end: at + word.length,
        pos: posOf(tags[i]),
        sentence: sentences.length - 1,
      });
    }
    cursor = at + word.length;
  }
  const joined = joinBreaks(text, sentences, tokens, [afterExclaimedName(text, tokens), afterAbbreviation(tokens)]);
  for (const s of joined) s.text = text.slice(s.start, s.end);
  return { sentences: joined, tokens };
}

/** wink's token strings, their tags and its sentences as token spans; wink's own document is let go (releaseDoc). */
function winkRead(text: string): { words: string[]; tags: string[]; spans: Array<[number, number]> } {
  const doc = readDoc(HAS_LONG_RUN.test(text) ? text.replace(LONG_RUN, '$& ') : text);
  const words = doc.tokens().out();
  // wink's `its` helpers are plain functions that do not use `this`, though typed as methods.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const tags = doc.tokens().out(its().pos) as string[];
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const spans = doc.sentences().out(its().span) as unknown as Array<[number, number]>;
  releaseDoc();
  return { words, tags, spans };
}

// Words that wink reads as a day's, a month's or a number's abbreviation when a dot follows: "to wed." ("Wed."), "she
// sat.", "the sun.", "said no." are one token and end no sentence, so "They can't wait to wed. Read more: …"
// (celebrity-076fake) ran on into the next sentence and "to wed" was no phrase. Lower case only ("Sat. 5 May" is a
// date), each with the tag of its use as a word.
const WORDS_NOT_ABBREVIATIONS: Readonly<Record<string, Pos>> = {
  wed: 'VERB',
  sat: 'VERB',
  sun: 'NOUN',
  mar: 'VERB',
  no: 'INTJ',
};

/** Where the word of a token like "wed." ends, and its tag, when it is a word and a sentence ends at its dot. */
function wordBeforeStop(text: string, token: string, at: number): { end: number; pos: Pos } | null {
  if (token.length < 3 || !token.endsWith('.')) return null;
  const pos = WORDS_NOT_ABBREVIATIONS[token.slice(0, -1)];
  if (pos === undefined) return null;
  // A sentence begins after it: the text's end, a line break, or a space and a capital or a quote.
  const after = text.slice(at + token.length, at + token.length + 3);
  return after === '' || /^(?:\s*\n|\s+[\p{Lu}"“‘'])/u.test(after) ? { end: at + token.length - 1, pos } : null;
}

// A site's name ("RadarOnline.com", "Newstalk.com", "Contactmusic.co.uk"): wink cuts it at its dots and reads the
// first as the end of a sentence.
const SITE =
  /(?<![\p{L}\d.@/-])[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|co\.uk|org\.uk|tv|fm|info|biz|io)(?![\p{L}\d-])/gu;

// SITE's ending alone: a text without one has no site's name, and this is found far faster (it opens with a dot, where
// SITE tries every word of the text; it took 1% of all extraction).
const SITE_END = /\.(?:com|org|net|co\.uk|org\.uk|tv|fm|info|biz|io)(?![\p{L}\d-])/u;

// A stage name with a dollar sign for a letter ("A$AP Rocky", "Ke$ha"): wink cuts it at the sign, and "AP" alone was
// read as the Associated Press (the rihanna-asap-rocky desk stream).
const DOLLAR_WORD = /(?<![\p{L}\d$])\p{L}+\$\p{L}+(?![\p{L}\d$])/gu;

/** Where each site's name, or each word spelt with a dollar sign, ends, by where it starts: each is one token. */
const sitesIn = (text: string): Map<number, number> =>
  new Map([
    ...(SITE_END.test(text)
      ? [...text.matchAll(SITE)].map((m): [number, number] => [m.index, m.index + m[0].length])
      : []),
    ...(text.includes('$')
      ? [...text.matchAll(DOLLAR_WORD)].map((m): [number, number] => [m.index, m.index + m[0].length])
      : []),
  ]);

// Abbreviations that end in a dot inside a name or title ("Warner Bros. has secured Robert Pattinson", "Disney Co."):
// wink ends a sentence at the dot.
const ABBREVIATION =
  /^(?:Bros|Co|Corp|Inc|Ltd|Jr|Sr|St|Mt|Ft|Ave|Dept|Gov|Sen|Rep|Gen|Capt|Col|Lt|Sgt|Prof|Rev|vs|No)$/;

/** Whether `sentence` goes on the one before it on its line although wink broke there. */
type Continues = (previous: Sentence, sentence: Sentence) => boolean;

/**
 * "Deadline reports that Warner Bros. has secured…" is one sentence ("He signed with Warner Bros. The deal…" two): the
 * next sentence opens in lower case right after an abbreviation's dot.
 */
const afterAbbreviation =
  (tokens: Token[]): Continues =>
  (previous, sentence) => {
    const dot = tokens[previous.lastToken];
    const word = previous.lastToken > previous.firstToken ? tokens[previous.lastToken - 1] : undefined;
    return (
      dot?.text === '.' &&
      word?.end === dot.start &&
      ABBREVIATION.test(word.text) &&
      /^\p{Ll}/u.test(atIndex(tokens, sentence.firstToken).text)
    );
  };

/**
 * "to E! News that…", "told OK! magazine", "to Hello! she said": the name of an outlet with a "!" goes on (the name
 * continues, or a lower-case word follows). So does a clause's punctuation: "The source, which spoke to OK!, claimed…"
 * (celebrity-120fake), "she told Hello!: …".
 */
const afterExclaimedName =
  (text: string, tokens: Token[]): Continues =>
  (previous, sentence) => {
    const name = exclaimedNameBefore(text, previous.end);
    const next = atIndex(tokens, sentence.firstToken).text;
    return !!name && (/^[\p{Ll},;:)]/u.test(next) || OUTLET_NAMES.has(`${name} ${next}`));
  };

/** Undoes wink's sentence breaks where a rule says the sentence goes on, on the same line. */
function joinBreaks(text: string, sentences: Sentence[], tokens: Token[], rules: Continues[]): Sentence[] {
  const out: Sentence[] = [];
  for (const sentence of sentences) {
    const previous = out[out.length - 1];
    const sameLine = previous !== undefined && !text.slice(previous.end, sentence.start).includes('\n');
    if (previous && sameLine && rules.some((continues) => continues(previous, sentence))) {
      previous.end = sentence.end;
      previous.lastToken = sentence.lastToken;
    } else {
      out.push(sentence);
    }
    for (let k = sentence.firstToken; k <= sentence.lastToken; k++) atIndex(tokens, k).sentence = out.length - 1;
  }
  return out;
}

// Outlet names with an exclamation mark ("E! News", "OK!", "Hello!"): wink ends a sentence at their "!".
const OUTLET_NAMES = new Set(outletNames);
const EXCLAIMED = [
  ...new Set(
    [...OUTLET_NAMES].filter((name) => name.includes('!')).map((name) => name.slice(0, name.indexOf('!') + 1)),
  ),
];

/** The outlet name ending with "!" at `end`, if any ("E!" in "to E!"). */
function exclaimedNameBefore(text: string, end: number): string | undefined {
  return EXCLAIMED.find((name) => text.endsWith(name, end) && !/\w/.test(text[end - name.length - 1] ?? ' '));
}
