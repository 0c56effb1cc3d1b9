import type { Doc } from '../doc.ts';
import type { Token } from '../tokens/index.ts';
import type { Entity, EntityType } from '../types.ts';
import { clauseOf, type Clause, type SentenceClauses } from './clauses.ts';
import { triggerLexicon } from './lexicon.ts';
import { tokenIndexAt, type Located } from '../text/index.ts';
import { unnamedHead, type HeadView } from './heads.ts';
import { at as atIndex, must } from '../../invariant/index.ts';

/**
 * Who does what to whom, read off one clause: the subject before its verb and the named things
 * after it, from POS tags and the entity mentions (pronouns and epithets included, as coreference
 * left them). Each way of finding a subject is a named rule, tried in order.
 */
export type Subject = { entities: Entity[]; rule: string; passive: boolean; pronoun?: boolean };

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase().replace(/’/g, "'") : '');
// "has since revealed", "will also star", "is to marry", "was later photographed": between a subject and its verb.
// Aspectual verbs chain too: "has begun selling", "got to meet", "went on to star".
const CHAIN = (t: Token): boolean =>
  t.pos === 'AUX' ||
  t.pos === 'ADV' ||
  t.pos === 'PART' ||
  /^(not|n't|never|also|then|now|later|recently|reportedly|allegedly|begun|began|begin|begins|started|starts|start|continue|continues|continued|keeps|kept|got|get|gets|went|goes|go)$/i.test(
    t.text,
  );
const BE = /^(is|are|was|were|be|been|being|'s|'re|get|gets|got|getting)$/;
// What a show or a festival is told by: its season, series, episode or edition.
const PART_OF_WORK = /^(season|seasons|series|episode|episodes|edition|editions|finale|instalment|installment)$/;
const RELATIVE = /^(who|which|that|whom)$/;
const VERBISH_NEXT = (t: Token | undefined): boolean =>
  t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON');
// "William Hill spokesman Rupert Adams said", "Big Brother's spokeswoman said": someone speaking for a named party.
const ANONYMOUS =
  /^(source|sources|insider|insiders|friend|friends|pal|pals|confidant|confidante|relative|relatives|onlooker|witness|eyewitness|spy|tipster|observer|family|person)$/i;
const OWNED_THINGS: ReadonlySet<string> = new Set([
  ...(triggerLexicon.words.creation ?? []).filter((w) => !w.startsWith('@')).map((w) => w.toLowerCase()),
  'poems',
  'collection',
  'collections',
  'work',
  'works',
  'career',
  'company',
  'label',
  'brand',
  'line',
  'band',
  'tour',
  'show',
  'concert',
  'performance',
  'portrayal',
  'role',
  'debut',
  'hit',
  'hits',
  'memoirs',
  'poetry',
]);
// The lexicon's one-word noun triggers ("party", "concert", "premiere"): the events a noun may name.
const EVENT_NOUNS: ReadonlySet<string> = new Set(
  triggerLexicon.triggers
    .filter((g) => g.verb !== true && !g.needs)
    .flatMap((g) => g.forms)
    .filter((f) => !f.includes(' '))
    .map((f) => f.toLowerCase()),
);
// What a work is called when the article names it again ("a movie she directed", "the film, which he produced").
const CREATION_NOUNS: ReadonlySet<string> = new Set(
  (triggerLexicon.words.creation ?? []).filter((w) => !w.startsWith('@')).map((w) => w.toLowerCase()),
);
const SUBJECT_PRONOUN = /^(he|she|they|i|we)$/;
// Someone known by whom they are related to ("the mother of the victim"): not the person named after "of".
const RELATIVES =
  /^(mother|father|mom|mum|dad|wife|husband|son|daughter|sister|brother|widow|widower|parents|family|partner|girlfriend|boyfriend|fiancee|fiancée|fiance|fiancé|ex|rep|lawyer|attorney|spokesman|spokeswoman|spokesperson)$/;
// A plural subject that is two people the story is about.
export const COUPLE = /^(couple|pair|duo|lovebirds|newlyweds|exes|twosome)$/;
// The words that open an appositive describing the name before it (", her 12-year-old daughter with…").
const DESCRIBING = /^(his|her|their|its|a|an|the)$/;
const REPRESENTATIVE =
  /^(spokesman|spokeswoman|spokesperson|representative|rep|reps|publicist|lawyer|lawyers|attorney|attorneys|agent|manager|spokespeople|statement)$/;

/** Every mention of the article by the tokens it covers, for rules that look back past the sentence. */
export type ArticleMentions = Map<number, Located>;

export function articleMentions(doc: Doc, located: Located[][]): ArticleMentions {
  const map: ArticleMentions = new Map();
  for (const l of located.flat()) {
    const last = Math.max(l.token, tokenIndexAt(doc, l.mention.end - 1));
    for (let i = l.token; i <= last; i++) if (!map.has(i)) map.set(i, l);
  }
  return map;
}

// Sentences back a couple's two people may be named ("Kevin Hart … his wife, Eniko Parrish … the couple married").
const COUPLE_REACH = 3;

export class ClauseRoles {
  private readonly byToken = new Map<number, Located>();
  private readonly lastToken = new Map<Located, number>();

  constructor(
    private readonly doc: Doc,
    readonly located: Located[],
    readonly parts: SentenceClauses,
    private readonly article: ArticleMentions = new Map(),
  ) {
    for (const l of located) {
      const last = Math.max(l.token, tokenIndexAt(doc, l.mention.end - 1));
      this.lastToken.set(l, last);
      for (let i = l.token; i <= last; i++) if (!this.byToken.has(i)) this.byToken.set(i, l);
    }
  }

  /** What the head rules (heads.ts) read of this clause. */
  private get view(): HeadView {
    return (this.headView ??= {
      doc: this.doc,
      at: (token) => this.at(token),
      lastOf: (l) => this.lastOf(l),
      possessive: (l) => this.possessive(l),
      latestBefore: (token, type, sentences) => {
        const { tokens } = this.doc;
        const floor = atIndex(tokens, token).sentence - sentences;
        for (let j = token; j >= 0 && atIndex(tokens, j).sentence >= floor; j--) {
          const l = this.byToken.get(j) ?? this.article.get(j);
          if (l?.entity.type === type) return l.entity;
        }
        return null;
      },
    });
  }
  private headView: HeadView | undefined;

  private lastOf(l: Located): number {
    return must(this.lastToken.get(l), 'the constructor records the last token of every located mention');
  }

  clause(token: number): Clause {
    return clauseOf(this.parts.clauses, token);
  }

  /** The mention covering a token, if any. */
  at(token: number): Located | undefined {
    return this.byToken.get(token);
  }

