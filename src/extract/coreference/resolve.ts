import { isIgnored, tokenStartingAt, type Doc } from '../doc.ts';
import { cues, epithetHeads } from '../names/index.ts';
import type { Entity, Mention } from '../types.ts';
import {
  chooseAlias,
  chooseForEpithet,
  chooseForPair,
  chooseForPronoun,
  claim,
  lately,
  marksWork,
  touch,
  type Context,
} from './choose.ts';
import { epithetAt } from './epithets.ts';
import { ledeIndefiniteAt } from './cataphora.ts';
import { genderFromText } from './gender.ts';
import { linkGroupDescriptors, linkGroupPronouns } from './groups.ts';
import { linkHandles } from './handles.ts';
import { POSSESSIVE_PRONOUNS, PRONOUNS } from './pronouns.ts';
import { linkSpeakers } from './speakers.ts';
import { queuePeople, type Queued } from './referents.ts';
import { governs, note, type Referent } from './salience.ts';
import { surnamesNotPlaces, titlePeople } from './surnames.ts';
import { linkThingPronouns } from './things.ts';
import { linkBodyVoices } from './voices.ts';
import { linkAcronyms } from './acronyms.ts';
import { noteTie, tiedAt } from './ties.ts';
import { opensMainClause } from './clause-subject.ts';
import { at } from '../../invariant/index.ts';

/**
 * One entity per person: short names, epithets and pronouns become mentions of the person they
 * refer to, decided in one walk through the text so every choice sees only what came before.
 * Other entity types pass through. Ids are renumbered in order of first mention.
 * @example resolveCoreference(doc, findEntities(doc)) // "the Bond girl" is a mention of Ana de Armas
 */
export function resolveCoreference(doc: Doc, found: Entity[]): Entity[] {
  const { tokens } = doc;
  // People the title names in full are there to be referred to, though the text may give only a surname.
  const named = new Set(found.filter((e) => e.type === 'person').map((e) => e.name));
  const title = titlePeople(doc).filter((t) => !named.has(t.name));
  const entities = surnamesNotPlaces(doc, found, title);
  const tokenAt = (offset: number) => tokenStartingAt(doc, offset);
  const covered = new Uint8Array(tokens.length);
  for (const e of entities)
    for (const m of e.mentions) {
      for (let i = tokenAt(m.start) ?? tokens.length; i < tokens.length && at(tokens, i).start < m.end; i++)
        covered[i] = 1;
    }
  const people = [...entities.filter((e) => e.type === 'person'), ...title];
  const { referents, queue } = queuePeople(doc, people, covered, tokenAt);
  genderFromText(doc, queue);
  const ctx: Context = {
    doc,
    referents,
    namedIn: namedInSentences(doc, queue),
    birthdays: [],
    ages: new Map(),
    seen: [],
    lately: lately(referents),
    claimed: new Uint8Array(doc.text.length),
    endingAt: new Map(),
    ties: new Map(),
  };

  for (let i = 0; i < tokens.length; i++) {
    const queued = queue.get(i);
    if (queued) {
      const r = chooseAlias(doc, queued, i);
      if (!r) continue;
      const { mention } = queued;
      const kind = mention.kind === 'possessive' ? 'possessive' : queued.referent ? mention.kind : 'alias';
      const last = lastTokenOf(doc, i, mention.end);
      record(
        ctx,
        r,
        {
          ...mention,
          kind,
          rule: queued.referent ? mention.rule : mention.rule === 'bare-name' ? mention.rule : 'alias',
        },
        i,
        last,
      );
      const relation = kind === 'possessive' || kind === 'name' ? apposedRelation(ctx, i) : null;
      if (relation) {
        r.entity.mentions.push(relation);
        claim(ctx, r, relation);
        noteTie(ctx, r, relation, tokenAt);
      }
      // "singer Ian Curtis", "Music mogul Tony Wilson": the text names their role.
      const before = tokens[i - 1]?.text.toLowerCase() ?? '';
      if (epithetHeads.has(before)) r.roles.add(before);
      if (mention.kind === 'possessive') ownsBirthday(ctx, r, last);
      const tied = mention.kind === 'possessive' ? tiedAt(ctx, r, last) : null;
      if (tied) {
        record(ctx, tied.r, tied.mention, last + 2, tied.last);
        // "Though she married …, Brad's former wife of nearly five years seems willing to be there for her ex-husband":
        // the tie opening the main clause is its subject, and keeps the focus for the "her" after it.
        if (opensMainClause(doc, i)) tied.r.lastWasSubject = true;
        i = tied.last;
        continue;
      }
      if (tokens[last + 1]?.text === ',' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? ''))
        ctx.ages.set(r, Number(at(tokens, last + 2).text));
      i = last;
      continue;
    }
    const epithet = covered[i] ? null : (epithetAt(doc, i) ?? ledeIndefiniteAt(ctx, i));
    if (epithet) {
      const apposed = queue.get(epithet.last + 1);
      const choice = chooseForEpithet(ctx, epithet, apposed ? chooseAlias(doc, apposed, epithet.last + 1) : null);
      if (choice) {
        const [r, rule] = choice;
        record(
          ctx,
          r,
          {
            text: doc.text.slice(epithet.start, epithet.end),
            start: epithet.start,
            end: epithet.end,
            kind: epithet.head.kind,
            rule,
          },
          i,
          epithet.last,
        );
        // "the father of the 48-year-old actor … the 51-year-old actor": an age once given tells them apart.
        if (epithet.age !== null && !ctx.ages.has(r)) ctx.ages.set(r, epithet.age);
        r.roles.add(epithet.role.toLowerCase());
        if (marksWork(epithet.modifier)) r.modifiers.add(epithet.modifier);
        r.gender ??= epithet.head.gender;
      }
      i = epithet.last;
      continue;
    }
    if (pair(ctx, i)) {
      i += 1;
      continue;
    }
    pronoun(ctx, i);
  }
  linkHandles(doc, referents);
  linkSpeakers(doc, referents);
  return linkBodyVoices(
    doc,
    linkThingPronouns(
      doc,
      linkGroupPronouns(doc, output(linkGroupDescriptors(doc, linkAcronyms(doc, entities)), referents)),
    ),
  );
}

