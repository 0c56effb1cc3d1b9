// Plain lower-cased words: the baseline should not get our style cues for free.
import { at } from '../../invariant/index.ts';
const tokenise = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export type NaiveBayes = { logPrior: [number, number]; logLikelihood: Map<string, [number, number]> };

/**
 * The baseline the learned model must beat: plain multinomial naive Bayes over word counts with
 * add-one smoothing. Class 1 = legit, 0 = fake.
 */
export function trainNaiveBayes(docs: Array<{ text: string; label: 0 | 1 }>): NaiveBayes {
  const counts = [new Map<string, number>(), new Map<string, number>()] as const;
  const totals: [number, number] = [0, 0];
  const docsPer: [number, number] = [0, 0];
  for (const doc of docs) {
    docsPer[doc.label]++;
    for (const word of tokenise(doc.text)) {
      counts[doc.label].set(word, (counts[doc.label].get(word) ?? 0) + 1);
      totals[doc.label]++;
    }
  }
  const vocab = [...new Set([...counts[0].keys(), ...counts[1].keys()])].sort();
  const denom = [at(totals, 0) + vocab.length, at(totals, 1) + vocab.length];
  const logLikelihood = new Map<string, [number, number]>();
  for (const word of vocab) {
    logLikelihood.set(word, [
      Math.log(((counts[0].get(word) ?? 0) + 1) / at(denom, 0)),
      Math.log(((counts[1].get(word) ?? 0) + 1) / at(denom, 1)),
    ]);
  }
  const n = docs.length || 1;
  return {
    logPrior: [Math.log((at(docsPer, 0) + 1) / (n + 2)), Math.log((at(docsPer, 1) + 1) / (n + 2))],
    logLikelihood,
  };
}

/** P(legit | text); words never seen in training are skipped, as usual for multinomial NB. */
export function naiveBayesLegit(model: NaiveBayes, text: string): number {
  let [fake, legit] = model.logPrior;
  for (const word of tokenise(text)) {
    const ll = model.logLikelihood.get(word);
    if (!ll) continue;
    fake += ll[0];
    legit += ll[1];
  }
  return 1 / (1 + Math.exp(fake - legit));
}
