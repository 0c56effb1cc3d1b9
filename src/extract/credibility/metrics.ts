/** Scored item: `score` is P(legit), `label` 1 = legit. */
export type Scored = { score: number; label: 0 | 1; group: string };

/** Share of pairs (items sharing a group, one legit one fake) where the legit one scores higher; ties count half. */
export function pairwiseAccuracy(items: Scored[]): number {
  const groups = new Map<string, Scored[]>();
  for (const item of items) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  let wins = 0;
  let pairs = 0;
  for (const members of groups.values()) {
    for (const legit of members.filter((m) => m.label === 1)) {
      for (const fake of members.filter((m) => m.label === 0)) {
        pairs++;
        wins += legit.score > fake.score ? 1 : legit.score === fake.score ? 0.5 : 0;
      }
    }
  }
  return pairs === 0 ? NaN : wins / pairs;
}

/** ROC AUC by the rank-sum (Mann–Whitney) formula, ties counted half. */
export function rocAuc(items: Scored[]): number {
  const positives = items.filter((i) => i.label === 1);
  const negatives = items.filter((i) => i.label === 0);
  if (positives.length === 0 || negatives.length === 0) return NaN;
  let sum = 0;
  for (const p of positives) for (const n of negatives) sum += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0;
  return sum / (positives.length * negatives.length);
}

/** Mean squared error of the probability against the 0/1 label (lower is better; 0.25 is a coin). */
export function brier(items: Scored[]): number {
  return items.reduce((sum, i) => sum + (i.score - i.label) ** 2, 0) / (items.length || 1);
}