const DESCRIBES = new Set(['ADJ', 'VERB']);
// What stands before a verb that governs the noun after it: its subject or auxiliary ("The actor grabbed", "has thrown"),
// an adverb ("previously dated"), a list's comma (", including").
const BEFORE_GOVERNING = new Set(['AUX', 'NOUN', 'PROPN', 'ADV']);
const governsNoun = (before: Doc['tokens'][number] | undefined): boolean =>
  before !== undefined &&
  (BEFORE_GOVERNING.has(before.pos) ||
    before.text === ',' ||
    (before.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(before.text.toLowerCase())));

/**
 * For a lower-case word hyphened to the lower-case words before it ("pop-star", "year-old", "soon-to-be"), the index of
 * the compound's first word; null when it is no such word.
 */
function hyphenedFrom(tokens: Doc['tokens'], j: number): number | null {
  let first: number | null = null;
  for (let k = j; ; k -= 2) {
    const [word, hyphen, t] = [tokens[k - 2], tokens[k - 1], at(tokens, k)];
    if (!word || hyphen?.text !== '-' || hyphen.start !== word.end || hyphen.end !== t.start) return first;
    if (!/^\p{Ll}+$/u.test(word.text) || !/^\p{Ll}+$/u.test(t.text) || word.sentence !== t.sentence) return first;
    first = k - 2;
  }
}

/**
 * "reunited with boyfriend Blake Shelton", "his son Ronan Farrow", "her mother, Marcheline Bertrand", "Brad Pitt’s
 * former wife Jennifer Aniston": a relation noun (cues.json relations, kin) set before a name is a mention of that
 * person, with the words that describe it ("former wife", "longtime coach") but not its owner ("his", "Pitt’s").
 * Occupations ("actor Dallas Roberts") are not: they name a role (see roles), not a tie to someone.
 */
