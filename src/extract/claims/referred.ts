// A denial that refers back to what was just reported instead of restating it: "Even so, a spokeswoman for Aniston
// found herself having to deny it" (after a magazine's story of a Lake Como reunion), "the notion … is one this site
// has checked and found untrue many times before" (Gossip Cop on Woman's Day's romance story). The clause names no
// proposition, so the lexicon makes no claim of it; its proposition is the nearest claim before it that it can be
// about, and who denies is read from the clause by the attribution rules (a representative is the principal's word).
import meetings from '../../../data/lexicons/meetings.json' with { type: 'json' };
import type { Claim } from '../types.ts';
import type { Located } from '../text/index.ts';
import { attribute, type Facts } from './attribution/index.ts';
import { coordinatedPair } from './subjects.ts';

type Draft = Omit<Claim, 'id' | 'supports'>;
type ClauseFacts = Omit<Facts, 'subjects' | 'p' | 'own' | 'at' | 'lead'>;

/** What a referring clause does to the proposition it refers to. */
export type Referring = { rule: string; stance: 'denies' };

// What can stand for a report already told: a pronoun or a noun for a story ("deny it", "denied the reports"). A
// "that" opening a clause restates what is denied ("She emphatically denied that she had any work done on her face",
// celebrity-113fake): only a "that" or "this" ending the phrase refers back.
const REPORT = String.raw`(?:it|them|(?:this|that|these|those)(?=\s*(?:[.,;:!?"”]|$))|(?:the|those|these|such|that|this|any|all)\s+(?:[\w'’-]+\s+){0,2}?(?:reports?|rumou?rs?|claims?|story|stories|speculation|allegations?|gossip|talk|notion|idea|tale|suggestions?|news))`;