  /** Whether a mention owns a relative named next ("Kanye West's mother", "his late wife"): it names someone else. */
  relativeOwner(l: Located): boolean {
    if (!this.possessive(l)) return false;
    const { tokens } = this.doc;
    let j = this.lastOf(l) + 1;
    if (/^['’]s?$/.test(tokens[j]?.text ?? '')) j++;
    while (tokens[j]?.pos === 'ADJ') j++;
    return RELATIVES.test(lower(tokens[j]));
  }

  /** Whether a mention is a possessor ("Ana's" in "Ana's appearance", "his" in "his family"). */
  possessive(l: Located): boolean {
    const next = this.doc.tokens[this.lastOf(l) + 1];
    if (/^(his|her|their|its|my|our|your)$/i.test(l.mention.text)) return true;
    if (next === undefined) return false;
    // "He's picked up a Gotham Award", "Affleck's been cast": "'s" for "has" or "is" after a subject is no owner.
    if (/^['’]s$/i.test(next.text) && this.contraction(l, this.lastOf(l) + 1)) return false;
    // "Tom's", and "Roberts'" (the bare apostrophe of a name ending in s, not a closing quote).
    return (
      /^['’]s$/i.test(next.text) ||
      (/^['’]$/.test(next.text) && next.start === l.mention.end && /s$/i.test(l.mention.text))
    );
  }

  private contraction(l: Located, s: number): boolean {
    const { tokens } = this.doc;
    if (/^(he|she|it|who|that|there|what)$/i.test(l.mention.text)) return true;
    const after = tokens[s + 1];
    return atIndex(tokens, s).pos === 'AUX' && after !== undefined && /^(VERB|AUX|ADV|PART)$/.test(after.pos);
  }

  // Whether the word at `at` sits in a place, time or company phrase ("at the Kodak Theatre", "close to the
  // couple"); "of" phrases carry their head's referent ("the current series of Celebrity Big Brother").
  private insidePhrase(at: number, floor: number): boolean {
    return this.phraseStart(at, floor) !== at;
  }

  private phraseStart(at: number, floor: number): number {
    const { tokens } = this.doc;
    for (let j = at - 1; j >= floor && j >= at - 5; j--) {
      const t = atIndex(tokens, j);
      if (t.pos === 'ADP' && /^(at|in|on|from|with|near|outside|inside|to|for|behind|into|during)$/i.test(t.text))
        return j;
      if (/^['’]s?$/.test(t.text)) continue;
      if (
        t.pos === 'VERB' ||
        t.pos === 'AUX' ||
        t.pos === 'PUNCT' ||
        t.pos === 'CCONJ' ||
        t.pos === 'SCONJ' ||
        (t.pos === 'PRON' && !this.at(j))
      )
        return at;
    }
    return at;
  }

  /** Every entity a mention's span names ("the pair", "they" may name two people). */
  sharing(l: Located): Entity[] {
    const out: Entity[] = [];
    for (const x of this.located)
      if (x.mention.start === l.mention.start && x.mention.end === l.mention.end && !out.includes(x.entity))
        out.push(x.entity);
    return out;
  }

  /** Whether a mention modifies a noun after it ("the Beckham celebration", "the Friends star"). */
  modifier(l: Located): boolean {
    const next = this.doc.tokens[this.lastOf(l) + 1];
    // "Grammy-winning singer Aguilera": a name in a hyphenated compound modifies too.
    if (
      next !== undefined &&
      next.sentence === atIndex(this.doc.tokens, l.token).sentence &&
      (next.pos === 'NOUN' || (next.text === '-' && next.start === l.mention.end))
    )
      return true;
    // "former Free and Bad Company singer Paul Rodgers" (bbc-entertainment-138): a name joined by "and" to names before
    // a descriptor of the person named next modifies that descriptor too. (Not "rapper Twista and Ray actor Jamie Foxx",
    // bbc-entertainment-259: a name with a descriptor of its own is a person; nor "Alicia Keys and Usher share eight
    // nominations": no name follows the noun.)
    const { tokens } = this.doc;
    if (!/^(and|&)$/i.test(next?.text ?? '') || /^(NOUN|PROPN)$/.test(tokens[l.token - 1]?.pos ?? '')) return false;
    let k = this.lastOf(l) + 2;
    // The other names may be found themselves ("Bad Company", a band): only a person among them ends the descriptor.
    while (k <= this.lastOf(l) + 5 && tokens[k]?.pos === 'PROPN' && this.at(k)?.entity.type !== 'person') k++;
    const head = this.at(k + 1);
    return (
      k > this.lastOf(l) + 2 &&
      tokens[k]?.pos === 'NOUN' &&
      head !== undefined &&
      head.token === k + 1 &&
      head.entity.type === 'person' &&
      head.entity !== l.entity
    );
  }

  /**
   * The subject of the verb at `verb` (its first token), by the first rule that finds one, walking
   * back from the verb over its auxiliaries: a relative's antecedent, a name (with any joined to it
   * and the owner of its phrase), a representative's principal, the owner of a work that does
   * something, a couple, or the subject of the neighbouring clause. `speech` leaves out owners:
   * "his family has said" is not him speaking.
   */
  subject(verb: number, { depth = 0, speech = false }: { depth?: number; speech?: boolean } = {}): Subject {
    // Asked again for the same verb by each reading of a trigger, by the saying rule and by the open verbs: once
    // per verb here (every caller reads the answer, none changes it).
    const key = `${verb}:${depth}:${speech}`;
    const known = this.subjects.get(key);
    if (known) return known;
    const found = this.findSubject(verb, depth, speech);
    this.subjects.set(key, found);
    return found;
  }
  private readonly subjects = new Map<string, Subject>();

  private findSubject(verb: number, depth: number, speech: boolean): Subject {
    const { tokens } = this.doc;
    let c = this.clause(verb);
    let i = verb - 1;
    let passive = false;
    while (i >= c.first && CHAIN(atIndex(tokens, i)) && !RELATIVE.test(lower(tokens[i]))) {
      if (atIndex(tokens, i).pos === 'AUX' && BE.test(lower(tokens[i])))
        passive = /(ed|en|wn)$/i.test(atIndex(tokens, verb).text);
      i--;
    }
    // "Tourist, by Athlete, fell to number three": whoever a work is by goes with it.
    const makers: Entity[] = [];
    const found = (entities: Entity[], rule: string): Subject => ({
      entities: [...entities, ...makers.filter((e) => !entities.includes(e))],
      rule,
      passive,
    });
    for (let guard = 0; guard < 8; guard++) {
      // "Actress Patsy Rowlands, known to millions for her roles in the Carry On films, has died" (bbc-entertainment-307):
      // the name before a relative or participle clause set off by commas does the verb after it.
      const closing = i < c.first ? c.first - 1 : i;
      const inserted = this.nameBeforeInsertion(closing);
      if (inserted !== null) {
        i = inserted;
        c = this.clause(i);
        continue;
      }
      // "The couple – who first met on the set – got engaged": the subject is before the inserted clause.
      if (i < c.first) {
        const opening = this.openingOf(c.first - 1);
        if (opening === null) break;
        i = opening - 1;
        c = this.clause(Math.max(i, 0));
        continue;
      }
      const t = atIndex(tokens, i);
      if (RELATIVE.test(lower(t)) && i === c.first) return found(this.endingBefore(c.first), 'relative-antecedent');
      // "his wife, Eniko Parrish, had given birth", "whose latest film, Cafe Society, arrived at Cannes": a name
      // between commas after a descriptor is the subject.
      const named = t.text === ',' ? this.at(i - 1) : undefined;
      if (
        named &&
        !this.possessive(named) &&
        tokens[named.token - 1]?.text === ',' &&
        tokens[named.token - 2]?.pos === 'NOUN'
      )
        return found(this.sharing(named), 'appositive-name');
      // "Sizzla, whose UK tour was cancelled": the owner of the subject is the relative's antecedent.
      if (lower(tokens[c.first]) === 'whose' && i > c.first && !this.at(i))
        return found(this.endingBefore(c.first), 'whose-antecedent');
      if (t.text === ',' || t.text === ')') {
        const skipped = this.skipInsertion(i, c.first);
        if (skipped === null) break;
        if (lower(tokens[skipped + 2]) === 'by') {
          for (let j = skipped + 3; j < i; j++) {
            const x = this.at(j);
            if (x && x.token === j && !makers.includes(x.entity)) makers.push(x.entity);
          }
        }
        i = skipped;
        continue;
      }
      const l = this.at(i);
      // "A friend of the comedian told a popular publication": an unnamed friend speaks, not the comedian.
      if (
        l &&
        /^(of|to)$/.test(lower(tokens[l.token - 1])) &&
        tokens.slice(Math.max(c.first, l.token - 5), l.token - 1).some((x) => ANONYMOUS.test(x.text))
      ) {
        return found([], 'anonymous');
      }
      // "Detective Inspector Paul Miller of Thames Valley Police said": the person, and whom they speak for.
      const of = l && !this.possessive(l) ? this.memberOf(l, c.first) : null;
      if (of && l) return found([of.entity, l.entity], 'member-of');
      // "Season 12 of The Voice will begin in February 2017" (celebrity-038legit), "The current series of Celebrity Big
      // Brother ends on Sunday" (bbc-entertainment-221): a season or an edition of a show is the show.
      const whole = l ? this.partOf(l) : null;
      if (whole) return found([whole], 'part-of-work');
      // "Foxx's portrayal of late soul-singer Ray Charles in Ray had earned him…", "the mother of the victim said": a
      // name in the "of" phrase of a made thing or a relative is not the subject; the thing's owner is, if named.
      const ofHead = l ? this.ofHead(l, c.first) : -1;
      if (ofHead >= 0) {
        const owners = OWNED_THINGS.has(lower(tokens[ofHead])) ? this.ownersOfPhrase(ofHead, c.first) : [];
        return found(owners, owners.length ? 'owner-of-subject' : 'of-phrase');
      }
      // "The event at the Kodak Theatre will be attended": a name inside a phrase is not its head.
      if (l && this.insidePhrase(l.token, c.first) && !this.possessive(l)) {
        i = this.phraseStart(l.token, c.first) - 1;
        continue;
      }
      // "the pair broke up": one mention of two people (coreference links it to both).
      const shared = l && atIndex(tokens, l.token).pos !== 'PROPN' ? this.sharing(l) : [];
      if (shared.length === 2) return found(shared, 'couple');
      const both = l && !this.possessive(l) ? this.bothOf(l) : null;
      if (both) return found(both, 'couple');
      if (l && !this.possessive(l)) {
        return {
          ...found(this.withOwner(this.coordinated(l, c.first), l, c.first), 'named-subject'),
          pronoun: atIndex(tokens, l.token).pos === 'PRON',
        };
      }
      if (REPRESENTATIVE.test(lower(t))) {
        const party = this.possessorOf(i, c.first) ?? this.representing(i);
        return found(party ? [party] : [], 'representative');
      }
      if (t.pos === 'NOUN' || (t.pos === 'PRON' && !l)) {
        // "the couple married" (not "a source close to the couple").
        if (COUPLE.test(lower(t)) && !this.insidePhrase(i, c.first)) return found(this.couple(i), 'couple');
        // "The Golden Globes ceremony will take place", "the Poll Winners concert": the event named before its noun.
        const named = this.at(i - 1);
        if (named && this.modifier(named) && /^(event|work)$/.test(named.entity.type))
          return found([named.entity], 'named-modifier');
        // "Roberts' fourth collection of poems scooped the award": a thing someone made does it for them
        // (not "his accuser had committed suicide": a person is no one's thing).
        if (!speech && OWNED_THINGS.has(lower(t))) {
          const owners = this.ownersOfPhrase(i, c.first);
          if (owners.length) return found(owners, 'owner-of-subject');
        }
      }
      // "The mom of six underwent", "the actress, director and philanthropist tells", "the magazine reported".
      // "The L.A. County Department of Children and Family Services is investigating" (celebrity-030legit): a name the
      // entity stage ended before its "of" part is still the subject.
      const continued = l ? null : this.continuedName(i, c.first);
      if (continued) return found([continued], 'named-subject');
      const head = l ? null : unnamedHead(this.view, i, c.first, speech);
      if (head) return found([head.entity], head.rule);
      break;
    }
    // "Hellewell, who had also made a point of visiting Evans' shop": a gerund after a preposition is
    // done by the subject of the verb before it.
    if (i >= c.first && atIndex(tokens, i).pos === 'ADP' && /ing$/i.test(atIndex(tokens, verb).text) && depth < 2) {
      for (let j = i - 1; j >= c.first; j--) {
        if (atIndex(tokens, j).pos !== 'VERB' && atIndex(tokens, j).pos !== 'AUX') continue;
        const s = this.subject(j, { depth: depth + 1, speech });
        return { entities: s.entities, rule: `gerund-of(${s.rule})`, passive };
      }
    }
    if (i < c.first || this.startsBare(c, verb)) return this.inherited(c, verb, passive, depth, speech);
    // "Matt Groening was also at the awards to collect the award" (bbc-entertainment-196): with no one named before it,
    // an infinitive of purpose after a noun is done by the subject of its clause's verb.
    const purpose = depth < 2 ? this.purposeOf(verb, c) : -1;
    if (purpose >= 0) {
      const s = this.subject(purpose, { depth: depth + 1, speech });
      if (s.entities.length && !s.passive)
        return { entities: s.entities, rule: `purpose-of(${s.rule})`, passive: false };
    }
    return found([], 'no-named-subject');
  }

  /**
   * The people and bands listed after "including" or "such as" in the verb's clause, when the verb's own subject is a
   * plural noun ("celebrities", "stars", "guests"): "… turned out for the premiere, including actress Barbara Windsor,
   * comic Graham Norton and Sir Richard Attenborough".
   */
  including(verb: number): Entity[] {
    const { tokens } = this.doc;
    const c = this.clause(verb);
    const plural = tokens.slice(c.first, verb).some((t) => t.pos === 'NOUN' && /[^s]s$/i.test(t.text));
    if (!plural) return [];
    for (let i = verb + 1; i <= c.last; i++) {
      if (!/^(including|such)$/i.test(atIndex(tokens, i).text)) continue;
      const start = lower(tokens[i]) === 'such' ? i + 2 : i + 1;
      const first = this.located.find((l) => l.token >= start && l.token <= start + 3);
      if (!first || !/^(person|group)$/.test(first.entity.type)) return [];
      let last = first;
      for (const l of this.located) if (l.token > last.token && l.token <= this.lastOf(last) + 5) last = l;
      return this.coordinated(last, start - 1).filter((e) => e.type === 'person' || e.type === 'group');
    }
    return [];
  }

  /** The organization whose name runs on, capitalised, through "of" to the word at `end` ("Department of … Services"). */
  private continuedName(end: number, floor: number): Entity | null {
    const { tokens } = this.doc;
    let j = end;
    let of = false;
    while (j > floor && !this.at(j)) {
      const t = atIndex(tokens, j);
      if (lower(t) === 'of') of = true;
      else if (!(t.pos === 'PROPN' || /^\p{Lu}/u.test(t.text)) && !/^(and|&)$/.test(lower(t))) return null;
      j--;
    }
    const l = this.at(j);
    if (!of || !l || lower(tokens[this.lastOf(l) + 1]) !== 'of') return null;
    return /^(organization|group|outlet)$/.test(l.entity.type) ? l.entity : null;
  }

  /** The verb an infinitive after a noun is the purpose of ("was at the awards to collect"), or -1. */
  private purposeOf(verb: number, c: Clause): number {
    const { tokens } = this.doc;
    const to = tokens[verb - 1];
    const before = tokens[verb - 2];
    if (!to || lower(to) !== 'to' || to.pos !== 'PART' || !before || !/^(NOUN|PROPN)$/.test(before.pos)) return -1;
    // ("at a party to celebrate the Friends star's new film Cake", celebrity-120legit: the infinitive tells what the
    // event it follows is for, not what the subject went there to do.)
    if (EVENT_NOUNS.has(lower(before))) return -1;
    for (let j = c.first; j < verb - 2; j++) {
      const t = atIndex(tokens, j);
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !this.at(j)) return j;
    }
    return -1;
  }

  /** "… said the Reverend Adrian Rodgers", "Added Franci Cohen, a nutritionist": a speaker after the verb. */
  subjectAfter(verb: number, last: number): Entity | null {
    const c = this.clause(verb);
    for (let i = last + 1; i <= Math.min(c.last, last + 6); i++) {
      const l = this.at(i);
      // "…, said Mr Singh." names the speaker; "said Charles was one of his heroes" names whom the words are about.
      const next = l ? this.doc.tokens[this.lastOf(l) + 1] : undefined;
      if (l && !this.possessive(l))
        return atIndex(this.doc.tokens, l.token).pos === 'PRON' || (next && (next.pos === 'VERB' || next.pos === 'AUX'))
          ? null
          : l.entity;
      if (atIndex(this.doc.tokens, i).pos === 'VERB' || atIndex(this.doc.tokens, i).text === ',') break;
    }
    return null;
  }

  /**
   * Named things after the verb, up to the end of its clause or the next verb with a subject of
   * its own ("a photo posted by Victoria Beckham on Instagram Stories shows Ana…": Ana is what the
   * photo shows, not who posted it).
   */
  objects(last: number, types: ReadonlySet<EntityType>, phraseOnly = false): Entity[] {
    const { tokens } = this.doc;
    const c = this.clause(last);
    const out: Entity[] = [];
    for (let i = last + 1; i <= c.last; i++) {
      const t = atIndex(tokens, i);
      // A quotation's words are the speaker's, not the verb's objects; a title in quotes is a work that is ("she sang
      // “If It Wasn’t For Texas”", celebrity-118legit).
      if (this.parts.quoted(i) && this.at(i)?.entity.type !== 'work') continue;
      // A noun's own phrase ends at a comma or a verb ("Kanye's recent concert tour stop in Brooklyn, Wintour chose…").
      if (phraseOnly && (t.text === ',' || ((t.pos === 'VERB' || t.pos === 'AUX') && !this.at(i)))) break;
      // ("nominated in six Oscar categories including best film and best actor for Jamie Foxx", bbc-entertainment-073:
      // "including" lists what came before; it is no verb of a clause of its own.)
      if (
        i > last + 1 &&
        (t.pos === 'VERB' || t.pos === 'AUX') &&
        !this.at(i) &&
        !/^including$/i.test(t.text) &&
        // Rule possessive-noun: "won three Grammy Awards for their hit Vertigo" (bbc-entertainment-262): a bare word
        // after an unambiguous possessive determiner is that owner's noun ("their hit", "his lead role"), never a verb
        // of a clause with a subject of its own. ("her" is left out: "watched her sing" has her singing. A participle
        // is left out too: "his acting debut", "his complicated relationship" keep the clause's old end.)
        !(/^(his|their|its|my|our|your)$/i.test(tokens[i - 1]?.text ?? '') && !/(ing|ed)$/i.test(t.text)) &&
        this.newSubjectBefore(i)
      ) {
        // "the band released their third album, The Holy Bible, in October 1994, Edwards had been admitted to hospital"
        // (bbc-entertainment-244): the name just before the next verb is that verb's subject, not an object.
        // ("singer Paul Rodgers taking Freddie Mercury's place": a participle after a name has no subject of its own.)
        if (!/ing$/i.test(t.text)) for (const e of this.subjectEndingAt(i - 1, last)) if (out.at(-1) === e) out.pop();
        break;
      }
      // "according to the Daily Mail" is a source; "over James McAvoy", "beating I'm A Celebrity" are rivals;
      // "arrived at Cannes amid renewed allegations by his son Ronan Farrow": the circumstances are another story.
      // "The band play their first concerts since Edwards' disappearance" (bbc-entertainment-244): a happening the
      // event is timed against is another story too.
      if (/^(according|over|beating|ahead|amid|amidst|despite|since|after|before|following|until)$/.test(lower(t)))
        break;
      // "The Golden Globes ceremony will take place on 16 January, with the Oscars following on 27 February": after a
      // comma, "with" opens what goes on beside the event, not who is in it.
      if (lower(t) === 'with' && tokens[i - 1]?.text === ',') break;
      // "resigned as host of CD:UK" names a role; "… to be directed by Gary Winick" is another event.
      // ("starred in such films as Mission Impossible II and the wartime drama Enigma", bbc-entertainment-333: "such … as"
      // lists examples of the object.)
      // Rule as-well-as: "has already earned him a Screen Actors Guild Award for best actor, as well as a prestigious
      // Golden Globe" (bbc-entertainment-073): "as well as" adds one more object, as "and" does; it ends no phrase.
      if (lower(t) === 'as' && lower(tokens[i + 1]) === 'well' && lower(tokens[i + 2]) === 'as') {
        i += 2;
        continue;
      }
      if (lower(t) === 'as' && !VERBISH_NEXT(tokens[i + 1]) && !this.suchAs(i)) break;
      if (lower(t) === 'to' && i > last + 1 && /^(be|have)$/i.test(tokens[i + 1]?.text ?? '')) break;
      // "won back custody of Frances Bean, her 12-year-old daughter with former Nirvana frontman Kurt Cobain"
      // (bbc-entertainment-258): an appositive that describes a named object names no one more who takes part.
      const described = t.text === ',' ? this.at(i - 1) : undefined;
      if (described && out.includes(described.entity) && DESCRIBING.test(lower(tokens[i + 1]))) {
        let j = i + 1;
        while (j < c.last && atIndex(tokens, j).text !== ',') j++;
        i = j;
        continue;
      }
      const l = this.at(i);
      // "died in Angola's civil war", "at New York's SoHo House": an owner inside a place or time phrase is no participant.
      if (
        l &&
        l.token === i &&
        this.possessive(l) &&
        atIndex(tokens, l.token).pos !== 'PRON' &&
        this.insidePhrase(l.token, c.first)
      )
        continue;
      // "the band released their third album" (bbc-entertainment-244, where "their" was resolved to a writer named
      // before): "their" before the object's noun is its doers' own; whoever else it was taken for is no participant.
      // (Only after a band: "posted a photo from their 1992 wedding" is the couple's, whoever "their" was taken for.)
      if (l && l.token === i && /^their$/i.test(t.text) && this.bandBefore(c.first, last)) continue;
      // "Taylor completed the challenge with her friend Jamie King" (celebrity-088fake), "split from her long-term
      // boyfriend, Calvin": whose friend or partner it is names no one more; the friend named after it takes part.
      if (l && l.token === i && t.pos === 'PRON' && this.possessive(l) && this.nameFollows(i)) continue;
      // "a Richard and Judy book award": people named as a modifier are not what the verb is done to.
      if (
        l &&
        l.token === i &&
        types.has(l.entity.type) &&
        !out.includes(l.entity) &&
        !((l.entity.type === 'person' || l.entity.type === 'group') && this.modifier(l) && !this.possessive(l)) &&
        !this.compounded(l)
      )
        out.push(l.entity);
    }
    const renamed = this.appositiveAfter(c);
    if (renamed && types.has(renamed.type) && !out.includes(renamed)) out.push(renamed);
    return out;
  }

  /**
   * "she had split from her long-term boyfriend, Calvin Harris." (celebrity-045fake), "kissed her television husband,
   * the very tall Alexander Skarsgård, on the lips" (celebrity-185legit): a name set off by a comma after the
   * descriptor noun that ends a clause names that noun; it is no subject of a clause of its own (no verb follows it).
   */
  private appositiveAfter(c: Clause): Entity | null {
    const { tokens } = this.doc;
    if (tokens[c.last]?.text !== ',' || tokens[c.last - 1]?.pos !== 'NOUN' || this.at(c.last - 1)) return null;
    let j = c.last + 1;
    const sentence = atIndex(tokens, c.last).sentence;
    while (tokens[j]?.sentence === sentence && /^(DET|ADJ|ADV)$/.test(atIndex(tokens, j).pos) && !this.at(j)) j++;
    const l = this.at(j);
    if (!l || l.token !== j || this.possessive(l) || atIndex(tokens, j).pos === 'PRON') return null;
    if (l.entity.type !== 'person' && l.entity.type !== 'group') return null;
    const next = tokens[this.lastOf(l) + 1];
    return !next || next.sentence !== sentence || (next.pos === 'PUNCT' && next.text !== '(') ? l.entity : null;
  }

  /** Whether a band does the clause's verb: a group named, or "the band", before it. */
  private bandBefore(first: number, last: number): boolean {
    for (let j = first; j < last; j++) {
      const l = this.at(j);
      if (l?.entity.type === 'group' || /^(band|group|duo|trio|quartet)$/i.test(atIndex(this.doc.tokens, j).text))
        return true;
    }
    return false;
  }

  /** Whether a name follows a possessive pronoun's noun within a few words ("her friend Jamie King", "his wife, Rita"). */
  private nameFollows(owner: number): boolean {
    const { tokens } = this.doc;
    for (let j = owner + 1; j <= owner + 5 && tokens[j]?.sentence === atIndex(tokens, owner).sentence; j++) {
      const l = this.at(j);
      if (l) return atIndex(tokens, l.token).pos !== 'PRON' && /^(person|group)$/.test(l.entity.type);
      if (!/^(NOUN|ADJ|PUNCT)$/.test(atIndex(tokens, j).pos) || /^[.;:!?]$/.test(atIndex(tokens, j).text)) return false;
    }
    return false;
  }

  /** The names ending at `end` (with any coordinated before them, "Graham and Sherry"), last first, back to `floor`. */
  private subjectEndingAt(end: number, floor: number): Entity[] {
    const { tokens } = this.doc;
    const out: Entity[] = [];
    let j = end;
    while (j > floor) {
      const l = this.at(j);
      if (l && atIndex(tokens, l.token).pos !== 'PRON') {
        out.push(l.entity);
        j = l.token - 1;
      } else if (/^(and|&)$/i.test(lower(tokens[j])) && out.length) j--;
      else break;
    }
    return out;
  }

  /** "Grammy-winning singer Aguilera", "Oscar-nominated": a name inside a hyphenated modifier describes someone else. */
  private compounded(l: Located): boolean {
    const next = this.doc.tokens[this.lastOf(l) + 1];
    return next !== undefined && next.text === '-' && next.start === l.mention.end;
  }

  /** Named things before the verb in its clause (for nouns: "Franz Ferdinand's five nominations"). */
  before(first: number, types: ReadonlySet<EntityType>): Entity[] {
    const c = this.clause(first);
    const out: Entity[] = [];
    for (const l of this.located) {
      if (
        l.token >= c.first &&
        l.token < first &&
        types.has(l.entity.type) &&
        !this.parts.quoted(l.token) &&
        !out.includes(l.entity)
      )
        out.push(l.entity);
    }
    return out;
  }

  private newSubjectBefore(i: number): boolean {
    const prev = atIndex(this.doc.tokens, i - 1);
    return (
      prev.pos === 'NOUN' ||
      prev.pos === 'PROPN' ||
      (prev.pos === 'PRON' && !RELATIVE.test(lower(prev))) ||
      prev.text === ','
    );
  }

  // A verb that opens its clause ("… and starred in", "Speaking at the premiere, the star…") or
  // follows only a subordinator ("after receiving his award") has the subject of its neighbour.
  private startsBare(c: Clause, verb: number): boolean {
    const { tokens } = this.doc;
    for (let i = c.first; i < verb; i++) {
      const t = atIndex(tokens, i);
      if (
        t.pos === 'SCONJ' ||
        t.pos === 'CCONJ' ||
        CHAIN(t) ||
        /^(after|before|since|while|when|upon|on|by)$/i.test(t.text)
      )
        continue;
      return false;
    }
    return true;
  }

  private inherited(c: Clause, verb: number, passive: boolean, depth: number, speech: boolean): Subject {
    const { tokens } = this.doc;
    const k = this.parts.clauses.indexOf(c);
    // ", directed by Jean-Pierre Jeunet": a reduced passive relative is about the name before the comma.
    // (", written and directed by Shane Carruth": the participle after "and" goes with the one after the comma.)
    const previous = this.parts.clauses[k - 1];
    const opens =
      /^(and|or)$/.test(lower(tokens[c.first - 1])) && previous && atIndex(tokens, previous.first).pos === 'VERB'
        ? previous.first
        : c.first;
    if (k > 0 && lower(tokens[verb + 1]) === 'by' && tokens[opens - 1]?.text === ',') {
      const antecedent = this.endingBefore(opens);
      if (antecedent.length) return { entities: antecedent, rule: 'reduced-relative', passive: true };
    }
    // "The Last Samurai, starring Tom Cruise, was…": an -ing participle after a comma is about the work before it
    // (only a work: in "… met Brad Pitt, wearing a dress" the one wearing it is the subject before).
    // ("recognised for her role in Vera Drake, winning best actress": a work inside a phrase is not what the clause is about.)
    const named = this.at(opens - 2);
    if (
      k > 0 &&
      verb === opens &&
      /ing$/i.test(atIndex(tokens, verb).text) &&
      tokens[opens - 1]?.text === ',' &&
      named &&
      !this.insidePhrase(named.token, 0)
    ) {
      const antecedent = this.endingBefore(opens);
      if (antecedent.length && antecedent.every((e) => e.type === 'work'))
        return { entities: antecedent, rule: 'reduced-relative', passive };
    }
    if (depth > 1) return { entities: [], rule: 'no-named-subject', passive };
    // A sentence-opening participle or subordinate clause shares the main clause's subject; a later
    // coordinated one, the subject of the clause before it.
    const neighbour = k === 0 ? this.parts.clauses[1] : this.parts.clauses[k - 1];
    // "Paul Jones, who sang on 1960s hits, said…": after a relative clause, its antecedent goes on as the subject.
    if (neighbour && k > 0 && /^(who|which|whose)$/.test(lower(tokens[neighbour.first]))) {
      const antecedent = this.endingBefore(neighbour.first);
      if (antecedent.length) return { entities: antecedent, rule: 'shared-subject(relative-antecedent)', passive };
    }
    // A saying shares the subject of the verb nearest it ("…, said the insider, adding: …" adds what the insider said).
    // ("because he is a fugitive from justice after pleading guilty": a clause whose only verb is a copula has a subject too.)
    const head = neighbour ? this.verbOf(neighbour, speech && k > 0, true) : -1;
    if (head < 0) return { entities: [], rule: 'no-named-subject', passive };
    const s = this.subject(head, { depth: depth + 1, speech });
    return { entities: s.entities, rule: `shared-subject(${s.rule})`, passive };
  }

  /** The first verb of a clause, or -1. */
  verbOf(c: Clause, last = false, copula = false): number {
    const { tokens } = this.doc;
    let found = -1;
    let aux = -1;
    for (let i = c.first; i <= c.last; i++) {
      if (this.parts.quoted(i)) continue;
      if (aux < 0 && atIndex(tokens, i).pos === 'AUX') aux = i;
      if (atIndex(tokens, i).pos !== 'VERB') continue;
      if (!last) return i;
      found = i;
    }
    return found < 0 && copula ? aux : found;
  }

  /** The head noun before the "of" a mention stands after, when it is a made thing or a relative; else -1. */
  private ofHead(l: Located, floor: number): number {
    const { tokens } = this.doc;
    let j = l.token - 1;
    while (
      j > floor &&
      l.token - j <= 6 &&
      !this.at(j) &&
      (atIndex(tokens, j).text === '-' || /^(DET|ADJ|NOUN)$/.test(atIndex(tokens, j).pos)) &&
      lower(tokens[j]) !== 'of'
    )
      j--;
    if (lower(tokens[j]) !== 'of' || this.at(j - 1)) return -1;
    const head = lower(tokens[j - 1]);
    return OWNED_THINGS.has(head) || RELATIVES.test(head) ? j - 1 : -1;
  }

  /** The work or event `l` names when it follows "season 12 of", "the current series of", "the final edition of". */
  private partOf(l: Located): Entity | null {
    if (l.entity.type !== 'work' && l.entity.type !== 'event') return null;
    const { tokens } = this.doc;
    const of = lower(tokens[l.token - 1]) === 'the' ? l.token - 2 : l.token - 1;
    if (lower(tokens[of]) !== 'of') return null;
    for (let j = of - 1; j >= Math.max(0, of - 3); j--) {
      const t = atIndex(tokens, j);
      if (t.sentence !== atIndex(tokens, l.token).sentence) return null;
      if (PART_OF_WORK.test(lower(t))) return l.entity;
      if (t.pos !== 'NUM' && t.pos !== 'ADJ') return null;
    }
    return null;
  }

  // "Paul Miller of Thames Valley Police", "Nigel McCune from the Musicians' Union".
  private memberOf(l: Located, floor: number): Located | null {
    if (!/^(organization|outlet|group)$/.test(l.entity.type)) return null;
    const { tokens } = this.doc;
    let j = l.token - 1;
    while (
      j > floor &&
      j >= l.token - 4 &&
      (atIndex(tokens, j).pos === 'DET' ||
        atIndex(tokens, j).pos === 'PROPN' ||
        /^['’]s?$/.test(atIndex(tokens, j).text))
    )
      j--;
    if (!/^(of|from|at)$/.test(lower(tokens[j]))) return null;
    const person = this.at(j - 1);
    return person && person.token >= floor && person.entity.type === 'person' ? person : null;
  }

  // "– who first met on the set –", "(pictured)": where an inserted clause opens, if `close` ends one.
  /**
   * The last token of the name before an inserted clause that the comma at `comma` closes: "Patsy Rowlands, known to
   * millions for her roles, has died", "Caroline Quentin, who took home best TV comedy actress…, was there". The clause
   * opens at the comma before with a relative word or a participle, and holds no other comma; a proper name ends just
   * before it.
   */
  private nameBeforeInsertion(comma: number): number | null {
    const { tokens } = this.doc;
    if (tokens[comma]?.text !== ',') return null;
    const sentence = atIndex(tokens, comma).sentence;
    for (let j = comma - 1; j > 0 && atIndex(tokens, j).sentence === sentence; j--) {
      if (atIndex(tokens, j).text !== ',') continue;
      const opener = tokens[j + 1];
      const opens =
        opener !== undefined &&
        (/^(who|whose|which)$/.test(lower(opener)) ||
          (opener.pos === 'VERB' && /(ed|en|wn|ing)$/i.test(opener.text) && !/^including$/i.test(opener.text)));
      if (!opens || j + 1 >= comma - 1) return null;
      // A proper name only: an epithet's referent is coreference's guess ("The reality star, who separated from Kanye
      // West earlier this year, hosted…"), and the verb before it is no evidence for it.
      // ("The couple, who married in Los Angeles last September, claimed…", bbc-entertainment-345: a couple noun too.)
      if (COUPLE.test(lower(tokens[j - 1])) && tokens[j - 1]?.pos === 'NOUN') return j - 1;
      const named = this.at(j - 1);
      return named && !this.possessive(named) && tokens[j - 1]?.pos === 'PROPN' ? j - 1 : null;
    }
    return null;
  }

  private openingOf(close: number): number | null {
    const { tokens } = this.doc;
    const mark = tokens[close]?.text ?? '';
    if (!/^[–—)]$|^--$/.test(mark)) return null;
    const open = mark === ')' ? '(' : mark;
    const sentence = atIndex(tokens, close).sentence;
    for (let j = close - 1; j >= 0 && atIndex(tokens, j).sentence === sentence; j--)
      if (atIndex(tokens, j).text === open) return j;
    return null;
  }

  // "U2's latest single Sometimes You Can't Make It On Your Own took the top spot": the owner of the phrase goes with it.
  private withOwner(subjects: Entity[], first: Located, floor: number): Entity[] {
    if (!subjects.some((e) => e.type === 'work')) return subjects;
    const owner = this.ownerOfPhrase(first.token - 1, floor);
    return owner && !subjects.includes(owner) ? [owner, ...subjects] : subjects;
  }

  // "Paul Stewart and Chris Riddell's book came top … and won the award" (bbc-entertainment-014): a thing two people
  // own is both of theirs, as "Matt Lucas and David Walliams won" is.
  private ownersOfPhrase(head: number, floor: number): Entity[] {
    const owner = this.ownerOfPhrase(head, floor);
    if (!owner) return [];
    const l = this.located.find((x) => x.entity === owner && x.token >= floor && x.token <= head && this.possessive(x));
    return l && atIndex(this.doc.tokens, l.token).pos !== 'PRON' ? this.coordinated(l, floor) : [owner];
  }

  // "Michael Symmons Roberts' fourth collection of poems scooped the poetry award": whose thing it is.
  private ownerOfPhrase(head: number, floor: number): Entity | null {
    const { tokens } = this.doc;
    for (let j = head; j >= Math.max(floor, head - 8); j--) {
      const t = atIndex(tokens, j);
      const l = this.at(j);
      // "Their first UK single hit number three" (bbc-entertainment-236): a place naming the market is a modifier.
      if (l && l.entity.type === 'place' && !this.possessive(l) && this.modifier(l)) continue;
      if (l) return this.possessive(l) && /^(person|group)$/.test(l.entity.type) ? l.entity : null;
      // "Their self-titled album moved from 13 to number four" (bbc-entertainment-261): a participle hyphened to the
      // word before it is part of a compound adjective ("self-titled", "award-winning", "best-selling").
      const compound = t.pos === 'VERB' && tokens[j - 1]?.text === '-' && tokens[j - 1]?.end === t.start;
      if (!compound && !/^(NOUN|ADJ|NUM|DET|PART|PROPN)$/.test(t.pos) && !/^(of|-|['’])$/i.test(t.text)) return null;
      if (t.pos === 'DET' && !/^(the)$/i.test(t.text)) return null;
    }
    return null;
  }

  /**
   * "The couple, who married in Los Angeles last September" (bbc-entertainment-345): a mention whose head is "couple" or
   * "pair" is both people, though coreference may have taken it for one of them.
   */
  private bothOf(l: Located): Entity[] | null {
    if (!COUPLE.test(lower(this.doc.tokens[this.lastOf(l)]))) return null;
    const shared = this.sharing(l);
    if (shared.length === 2) return shared;
    const two = this.couple(l.token);
    return two.length === 2 ? two : null;
  }

  // "such films as", "films such as": the "as" of examples, with "such" just before it.
  private suchAs(as: number): boolean {
    return this.doc.tokens.slice(Math.max(0, as - 3), as).some((t) => lower(t) === 'such');
  }

  // "the couple married", "the pair broke up": the last two people named before.
  private couple(at: number): Entity[] {
    const people: Entity[] = [];
    const sentence = atIndex(this.doc.tokens, at).sentence;
    for (
      let j = at - 1;
      j >= 0 && people.length < 2 && atIndex(this.doc.tokens, j).sentence >= sentence - COUPLE_REACH;
      j--
    ) {
      const l = this.byToken.get(j) ?? this.article.get(j);
      // "Ant and Dec … The Geordie duo": a duo named as one group is that group.
      if (l && l.entity.type === 'group' && people.length === 0) return [l.entity];
      if (l && l.entity.type === 'person' && !people.includes(l.entity)) people.unshift(l.entity);
    }
    return people.length === 2 ? people : [];
  }

  // ", 26," and ", a spokesman for the show," sit between a name and its verb.
  private skipInsertion(comma: number, floor: number): number | null {
    const { tokens } = this.doc;
    if (atIndex(tokens, comma).text === ')') {
      for (let j = comma - 1; j >= floor; j--) if (atIndex(tokens, j).text === '(') return j - 1;
      return null;
    }
    // "… starring George Clooney, Brad Pitt and Julia Roberts, has gone": a list of names ending before the comma is
    // the end of a list, not an inserted phrase to look past (Clooney is not what has gone to number one).
    const named = this.at(comma - 1);
    if (named && /^(and|&)$/.test(lower(tokens[named.token - 1])) && /^(person|group)$/.test(named.entity.type))
      return null;
    for (let j = comma - 1; j >= floor; j--) {
      const t = atIndex(tokens, j);
      if (t.text === ',') return j - 1;
      if (t.pos === 'VERB' || t.pos === 'AUX' || RELATIVE.test(lower(t))) return null;
    }
    return null;
  }

  /**
   * The work a relative clause is about, when the verb at `verb` sits in one: "The Big Short, …, which he produced",
   * "First They Killed My Father, a movie she directed for Netflix". The work is named before the relative word, or
   * before a comma and the kind of thing it is ("a movie", "the film"). Rule reduced-relative-work: an -ing participle
   * opening a clause after a comma is a relative clause cut short, about the work before the comma ("Action comedy Man
   * of the House, starring Tommy Lee Jones as a Texas ranger…, came in at fifth", bbc-entertainment-312), so a trigger
   * that wants a work in its clause ("starring") has one, wherever the rest of the sentence goes.
   */
  relativeWork(verb: number): Entity | null {
    const { tokens } = this.doc;
    const c = this.clause(verb);
    let j: number;
    if (/^(which|that)$/.test(lower(tokens[c.first]))) j = c.first - 1;
    else if (verb - 1 > c.first && tokens[verb - 1]?.pos === 'PRON' && SUBJECT_PRONOUN.test(lower(tokens[verb - 1])))
      j = verb - 2;
    else if (
      verb === c.first &&
      c.first > 1 &&
      /ing$/i.test(atIndex(tokens, verb).text) &&
      tokens[c.first - 1]?.text === ','
    )
      j = c.first - 1;
    else return null;
    if (tokens[j]?.text === ',') j--;
    const named = this.at(j);
    if (named) return named.entity.type === 'work' ? named.entity : null;
    // "…, a movie she directed": the kind of thing, then the work before the comma.
    if (!CREATION_NOUNS.has(lower(tokens[j]))) return null;
    let k = j - 1;
    while (k > 0 && j - k < 5 && !this.at(k) && /^(NOUN|ADJ|DET|NUM)$/.test(atIndex(tokens, k).pos)) k--;
    if (tokens[k]?.text !== ',') return null;
    const work = this.at(k - 1);
    return work && work.entity.type === 'work' ? work.entity : null;
  }

  // The named thing right before a clause ("Madonna, who…"), with anyone coordinated with it.
  private endingBefore(first: number): Entity[] {
    let j = first - 1;
    // ("Martin Scorsese's Hollywood biopic The Aviator - which won five Oscars, all in minor categories - held on in
    // ninth place", bbc-entertainment-312: a dash sets the relative clause off as a comma does.)
    if (/^(,|-|–|—)$/.test(this.doc.tokens[j]?.text ?? '')) j--;
    const l = this.at(j);
    if (!l) return [];
    // ("the 36-year-old wife of Kanye West — who just threw a lavish baby shower", celebrity-109fake: the relative is
    // about the wife, whom the name after "of" only tells of.)
    if (lower(this.doc.tokens[l.token - 1]) === 'of' && RELATIVES.test(lower(this.doc.tokens[l.token - 2]))) return [];
    const both = this.bothOf(l);
    if (both) return both;
    // "Matt Groening, creator of The Simpsons, who also received…": the relative is about the person the
    // descriptor between commas describes, not about what the descriptor is of.
    const described = this.describedBy(l);
    return this.coordinated(described ?? l, 0);
  }

  // The name before ", creator of The Simpsons": a descriptor noun phrase with "of", set off by a comma after a person.
  private describedBy(l: Located): Located | undefined {
    const { tokens } = this.doc;
    if (lower(tokens[l.token - 1]) !== 'of') return undefined;
    let j = l.token - 2;
    let nouns = 0;
    while (j >= 0 && nouns < 4 && /^(NOUN|ADJ|DET)$/.test(atIndex(tokens, j).pos) && !this.at(j)) {
      j--;
      nouns++;
    }
    if (nouns === 0 || tokens[j]?.text !== ',') return undefined;
    const person = this.at(j - 1);
    return person && person.entity.type === 'person' && !this.possessive(person) ? person : undefined;
  }

  // "Matt Lucas and David Walliams also jointly won": every name joined by "and", "&" or a comma.
  private coordinated(l: Located, floor: number): Entity[] {
    const { tokens } = this.doc;
    const out = [l.entity];
    // "model Caprice and actor Jeremy Edwards", "Gervais and The Office co-writer Stephen Merchant": a
    // descriptor may stand before each name.
    let j = this.descriptorStart(l.token, floor) - 1;
    while (j > floor && /^(and|&|,)$/.test(lower(tokens[j]))) {
      let k = j - 1;
      if (/^(and|&)$/.test(lower(tokens[j])) && tokens[k]?.text === ',') k--;
      // "Lambert, 33, and East, 30, began dating" (celebrity-118legit): an age between commas after the name before.
      if (tokens[k]?.pos === 'NUM' && tokens[k - 1]?.text === ',') k -= 2;
      const before = this.at(k);
      if (!before || this.possessive(before) || this.modifier(before)) break;
      if (!out.includes(before.entity)) out.unshift(before.entity);
      j = this.descriptorStart(before.token, floor) - 1;
    }
    return out;
  }

  // The first token of the descriptor before a name ("actor", "The Office co-writer"), or the name's own first token.
  private descriptorStart(token: number, floor: number): number {
    const { tokens } = this.doc;
    let j = token - 1;
    let start = token;
    for (let n = 0; n < 5 && j > floor; n++, j--) {
      const t = atIndex(tokens, j);
      const l = this.at(j);
      if (l && this.modifier(l)) {
        j = l.token;
        start = l.token;
        continue;
      }
      // "she and husband Josh Duhamel": an epithet of the same person before the name.
      if (l && l.entity === this.at(token)?.entity) {
        j = l.token;
        start = l.token;
        continue;
      }
      // ("Goodrem, Green Day and the Black Eyed Peas took home two awards each", bbc-entertainment-286: "the" too.)
      if (!l && (t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'DET' && (n > 0 || /^the$/i.test(t.text))))) {
        start = j;
        continue;
      }
      break;
    }
    return tokens[start - 1] && /^(and|&|,)$/.test(lower(tokens[start - 1])) ? start : token;
  }

  // "Big Brother's spokeswoman", "William Hill spokesman", "her rep".
  /** Whom a representative speaks for, named after them: "A spokesman for NBC said", "a statement from the BBC". */
  private representing(noun: number): Entity | null {
    const { tokens } = this.doc;
    if (!/^(for|of|from)$/.test(lower(tokens[noun + 1]))) return null;
    const at = /^(the|a|an)$/.test(lower(tokens[noun + 2])) ? noun + 3 : noun + 2;
    const l = this.at(at);
    return l && l.token === at ? l.entity : null;
  }

  private possessorOf(noun: number, floor: number): Entity | null {
    for (let j = noun - 1; j >= Math.max(floor, noun - 6); j--) {
      const t = atIndex(this.doc.tokens, j);
      const l = this.at(j);
      if (l) return l.entity;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') break;
    }
    return null;
  }
}
