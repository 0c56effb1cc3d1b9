// Credibility on the held-out celebrity pairs 201–250: the shipped model against two baselines, one run.
// `npx tsx scripts/eval/credibility.ts`; the lead wires evalCredibility() into `npm run eval`.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Figures,
  type LabelledItem,
  brier,
  findCues,
  naiveBayesLegit,
  pairwiseAccuracy,
  rocAuc,
  scoreWithModel,
  shippedModel,
  trainNaiveBayes,
} from '../../src/extract/credibility/training.ts';
import { dataDir, loadHeldOutPairs, loadTrainingData } from './credibility-data.ts';
import { must } from '../../src/invariant/index.ts';

type Scorer = { name: string; score: (item: LabelledItem) => number };

function measure(items: LabelledItem[], scorer: Scorer): Figures {
  const scored = items.map((item) => ({ score: scorer.score(item), label: item.label, group: item.group }));
  return { pairwise: pairwiseAccuracy(scored), auc: rocAuc(scored), brier: brier(scored) };
}

/** Prints (and returns) pairwise accuracy, ROC AUC and Brier score per scorer; null when the data is absent. */
export async function evalCredibility(): Promise<Array<{ name: string } & Figures> | null> {
  const dir = dataDir();
  if (!dir) {
    console.log(
      'credibility: skipped, the shared data folder is absent (looked at ../shared/data from the repo root; set RUMOURMILL_DATA)',
    );
    return null;
  }
  const { pairs, amt } = loadTrainingData(dir);
  const heldOut = loadHeldOutPairs(dir);
  const model = shippedModel();
  // Same training data as the shipped model (its config gives GossipCop headlines no share, so they are left out here too).
  const nb = trainNaiveBayes([...pairs, ...amt].map((i) => ({ text: `${i.title ?? ''}\n${i.text}`, label: i.label })));
  const scorers: Scorer[] = [
    { name: 'shipped model', score: (item) => scoreWithModel(model, item).score },
    { name: 'naive Bayes (words)', score: (item) => naiveBayesLegit(nb, `${item.title ?? ''}\n${item.text}`) },
    // Hedge density alone, as a probability: 1 / (1 + hedges per 100 words). Not calibrated; Brier is for reference.
    {
      name: 'hedge density alone',
      score: (item) =>
        Math.exp(
          -must(
            findCues(item).find((c) => c.name === 'hedging'),
            'findCues always reports a hedging cue',
          ).value,
        ),
    },
  ];
  console.log(
    `credibility: held-out celebrity pairs 201-250 (${heldOut.length / 2} pairs, ${heldOut.length} articles)`,
  );
  const rows = scorers.map((s) => ({ name: s.name, ...measure(heldOut, s) }));
  for (const r of rows) {
    console.log(
      `  ${r.name.padEnd(22)} pairwise ${r.pairwise.toFixed(3)}  AUC ${r.auc.toFixed(3)}  Brier ${r.brier.toFixed(3)}`,
    );
  }
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await evalCredibility();
