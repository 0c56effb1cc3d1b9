import { isIgnored, type Doc } from '../doc.ts';
import { cues } from '../names/index.ts';
import { firstIndex, firstStartingAt } from '../text/index.ts';
import { at } from '../../invariant/index.ts';
import { note, type Referent } from './salience.ts';

// First-person pronouns inside a quotation are its speaker: `"I acted on impulse," Osbourne said.`,
// `Paul Burgess said: "I didn't realise."`, `The Spring Breakers star wrote: 'I have not only been following…'`.
// Decided after the walk, when every name, epithet and pronoun that could attribute a quote has its person.

/** A quotation, its offsets including the marks. */
type Quote = { start: number; end: number };

const FIRST_PERSON = new Set(['I', 'me', 'my', 'mine', 'myself', 'Me', 'My', 'Mine', 'Myself']);
// Characters an attribution may run after its quote ("…,” the 41-year-old actress said") or before it.
const REACH = 90;
const LETTER = /\p{L}/u;

/**
 * Quotations, paragraph by paragraph: “…”, "…", ‘…’ and '…'. A single mark between two letters is an apostrophe
 * ("don't", "Kim's"); one after a word and before a space closes ('…made my entire year.').
 */
export function findQuotations(text: string): Quote[] {
  // Speed (issue 14): six passes of coreference ask for the same article's quotations; the scan runs once per text.
  if (text !== lastText) {
    lastQuotes = scanQuotations(text);
    lastText = text;
  }
  return lastQuotes.map((q) => ({ ...q }));
}

let lastText: string | null = null;
let lastQuotes: Quote[] = [];

