// The ledger's reasons and an article's credibility said for a reader: no multipliers, no log-odds, no model terms.
import { stageOfWhy, type EvidenceItem } from '../../ledger/types.ts';
import type { ArticleBrief } from '../api.ts';

/** The stage an explanation item weighed on: the ledger prefixes other stages' items with "married stage: ". */
export function stageOfItem(item: Pick<EvidenceItem, 'why'>, headline: string): string {
  return stageOfWhy(item.why) ?? headline;
}

// Each an ordered, named rewrite of one part of a "why" (parts are separated by "; ").
const WHY_RULES: Array<{
  name: string;
  pattern: RegExp;
  to: string | ((match: string, ...groups: string[]) => string);
}> = [
  // "dating stage: a tabloid (TMZ) asserts it": the stage has its own column.
  { name: 'stage-prefix', pattern: /^[a-z][a-z-]* stage: /, to: '' },
  // "a principal (Tom Holland) confirms it": the desk calls a principal someone involved, as the verdict does.
  { name: 'principal', pattern: /^a principal \(([^)]+)\)/, to: '$1 (involved)' },
  // "the article's author hedges": the article's own voice, as the holder badges and the timeline key say.
  { name: 'author', pattern: /^the article's author /, to: "the article's own voice " },
  // "asks whether (dating)": the question is whether the stage holds.
  { name: 'asks', pattern: /^(.+) asks whether \(/, to: '$1 asks whether it is so (' },
  // "fans (Fans) hedges": a holder's name that only restates its kind is said once.
  { name: 'holder-restated', pattern: /^([a-z]+?)(s?) \(\1s?\) /i, to: '$1$2 ' },
  // "article credibility 0.77: counts more (×1.27)" → "article credibility 77%"
  {
    name: 'credibility-share',
    pattern: /article credibility (\d\.\d+)/,
    to: (_, score) => `article credibility ${Math.round(Number(score) * 100)}%`,
  },
  // "…: counts more (×1.02)", "…, counts less (×0.99)": the size of the effect is in its own column.
  { name: 'multiplier', pattern: /[:,]?\s*counts (?:more|less)\s*\(×[\d.]+\)/g, to: '' },
  { name: 'bare-multiplier', pattern: /\s*\(×[\d.]+\)/g, to: '' },
  { name: 'log-odds-cap', pattern: /add at most [\d.]+ in log-odds together/, to: 'count only a little together' },
];

/** "the article's author asserts it (split); article credibility 77%; first from Uproxx; 686 days old". */
export function plainWhy(why: string): string {
  return why
    .split('; ')
    .map((part) =>
      WHY_RULES.reduce(
        (text, { pattern, to }) => (typeof to === 'string' ? text.replace(pattern, to) : text.replace(pattern, to)),
        part,
      ).trim(),
    )
    .filter(Boolean)
    .join('; ');
}

const SIGNAL_WORDS: Record<string, [against: string, inFavour: string]> = {
  hedging: ['hedged wording', 'plain wording'],
  'anonymous-source': ['anonymous sourcing', 'named sources'],
  sensational: ['sensational wording', 'sober wording'],
  'headline-body-mismatch': ['a headline that claims more than the text', 'a headline the text bears out'],
  'headline-question': ['a question for a headline', 'a plain headline'],
  denial: ['a denial in the text', 'a denial in the text'],
  'outlet-record': ['an outlet with a poor record', 'an outlet with a good record'],
  'on-record': ['people quoted on record', 'people quoted on record'],
};

// Signals whose finding can only speak for an article (the rest are penalties: a model's positive weight on hedging
// is a quirk, left to the full list, never given as a reason to believe).
const IN_FAVOUR: Record<string, string> = {
  'on-record': 'people quoted on record',
  'outlet-record': 'an outlet with a good record',
};

/**
 * "41%, doubtful; against it: anonymous sourcing, hedged wording", "80%, credible; for it: people quoted on record":
 * the verdict, then its strongest reasons each on the side it counts; the models' own terms are left out.
 */
export function credibilityWords(credibility: ArticleBrief['credibility']): string | null {
  if (!credibility) return null;
  const { score, signals } = credibility;
  const verdict =
    score >= 0.75 ? 'credible' : score >= 0.5 ? 'fairly credible' : score >= 0.3 ? 'doubtful' : 'poorly credible';
  const top = signals
    .filter((s) => SIGNAL_WORDS[s.name] && Math.abs(s.weight) >= 0.05)
    // An on-record quote never reads as a reason for doubt, whatever sign the model gave it.
    .map((s) => (s.name === 'on-record' ? { ...s, weight: Math.abs(s.weight) } : s))
    .filter((s) => s.weight < 0 || IN_FAVOUR[s.name])
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, 3);
  const against = [...new Set(top.flatMap((s) => (s.weight < 0 ? (SIGNAL_WORDS[s.name]?.slice(0, 1) ?? []) : [])))];
  const forIt = [...new Set(top.flatMap((s) => (s.weight >= 0 ? (IN_FAVOUR[s.name] ?? []) : [])))];
  return `${Math.round(score * 100)}%, ${verdict}${against.length ? `; against it: ${against.join(', ')}` : ''}${forIt.length ? `; for it: ${forIt.join(', ')}` : ''}`;
}

