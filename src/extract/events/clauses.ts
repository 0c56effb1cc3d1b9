import type { Doc } from '../doc.ts';
import type { Token } from '../tokens/index.ts';
import type { Time } from '../types.ts';
import { at } from '../../invariant/index.ts';

/**
 * Clauses of a sentence, as token ranges, found from wink's POS tags and punctuation only (no
 * parser): an event verb takes its subject, objects and time from its own clause, so that in
 * "Tony Robinson, who played the servant Baldrick, told ITV1's This Morning…" playing is
 * Robinson's and telling is too, and in "Kevin Hart tweeted Tuesday that his wife had given birth"
 * the birth is not Hart's tweet.
 */
export type Clause = { first: number; last: number };

/** A sentence cut into clauses, and which tokens sit inside quotation marks. */
export type SentenceClauses = {
  clauses: Clause[];
  quoted: (token: number) => boolean;
  /**
   * Inside a quotation whose mark opens one (a word right after it): straight quotes can pair across a
   * paragraph's unclosed quotation ('…stand up. "As such, … with age." The other key ingredient …, Mr Rees said.'),
   * and the span that pairing makes starts with a closing mark.
   */
  quotedSurely: (token: number) => boolean;
};

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase().replace(/’/g, "'") : '');

// Words that open a new clause wherever they stand ("…, who directed…", "…when asked…").
const ALWAYS_OPENS = /^(who|whom|whose|which|where|when|while|whereas|although|though|because|unless|if|whether)$/;
// Words that open a clause only when a verb follows soon ("after they met", "as The ENQUIRER has reported";
// not "after the party", "as host").
const OPENS_BEFORE_VERB = /^(after|before|since|until|as|so|once)$/;
// Punctuation that always ends a clause.
const HARD_BREAK = /^([;:()[\]—–]|--)$/;
const QUOTE_MARK = /^[“"‘']$/;
const VERBISH = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
const SUBJECT_PRONOUN = /^(i|he|she|they|we|you|it)$/;

/** Quotation spans of the text ("…", “…”, ‘…’ and '…' opened after a space), each within one line. */
export function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const pattern =
    /“[^”\n]{1,3000}”|"[^"\n]{1,3000}"|(?<=^|[\s(:—–-])‘(?:[^’\n]|(?<=\p{L})’(?=\p{L})){1,3000}’(?=$|[\s,.;:!?)—–-])|(?<=^|[\s(:—–-])'(?=\p{L})(?:[^'\n]|(?<=\p{L})'(?=\p{L})){1,3000}'(?=$|[\s,.;:!?)—–-])/gmu;
  for (const m of text.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  // Scraped text mixes its marks: '"I would just look up,” the late night host said.' opens straight and closes curly.
  // (Only where no mark of either kind stands between them, so a pair of the same kind is never split.)
  const mixed = /(?<=^|[\s(:—–-])"(?=\p{L})[^"“”\n]{1,3000}”|“[^"“”\n]{1,3000}"(?=$|[\s,.;:!?)—–-])/gmu;
  for (const m of text.matchAll(mixed)) spans.push([m.index, m.index + m[0].length]);
  // A quotation that runs over several sentences opens with “ and no closing mark on its line.
  for (const m of text.matchAll(/“[^”\n]*$/gm)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * The quotation spans that reach into each sentence, by one sort and a binary search per quote: filtering the
 * article's every quote for each sentence made events grow with the square of the text (2 MB 4.8 s, 8 MB 64 s).
 */
export function quotesBySentence(doc: Doc, quotes: Array<[number, number]>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = doc.sentences.map(() => []);
  const { sentences } = doc;
  for (const quote of [...quotes].sort((x, y) => x[0] - y[0])) {
    // The first sentence that ends after the quote opens; then every one it reaches into.
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at(sentences, mid).end > quote[0]) hi = mid;
      else lo = mid + 1;
    }
    for (let s = lo; s < sentences.length && at(sentences, s).start < quote[1]; s++) at(out, s).push(quote);
  }
  return out;
}