function scanQuotations(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open: { double: number; single: number } = { double: -1, single: -1 };
  for (let k = 0; k < text.length; k++) {
    const c = text.charAt(k);
    if (c === '\n') {
      // `He said: “I think … right now – and rightfully so.` then `“It’s tragic…”` (celebrity-124fake): a quotation
      // still open at a paragraph's end runs to it (a quotation of several paragraphs reopens each one).
      for (const from of [open.double, open.single])
        if (from >= 0 && /\S/.test(text.slice(from + 1, k))) quotes.push({ start: from, end: k + 1 });
      open = { double: -1, single: -1 };
      continue;
    }
    const before = text.charAt(k - 1);
    const after = text.charAt(k + 1);
    if (c === '“' || (c === '"' && open.double < 0)) {
      open.double = k;
      continue;
    }
    // `…to get in there. "It's still very important…," added Mr Seller.` (bbc-entertainment-289): a straight mark after
    // a space and before a word opens a quotation; the one still open was left unclosed, and runs up to it.
    if (c === '"' && /\s/.test(before) && /[\p{L}\p{N}]/u.test(after)) {
      if (/\S/.test(text.slice(open.double + 1, k))) quotes.push({ start: open.double, end: k });
      open.double = k;
      continue;
    }
    if ((c === '”' || c === '"') && open.double >= 0) {
      quotes.push({ start: open.double, end: k + 1 });
      open.double = -1;
      continue;
    }
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    if (LETTER.test(before) && LETTER.test(after)) continue; // an apostrophe
    const opens = c === '‘' || (c === "'" && !/\S/.test(before || ' ') && /\S/.test(after || ' '));
    if (opens && open.single < 0) {
      open.single = k;
      continue;
    }
    const closes = /\S/.test(before || ' ') && !LETTER.test(after);
    if (closes && open.single >= 0 && c !== '‘') {
      quotes.push({ start: open.single, end: k + 1 });
      open.single = -1;
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/**
 * The first quotation (by start) that opens before `start` and closes after `after`, found by search over the furthest
 * end so far, not by a scan of every quotation for each word asked about (a long article has thousands of both).
 * @example around(quotes)(t.start, t.end) // the quotation a pronoun stands inside, or undefined
 */
export function around(quotes: Quote[]): (start: number, after: number) => Quote | undefined {
  const reach: number[] = [];
  quotes.forEach((q, k) => reach.push(Math.max(q.end, reach[k - 1] ?? -1)));
  return (start, after) => {
    const opened = firstStartingAt(quotes, start);
    // Where the furthest end first passes `after` is the first quotation that does.
    const k = firstIndex(opened, (i) => at(reach, i) > after);
    return k < opened ? quotes[k] : undefined;
  };
}

type Said = { start: number; end: number; r: Referent; possessive: boolean };

// Between a speaker and their verb: nothing, an age ("Paul, 73, said") or an adverb ("Jenner later told").
// `Jennifer, who told the New York Post's Confidenti@l: that the praise is 'awkward and I'm flattered'`: or a "who".
const ADJACENT = /^\s*(?:,\s*\d{1,3}\s*,\s*|\s\p{Ll}+ly\s+|,\s*who\s+)?$/u;

// Built once, not for each quotation.
const SPEECH = new RegExp(`\\b(?:${[...cues.speech].join('|')})\\b`);
const speechAt = (words: string): number => {
  const m = SPEECH.exec(words);
  return m ? m.index : -1;
};

const STOPS = new Set(['.', '!', '?', '\n', '”', '"', '’']);

/**
 * Where the words running up to the end of `before` begin: after its last sentence end, newline or closing mark
 * ("HBO’s" is an apostrophe). A walk back from the end, where a regular expression ending in `…*$` is retried from
 * every position of the window.
 */
function leadStart(before: string): number {
  let p = before.length;
  for (; p > 0; p--) {
    const c = before.charAt(p - 1);
    if (!STOPS.has(c)) continue;
    if (c !== '’' || !LETTER.test(String.fromCodePoint(before.codePointAt(p) ?? 32))) break;
  }
  return p;
}

/**
 * The person who speaks a quotation: the one named next to a saying verb right after it (`…," Osbourne said`,
 * `…," said Dan Fellman`), else just before it (`Evans said: "`, `Jenner told HBO's Bill Simmons, "`).
 */
function speakerOf(doc: Doc, q: Quote, mentions: Said[]): { r: Referent; end: number } | null {
  const { text } = doc;
  const inside = text.slice(q.start + 1, q.end - 1);
  // 'In a March episode of her show, “I Am Cait,” she said': a title in quotation marks is nobody's words.
  if (/^(?:\p{Lu}[\p{L}'’]*[\s,]*){1,6}$/u.test(inside)) return null;
  const tail = /^[^.!?\n“"‘]*/.exec(text.slice(q.end, q.end + REACH))?.[0] ?? '';
  // `…,” he said`: the quotation ends on a comma, question or exclamation mark, or a comma follows it.
  if (/[,!?—–-]\s*$/.test(inside) || /^\s*,/.test(tail)) {
    const verb = speechAt(tail);
    if (verb >= 0 && verb < 45) {
      const who = within(mentions, q.end, q.end + tail.length).find((m) => !m.possessive);
      // `…," Osbourne said`, `…," said Dan Fellman`: the name and the verb side by side.
      const next =
        who &&
        (ADJACENT.test(text.slice(who.end, q.end + verb)) ||
          /^\s*$/.test(text.slice(q.end + verb, who.start).replace(/^\p{L}+/u, '')));
      if (who && next && who.start - q.end < 50) return { r: who.r, end: q.end + tail.length };
    }
  }
  const before = text.slice(Math.max(0, q.start - 2 * REACH), q.start);
  // Back to the sentence's start or the last closing mark; "HBO’s" is an apostrophe.
  const lead = before.slice(leadStart(before));
  const from = q.start - lead.length;
  if (/[:,]\s*$/.test(lead)) return saidIn(text, lead, from, q.start, mentions, 'last') ?? saying(lead, from, mentions);
  // `Ms King said the singer "threw the bottle at the left side of my face"`, `She said 'I'm a pretty girl…'`: a
  // quotation inside reported speech is its speaker's words too.
  if (speechAt(lead) >= 0) return saidIn(text, lead, from, q.start, mentions, 'last');
  // `Evans said it was not deterring shoppers. "I've sold quite a lot already."`: a quotation opening a sentence
  // after one that reports its speaker's words is theirs.
  if (lead.trim() !== '') return null;
  // 'Ozzy said he was "just coming to grips" with what had happened … in the US.' (bbc 141): that sentence may quote
  // a few words of its own, whole ones: '…inning that she was single,” he says. “I had…' (celebrity-112legit) is a
  // quotation's tail, whose voice goes on below.
  const prior = before.slice(0, before.length - lead.length);
  const loose = /(?:^|[.!?]["”’]?\s+)([^.!?\n]+[.!?]\s*)$/.exec(prior);
  const sentence =
    /(?:^|[.!?]["”’]?\s+)([^.!?\n”"“‘]+[.!?]\s*)$/.exec(prior) ??
    (loose && quotesAfterVerb(loose[1] ?? '') ? loose : null);
  if (!sentence?.[1]) return null;
  return saidIn(text, sentence[1], from - sentence[1].length, q.start, mentions, 'first');
}

// A sentence of reported speech that quotes a few words after its verb, whole: as many “ as ”, an even number of ".
// Not 'Then: “She told me … that she was single,” he says.' (celebrity-112legit), whose verb is inside the quotation.
const quotesAfterVerb = (words: string): boolean => {
  const verb = speechAt(words);
  return (
    verb >= 0 &&
    verb < words.search(/[“"]/) &&
    (words.match(/“/g) ?? []).length === (words.match(/”/g) ?? []).length &&
    (words.match(/"/g) ?? []).length % 2 === 0
  );
};

// Participles of saying, which take the subject of their sentence as speaker.
const SAYING = /,\s+(?:saying|writing|adding|telling|explaining|captioning|tweeting|posting|sharing|revealing)\b/;

/**
 * `The country star penned a sweet tribute for her boyfriend’s 30th birthday in July, writing on Instagram, “My
 * favorite Bama boy…”` (celebrity-118legit): after a participle of saying, the speaker is the sentence's subject, the
 * first person named in it when that mention opens it.
 */
function saying(lead: string, from: number, mentions: Said[]): { r: Referent; end: number } | null {
  const verb = SAYING.exec(lead);
  if (!verb) return null;
  const first = within(mentions, from, from + verb.index)[0];
  if (!first || /\S/.test(lead.slice(0, first.start - from).replace(/^\s*(?:The|the)\s*$/, ''))) return null;
  return { r: first.r, end: from + lead.length };
}

// The person named before the saying verb of `words` (at offset `from`): the last one before it for an attribution
// ("Asked the reason for the sale, Evans said:"), the first, the subject, for a sentence of reported speech.
function saidIn(text: string, words: string, from: number, end: number, mentions: Said[], which: 'first' | 'last') {
  const verb = speechAt(words);
  if (verb < 0) return null;
  const named = within(mentions, from, from + verb).filter((m) => !m.possessive);
  const who = which === 'last' ? named.at(-1) : named[0];
  // "… on Kensington Palace's Instagram page, rieyelisa wrote:": the speaker stands right before the verb.
  if (who && !ADJACENT.test(text.slice(who.end, from + verb))) return null;
  return who ? { r: who.r, end } : null;
}

/** The mentions starting at or after `from` and ending by `to`, in text order, found by search, not by a scan. */
function within(mentions: Said[], from: number, to: number): Said[] {
  const out: Said[] = [];
  for (let k = firstStartingAt(mentions, from); k < mentions.length; k++) {
    const m = mentions[k];
    if (!m || m.start > to) break;
    if (m.end <= to) out.push(m);
  }
  return out;
}

/** Gives each quotation's I, me, my and myself to its speaker, as pronoun mentions. */
export function linkSpeakers(doc: Doc, referents: Referent[]): void {
  const shared = new Map<number, number>();
  for (const r of referents) for (const m of r.entity.mentions) shared.set(m.start, (shared.get(m.start) ?? 0) + 1);
  // "the pair", "they": a mention of two people speaks for neither.
  const mentions: Said[] = referents
    .flatMap((r) =>
      r.entity.mentions.map((m) => ({ start: m.start, end: m.end, r, possessive: m.kind === 'possessive' })),
    )
    .filter((m) => shared.get(m.start) === 1)
    .sort((a, b) => a.start - b.start);
  const quotes = findQuotations(doc.text);
  // A quotation inside another ('…what she wrote about 'my parents.'') is someone else's words: one that starts before
  // it reaches its end. Quotations come sorted by start; the furthest end of those starting earlier is kept as we go.
  const nestedIn = new Set<Quote>();
  let furthest = -1;
  for (let k = 0, group = 0; k < quotes.length; k++) {
    const q = quotes[k];
    if (!q) continue;
    for (; group < k && (quotes[group]?.start ?? Infinity) < q.start; group++)
      furthest = Math.max(furthest, quotes[group]?.end ?? -1);
    if (furthest >= q.end) nestedIn.add(q);
  }
  const nested = (q: Quote): boolean => nestedIn.has(q);
  let previous: { r: Referent; end: number } | null = null;
  const taken = new Set(mentions.map((m) => m.start));
  for (const q of quotes) {
    if (nested(q)) continue;
    let speaker = speakerOf(doc, q, mentions);
    // `"I could have been badly injured," Osbourne said. "I just thank God…"`: a quotation that follows its
    // speaker's with nothing but punctuation between goes on in the same voice.
    if (!speaker && previous && /^[\s.,!?]*$/.test(doc.text.slice(previous.end, q.start))) speaker = previous;
    previous = speaker ? { r: speaker.r, end: Math.max(speaker.end, q.end) } : null;
    if (!speaker) continue;
    for (let i = firstStartingAt(doc.tokens, q.start); i < doc.tokens.length; i++) {
      const t = doc.tokens[i];
      if (!t || t.start <= q.start) continue;
      if (t.end >= q.end) break;
      // "I'm" is one token: the mention is its "I".
      const word = /^I['’](?:m|d|ll|ve)$/.test(t.text) ? 'I' : t.text;
      if (!FIRST_PERSON.has(word) || taken.has(t.start) || isIgnored(doc, t.start, t.end)) continue;
      if (quotes.some((o) => o !== q && o.start > q.start && o.end < q.end && o.start < t.start && t.end < o.end))
        continue;
      const end = t.start + word.length;
      note(doc, speaker.r, { text: word, start: t.start, end, kind: 'pronoun', rule: 'pronoun-speaker' }, i);
    }
  }
}