const NEVER_HAPPENED =
  /\b(?:never|did(?:n['’]t| not)|has(?:n['’]t| not)|had(?:n['’]t| not))\s+(?:\w+ly\s+)?(?:took place|take place|taken place|happened|happen)\b/i;

/**
 * The referring denials, in order; the first that matches the clause (names blanked) names the rule. Each is a verb
 * or predicate whose object or subject is what was reported before, never a proposition of its own.
 */
export const REFERRING_RULES: Array<{ name: string; re: RegExp }> = [
  {
    // "a spokeswoman for Aniston found herself having to deny it", "her rep denied the reports", "shot down the rumours",
    // "Hammer has now poured cold water on the idea himself" (robert-pattinson-batman-casting stream).
    name: 'denies-report',
    re: new RegExp(
      String.raw`\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|dismiss(?:ed|es|ing)?|shot down|shoots? down|shut down|shuts down|laughed off|laughs? off|(?:poured|pours|pouring) cold water on|quash(?:ed|es|ing)?|debunk(?:ed|s|ing)?|slam(?:med|s)?)\s+${REPORT}\b(?!\s+(?:was|is|were|are|had|has|will|would|could)\b)`,
      'i',
    ),
  },
  {
    // "… but later both of them finely denied." (celebrity-026fake): the two the rumour names deny it, the verb ending
    // its clause with no object of its own.
    name: 'denied-outright',
    re: /\b(?:both(?: of them)?|the (?:two|pair|couple|duo)|they)\s+(?:(?:have|had|each|also|later|quickly|swiftly|promptly|finally|firmly|flatly|strongly|vehemently|both|\w+ly)\s+){0,3}den(?:y|ied)\s*(?:it\s*)?[.!;]?\s*$/i,
  },
  {
    // "the get-together “never took place”", "it never happened", "That New York rendezvous …? It didn't happen."
    name: 'never-happened',
    re: NEVER_HAPPENED,
  },
  {
    // "one this site has checked and found untrue", "the story is false", "called the report “not true”".
    name: 'found-untrue',
    re: /\b(?:is|was|are|were|be|been|found|called|branded|labell?ed|as)\s+(?:(?:it|them|that|this)\s+)?(?:\w+ly\s+)?[“"‘']?(?:false|untrue|not true|baseless|fabricated|made up|nonsense|bogus|fiction)\b/i,
  },
];

// What a "never happened" may be said of: a report or a meeting named ("the get-together “never took place”"), or a
// pronoun opening its sentence ("It didn't happen."). "Doctors hoped to release him 2 days ago, but that didn't
// happen" (celebrity-014fake) speaks of the plan just told in its own sentence.
const happenedOf = (facts: ClauseFacts): boolean => {
  const at = facts.clause.start - facts.sentence.start;
  const before = facts.sentence.text.slice(0, at + (NEVER_HAPPENED.exec(facts.plain)?.index ?? 0));
  return (at === 0 && /^\W*(?:it|that|this)\b/i.test(before)) || MEETING.test(before) || NAMED_REPORT.test(before);
};
const NAMED_REPORT = /\b(?:reports?|rumou?rs?|claims?|story|stories|tale|allegations?)\b/i;

// Words put in someone's mouth are what such a clause calls false, not the story: "he had not spoken to any journalist
// or media outlet …, and that any quotes reported as his were false" (Liam Hemsworth's post confirming the split, a
// Miley Cyrus stream article) disowns the quotes, and the split he has just confirmed stands.
export const WORDS_DISOWNED =
  /\b(?:quotes?|quotations?|statements?|remarks?|comments?|words|interviews?)\b(?:\s+[\w'’-]+){0,5}\s+(?:is|was|are|were|be|been)\s+(?:\w+ly\s+)?[“"‘']?(?:false|untrue|not true|fake|fabricated|made up|bogus)\b/i;

/** The referring denial of a clause, if any. */
export function referringIn(plain: string): Referring | null {
  if (WORDS_DISOWNED.test(plain)) return null;
  const rule = REFERRING_RULES.find((r) => r.re.test(plain));
  return rule ? { rule: rule.name, stance: 'denies' } : null;
}

// What a denial can refer back to: a rumour's proposition, not a career's news (a release, an award).
const REFERABLE: ReadonlySet<string> = new Set(['relationship', 'pregnancy', 'casting', 'feud', 'health']);

// "'I know this news is not true, but … having my husband being involved in such affair rumour.'" (Anna Faris,
// celebrity-026fake): a quotation nobody is credited with in its own sentence is someone's words, no report for "Jennifer
// herself denied the news" to deny.
const WHOLLY_QUOTED = /^\s*["“‘'][^]*["”’']\s*$/;

/**
 * The claim a referring clause is about: the nearest one before it (within `from`, the start of the stretch it may
 * refer back over) of a rumour's type, that someone other than the principals holds (a report), and that is about
 * the person the clause names, if it names one ("a spokeswoman for Aniston" denies a story about Aniston, not the
 * split of Pitt and Jolie told in the sentence before).
 */
export function referent(earlier: Draft[], from: number, before: number, named: string[]): Draft | undefined {
  const fits = earlier.filter(
    (d) =>
      d.evidence.start >= from &&
      d.evidence.start < before &&
      REFERABLE.has(d.type) &&
      !d.rule?.endsWith('+open') &&
      d.holder.kind !== 'principal' &&
      !(d.holder.kind === 'author' && WHOLLY_QUOTED.test(d.evidence.text)) &&
      d.stance !== 'denies' &&
      d.stance !== 'unconfirmed' &&
      (named.length === 0 || named.some((id) => d.subjects.includes(id))),
  );
  return fits.reduce<Draft | undefined>(
    (best, d) => (!best || d.evidence.start > best.evidence.start ? d : best),
    undefined,
  );
}

/**
 * The claim of a clause that denies what was reported before it without restating it: the referent's proposition
 * and subjects, held and denied by whoever the clause says denies. `from` is where the clause may refer back to.
 */
export function referredClaim(
  facts: ClauseFacts,
  earlier: Draft[],
  from: number,
  couple: [string, string] | null,
  located: Located[][],
): Draft | null {
  const referring = referringIn(facts.plain);
  if (!referring || facts.question) return null;
  if (referring.rule === 'never-happened' && !happenedOf(facts)) return null;
  const named = [...new Set(facts.located.filter((l) => l.entity.type === 'person').map((l) => l.entity.id))];
  // "the get-together “never took place”": a meeting the clause names is what it denies, before any claim told earlier
  // ("Aniston was cast as the understanding ex" is no casting the denial is about).
  const meeting = MEETING.test(facts.clause.text) ? meetingOf(facts, couple, named, located) : undefined;
  // "Doctors hoped to release him 2 days ago, but that didn't happen" (celebrity-014fake): a thing that did not happen
  // in the same sentence is the plan just told, not a report; only a report told in an earlier sentence is denied so.
  const until = referring.rule === 'never-happened' ? facts.sentence.start : facts.clause.start;
  const ref = meeting ?? referent(earlier, from, until, named) ?? meetingOf(facts, couple, named, located);
  if (!ref) return null;
  const p = { type: ref.type, value: ref.value, strong: true };
  const said = attribute({ ...facts, denied: true, subjects: ref.subjects, p, own: false, at: undefined, lead: '' });
  if (!said || said.stance !== 'denies') return null;
  // The article's own "but that didn't happen" refutes only someone else's report, not its own telling ("Kanye's
  // album was due out…, but that didn't happen"): a referent in the article's voice is no rumour to deny.
  if (said.holder.kind === 'author' && ref.holder.kind !== 'outlet' && ref.holder.kind !== 'anonymous') return null;
  const { evidence, ...rest } = said;
  const span = evidence ?? { text: facts.clause.text, start: facts.clause.start, end: facts.clause.end };
  return {
    type: ref.type,
    value: ref.value,
    subjects: ref.subjects,
    ...(ref.implied ? { implied: ref.implied } : {}),
    evidence: span,
    ...rest,
    rule: `${rest.rule}+referred:${referring.rule}`,
  };
}

// "rendezvous", "get-together", "encounter" (data/lexicons/meetings.json).
const MEETING = new RegExp(String.raw`(?<![\p{L}-])(?:${meetings.nouns.join('|')})(?![\p{L}-])`, 'iu');
/** How far before the clause a meeting may be told: "No photograph of the encounter exists. Even so, … deny it." */
const MEETING_REACH = 2;

/**
 * A meeting of the article's couple that the clause denies happened: "Aniston's representative has now told Us Weekly
 * … that the get-together “never took place”" (Celebuzz, on Grazia's story of a New York rendezvous of Aniston and
 * Pitt) denies that the two are together again. The meeting is named in the clause or in the two sentences before it;
 * the couple is the article's (subjects.ts topicOf); a clause that names someone else is about someone else.
 */
function meetingOf(
  facts: ClauseFacts,
  couple: [string, string] | null,
  named: string[],
  located: Located[][],
): Draft | undefined {
  const s = facts.clause.sentence;
  const first = facts.doc.sentences[Math.max(0, s - MEETING_REACH)];
  const start = first ? first.start : facts.clause.start;
  if (!MEETING.test(facts.doc.text.slice(start, facts.clause.end))) return undefined;
  // "That New York rendezvous between Jennifer Aniston and Brad Pitt?": a meeting told with its two, earlier in the
  // article, is theirs, whichever couple the rest of the article is about; else the article's couple.
  let pair = couple;
  for (let k = s; k >= 0; k--) {
    const sentence = facts.doc.sentences[k];
    if (!sentence || !MEETING.test(sentence.text)) continue;
    const people = (located[k] ?? []).filter((l) => l.entity.type === 'person');
    const two = coordinatedPair(facts.doc.text, people);
    if (two) {
      pair = two;
      break;
    }
  }
  if (!pair || named.some((id) => !pair.includes(id))) return undefined;
  const span = { text: facts.clause.text, start: facts.clause.start, end: facts.clause.end };
  // Told as gossip: nobody's word yet, which the denial answers.
  return {
    type: 'relationship',
    value: 'dating',
    subjects: [...pair],
    holder: { kind: 'anonymous', entity: null },
    stance: 'asserts',
    evidence: span,
    rule: 'referred:meeting',
  };
}
