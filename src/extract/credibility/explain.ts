import type { Credibility, CredibilitySignal, Extraction } from '../types.ts';
import { type CredibilityInput, type CueFinding, type ExtraCues, findCues } from './cues.ts';
import { featurise, ngramCounts, tokenise, wordsAmong } from './features.ts';
import { logit } from './logistic.ts';
import { meaningScore } from './meaning.ts';
import { type CredibilityModel, type ScoringModel, scoringModel, weightsOf } from './model.ts';
import { stackFeatures } from './stack.ts';
import { outletOf } from './outlet.ts';
import { at } from '../../invariant/index.ts';
import { round } from '../../math/index.ts';

function cueText(cue: CueFinding): { text: string; start?: number; end?: number } {
  const body = cue.cues.slice(0, 3);
  // Body cues first: start/end point at the first one.
  const shown = [...body.map((c) => c.text), ...cue.inTitle.slice(0, 2).map((c) => `headline: ${c.text}`)];
  const first = body[0];
  return { text: shown.join(' · ') || cue.name, ...(first ? { start: first.start, end: first.end } : {}) };
}

/** The word-model features a cue's matched wording produces (its words and the bigrams inside it). */
function ngramKeys(cue: CueFinding, titlePrefix: boolean): Set<string> {
  const keys = new Set<string>();
  const add = (text: string, prefix: string) => {
    const tokens = tokenise(text);
    tokens.forEach((t, i) => {
      keys.add(prefix + t);
      if (i + 1 < tokens.length) keys.add(`${prefix}${t} ${at(tokens, i + 1)}`);
    });
  };
  for (const c of cue.cues) add(c.text, '');
  for (const c of cue.inTitle) add(c.text, titlePrefix ? 't:' : '');
  return keys;
}

/**
 * The word model's log-odds and parts: `logit(weights, featurise(input))` without building featurise()'s second Map
 * of every n-gram (most of which the model does not weigh). Same features, same order of summation, same bits
 * (explain.test.ts). A model that weighs cues goes through featurise(), which finds them. `body` is
 * tokenise(input.text) when the caller has it already.
 */
export function scoreText(
  model: CredibilityModel | ScoringModel,
  input: CredibilityInput,
  body?: string[],
): ReturnType<typeof logit> {
  const options = model.config.features;
  const weights = scoringOf(model).text;
  if (options.cues) return logit(weights, featurise(input, options));
  const { counts, weigh, norm } = ngramCounts(input, options, body);
  let z = weights.bias;
  const parts: Array<[string, number]> = [];
  const add = (key: string, value: number) => {
    const weight = weights.weights.get(key);
    if (weight === undefined) return;
    z += weight * value;
    parts.push([key, weight * value]);
  };
  for (const [key, count] of counts) add(key, weigh(count) / norm);
  const outlet = outletOf(input);
  if (outlet) add(`outlet:${outlet.toLowerCase()}`, 1);
  return { z, parts };
}

/** A ScoringModel as it is; a CredibilityModel (training, tests) by its Maps, built once per model. */
const scoringOf = (model: CredibilityModel | ScoringModel): ScoringModel =>
  'source' in model ? scoringModel(model) : model;

/** What other stages found that the cue counts should include: hedge spans and claims a principal denies. */
function extraCues(found: Omit<Extraction, 'article'> | undefined): ExtraCues {
  if (!found) return {};
  return {
    hedges: found.hedges.map((h) => ({ start: h.start, end: h.end, text: h.text })),
    denials: found.claims.filter((c) => c.stance === 'denies').map((c) => ({ ...c.evidence })),
  };
}

/** Largest share first; equal shares by their word. */
const byStrength = (a: [string, number], b: [string, number]): number =>
  Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1);

/**
 * The five strongest shares, as `shares.sort(byStrength).slice(0, 5)` gives them: an article has hundreds of words
 * and only five are quoted, so they are picked in one pass instead of sorting them all. The words are distinct, so
 * byStrength orders them one way only and both give the same five; a NaN share (no order) falls back to the sort.
 */
function strongestFive(shares: Array<[string, number]>): Array<[string, number]> {
  if (shares.some(([, s]) => Number.isNaN(s))) return shares.sort(byStrength).slice(0, 5);
  const top: Array<[string, number]> = [];
  for (const share of shares) {
    if (top.length === 5 && byStrength(share, at(top, 4)) >= 0) continue;
    let k = Math.min(top.length, 4);
    if (top.length < 5) top.push(share);
    // Moved up past every kept share it beats.
    while (k > 0 && byStrength(share, at(top, k - 1)) < 0) {
      top[k] = at(top, k - 1);
      k--;
    }
    top[k] = share;
  }
  return top;
}