/** One credibility signal as a reader takes it: what it is, which way it counts, and the words it was read from. */
export type SignalWords = {
  what: string;
  counts: 'in favour' | 'against';
  strength: 'slightly' | 'clearly' | 'strongly';
  quote: string | null;
};

// What each signal found in the text (the sign says which way it counted; hedging found can, rarely, count in favour).
const FOUND: Record<string, string> = {
  hedging: 'hedged wording',
  'anonymous-source': 'anonymous sourcing',
  sensational: 'sensational wording',
  'headline-body-mismatch': 'a headline that claims more than the text',
  'headline-question': 'a question for a headline',
  denial: 'a denial in the text',
  'outlet-record': "the outlet's record on settled stories",
  'on-record': 'people quoted on record',
};
const strength = (size: number): SignalWords['strength'] =>
  size < 0.1 ? 'slightly' : size < 0.5 ? 'clearly' : 'strongly';

// The learned models' signals (text-model, word-meaning) are one thing to a reader: how the wording compares with
// articles whose truth is known. The base rate is the models' starting point, not a property of the article.
const MODEL_SIGNALS = new Set(['text-model', 'word-meaning']);
const LEFT_OUT = new Set(['base-rate']);

/**
 * Every signal of an article's credibility in words, strongest first: "anonymous sourcing — counts against (“a
 * source”)". An on-record quote always counts in favour, whatever sign the model gave it (an on-record confirmation
 * once read as "on-record −0.35").
 */
export function credibilitySignals(signals: Array<{ name: string; weight: number; text?: string }>): SignalWords[] {
  const out: Array<SignalWords & { size: number }> = [];
  const model = signals.filter((s) => MODEL_SIGNALS.has(s.name));
  if (model.length) {
    const weight = model.reduce((sum, s) => sum + s.weight, 0);
    out.push({
      what: 'the wording as a whole, compared with articles whose truth is known',
      counts: weight < 0 ? 'against' : 'in favour',
      strength: strength(Math.abs(weight)),
      quote: null,
      size: Math.abs(weight),
    });
  }
  for (const s of signals) {
    if (MODEL_SIGNALS.has(s.name) || LEFT_OUT.has(s.name) || Math.abs(s.weight) < 0.005) continue;
    const weight = s.name === 'on-record' ? Math.abs(s.weight) : s.weight;
    out.push({
      what: FOUND[s.name] ?? s.name.replace(/-/g, ' '),
      counts: weight < 0 ? 'against' : 'in favour',
      strength: strength(Math.abs(weight)),
      quote: s.text?.trim() || null,
      size: Math.abs(weight),
    });
  }
  return out.sort((a, b) => b.size - a.size).map(({ size: _size, ...rest }) => rest);
}

/**
 * A sentence in quotation marks, unless it already opens with one. Quotes inside become single ones, as nested quotes
 * are written: `who said Aniston "made it clear … from Angelina."` closed with `.""”` (Celebuzz, 2009-10-08).
 */
export function quoted(text: string): string {
  if (/^["“‘']/.test(text)) return text;
  return `“${nestedQuotes(text)}”`;
}

/**
 * Text to go inside quotation marks (a `<q>`, which adds “ ”): its own double quotes become single ones. The audit
 * log's note `"Swift" and "Perry" read as Katy Perry & Taylor Swift` read `“"Swift" and …”`.
 */
export function nestedQuotes(text: string): string {
  // Straight quotes pair up only when there is an even number of them. Otherwise (a clipped sentence cuts a pair in
  // two; a quotation that runs on into a new paragraph reopens there without closing: `said: "Kim and Kanye's marriage
  // is as good as over. ¶ "She didn't want Kanye at …`) each one opens after a space or at the start, else closes.
  const pairs = (text.match(/"/g) ?? []).length % 2 === 0;
  let opening = false;
  return text
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/"/g, (_quote, at: number) => {
      if (!pairs) return at === 0 || /[\s([{—–-]/.test(text.charAt(at - 1)) ? '‘' : '’';
      opening = !opening;
      return opening ? '‘' : '’';
    });
}
