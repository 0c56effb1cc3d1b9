import { isIgnored, type Doc } from '../doc.ts';
import { epithetHeads, type Gender } from '../names/index.ts';
import type { Queued } from './referents.ts';
import type { Referent } from './salience.ts';
import { around, findQuotations } from './speakers.ts';
import { at } from '../../invariant/index.ts';
import { CLAUSE_MARKS } from './clauses.ts';

// The text's own word on someone's gender, before the walk, over what a names list says of the first name:
// "Godzilla star Jean Reno was France's second best-paid actor in 2004 … His roles include…" (Jean is listed female),
// "female rapper Young M.A." (Young is listed male), "Meek Mill … deleted his account" (Meek is listed as nothing).

const POSSESSED = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);
const HE = new Set(['he', 'him', 'his', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);
// "female rapper Young M.A.", "actress Cleo Rocos", "Jean Reno was … actor": a word for the name; it outweighs a pronoun.
const WORD_WEIGHT = 2;
const SEX: ReadonlyMap<string, Gender> = new Map([
  ['female', 'female'],
  ['male', 'male'],
  ['woman', 'female'],
  ['man', 'male'],
]);

// "his ex-wife Kris Jenner" (celebrity-121legit; "Kris" is listed male), "her husband Tim", "sister Kim": a tie noun
// right before a name says the sex as plainly as "female rapper" does. Not "partner", "fiance" (unaccented), "twin".
const TIE_SEX: ReadonlyMap<string, Gender> = new Map([
  ...[
    'wife',
    'girlfriend',
    'fiancée',
    'widow',
    'mother',
    'mom',
    'mum',
    'sister',
    'daughter',
    'grandmother',
    'granddaughter',
    'aunt',
    'niece',
    'stepmother',
    'stepdaughter',
    'stepsister',
  ].map((w): [string, Gender] => [w, 'female']),
  ...[
    'husband',
    'boyfriend',
    'widower',
    'father',
    'dad',
    'brother',
    'son',
    'grandfather',
    'grandson',
    'uncle',
    'nephew',
    'stepfather',
    'stepson',
    'stepbrother',
  ].map((w): [string, Gender] => [w, 'male']),
]);

type Votes = { male: number; female: number };

/**
 * Votes from the text: a possessive or reflexive he/she pronoun outside quotations for the subject named before it in
 * its sentence, a pronoun opening a sentence for the subject of the one before, and a gendered word just before a
 * name. Then each referent
 * takes the gender most of its votes give, and a names list's gender gives way when the text says otherwise more often.
 */
export function genderFromText(doc: Doc, queue: Map<number, Queued>): void {
  const { tokens } = doc;
  // Everyone named, sentence by sentence; a bare name that could be several people is someone, but no one to vote for.
  const named = new Map<number, Array<{ r: Referent | null; start: number; subject: boolean }>>();
  const votes = new Map<Referent, Votes>();
  // How many times the text spoke, whatever the weight: one word is one say.
  const says = new Map<Referent, Votes>();
  const vote = (r: Referent, g: Gender, weight = 1, say = 1): void => {
    const v = votes.get(r) ?? { male: 0, female: 0 };
    v[g] += weight;
    votes.set(r, v);
    const n = says.get(r) ?? { male: 0, female: 0 };
    n[g] += say;
    says.set(r, n);
  };
  for (const [i, q] of queue) {
    const r = q.referent ?? (q.candidates.length === 1 ? at(q.candidates, 0) : null);
    const s = at(tokens, i).sentence;
    const verb = verbAfter(doc, i, q.mention.end);
    // A subject is a name its verb follows: "Jean Reno was …", not "Married to Justin Bieber since 2018, she…".
    named.set(s, [...(named.get(s) ?? []), { r, start: q.mention.start, subject: verb !== null }]);
    if (!r) continue;
    const before = tokens[i - 1]?.text.toLowerCase() ?? '';
    // "female rapper Young M.A.": a word for the sex says it outright, as often as a names list; "actor" is said of
    // women too ("his estranged wife and actor Angelina Jolie", celebrity-183fake), and is one say.
    const sex =
      SEX.get(tokens[i - 2]?.text.toLowerCase() ?? '') ?? SEX.get(before) ?? TIE_SEX.get(before.replace(/^ex-/, ''));
    const g = sex ?? epithetHeads.get(before)?.gender ?? (verb === null ? null : predicated(doc, verb));
    if (g) vote(r, g, WORD_WEIGHT, sex ? 2 : 1);
  }
  const quotation = around(findQuotations(doc.text));
  const quoted = (start: number): boolean => quotation(start, start) !== undefined;
  tokens.forEach((t, i) => {
    const word = t.text.toLowerCase();
    const g: Gender | null = HE.has(word) ? 'male' : SHE.has(word) ? 'female' : null;
    if (!g || quoted(t.start) || isIgnored(doc, t.start, t.end)) return;
    // The subject of the sentence, named before the pronoun ("Mill … deleted his account"); or, for a pronoun opening
    // its sentence, the subject of the one before ("Jean Reno was France's second best-paid actor. His roles…").
    const opens = at(doc.sentences, t.sentence).firstToken === i;
    // Inside the sentence only a possessive or a reflexive speaks of its subject ("Meek lost his cool"); an object is
    // someone else ("Morgan interviewed her"), and so is often a subject in a clause of its own.
    const possessive = word === 'his' || (word === 'her' && POSSESSED.has(tokens[i + 1]?.pos ?? ''));
    if (!opens && !possessive && !word.endsWith('self')) return;
    const pool = opens
      ? (named.get(t.sentence - 1) ?? [])
      : (named.get(t.sentence) ?? []).filter((n) => n.start < t.start);
    const subjects = pool.filter((n) => n.subject);
    if (subjects.length !== 1) return;
    const [{ r }] = subjects as [(typeof subjects)[0]];
    const people = new Set(pool.map((n) => n.r));
    if (!r) return;
    if (people.size === 1) return vote(r, g);
    // "Mill went on an Instagram rant at Minaj and then deleted his account": among several, someone the names list
    // gives the other gender is not who the pronoun is about; a subject the list does not know takes the vote.
    if (r.gender === null && [...people].every((o) => o === r || (o !== null && o.gender !== null && o.gender !== g)))
      vote(r, g);
  });
  for (const [r, v] of votes) {
    const said: Gender | null = v.male > v.female ? 'male' : v.female > v.male ? 'female' : null;
    if (!said || said === r.gender) continue;
    // A names list's gender gives way only to a text that says otherwise more than once and never agrees with it: one
    // word is not enough, "his estranged wife and actor Angelina Jolie" (celebrity-183fake) is a woman.
    const n = says.get(r) ?? { male: 0, female: 0 };
    if (r.gender === null || (n[said] >= 2 && v[r.gender] === 0)) r.gender = said;
  }
}

const BE = new Set(['is', 'was', 'became', 'becomes', "'s", '’s']);
const CLAUSE_END = new Set([...CLAUSE_MARKS, 'and', 'but', 'who', 'which', 'that']);

/** The token index of the verb right after a name (past an age in apposition: "Paul, 73, told…"), or null. */
function verbAfter(doc: Doc, first: number, end: number): number | null {
  const { tokens } = doc;
  let k = first;
  while (tokens[k + 1] && at(tokens, k + 1).end <= end) k++;
  k++;
  if (tokens[k]?.text === ',' && /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',') k += 3;
  const pos = tokens[k]?.pos;
  return pos === 'VERB' || pos === 'AUX' ? k : null;
}

// "Jean Reno was France's second best-paid actor in 2004": a gendered noun said of the subject, in its clause.
function predicated(doc: Doc, verb: number): Gender | null {
  const { tokens } = doc;
  if (!BE.has(at(tokens, verb).text.toLowerCase())) return null;
  for (let k = verb + 1; k <= verb + 7 && tokens[k]; k++) {
    const word = at(tokens, k).text.toLowerCase();
    // "best-paid": a hyphenated modifier is one word.
    if (word === '-' || tokens[k - 1]?.text === '-') continue;
    // "Aniston was married to the actor Justin Theroux": the noun must be the predicate, not in a phrase of its own.
    if (CLAUSE_END.has(word) || ['VERB', 'AUX', 'ADP', 'PRON', 'SCONJ'].includes(at(tokens, k).pos)) return null;
    const g = epithetHeads.get(word)?.gender ?? SEX.get(word);
    if (g) return g;
  }
  return null;
}
