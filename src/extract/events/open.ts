import type { Doc } from '../doc.ts';
import type { Entity, EntityType } from '../types.ts';
import { guardFor } from './guards.ts';
import { triggerLexicon } from './lexicon.ts';
import type { ClauseRoles } from './roles.ts';
import { at } from '../../invariant/index.ts';
import { speechForms } from '../text/speech.ts';
import openClaims from '../../../data/lexicons/open-claims.json' with { type: 'json' };

/**
 * The open verb rule, tried after the lexicon's triggers: a verb in the past tense (regular, or an irregular past of
 * open-claims.json's verbs) with a named doer tells a happening even when no trigger names its kind ("The singer
 * grabbed an intruder", "Jolie retreated from the spotlight", "The List recently compiled a list", "they had won a
 * talent contest"). Its type is the verb itself, its participants its clause's
 * subject and named objects. Left out: verbs of saying (statements and reports have rules of their own), states
 * and attitudes ("seemed", "loved", "wanted"), and anything a guard stops (wishes, habits, quotations, questions).
 */
export type OpenVerb = { type: string; head: number; doers: Entity[]; objects: Entity[]; rule: string };

// The verbs of speaking and of telling (data/lexicons/speech.json, through the trigger lexicon's speaking group) and the
// lexicon's states (event-triggers.json): never an open event.
const SAYING: ReadonlySet<string> = new Set(
  triggerLexicon.triggers
    .filter((g) => g.needs === 'speaker' || g.type === 'statement')
    .flatMap((g) => g.forms)
    .filter((f) => !f.includes(' '))
    .map((f) => f.toLowerCase()),
);
const STATES: ReadonlySet<string> = new Set(
  [...(triggerLexicon.words.states ?? []), ...speechForms('telling')].map((w) => w.toLowerCase()),
);
// Who can do something the article tells: people, bands, companies, outlets.
const DOERS: ReadonlySet<EntityType> = new Set(['person', 'group', 'organization', 'outlet']);
const DONE_TO: ReadonlySet<EntityType> = new Set(['person', 'group', 'animal', 'work', 'event', 'organization']);
// A regular past tense ("grabbed", "retreated"), not an -ed adjective before a noun ("the acclaimed film").
const REGULAR_PAST = /^[a-z]{3,}ed$/;
// The irregular past tenses of data/lexicons/open-claims.json's verbs ("won", "led", "broke"): "By 1978, they had won
// a talent contest" (bbc-entertainment-262). Left out: a past spelt as its present ("split", "hit", "quit"), which
// cannot tell a past from a present, and the light verbs ("made", "took", "went"), which words.states keeps out.
const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  Object.entries(openClaims.irregular as Record<string, string[]>)
    .map(([lemma, forms]) => [lemma, forms[1] ?? ''] as const)
    .filter(([lemma, past]) => past !== lemma && !REGULAR_PAST.test(past))
    .map(([, past]) => past),
);
const isPast = (word: string): boolean => REGULAR_PAST.test(word) || IRREGULAR_PAST.has(word);

/** Whether sentence `s` has a verb openVerbs() could read (its first test, without cutting the sentence into clauses). */
export function mayTellOpenVerb(doc: Doc, s: number): boolean {
  const sentence = at(doc.sentences, s);
  for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
    const t = at(doc.tokens, i);
    if (t.pos === 'VERB' && isPast(t.text.toLowerCase())) return true;
  }
  return false;
}

/** The past-tense verbs of a clause-cut sentence that tell a happening no lexicon trigger took. */
export function openVerbs(doc: Doc, roles: ClauseRoles, s: number, taken: (token: number) => boolean): OpenVerb[] {
  const sentence = at(doc.sentences, s);
  const out: OpenVerb[] = [];
  for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
    const t = at(doc.tokens, i);
    // A verb by its tag (isVerbAt's first test), asked first: it rules out most tokens before any lower-casing or lookup.
    if (t.pos !== 'VERB') continue;
    const word = t.text.toLowerCase();
    if (!isPast(word) || SAYING.has(word) || STATES.has(word) || taken(i) || roles.at(i)) continue;
    // "the acclaimed film", "his rumoured girlfriend": a participle that describes the noun after it.
    const next = doc.tokens[i + 1];
    if (next && next.sentence === s && (next.pos === 'NOUN' || next.pos === 'PROPN') && !roles.at(i + 1)) continue;
    // "when asked whether…", "as expected", "Asked the reason for the sale, Evans said", ", dressed to the nines": a
    // participle that opens its sentence or follows a comma or a subordinator describes; it tells no happening.
    if (
      i === sentence.firstToken ||
      /^(when|if|once|unless|until|as|than|,|\(|:)$/i.test(doc.tokens[i - 1]?.text ?? '')
    )
      continue;
    if (guardFor(doc, roles, i, word)) continue;
    const subject = roles.subject(i);
    // A passive's subject is what it is done to: the verb needs its doer named after "by" ("Mary Poppins was originally
    // created by author Pamela Travers", bbc-entertainment-005), and its subject is what it was done to.
    if (subject.passive) {
      const agent = agentAfter(doc, roles, i);
      if (!agent) continue;
      const done = subject.entities.filter((e) => DONE_TO.has(e.type) && e !== agent);
      out.push({ type: word, head: i, doers: [agent], objects: done, rule: `event-open-verb(by-agent)` });
      continue;
    }
    const doers = subject.entities.filter((e) => DOERS.has(e.type));
    if (doers.length === 0) continue;
    const objects = roles.objects(i, DONE_TO).filter((e) => !doers.includes(e));
    out.push({ type: word, head: i, doers, objects, rule: `event-open-verb(${subject.rule})` });
  }
  return out;
}

/** The doer named after "by" right after a passive verb ("created by author Pamela Travers"), if any. */
function agentAfter(doc: Doc, roles: ClauseRoles, verb: number): Entity | null {
  const { tokens } = doc;
  const by = tokens[verb + 1];
  if (!by || by.sentence !== at(tokens, verb).sentence || by.text.toLowerCase() !== 'by') return null;
  for (let j = verb + 2; j <= verb + 5 && tokens[j]?.sentence === by.sentence; j++) {
    const l = roles.at(j);
    if (l) return DOERS.has(l.entity.type) && !roles.possessive(l) ? l.entity : null;
    if (!/^(NOUN|ADJ|DET|PROPN)$/.test(at(tokens, j).pos)) return null;
  }
  return null;
}
