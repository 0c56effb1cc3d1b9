// Rule 'affair': whom one cheats with is a lover. "has she REALLY been cheating on him with Oakland Raiders punter
// Marquette King?" (celebrity-019fake) asks of a romance between Kim Kardashian and Marquette King, beside the split
// from Kanye West the clause is read as; "rumors swirled last year about husband Chris Pratt cheated on her with
// "Passengers" co-star Jennifer Lawrence" (celebrity-026legit) and "Kristen was having a secret affair with director
// Rupert Sanders" (celebrity-010fake) likewise. The clause keeps one proposition (the marriage or split the cheating
// is against); this adds the affair as a dating claim of the cheater and the lover, held and stanced as the clause's.
import type { Doc } from '../doc.ts';
import type { Located } from '../text/index.ts';
import type { Claim } from '../types.ts';
import type { Clause } from './clauses.ts';

type Draft = Omit<Claim, 'id' | 'supports'>;

// "cheated on her then-husband with", "cheating on him with", "an affair with", "a secret affair with".
const CHEATED_WITH =
  /\b(?:cheat(?:s|ed|ing)?\s+on\s+(?:[\p{L}'’-]+\s+){1,3}?with|(?:an?|the|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?affair\s+with)\s+/giu;
// Between "with" and the lover's name: up to four describing words, no comma or verb ("Oakland Raiders punter",
// "“Passengers” co-star", "director"); "another Access Hollywood employee, Nancy O'Dell" names no lover outright.
const DESCRIBED = /^(?:[\p{L}\p{N}'’"“”.-]+\s+){0,4}$/u;
// Between the cheater and the words: auxiliaries, adverbs, the verbs of having or carrying on an affair.
const CHEATER_GAP =
  /^(?:\s+(?:has|have|had|is|are|was|were|been|be|being|not|reportedly|allegedly|actually|really|secretly|also|once|still|\w+ly|having|carried|carrying|had|on))*\s+$/iu;

/** The affairs a clause tells: the cheater right before the words, the lover right after them. */
export function affairsIn(doc: Doc, clause: Clause, located: Located[], draft: Draft | null): Draft[] {
  if (!draft) return [];
  const people = located
    .filter((l) => l.entity.type === 'person' && l.mention.kind !== 'possessive')
    .sort((a, b) => a.mention.start - b.mention.start);
  const out: Draft[] = [];
  // The clause's own text, not the rest of the article: a search from the clause's start ran to the article's end
  // for every clause, which made a long article quadratic.
  const text = doc.text.slice(clause.start, clause.end);
  CHEATED_WITH.lastIndex = 0;
  for (let m = CHEATED_WITH.exec(text); m; m = CHEATED_WITH.exec(text)) {
    const from = clause.start + m.index;
    const to = from + m[0].length;
    const lover = people.find(
      (l) =>
        l.mention.start >= to && l.mention.end <= clause.end && DESCRIBED.test(doc.text.slice(to, l.mention.start)),
    );
    const cheater = people
      .filter((l) => l.mention.end <= from && l.mention.start >= clause.start)
      .filter((l) => CHEATER_GAP.test(doc.text.slice(l.mention.end, from)))
      .at(-1);
    if (!lover || !cheater || lover.entity.id === cheater.entity.id) continue;
    out.push({
      ...draft,
      type: 'relationship',
      value: 'dating',
      subjects: [cheater.entity.id, lover.entity.id],
      rule: `${draft.rule ?? 'claim'}+affair`,
    });
  }
  return out;
}