export function sentenceClauses(doc: Doc, s: number, quotes: Array<[number, number]>, times: Time[]): SentenceClauses {
  const sentence = at(doc.sentences, s);
  const { tokens } = doc;
  // Only the quotes and times that reach into this sentence: testing every token against the whole article's made
  // events quadratic (a 1 MB article took 2.4 s here, 8 MB two minutes).
  const near = quotes.filter(([a, b]) => b > sentence.start && a < sentence.end);
  const nearTimes = times.filter((x) => x.end > sentence.start && x.start < sentence.end);
  const inQuote = new Set<number>();
  const surely = new Set<number>();
  const opening = near.filter(([a]) => /\S/.test(doc.text[a + 1] ?? ' '));
  for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
    const t = at(tokens, i);
    if (near.some(([a, b]) => t.start > a && t.end < b)) inQuote.add(i);
    if (opening.some(([a, b]) => t.start > a && t.end < b)) surely.add(i);
  }
  const insideTime = (t: Token) => nearTimes.some((x) => t.start > x.start && t.end < x.end);
  const starts = new Set<number>([sentence.firstToken]);
  const open = (i: number) => {
    if (i > sentence.firstToken && i <= sentence.lastToken) starts.add(i);
  };
  const verbSoon = (i: number, reach: number, outsideTitles = false) => {
    for (let j = i + 1; j <= Math.min(sentence.lastToken, i + reach); j++) {
      if (at(tokens, j).pos === 'PUNCT') return false;
      if (VERBISH(tokens[j]) && !(outsideTitles && inTitle(j))) return true;
    }
    return false;
  };
  // Rule as-well-as: "has already earned him a Screen Actors Guild Award for best actor, as well as a prestigious Golden
  // Globe" (bbc-entertainment-073): either "as" of "as well as" joins one more thing to the clause, as "and" does.
  const asWellAs = (i: number) =>
    (lower(tokens[i + 1]) === 'well' && lower(tokens[i + 2]) === 'as') ||
    (lower(tokens[i - 1]) === 'well' && lower(tokens[i - 2]) === 'as');
  // Rule verb-in-title: "took home best TV comedy actress for Life Begins and Von Trapped" (bbc-entertainment-201): mid-
  // sentence, a capitalised word tagged a verb right after another capitalised word is a word of a title ("Von
  // Trapped", "Life Begins"), not the verb of a clause that "and" opens.
  const inTitle = (j: number) =>
    j - 1 > sentence.firstToken && /^[A-Z]/.test(at(tokens, j).text) && /^[A-Z]/.test(tokens[j - 1]?.text ?? '');
  // "Howl's Moving Castle, which took 20bn yen (£102m) to become the biggest film in Japan in 2004"
  // (bbc-entertainment-046), "Russian drama The Return (Vozvrashchenie) has been named winner" (bbc-entertainment-331): brackets
  // with no verb inside (a sum converted, a name translated) are an aside within their clause, no break in it. A time in
  // brackets still stands apart: "postponed his concert in Amsterdam Monday (March 27) night" (celebrity-037legit) tells
  // the date again, for the happening as well as the concert.
  const aside = new Set<number>();
  for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
    if (at(tokens, i).text !== '(') continue;
    let j = i + 1;
    while (j <= sentence.lastToken && !/^[()]$/.test(at(tokens, j).text) && !VERBISH(tokens[j])) j++;
    const close = tokens[j];
    if (j > sentence.lastToken || close?.text !== ')') continue;
    const from = at(tokens, i).end;
    if (!nearTimes.some((x) => x.start >= from && x.end <= close.start)) aside.add(i).add(j);
  }
  for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
    const t = at(tokens, i);
    const word = lower(t);
    const next = tokens[i + 1];
    if (aside.has(i)) continue;
    if (HARD_BREAK.test(t.text)) {
      open(i + 1);
      continue;
    }
    // "she sang “If It Wasn’t For Texas” with George Strait" (celebrity-118legit): a capitalised word that opens a quote
    // mid-sentence starts a title; its "If" opens no clause.
    const title =
      i > sentence.firstToken + 1 && inQuote.has(i) && /^\p{Lu}/u.test(t.text) && QUOTE_MARK.test(lower(tokens[i - 1]));
    if (title) continue;
    if (ALWAYS_OPENS.test(word) && !(word === 'which' && tokens[i + 1]?.pos === 'NOUN')) {
      open(i);
      continue;
    }
    if (
      OPENS_BEFORE_VERB.test(word) &&
      verbSoon(i, 6) &&
      !(word === 'as' && lower(tokens[i - 1]) === 'such') &&
      !asWellAs(i)
    ) {
      open(i);
      continue;
    }
    // "said that…", "the film that he directed": a complement or relative clause.
    if (word === 'that' && (t.pos === 'SCONJ' || t.pos === 'PRON')) {
      open(i);
      continue;
    }
    // ", featuring her dog Salsita", ", directed by Jean-Pierre Jeunet": a participle after a comma.
    // ("including The Liberace of Baghdad" lists examples of what came before: no new clause.)
    // (But "Sir Christopher Geidt, 55, resigned his position": after an age or apposition, before any verb, it is the main verb.)
    if (
      t.text === ',' &&
      next &&
      next.pos === 'VERB' &&
      /(ing|ed|en)$/i.test(next.text) &&
      !/^including$/i.test(next.text)
    ) {
      const current = Math.max(...[...starts].filter((k) => k <= i));
      // ("one of the reasons why Taylor Swift, 24, nominated Selena Gomez", celebrity-088fake: the comma that closes a
      // name's age is no clause break, whatever verb came before the name.)
      const age = tokens[i - 1]?.pos === 'NUM' && tokens[i - 2]?.text === ',' && tokens[i - 3]?.pos === 'PROPN';
      if (
        !age &&
        (/ing$/i.test(next.text) || lower(tokens[i + 2]) === 'by' || tokens.slice(current, i).some(VERBISH))
      ) {
        open(i + 1);
        continue;
      }
    }
    // "Martin Hellewell, who had made a point of visiting the shop, said…": a comma and a verb close a relative clause.
    if (t.text === ',' && next && VERBISH(next) && !/ing$/i.test(next.text)) {
      const current = Math.max(...[...starts].filter((k) => k <= i));
      if (
        /^(who|which|whose)$/.test(lower(tokens[current])) &&
        current > sentence.firstToken &&
        tokens.slice(current, i).some(VERBISH)
      ) {
        open(i + 1);
        continue;
      }
    }
    // "… and will direct the film", "… but she hopes to": a coordinated clause, with or without its own subject.
    // "…, but in 2003, Roman Polanski won…": a contrast opens a clause of its own.
    if (t.pos === 'CCONJ' && /^(but|yet)$/.test(word) && next && !/^(also|not|rather)$/i.test(next.text)) {
      open(i + 1);
      continue;
    }
    if (t.pos === 'CCONJ' && /^(and|but|or|yet)$/.test(word) && next) {
      if (VERBISH(next) && !/ing$/i.test(next.text)) {
        open(i + 1);
        continue;
      }
      if (SUBJECT_PRONOUN.test(lower(next)) && VERBISH(tokens[i + 2])) {
        open(i + 1);
        continue;
      }
      // "Tom and Ana were photographed" joins two names; "Oprah will voice a goose and John Cleese will voice…" two clauses.
      const current = Math.max(...[...starts].filter((k) => k <= i));
      const clauseSoFar = tokens.slice(current, i);
      if (
        (next.pos === 'PROPN' || next.pos === 'DET') &&
        clauseSoFar.some(VERBISH) &&
        verbSoon(i, 4, true) &&
        !tokens.slice(i + 1, i + 5).some((x) => x.pos === 'ADP')
      ) {
        open(i + 1);
        continue;
      }
    }
  }
  // A leading subordinate or participle clause ends at its first comma after a verb
  // ("While neither star has confirmed it, Ana's appearance…", "Speaking at the premiere, the star…";
  // not the comma of "September 19, 2016").
  const sorted = [...starts].sort((a, b) => a - b);
  for (const first of sorted) {
    const w = at(tokens, first);
    const leads =
      ALWAYS_OPENS.test(lower(w)) ||
      OPENS_BEFORE_VERB.test(lower(w)) ||
      (w.pos === 'VERB' && /(ing|ed)$/i.test(w.text) && first === sentence.firstToken) ||
      (w.pos === 'ADP' && first === sentence.firstToken && /^(after|before|since|following|despite)$/.test(lower(w)));
    if (!leads || /^(who|whom|whose|which|that)$/.test(lower(w))) continue;
    let sawVerb = w.pos === 'VERB' || (w.pos === 'NOUN' && /ing$/i.test(w.text));
    for (let j = first + 1; j <= sentence.lastToken && !starts.has(j); j++) {
      const t = at(tokens, j);
      if (VERBISH(t) || (t.pos === 'NOUN' && /ing$/i.test(t.text))) sawVerb = true;
      if (t.text === ',' && sawVerb && !insideTime(t) && !inQuote.has(j) && !asWellAs(j + 1)) {
        open(j + 1);
        break;
      }
    }
  }
  const firsts = [...starts].sort((a, b) => a - b);
  const clauses = firsts.map((first, k) => ({ first, last: (firsts[k + 1] ?? sentence.lastToken + 1) - 1 }));
  return { clauses, quoted: (token) => inQuote.has(token), quotedSurely: (token) => surely.has(token) };
}

export function clauseOf(clauses: Clause[], token: number): Clause {
  return clauses.find((c) => token >= c.first && token <= c.last) ?? at(clauses, clauses.length - 1);
}