function apposedRelation(ctx: Context, i: number): Mention | null {
  const { doc } = ctx;
  const { tokens } = doc;
  const name = at(tokens, i);
  let k = i - 1;
  if (tokens[k]?.text === ',') k--;
  const noun = tokens[k];
  if (!noun || noun.sentence !== name.sentence || !/^\p{Ll}/u.test(noun.text)) return null;
  const word = noun.text.toLowerCase();
  if (!cues.relations.has(word) && !cues.kin.has(word)) return null;
  let first = k;
  // "her then-boyfriend, The Weeknd" (celebrity-143legit): the tokeniser splits a lower-case word hyphened to the noun.
  const hyphen = tokens[k - 1];
  const word0 = tokens[k - 2];
  if (
    hyphen?.text === '-' &&
    word0 &&
    hyphen.start === word0.end &&
    hyphen.end === noun.start &&
    /^\p{Ll}+$/u.test(word0.text)
  )
    first = k - 2;
  for (let j = first - 1; j >= 0; j--) {
    const t = at(tokens, j);
    if (t.sentence !== noun.sentence) break;
    // Rule apposed-relation-compound: "his pop-star wife Fergie" (celebrity-167fake): a compound the tokeniser split at
    // its hyphen describes the tie whole; an age does not ("a year-old son Saint", 176fake: "son", not "old son").
    const compound = hyphenedFrom(tokens, j);
    if (compound !== null) {
      if (at(tokens, j).text.toLowerCase() === 'old') break;
      first = j = compound;
      continue;
    }
    // "longtime", "former", "pop-star": lower-case describing words, or one capitalised at the sentence start ("New coach");
    // "ex boyfriend The Weeknd" (133legit): a relation word before the relation noun.
    const describing =
      DESCRIBES.has(t.pos) || /^\p{Ll}+-\p{Ll}+$/u.test(t.text) || cues.relations.has(t.text.toLowerCase());
    if (!describing || !/^\p{Ll}|^\p{Lu}\p{Ll}+$/u.test(t.text)) break;
    if (/^\p{Lu}/u.test(t.text) && j !== at(doc.sentences, t.sentence).firstToken) break;
    // Rule apposed-relation-verb: a verb after its subject, an auxiliary, an adverb or a list's comma governs the noun,
    // not describes it: "The actor grabbed co-star Meryl Streep", "50 Cent has said he has thrown protege The Game",
    // "her loved ones, including husband Brad Pitt" (122fake). "his rumoured girlfriend", "along with writing partner
    // Jim Taylor" are descriptions.
    if (t.pos === 'VERB' && governsNoun(tokens[j - 1])) break;
    first = j;
  }
  const start = at(tokens, first).start;
  // Already someone's mention (an epithet the walk took, "the pair"): left as it is. Every mention the walk has given
  // so far marks its characters (ctx.claimed), so this is a look at a few words, not at every mention of the text.
  if (ctx.claimed.subarray(start, noun.end).includes(1)) return null;
  return { text: doc.text.slice(start, noun.end), start, end: noun.end, kind: 'alias', rule: 'apposed-relation' };
}

const PAIR_NOUNS = new Set(['pair', 'couple', 'duo', 'lovebirds']);

// "the pair may be taking things to the next level": both people of the story, like "they".
function pair(ctx: Context, i: number): boolean {
  const { tokens } = ctx.doc;
  const the = at(tokens, i);
  const noun = tokens[i + 1];
  if (!noun || the.text.toLowerCase() !== 'the' || !PAIR_NOUNS.has(noun.text) || tokens[i + 2]?.text === 'of')
    return false;
  // A couple is two partners: not a child, parent or sibling beside them.
  const both = chooseForPair(ctx, i, 3, noun.text === 'couple' || noun.text === 'lovebirds');
  if (both.length < 2) return false;
  const mention = {
    text: ctx.doc.text.slice(the.start, noun.end),
    start: the.start,
    end: noun.end,
    kind: 'descriptor' as const,
    rule: 'pair-descriptor',
  };
  for (const r of both) {
    note(ctx.doc, r, mention, i);
    touch(ctx, r);
    claim(ctx, r, mention);
  }
  return true;
}