/**
 * Scores an input with a model and lists each signal's log-odds contribution: every cue family the model
 * weighs, the outlet's record, and the word model (its strongest n-grams quoted). The signals' weights
 * sum to the log-odds of legit; the score is that sum through the logistic function.
 */
export function scoreWithModel(
  given: CredibilityModel | ScoringModel,
  input: CredibilityInput,
  found?: Omit<Extraction, 'article'>,
): Credibility {
  const model = scoringOf(given);
  const extra = extraCues(found);
  // The body's words are read once, for the word model and the cues' word count.
  const body = tokenise(input.text);
  const text = scoreText(model, input, body);
  const stackCues = model.config.stackCues ?? [];
  // The cues are found once: the stack weighs some of them and the explanation quotes them all.
  const findings = findCues(input, extra, wordsAmong(body));
  const meaning = model.meaning ? meaningScore(model.meaning, input) : null;
  const first = { text: text.z, ...(meaning ? { meaning: meaning.z } : {}) };
  const stacked = logit(
    weightsOf(model.stack),
    stackFeatures(first, input, stackCues, extra, () => findings),
  );
  const cues = new Map(findings.map((c) => [`cue:${c.name}`, c]));
  const textWeight = model.stack.weights['text-model'] ?? 0;
  const meaningWeight = model.stack.weights['meaning-model'] ?? 0;
  // Each model's signal is measured from its average over the training articles; the averages join the prior.
  const centre = { text: model.centre?.text ?? 0, meaning: meaning ? (model.centre?.meaning ?? 0) : 0 };
  const prior = model.stack.bias + textWeight * centre.text + meaningWeight * centre.meaning;
  const signals: CredibilitySignal[] = [
    { name: 'base-rate', weight: round(prior), text: 'the log-odds of an average training article' },
  ];
  for (const [key, share] of stacked.parts) {
    const cue = cues.get(key);
    if (cue) signals.push({ name: cue.name, weight: round(share), ...cueText(cue) });
  }
  // The outlet lives in the word model; shown on its own because the issue asks for the outlet's record.
  const outlet = text.parts.filter(([key]) => key.startsWith('outlet:')).reduce((sum, [, s]) => sum + s, 0);
  if (outlet !== 0)
    signals.push({ name: 'outlet-record', weight: round(textWeight * outlet), text: outletOf(input) ?? 'outlet' });
  // Cue families the stack does not weigh are shown as the word model's share on their own wording.
  const claimed = new Set<string>();
  for (const cue of cues.values()) {
    if (stackCues.includes(cue.name) || cue.cues.length + cue.inTitle.length === 0) continue;
    const keys = ngramKeys(cue, model.config.features.titlePrefix);
    const mine = text.parts.filter(([key]) => keys.has(key) && !claimed.has(key));
    if (mine.length === 0) continue;
    for (const [key] of mine) claimed.add(key);
    const share = mine.reduce((sum, [, s]) => sum + s, 0);
    signals.push({ name: cue.name, weight: round(textWeight * share), ...cueText(cue) });
  }
  const words = text.parts.filter(([key]) => !key.startsWith('outlet:') && !claimed.has(key));
  const wordsLogit = words.reduce((sum, [, s]) => sum + s, model.text.bias);
  const strongest = strongestFive(words.filter(([, s]) => Math.sign(s) === Math.sign(wordsLogit)));
  signals.push({
    name: 'text-model',
    weight: round(textWeight * (wordsLogit - centre.text)),
    text: strongest.map(([k]) => (k.startsWith('t:') ? `headline: ${k.slice(2)}` : k)).join(' · ') || 'no known words',
  });
  if (meaning) {
    const share = meaningWeight * (meaning.z - centre.meaning);
    // Quote the words that pulled the way the signal went, after the stack's weight (it can be negative).
    const pulls = strongestFive(meaning.words.filter(([, s]) => Math.sign(meaningWeight * s) === Math.sign(share)));
    signals.push({
      name: 'word-meaning',
      weight: round(share),
      text: pulls.map(([w]) => w).join(' · ') || 'no known words',
    });
  }
  return { score: round(1 / (1 + Math.exp(-stacked.z))), signals };
}
