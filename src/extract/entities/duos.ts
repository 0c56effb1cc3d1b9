import type { Doc } from '../doc.ts';
import { firstNames } from '../names/index.ts';
import type { Candidate } from './scan.ts';
import { at } from '../../invariant/index.ts';

// Double acts are named as a pair of names: "presenting duo Ant and Dec", "comedy duo French and
// Saunders", "duo called Bruce & Terry". Once a pair is called a duo, the same pair elsewhere in
// the article is the duo too, not two people.

const DUO_NOUNS = new Set(['duo', 'act', 'pair', 'twosome']);
const NAMING = new Set(['called', 'named', 'dubbed']);
const AND = new Set(['and', '&']);

const pairAt = (doc: Doc, a: Candidate, b: Candidate | undefined): boolean =>
  b !== undefined &&
  !a.possessive &&
  !a.phrase &&
  !b.phrase &&
  b.first === a.last + 2 &&
  AND.has(at(doc.tokens, a.last + 1).text);

// "Matt Lucas and David Walliams" are two people the article calls a duo, not a duo's name.
const twoFullNames = (doc: Doc, a: Candidate, b: Candidate): boolean =>
  (a.last > a.first && firstNames.has(at(doc.tokens, a.first).text)) ||
  (b.last > b.first && firstNames.has(at(doc.tokens, b.first).text));

function calledDuo(doc: Doc, first: number): boolean {
  let k = first - 1;
  if (NAMING.has(doc.tokens[k]?.text ?? '')) k--;
  const word = doc.tokens[k]?.text.toLowerCase() ?? '';
  return DUO_NOUNS.has(word) && (word !== 'act' || doc.tokens[k - 1]?.text.toLowerCase() === 'double');
}

/** The candidates with every duo's two names joined into one candidate marked as a duo. */
export function joinDuos(doc: Doc, candidates: Candidate[]): Candidate[] {
  const names = new Set<string>();
  const key = (a: Candidate, b: Candidate): string =>
    `${doc.text.slice(a.start, a.end)}\u0000${doc.text.slice(b.start, b.end)}`;
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = at(candidates, i);
    const b = candidates[i + 1];
    if (b && pairAt(doc, a, b) && calledDuo(doc, a.first) && !twoFullNames(doc, a, b)) names.add(key(a, b));
  }
  if (names.size === 0) return candidates;
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = at(candidates, i);
    const b = candidates[i + 1];
    if (b && pairAt(doc, a, b) && names.has(key(a, b))) {
      out.push({ first: a.first, last: b.last, start: a.start, end: b.end, possessive: b.possessive, duo: true });
      i++;
    } else out.push(a);
  }
  return out;
}