function pronoun(ctx: Context, i: number): void {
  const t = at(ctx.doc.tokens, i);
  const word = t.text.toLowerCase();
  const agreement = PRONOUNS.get(word);
  if (!agreement || isIgnored(ctx.doc, t.start, t.end)) return;
  const chosen =
    agreement === 'pair' ? chooseForPair(ctx, i) : [chooseForPronoun(ctx, i, agreement)].filter((r) => r !== null);
  const rule = agreement === 'pair' ? 'pronoun-pair' : 'pronoun-gender';
  for (const r of chosen) {
    record(ctx, r, { text: t.text, start: t.start, end: t.end, kind: 'pronoun', rule }, i, i);
    if (agreement !== 'pair') r.gender ??= agreement;
    if (POSSESSIVE_PRONOUNS.has(word)) ownsBirthday(ctx, r, i);
  }
}

/** Notes a mention in the walk, and whether it governs what follows in its sentence (see Context.seen). */
function record(ctx: Context, r: Referent, mention: Mention, first: number, last: number): void {
  note(ctx.doc, r, mention, first);
  touch(ctx, r);
  claim(ctx, r, mention);
  ctx.seen.push({
    r,
    start: mention.start,
    sentence: at(ctx.doc.tokens, first).sentence,
    governs: governs(ctx.doc, first, last, mention.kind),
    relative: namesRelative(ctx.doc, last),
  });
}

// "Brad Pitt's former wife", "his son": the possessor of a relation is there to name someone else.
function namesRelative(doc: Doc, last: number): boolean {
  const { tokens } = doc;
  let k = last + 1;
  if (/^['’]s?$/.test(tokens[k]?.text ?? '')) k++;
  for (const stop = k + 2; k <= stop && tokens[k]; k++) {
    const word = at(tokens, k).text.toLowerCase();
    if (cues.relations.has(word) || cues.kin.has(word)) return true;
    if (at(tokens, k).pos !== 'ADJ') return false;
  }
  return false;
}

// "David Beckham's star-studded 50th birthday party", "her April 30th birthday".
function ownsBirthday(ctx: Context, r: Referent, i: number): void {
  const { tokens } = ctx.doc;
  for (let k = i + 1; k <= i + 6 && tokens[k]?.sentence === at(tokens, i).sentence; k++) {
    if (at(tokens, k).text.toLowerCase() === 'birthday') {
      ctx.birthdays.push(r);
      return;
    }
  }
}

function lastTokenOf(doc: Doc, i: number, end: number): number {
  let last = i;
  while (doc.tokens[last + 1] && at(doc.tokens, last + 1).end <= end) last++;
  return last;
}

function namedInSentences(doc: Doc, queue: Map<number, Queued>): Context['namedIn'] {
  const named: Context['namedIn'] = new Map();
  for (const [i, q] of queue) {
    const referent = q.referent ?? (q.candidates.length === 1 ? at(q.candidates, 0) : null);
    if (!referent) continue;
    const s = at(doc.tokens, i).sentence;
    named.set(s, [...(named.get(s) ?? []), { referent, start: q.mention.start }]);
  }
  return named;
}

// The rules that give one mention to both people of a pair ("they", "the couple"): output keeps them apart.
const JOINT_RULES = new Set(['pronoun-pair', 'pair-descriptor']);

function output(entities: Entity[], referents: Referent[]): Entity[] {
  const people = referents
    .filter((r) => r.entity.mentions.length > 0)
    .map((r): Entity => {
      const sorted = [...r.entity.mentions].sort((a, b) => a.start - b.start);
      const mentions = sorted.filter((m) => !JOINT_RULES.has(m.rule ?? ''));
      const entity: Entity = { ...r.entity, gender: r.gender, mentions };
      const joint = sorted.filter((m) => JOINT_RULES.has(m.rule ?? ''));
      if (joint.length > 0) entity.jointMentions = joint;
      if (r.roles.size > 0) entity.roles = [...r.roles];
      return entity;
    });
  const all = [...entities.filter((e) => e.type !== 'person'), ...people];
  const first = (e: Entity): number => e.mentions.reduce((min, m: Mention) => Math.min(min, m.start), Infinity);
  all.sort((a, b) => first(a) - first(b));
  return all.map((e, k) => ({ ...e, id: `e${k + 1}` }));
}
