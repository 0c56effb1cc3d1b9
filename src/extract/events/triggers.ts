import { isIgnored, type Doc } from '../doc.ts';
import { isEntityType, type Entity, type EntityType, type EventType, type Time } from '../types.ts';
import { sentenceClauses } from './clauses.ts';
import { guardFor } from './guards.ts';
import { triggerLexicon as lexicon, type TriggerGroup } from './lexicon.ts';
import { PhraseMatcher, type Located, type SentenceIndex } from '../text/index.ts';
import { distinct, PARTICIPANT_TYPES } from './participants.ts';
import { ClauseRoles, COUPLE, type ArticleMentions } from './roles.ts';
import { isVerbAt } from './verbs.ts';
import { mayTellOpenVerb, openVerbs } from './open.ts';
import { dateByRules } from './dating.ts';
import type { Token } from '../tokens/index.ts';
import { at as atIndex } from '../../invariant/index.ts';

/** What a clause must also name for a trigger to count: a word or phrase, or an entity of a type. */
type Need = { phrase: string; words: string[] } | { entity: EntityType };
type Reading = {
  type: EventType;
  anaphor: boolean;
  needs: NonNullable<TriggerGroup['needs']> | null;
  /** Counts only as a verb, and takes its people from its own clause's roles. */
  verb: boolean;
  clause: Need[] | null;
  retype: Array<{ type: EventType; needs: Need[] }>;
  subject: ReadonlySet<EntityType> | null;
  /** The entity types its objects may have (the default OBJECT_TYPES and the group's `objects`). */
  objects: ReadonlySet<EntityType>;
};

// Who takes part, by position: whoever does it (a work or an event may: "Cake will go nationwide",
// "The ceremony will take place"), and what it is done to or with: people, works, events. Never a place.
const SUBJECT_TYPES: ReadonlySet<EntityType> = new Set([
  'person',
  'group',
  'animal',
  'work',
  'event',
  'organization',
  'outlet',
]);
const OBJECT_TYPES: ReadonlySet<EntityType> = new Set(['person', 'group', 'animal', 'work', 'event']);

function needsOf(items: string[]): Need[] {
  return items.flatMap((item): Need[] => {
    if (item.startsWith('$')) return needsOf(lexicon.words[item.slice(1)] ?? []);
    const entity = item.slice(1);
    // (The phrase's words split once here: mayRead() asks for them for every trigger of every sentence.)
    const phrase = item.toLowerCase();
    return item.startsWith('@') && isEntityType(entity) ? [{ entity }] : [{ phrase, words: phrase.split(' ') }];
  });
}
function readingOf(g: TriggerGroup): Reading {
  return {
    type: g.type,
    anaphor: g.anaphor === true,
    needs: g.needs ?? null,
    verb: g.verb === true,
    clause: g.clause ? needsOf(g.clause) : null,
    retype: Object.entries(g.retype ?? {}).map(([type, list]) => ({ type, needs: needsOf([list]) })),
    subject: g.subject ? new Set(g.subject.filter(isEntityType)) : null,
    objects: new Set([...OBJECT_TYPES, ...(g.objects ?? []).filter(isEntityType)]),
  };
}

// A form listed in several groups ("wrote": a script is writing, "wrote:" a statement) is tried in lexicon order.
const byForm = new Map<string, Reading[]>();
// One-word saying verbs, which end the reach of a noun back to its verb.
const SAYING: ReadonlySet<string> = new Set(
  lexicon.triggers
    .filter((g) => g.needs === 'speaker')
    .flatMap((g) => g.forms)
    .filter((f) => !f.includes(' ')),
);
// A speech form another group lists too is that group's first: "wrote the script" is writing, "May wrote" a saying
// once no work is written; "published" a publication first (data/lexicons/speech.json, use `speaking`).
const listed: ReadonlySet<string> = new Set(lexicon.triggers.filter((g) => !g.speechUse).flatMap((g) => g.forms));
const spokenLast: Array<[string, Reading]> = [];
for (const g of lexicon.triggers) {
  const reading = readingOf(g);
  for (const form of g.forms) {
    if (g.speechUse && listed.has(form)) spokenLast.push([form, reading]);
    else byForm.set(form, [...(byForm.get(form) ?? []), reading]);
  }
}
for (const [form, reading] of spokenLast) byForm.set(form, [...(byForm.get(form) ?? []), reading]);
const matcher = new PhraseMatcher<Reading[]>([...byForm].map(([form, entry]) => ({ form, entry })));

/** One event trigger in one sentence, with what the sentence says around it. */
export type EventMention = {
  type: EventType;
  anaphor: boolean;
  trigger: string;
  /** Every trigger phrase merged into this mention ("photo", "posted"). */
  words: string[];
  /** Who does it: the poster of a post, the host of a party, the subject of the verb. */
  actor: Entity | null;
  sentence: number;
  first: number;
  last: number;
  participants: Entity[];
  place: Entity | null;
  time: Time | null;
  outlet: Entity | null;
  platform: Entity | null;
  /** How it was read: the lexicon group and the role rule that found its people. */
  rule?: string;
  /** Read from a verb's clause: its participants are that clause's roles, not the whole sentence's. */
  clausal?: boolean;
  /** A statement that goes on with the speaker's last one ("He added…", "…, she said"). */
  continues?: boolean;
  /** A statement a couple makes as both of them ("They said…"): not a run of one of them speaking alone. */
  together?: boolean;
  /** Told as one more of its kind ("He has also starred in…", "won again"): not a retelling. */
  also?: boolean;
  /** An outlet's report referred to as an earlier one ("as The ENQUIRER has reported"): not the one told now. */
  earlier?: boolean;
};

// A happening that the sentence negates is not an event ("they have not split").
// ("Despite her lack of nominations, the Grammy winner never planned on attending", celebrity-099legit.)
const NEGATION = /^(not|n't|never|no|denied|deny|denies|almost|nearly|lack|lacks|lacking|without|absence)$/i;
// A time after these words dates a reference point, not the event ("ahead of her April 30th birthday").
const REFERENCE = /^(ahead|before|after|since|until|following|prior)$/i;
// "slammed divorce rumors", "engagement speculation": talk of an event is no event.
const RUMOUR = /^(rumou?rs?|speculation|reports|talk|gossip|whispers|chatter)$/i;
const rumoured = (doc: Doc, last: number): boolean => {
  const next = doc.tokens[last + 1];
  return next !== undefined && next.sentence === atIndex(doc.tokens, last).sentence && RUMOUR.test(next.text);
};

// Photo and post triggers in one sentence are one event: a photo that someone posted.
const MEDIA: ReadonlySet<string> = new Set(['post', 'photo']);
const CEREMONY: ReadonlySet<EntityType> = new Set(['event']);
// Happenings between people only: their objects are people (or bands), not works.
const PEOPLE_ONLY: ReadonlySet<string> = new Set(['dating', 'reconciliation']);
// A performance verb and the concert noun it is given at.
const STAGED: ReadonlySet<string> = new Set(['performance', 'concert']);
const OWN_VOICE =
  /^(said|says|say|told|tells|stated|states|announced|announces|added|adds|insisted|insists|explained|explains)$/i;
const SUBJECT_ONLY: ReadonlySet<string> = new Set(['death', 'resignation', 'departure']);
const AGENT_TYPES: ReadonlySet<string> = new Set(['person', 'group', 'animal', 'organization', 'outlet']);
// Nouns for who won or was nominated, which a name may carry as a title ("Oscar nominee Clive Owen").
const EPITHET_NOUN = /^(nominee|nominees|winner|winners|recipient|laureate)$/;
const lower = (doc: Doc, i: number): string => atIndex(doc.tokens, i).text.toLowerCase();
// What a work or an event may do with no one named: be released, shown, charted, held, nominated.
const WORK_EVENTS: ReadonlySet<string> = new Set([
  'release',
  'premiere',
  'chart',
  'screening',
  'publication',
  'ceremony',
  'award',
  'nomination',
  'filming',
  'cancellation',
  'concert',
  'tour',
  'end',
]);
// Making or showing a work: the work a relative clause is about takes part ("a movie she directed for Netflix").
const CREATION_TYPES: ReadonlySet<string> = new Set([
  'direct',
  'write',
  'produce',
  'record',
  'release',
  'star',
  'promotion',
  'publication',
]);
// A saying whose speaker is not named ("a venue spokesman said"): it only ends the run of the speaker before.
const UNNAMED_SAYING = 'event-saying:statement(unnamed)';
export const EPITHET_SAYING = 'event-saying:statement(definite-epithet)';
// An unnamed source telling an outlet ('a source told Radar'): the outlet's report, one for each telling (merge.ts).
export const SOURCE_TOLD_OUTLET = 'event-saying:report(source-told-outlet)';
// Who speaks for someone else, or is someone else's: never the article's current speaker.
const OTHER_VOICE =
  /^(spokesman|spokeswoman|spokesperson|representative|rep|publicist|lawyer|attorney|agent|manager|statement|report|police|court|judge|prosecutors?|officials?)$/i;

/** "The feminist writer and broadcaster said": the subject is "the" and describing words only, right before the verb. */
function definiteSpeaker(doc: Doc, first: number, verb: number): boolean {
  const words = doc.tokens.slice(first, verb);
  if (words.length < 2 || !/^the$/i.test(atIndex(words, 0).text)) return false;
  return words
    .slice(1)
    .every(
      (t) =>
        (t.pos === 'NOUN' || t.pos === 'ADJ' || /^(and|&)$/i.test(t.text)) &&
        !OTHER_VOICE.test(t.text) &&
        !ANONYMOUS.test(t.text),
    );
}
const SPEAKERS: ReadonlySet<string> = new Set(['outlet', 'person', 'organization', 'group']);
// "a source told People", "one concerned insider told The National ENQUIRER": the outlet reports.
const ANONYMOUS =
  /^(source|sources|insider|insiders|friend|friends|pal|pals|confidant|confidante|onlooker|witness|eyewitness|spy|tipster|observer)$/i;

/** `quotes`: the quotation spans that reach into this sentence (quotesBySentence). */
export type SentenceContext = { quotes: Array<[number, number]>; times: Time[]; article?: ArticleMentions };

export function sentenceMentions(doc: Doc, index: SentenceIndex, s: number, context?: SentenceContext): EventMention[] {
  const located = atIndex(index.entities, s);
  // A trigger none of whose readings finds what it needs anywhere in the sentence ("made" with no sum of money, no
  // role, no debut) reads as nothing in any of its clauses: it is left out here, before the sentence is cut.
  // (The sentence's words are gathered only when a trigger asks for them.)
  let sentenceNeeds: SentenceNeeds | undefined;
  const needs = () => (sentenceNeeds ??= needsInSentence(doc, s, located));
  const matches = matcher.inSentence(doc, s).filter((m) => m.entry.some((r) => mayRead(r, needs)));
  // A sentence with no trigger and no verb the open rule could read tells no event: its clauses and roles are not
  // worth cutting (most sentences of an article; the output is the same).
  if (matches.length === 0 && !mayTellOpenVerb(doc, s)) return [];
  const sentenceTimes = atIndex(index.times, s).map((t) => t.time);
  const parts = sentenceClauses(doc, s, context?.quotes ?? [], sentenceTimes);
  const roles = new ClauseRoles(doc, located, parts, context?.article);
  const outlet = located.find((l) => l.entity.type === 'outlet')?.entity ?? null;
  const platform = located.find((l) => l.entity.type === 'platform')?.entity ?? null;
  const insideEntity = (start: number, end: number) =>
    located.some((l) => start >= l.mention.start && end <= l.mention.end);
  const mentions: EventMention[] = [];
  for (const m of matches) {
    if (isIgnored(doc, m.start, m.end) || insideEntity(m.start, m.end) || titleWord(doc, m.first, m.last)) continue;
    if (negated(doc, m.first, roles.clause(m.first).first)) continue;
    // ("according to reports in the Hollywood Reporter" names a source: only other triggers are talk of an event.)
    if (rumoured(doc, m.last) && !m.entry.every((r) => r.type === 'report')) continue;
    const word = doc.text.slice(m.start, m.end);
    const head = headOf(doc, m.first, m.last);
    for (const reading of m.entry) {
      if (reading.verb && head < 0) continue;
      const read = readOne(doc, roles, reading, m.first, m.last, head, { outlet, platform, located });
      if (read === 'next') continue;
      if (read === 'stop') break;
      const guard = guardFor(doc, roles, head >= 0 ? head : m.first, read.type);
      if (guard) break;
      const other = partnerOf(doc, roles, read, m.first);
      if (other) read.participants = [...read.participants, other];
      // One event told twice in a sentence: a photo and its posting anywhere in it; the same type in one
      // clause ("Oprah will voice a goose, John Cleese a sheep"), not in two ("Vaughn stars in X while Watts plays in Y").
      // "released a preview of a music video for her latest single" (celebrity-102legit): the video released is the
      // release, not a photo event of its own.
      const released =
        read.type === 'photo' || read.type === 'release'
          ? mentions.find(
              (x) =>
                (x.type === 'photo' || x.type === 'release') &&
                x.type !== read.type &&
                roles.clause(x.first) === roles.clause(m.first),
            )
          : undefined;
      if (released) released.type = 'release';
      const media = MEDIA.has(read.type) && !released ? mentions.find((x) => MEDIA.has(x.type)) : undefined;
      // "May performed with Rodgers at a concert … in September" (bbc-entertainment-158), "The band play a concert in
      // the Cuban capital" (bbc-entertainment-244): the concert is the performance, told once, dated by either.
      const staged = STAGED.has(read.type)
        ? mentions.find(
            (x) => STAGED.has(x.type) && x.type !== read.type && roles.clause(x.first) === roles.clause(m.first),
          )
        : undefined;
      if (staged) staged.type = 'performance';
      // Two sayings of one speaker in a sentence ("Jolie confirmed …, but says …") are one statement.
      const same =
        media ??
        staged ??
        released ??
        mentions.find(
          (x) =>
            x.type === read.type &&
            (!read.clausal ||
              !x.clausal ||
              roles.clause(x.first) === roles.clause(m.first) ||
              (read.type === 'statement' && (x.actor === read.actor || !x.actor || !read.actor))),
        );
      if (same) {
        if (media) same.type = 'post';
        same.words.push(word);
        same.actor ??= read.actor;
        for (const p of read.participants) if (!same.participants.includes(p)) same.participants.push(p);
        if (!reading.anaphor && (same.anaphor || m.end - m.start > same.trigger.length)) same.trigger = word;
        same.anaphor &&= reading.anaphor;
        same.clausal ||= read.clausal;
      } else {
        mentions.push({
          type: read.type,
          anaphor: reading.anaphor,
          trigger: word,
          words: [word],
          actor: read.actor,
          sentence: s,
          first: m.first,
          last: m.last,
          participants: read.participants,
          place: null,
          time: null,
          outlet: read.type === 'report' ? (read.outlet ?? outlet) : null,
          platform: MEDIA.has(read.type) ? platform : null,
          rule: read.rule,
          clausal: read.clausal,
          continues: read.continues,
          together: read.together,
          also: doc.tokens
            .slice(roles.clause(m.first).first, m.last + 3)
            .some((t) => /^(also|again|too|another|other|previously|before)$/i.test(t.text)),
          // ("as The ENQUIRER has reported": the outlet's earlier reporting, told beside what its source says now.)
          earlier: read.type === 'report' && /^as$/i.test(atIndex(doc.tokens, roles.clause(m.first).first).text),
        });
      }
      break;
    }
  }
  // The open verb rule, after the lexicon: a clause no trigger took may still tell a happening (open.ts).
  // (A saying by no one named takes no clause from it: "But police said Gallagher kicked an officer".)
  const told = new Set(
    mentions.filter((m) => m.rule !== UNNAMED_SAYING && m.rule !== EPITHET_SAYING).map((m) => roles.clause(m.first)),
  );
  for (const v of openVerbs(doc, roles, s, (token) => told.has(roles.clause(token)))) {
    if (negated(doc, v.head, roles.clause(v.head).first)) continue;
    mentions.push({
      type: v.type,
      anaphor: false,
      trigger: atIndex(doc.tokens, v.head).text,
      words: [atIndex(doc.tokens, v.head).text],
      actor: v.doers[0] ?? null,
      sentence: s,
      first: v.head,
      last: v.head,
      participants: [...v.doers, ...v.objects],
      place: null,
      time: null,
      outlet: null,
      platform: null,
      rule: v.rule,
      clausal: true,
    });
    told.add(roles.clause(v.head));
  }
  attachTimes(doc, index, s, mentions, roles);
  attachPlaces(index, s, mentions, roles);
  return mentions;
}

/** The words and entity types of a whole sentence: what any of its clauses may name, and more. */
type SentenceNeeds = { words: ReadonlySet<string>; types: ReadonlySet<EntityType> };

function needsInSentence(doc: Doc, s: number, located: Located[]): SentenceNeeds {
  const sentence = atIndex(doc.sentences, s);
  const words = new Set<string>();
  for (let i = sentence.firstToken; i <= sentence.lastToken; i++) words.add(atIndex(doc.tokens, i).text.toLowerCase());
  return { words, types: new Set(located.map((l) => l.entity.type)) };
}

/**
 * Whether a reading may pass readOne()'s first tests (an outlet it needs, a phrase or an entity its clause must name):
 * a clause's words and entities are the sentence's, so a need the sentence lacks, its every clause lacks too.
 */
function mayRead(reading: Reading, around: () => SentenceNeeds): boolean {
  if (reading.needs === 'outlet' && !around().types.has('outlet')) return false;
  if (!reading.clause) return true;
  const { types, words } = around();
  return reading.clause.some((n) => ('entity' in n ? types.has(n.entity) : n.words.every((w) => words.has(w))));
}

type Read = {
  type: EventType;
  actor: Entity | null;
  participants: Entity[];
  outlet: Entity | null;
  rule: string;
  clausal: boolean;
  continues?: boolean;
  together?: boolean;
};
type Around = { outlet: Entity | null; platform: Entity | null; located: Located[] };

/**
 * One reading of a trigger, or 'next' (try the form's next reading) or 'stop'. Readings, in order:
 * a saying verb (a statement or an outlet's report, by who says it); a verb of the lexicon (its
 * clause's subject and objects); a noun (the people of the verb it is the object of, else its owner).
 */
function readOne(
  doc: Doc,
  roles: ClauseRoles,
  reading: Reading,
  first: number,
  last: number,
  head: number,
  around: Around,
): Read | 'next' | 'stop' {
  if (reading.needs === 'outlet' && !around.outlet) return 'next';
  // "The Big Short, …, which he produced": a work the relative clause is about is named in the clause too.
  const about = head >= 0 && reading.verb ? roles.relativeWork(head) : null;
  if (
    reading.clause &&
    !clauseNames(doc, roles, first, last, reading.clause) &&
    !(about && reading.clause.some((n) => 'entity' in n && n.entity === 'work'))
  )
    return 'next';
  let type = reading.retype.find((r) => clauseNames(doc, roles, first, last, r.needs))?.type ?? reading.type;
  // "were spotted looking ritzy and smitten at the SAG-AFTRA Foundation's Artists Awards": seen at an event is appearing there.
  if (type === 'sighting' && clauseNames(doc, roles, first, last, [{ entity: 'event' }])) type = 'appearance';
  // "Selena made sure to get a picture for her Instagram account": a photo for a platform is a post.
  if (type === 'photo' && clauseNames(doc, roles, first, last, [{ entity: 'platform' }])) type = 'post';
  if (reading.needs === 'speaker') return saying(doc, roles, first, last, head);
  // "according to a TMZ report": the outlet's report, whatever verb the phrase starts with.
  if (type === 'report') return noun(doc, roles, type, first, last, around, false);
  if (head >= 0 && (reading.verb || reading.type !== 'celebration')) {
    const subject = roles.subject(head);
    const doers = subject.entities.filter((e) => SUBJECT_TYPES.has(e.type));
    // "A number of celebrities turned out for the musical's premiere, including actress Barbara Windsor, comic Graham
    // Norton and Sir Richard Attenborough" (bbc-entertainment-005): the people a plural subject includes do it.
    if (doers.length === 0 && subject.rule === 'no-named-subject') doers.push(...roles.including(head));
    const wanted = reading.subject;
    if (wanted && !doers.some((e) => wanted.has(e.type))) return 'next';
    // "Johnny Depp … is celebrated as one of the most versatile actors": praised, not partying.
    if (type === 'celebration' && subject.passive) return 'next';
    // Who died is who the verb is about; "died in Angola's civil war" names a place, not someone else.
    // ("she began seeing the Saturday Night Live comedian": whom someone dates is a person, never the show that
    // describes them.)
    const done = SUBJECT_ONLY.has(type)
      ? []
      : roles.objects(head, reading.objects).filter((e) => !PEOPLE_ONLY.has(type) || AGENT_TYPES.has(e.type));
    const participants = [...doers, ...done.filter((e) => !doers.includes(e))];
    if (about && CREATION_TYPES.has(type) && !participants.includes(about)) participants.push(about);
    // "At the British Comedy Awards on Wednesday, Gervais was handed a special achievement award" (bbc-entertainment-196):
    // the awards a prize is won at take part wherever the clause names them, as "… at the Brits" after the verb does.
    if (type === 'award' || type === 'nomination')
      for (const e of roles.before(first, CEREMONY)) if (!participants.includes(e)) participants.push(e);
    // Starring needs someone who stars: "The Final Days portrays the final days of…" is what a film is about.
    if ((type === 'star' || type === 'casting') && !participants.some((e) => e.type === 'person' || e.type === 'group'))
      return 'next';
    // "Dakota Fanning will play Fern", "stepping into the role of Tom": who is played is a character. Not after
    // "starring": "the crime caper sequel starring George Clooney, Brad Pitt and Julia Roberts" names its actors.
    if (
      (type === 'star' || type === 'casting') &&
      !/^(co-?)?starr?(s|ed|ing)?$/i.test(atIndex(doc.tokens, head).text)
    ) {
      for (const e of done)
        if (e.type !== 'work' && playedBy(doc, roles, e, head, last)) participants.splice(participants.indexOf(e), 1);
    }
    // "… before hosting the children's show Fat Albert": with no one doing it, a show alone is no event.
    if (
      doers.length === 0 &&
      subject.rule !== 'couple' &&
      !participants.some((e) => AGENT_TYPES.has(e.type)) &&
      !WORK_EVENTS.has(type)
    )
      return 'next';
    // An appearance is its people's: the event or show they appear at is where, like a venue ("at the Dublin premiere").
    if (type === 'appearance')
      for (const e of [...participants])
        if (!AGENT_TYPES.has(e.type) && !doers.includes(e)) participants.splice(participants.indexOf(e), 1);
    // "Cafe Society arrived at Cannes": a work that appears somewhere has its premiere there.
    if (type === 'appearance' && doers.length > 0 && doers.every((e) => e.type === 'work')) type = 'premiere';
    return {
      type,
      actor: doers[0] ?? null,
      participants,
      outlet: null,
      rule: `event-verb:${type}(${subject.rule})`,
      clausal: true,
    };
  }
  if (reading.verb) return 'next';
  // "Green Day bagged the prize for best rock video", "sexiest video" (bbc-entertainment-286): a picture or a clip in an
  // award's category names the category, not a photo anyone took.
  if (MEDIA.has(type) && inCategory(doc, first)) return 'stop';
  // "RiRi, who will receive the Video Vanguard Award this year" (celebrity-099legit): a capitalised trigger noun that a
  // capitalised word follows, mid-sentence, is a word of a title the entity stage did not name.
  if (inName(doc, first, last)) return 'stop';
  // "though in many concerts, he was not actually plugged in" (bbc-entertainment-244): a quantified plural after a
  // preposition is any number of them, no one happening ("picked up several nominations" is one: no preposition).
  if (quantified(doc, first)) return 'stop';
  // "divorce attorney", "wedding rings", "photo shoot": a trigger noun that modifies another noun tells no event.
  // ("the party's convention": a trigger noun that owns another noun is no event either.)
  const following = doc.tokens[last + 1];
  if (
    following &&
    following.sentence === atIndex(doc.tokens, last).sentence &&
    ((following.pos === 'NOUN' && !/^(of|in|at)$/i.test(following.text)) || /^['’]s$/.test(following.text))
  )
    return 'stop';
  // "followed by Oscar nominee Clive Owen at 5-2" (bbc-entertainment-333): a winner or nominee right before a name is a
  // title the name carries, an epithet; the nomination it tells of is no happening of this story.
  const titled = roles.at(last + 1);
  if (titled?.token === last + 1 && AGENT_TYPES.has(titled.entity.type) && EPITHET_NOUN.test(lower(doc, last)))
    return 'stop';
  // "Ana's latest public appearance at the party" is an event; "alarmed by his wife's appearance" is her looks.
  if (
    /^appearances?$/i.test(doc.text.slice(atIndex(doc.tokens, first).start, atIndex(doc.tokens, last).end)) &&
    !eventfulAppearance(doc, first, last)
  )
    return 'stop';
  const read = noun(doc, roles, type, first, last, around, reading.type === 'photo');
  // "The Season 14 premiere of "Keeping Up With the Kardashians" airs Sunday" (celebrity-176legit): a premiere that only a
  // work takes part in is the work's premiere, as "Cafe Society arrived at Cannes" is, not anyone's appearance.
  if (read.type === 'appearance' && read.participants.length && read.participants.every((e) => e.type === 'work'))
    return { ...read, type: 'premiere', rule: read.rule.replace('appearance', 'premiere') };
  return read;
}

function quantified(doc: Doc, first: number): boolean {
  const q = doc.tokens[first - 1];
  const p = doc.tokens[first - 2];
  return (
    q !== undefined &&
    p !== undefined &&
    /^(many|several|numerous|countless|various|all|most|some|other)$/i.test(q.text) &&
    p.pos === 'ADP' &&
    /s$/i.test(atIndex(doc.tokens, first).text)
  );
}

function inName(doc: Doc, first: number, last: number): boolean {
  const t = atIndex(doc.tokens, first);
  const next = doc.tokens[last + 1];
  return (
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    atIndex(doc.sentences, t.sentence).firstToken !== first &&
    next !== undefined &&
    next.sentence === t.sentence &&
    /^\p{Lu}/u.test(next.text) &&
    next.pos !== 'PUNCT'
  );
}

// "best R 'n' B video", "sexiest video": a superlative before the noun, within its phrase.
function inCategory(doc: Doc, first: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - 7); j--) {
    const t = atIndex(doc.tokens, j);
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.sentence !== atIndex(doc.tokens, first).sentence)
      return false;
    if (/^(best|worst|\w{3,}iest)$/i.test(t.text)) return true;
  }
  return false;
}

function playedBy(doc: Doc, roles: ClauseRoles, e: Entity, head: number, last: number): boolean {
  const at = roles.located.find((l) => l.entity === e && l.token > head)?.token ?? -1;
  if (at < 0) return false;
  const before = doc.tokens.slice(Math.max(head + 1, at - 3), at).map((t) => t.text.toLowerCase());
  return at <= last + 1 || /\b(role|part|character) of$|\bas$/.test(before.join(' '));
}

/** A saying verb: an outlet's report, or a statement by a named person or organization. */
function saying(doc: Doc, roles: ClauseRoles, first: number, last: number, head: number): Read | 'stop' | 'next' {
  const verb = head >= 0 ? head : first;
  const { tokens } = doc;
  const subject = roles.subject(verb, { speech: true });
  let speaker = subject.entities.find((e) => SPEAKERS.has(e.type)) ?? null;
  let rule = subject.rule;
  // "Revealed the source: …", "Added Franci Cohen, a nutritionist": a sentence that opens with the verb names its speaker after it.
  const opens = tokens
    .slice(atIndex(doc.sentences, atIndex(tokens, verb).sentence).firstToken, verb)
    .every((t) => t.pos === 'PUNCT');
  if (opens) {
    speaker = roles.subjectAfter(verb, last);
    if (!speaker) return 'stop';
    rule = 'speaker-after';
  }
  // "Minnelli, who just turned 70, has suffered a shocking relapse and is back to her old habits, claimed a spy"
  // (celebrity-063fake): after a comma, a saying followed by someone unnamed is that one's; the subject of the clause
  // before is what is said about, not who says it.
  const inverted =
    /^[,”"’']$/.test(tokens[verb - 1]?.text ?? '') &&
    rule.startsWith('shared-subject') &&
    tokens[verb + 1]?.pos === 'DET' &&
    /^(NOUN|ADJ)$/.test(tokens[verb + 2]?.pos ?? '');
  if (inverted) speaker = null;
  // "…,” said the Reverend Adrian Rodgers": the speaker after the verb. Not after "told": who is told is the
  // audience ("The Keeping Up With the Kardashians star, 37, told Vogue that…" is not Vogue speaking).
  const before = tokens[verb - 1];
  if (
    !speaker &&
    !/^(told|tells|tell)$/i.test(atIndex(tokens, verb).text) &&
    (!before ||
      before.sentence !== atIndex(tokens, verb).sentence ||
      /^[,”"’']$/.test(before.text) ||
      roles.clause(verb).first === verb)
  ) {
    speaker = roles.subjectAfter(verb, last); // "said he was wearing a ski-mask" is no inverted speaker
    if (speaker && !SPEAKERS.has(speaker.type)) speaker = null;
    rule = 'speaker-after';
  }
  const told = /^(told|tells|tell|telling|spoke|speaks|speaking)$/i.test(atIndex(tokens, verb).text);
  const heard = roles.objects(last, new Set<EntityType>(['person', 'outlet']));
  // "Brando is said to have turned down the role", "she was reported to be": a hedge, not anyone speaking.
  // ("Star magazine is reporting in their latest issue", celebrity-057legit: the progressive is the outlet speaking.)
  const progressive = /ing$/i.test(atIndex(tokens, verb).text);
  if (subject.passive || (!progressive && /^(is|are|was|were|been|being)$/i.test(tokens[verb - 1]?.text ?? '')))
    return 'stop';
  // "…we would look at a tour together," May wrote' (bbc-entertainment-138), '…a false tabloid," the 23-year-old wrote'
  // (bbc-entertainment-345): words a person wrote, quoted just before, were posted (a website, a caption), not said.
  if (
    /^(wrote|writes)$/i.test(atIndex(tokens, verb).text) &&
    speaker &&
    (speaker.type === 'person' || speaker.type === 'group') &&
    /^[.!]$/.test(tokens[last + 1]?.text ?? '') &&
    afterQuote(doc, verb)
  )
    return {
      type: 'post',
      actor: speaker,
      participants: [speaker],
      outlet: null,
      rule: `event-saying:post(wrote-after-quote)`,
      clausal: true,
    };
  // "He wrote Ring of Fire" is writing a song; "she wrote: '…'", "wrote that…", "wrote in a post" is saying.
  if (
    /^(wrote|writes|write|published)$/i.test(atIndex(tokens, verb).text) &&
    !/^([:“"‘']|that|in|on)$/i.test(tokens[last + 1]?.text ?? '')
  )
    return 'stop';
  // "“…#2yearstoday❤️ @andersoneast,” she wrote in the caption" (celebrity-118legit): a post's caption is the post told
  // again (the post event has it), not a statement of its own.
  const said = tokens
    .slice(last + 1, last + 4)
    .map((t) => t.text.toLowerCase())
    .join(' ');
  if (/^(wrote|writes|write)$/i.test(atIndex(tokens, verb).text) && /^in (the|her|his|their) caption/.test(said))
    return 'stop';
  // "a Franck Muller watch Sharon said was one of only 10 made", "songs that the minister said were demeaning": a
  // saying whose complement has no subject of its own sits inside a relative clause; what it says is of the noun.
  if (/^(was|were|is|are|had|has|have)$/i.test(tokens[last + 1]?.text ?? '')) return 'stop';
  // "an injury he said he suffered", "everything he says he will do": a saying inside a noun's relative clause.
  const subjectToken = verb - 1;
  if (
    subject.pronoun &&
    tokens[subjectToken]?.pos === 'PRON' &&
    tokens[subjectToken - 1]?.pos === 'NOUN' &&
    atIndex(tokens, subjectToken - 1).sentence === atIndex(tokens, verb).sentence
  )
    return 'stop';
  if (
    subject.pronoun &&
    tokens[subjectToken]?.pos === 'PRON' &&
    /^(everything|anything|something|what|all)$/i.test(tokens[subjectToken - 1]?.text ?? '')
  )
    return 'stop';
  // "who called the police" is a phone call; only an outlet "calls" someone something in print.
  if (/^(called|calls|call)$/i.test(atIndex(tokens, verb).text) && speaker?.type !== 'outlet') return 'next';
  if (!speaker) {
    // "A source spoke to People", "one concerned insider told The National ENQUIRER": the outlet's report.
    // The source may stand before its own relative clause ("The source, which spoke to OK!, claimed").
    const anonymous = tokens
      .slice(Math.max(0, roles.clause(verb).first - 3), verb)
      .some((t) => ANONYMOUS.test(t.text) && t.sentence === atIndex(tokens, verb).sentence);
    const outlet = heard[0]?.type === 'outlet' ? heard[0] : null;
    // ("a close pal of Miranda tattled to The ENQUIRER", celebrity-118fake: any saying to an outlet is telling it.)
    const toOutlet = /^to$/i.test(atIndex(tokens, last).text) || /^to$/i.test(tokens[last + 1]?.text ?? '');
    if ((told || toOutlet) && anonymous && outlet)
      return {
        type: 'report',
        actor: outlet,
        participants: [outlet],
        outlet,
        rule: SOURCE_TOLD_OUTLET,
        clausal: true,
      };
    // "The feminist writer and broadcaster said…" between two of Greer's sayings (bbc-entertainment-203): a definite
    // description with no name, no source and no spokesman in it is the speaker the article is quoting; it goes on
    // with the last statement (merge.ts), and ends nobody's run.
    if (!anonymous && definiteSpeaker(doc, roles.clause(verb).first, verb))
      return { type: 'statement', actor: null, participants: [], outlet: null, rule: EPITHET_SAYING, clausal: true };
    // "But a venue spokesman said…" between two of Mr Rodgers' sayings: someone unnamed speaks. Kept as a statement
    // with no one in it, so that it ends the run of the speaker before (find.ts drops it: an event needs someone).
    return {
      type: 'statement',
      actor: null,
      participants: [],
      outlet: null,
      rule: UNNAMED_SAYING,
      clausal: true,
    };
  }
  // An outlet that reports, reveals or confirms news makes a report; one that says or announces
  // something as a company ("the BBC said on Thursday there were no plans") makes a statement.
  if (speaker.type === 'outlet' && !OWN_VOICE.test(atIndex(tokens, verb).text))
    return {
      type: 'report',
      actor: speaker,
      participants: [speaker],
      outlet: speaker,
      rule: `event-saying:report(${rule})`,
      clausal: true,
    };
  // "Jenner told HBO's Bill Simmons": a named person told is there too; an outlet told is only the medium.
  const addressee = told
    ? heard.find((e) => e.type === 'person' && e !== speaker && tokenAfter(roles, e, last) <= last + 4)
    : undefined;
  // "He added he was glad…", "“…,” she said": more of what the speaker said before, when they spoke just before.
  // Rule named-saying-anew: a speaker named again with a verb of saying of any tense is a saying of its own, as the gold
  // counts them ("…bureaucracy," says Mr McCune' twice in bbc-entertainment-289 is two statements; 'Jolie says that
  // Ung’s enthusiasm…' and 'Jolie admits that…' in celebrity-144legit too); only "added"/"continued" or a pronoun goes on.
  // "The couple …, claimed…", "They said…" (bbc-entertainment-345): a couple speaks as both of them.
  const couple = subject.entities.filter((e) => e.type === 'person');
  // (Only a couple told as one: "they" that coreference took for two people is its guess, often not a pair.)
  const coupleNoun = toldAsCouple(doc, verb);
  const together = rule === subject.rule && couple.length === 2 && subject.rule === 'couple' && coupleNoun;
  const continues = subject.pronoun === true || /^(added|adds|continued|continues)$/i.test(atIndex(tokens, verb).text);
  return {
    type: 'statement',
    actor: speaker,
    participants: [...(together ? couple : [speaker]), ...(addressee ? [addressee] : [])],
    outlet: null,
    rule: `event-saying:statement(${rule})`,
    clausal: true,
    continues,
    together,
  };
}

/** A quotation closes, after a comma, within the few words before the saying verb ('…together," May wrote', '…," the
 * 23-year-old wrote'). */
function afterQuote(doc: Doc, verb: number): boolean {
  const { tokens } = doc;
  const sentence = atIndex(tokens, verb).sentence;
  for (let i = verb - 1; i >= Math.max(0, verb - 10); i--) {
    const t = atIndex(tokens, i);
    if (t.sentence !== sentence) return false;
    if (/^[”"’]$/.test(t.text)) return /^[,!?]$/.test(tokens[i - 1]?.text ?? '');
    if (t.pos === 'VERB' && i !== verb) return false;
  }
  return false;
}

/**
 * Whether the saying at `verb` is told of a couple as one: a couple noun before it in its sentence ("The couple, who
 * married in Los Angeles last September, claimed…"), or "They" opening the sentence after one that opened with a couple
 * noun ("They said they allowed the pictures to be taken", bbc-entertainment-345).
 */
function toldAsCouple(doc: Doc, verb: number): boolean {
  const { tokens, sentences } = doc;
  const coupleWord = (x: Token | undefined) => x?.pos === 'NOUN' && COUPLE.test(x.text.toLowerCase());
  const s = atIndex(tokens, verb).sentence;
  const sentence = atIndex(sentences, s);
  if (tokens.slice(sentence.firstToken, verb).some(coupleWord)) return true;
  if (s === 0 || !/^they$/i.test(atIndex(tokens, sentence.firstToken).text)) return false;
  const before = atIndex(sentences, s - 1);
  return tokens.slice(before.firstToken, Math.min(before.lastToken, before.firstToken + 2) + 1).some(coupleWord);
}

function tokenAfter(roles: ClauseRoles, e: Entity, last: number): number {
  return roles.located.find((l) => l.entity === e && l.token > last)?.token ?? Infinity;
}

/** A noun for people ("winners", "host") told of the named ones: the first of them does it. */
function agentNoun(type: EventType, named: Entity[], rule: string): Read {
  return {
    type,
    actor: atIndex(named, 0),
    participants: named,
    outlet: null,
    rule: `event-noun:${type}(${rule})`,
    clausal: true,
  };
}

/**
 * A noun trigger ("party", "nominations", "photo"). As the object of a verb in its clause, it takes
 * that verb's people ("Franz Ferdinand picked up five nominations", "Selena got a picture for her
 * Instagram"); as a subject or in a verbless phrase, its owner ("David Beckham's party", "Ana's
 * appearance"), else the people its clause names.
 */
function noun(
  doc: Doc,
  roles: ClauseRoles,
  type: EventType,
  first: number,
  last: number,
  around: Around,
  picture: boolean,
): Read {
  // "a new article", "a TMZ report": the outlet's report; it names no one else.
  if (type === 'report')
    return { type, actor: null, participants: [], outlet: null, rule: 'event-noun:report', clausal: true };
  const clause = roles.clause(first);
  const owner = actorFor(doc, around.located, first, last, type);
  if (owner) {
    // "his split from Angelina Jolie": the owner and whoever the noun is with; a guest's appearance or
    // a party's host alone ("Ana's appearance at David Beckham's party").
    const alone = type === 'appearance' || type === 'celebration' || MEDIA.has(type);
    const others = alone ? [] : roles.objects(last, OBJECT_TYPES, true).filter((e) => e !== owner);
    return {
      type,
      actor: owner,
      participants: [owner, ...others],
      outlet: null,
      rule: `event-noun:${type}(owner)`,
      clausal: true,
    };
  }
  // "Images of the 33-year-old", "the death of Jerry Scoggins": whoever the noun is of.
  // ("the Dublin premiere of his new film": an appearance is its people's, the film is where they appear.)
  const of = ofPhrase(doc, roles, last).filter((e) => type !== 'appearance' || AGENT_TYPES.has(e.type));
  const isCopula = (i: number) => /^(is|are|was|were|be|been)$/i.test(doc.tokens[i]?.text ?? '');
  // The noun's own verb is the nearest one before it: "They were the surprise winners of …" is a copula's, "her number
  // was "The Wizard and I." She had largely kept out of sight since the death of Mac Miller" (one sentence to the
  // splitter, a development stream article) is "kept"'s, whatever copula stands further back.
  let nearestVerb = -1;
  for (let i = first - 1; i >= clause.first && nearestVerb < 0; i--)
    if (/^(VERB|AUX)$/.test(doc.tokens[i]?.pos ?? '')) nearestVerb = i;
  const copulaBefore = nearestVerb >= 0 && isCopula(nearestVerb);
  if (of.length && !copulaBefore)
    return { type, actor: null, participants: of, outlet: null, rule: `event-noun:${type}(of)`, clausal: true };
  let governor = -1;
  let copula = -1;
  let said = -1;
  for (let i = first - 1; i >= clause.first; i--) {
    if (copula < 0 && /^(is|are|was|were|be|been)$/i.test(atIndex(doc.tokens, i).text)) copula = i;
    // "Hernandez said the cause of death appeared to be natural": what is said is not done by the speaker.
    if (SAYING.has(atIndex(doc.tokens, i).text.toLowerCase())) {
      said = i;
      break;
    }
    if (isVerbAt(doc, i) && !/^(is|are|was|were|be|been|has|have|had)$/i.test(atIndex(doc.tokens, i).text)) {
      governor = i;
      break;
    }
  }
  if (said >= 0) {
    // Only the noun's own phrase ("revealed it in a video uploaded to YouTube, and King Juan Carlos…": nobody).
    const own = roles.objects(last, OBJECT_TYPES, true);
    return { type, actor: null, participants: own, outlet: null, rule: `event-noun:${type}(said)`, clausal: true };
  }
  // "They were the surprise winners of the Brit Award": who the noun is, and what it is of (only nouns for
  // people: "The Golden Globes are the first major nominations" defines, it tells nothing).
  const agentive = /^(winner|winners|nominee|nominees|recipient|recipients|host|hosts|guest|guests)$/i.test(
    atIndex(doc.tokens, last).text,
  );
  if (governor < 0 && copula >= 0 && agentive) {
    const subject = roles.subject(copula);
    const named = [...subject.entities.filter((e) => SUBJECT_TYPES.has(e.type)), ...of];
    if (named.length) return agentNoun(type, named, `copula-${subject.rule}`);
  }
  // "Winner in the Africa category was Malian desert blues band Tinariwen": what the noun is said to be.
  const after = findFrom(doc.tokens, last + 1, clause.last, (t) => /^(is|are|was|were)$/i.test(t.text));
  // (Not a passive: "whose UK tour was cancelled".)
  if (
    governor < 0 &&
    agentive &&
    after > 0 &&
    !doc.tokens.slice(last + 1, after).some((t) => t.pos === 'VERB') &&
    doc.tokens[after + 1]?.pos !== 'VERB'
  ) {
    const named = roles.objects(after, OBJECT_TYPES);
    if (named.length) return agentNoun(type, named, 'is-named');
  }
  if (governor >= 0) {
    const subject = roles.subject(governor);
    const doers = subject.entities.filter((e) => SUBJECT_TYPES.has(e.type));
    // (The noun's verb's plural subject, too: "celebrities turned out for the musical's premiere, including …".)
    if (doers.length === 0 && subject.rule === 'no-named-subject') doers.push(...roles.including(governor));
    const done = roles.objects(governor, OBJECT_TYPES);
    const participants = [...doers, ...done.filter((e) => !doers.includes(e))];
    // A party's actor is its host, named as its owner; whoever meets someone at it is a guest.
    return {
      type,
      actor: type === 'celebration' ? null : (doers[0] ?? null),
      participants,
      outlet: null,
      rule: `event-noun:${type}(verb-${subject.rule})`,
      clausal: true,
    };
  }
  // "In the interview, an emotional Jolie also talks about how she misses her mother, Marcheline Bertrand"
  // (celebrity-122legit): a statement is its speaker's, the subject of the verb after the noun; whom they talk about
  // is what they say. (Not a participle right after the noun: "In a joint statement released on Tuesday, they
  // vowed…", celebrity-089fake, where "released" only describes the statement.)
  let verbAfter = -1;
  for (let k = last + 1; type === 'statement' && verbAfter < 0 && k <= clause.last; k++)
    if (isVerbAt(doc, k) && !(k === last + 1 && /(ed|en|ing)$/i.test(atIndex(doc.tokens, k).text))) verbAfter = k;
  // A photo is of whoever it is said to be of or to show; the people near it may only be its subject's company.
  // A name used as a modifier ("the Beckham celebration") or an owner is not a participant of its own.
  const participants = picture
    ? []
    : distinct(
        around.located.filter(
          (l) =>
            l.token >= clause.first &&
            l.token <= (verbAfter >= 0 ? verbAfter : clause.last) &&
            !roles.parts.quoted(l.token) &&
            !roles.possessive(l) &&
            !roles.modifier(l),
        ),
        PARTICIPANT_TYPES,
      );
  return { type, actor: null, participants, outlet: null, rule: `event-noun:${type}(clause)`, clausal: true };
}

function eventfulAppearance(doc: Doc, first: number, last: number): boolean {
  const before = doc.tokens.slice(Math.max(0, first - 4), first).map((t) => t.text.toLowerCase());
  const after = doc.tokens[last + 1]?.text.toLowerCase() ?? '';
  if (/^(at|on|in|with|alongside|together|during)$/.test(after)) return true;
  // "alarmed by his wife's appearance", "comments about her appearance", "her changing appearance": looks.
  return !before.some((w) => /^(by|about|over|of|changing|changed|new|physical|gaunt|thin|youthful)$/.test(w));
}

function ofPhrase(doc: Doc, roles: ClauseRoles, last: number): Entity[] {
  const { tokens } = doc;
  // (The trigger may end with its "of": "since the death of Mac Miller", whose owner is Mac Miller, not the clause's
  // "She", as the verb's subject would have it.)
  const of = /^of$/i.test(tokens[last]?.text ?? '') ? last : last + 1;
  if (!/^of$/i.test(tokens[of]?.text ?? '')) return [];
  const out: Entity[] = [];
  const end = roles.clause(last).last;
  // (An appositive's owner is no next name in the list: "the death of Mac Miller, her boyfriend".)
  const listed = (l: Located | undefined) => l !== undefined && !roles.possessive(l);
  for (let i = of + 1; i <= end; i++) {
    const t = atIndex(tokens, i);
    // "Pictures of Selena Gomez, 25, and Justin Bieber, 23, kissing" (celebrity-143fake): an age between commas and a
    // comma before the next name go on with the list.
    if (
      t.text === ',' &&
      (tokens[i + 1]?.pos === 'NUM' || /^(and|&)$/i.test(tokens[i + 1]?.text ?? '') || listed(roles.at(i + 1)))
    )
      continue;
    if (t.pos === 'NUM' && tokens[i - 1]?.text === ',' && tokens[i + 1]?.text === ',') continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADP' && !roles.at(i)) || (t.pos === 'PUNCT' && !roles.at(i)))
      break;
    const l = roles.at(i);
    // (Not a relative's owner: "the death of Kanye West's mother, Donda" is hers.)
    if (l && l.token === i && OBJECT_TYPES.has(l.entity.type) && !roles.relativeOwner(l) && !out.includes(l.entity))
      out.push(l.entity);
  }
  return out;
}

/**
 * "his Birth of a Nation screener", "a revival of Death of a Salesman": a capitalised trigger mid-sentence, followed by
 * "of" and a capitalised word, is the start of a title the entity stage did not name.
 */
function titleWord(doc: Doc, first: number, last: number): boolean {
  const t = atIndex(doc.tokens, first);
  if (!/^\p{Lu}\p{Ll}/u.test(t.text) || atIndex(doc.sentences, t.sentence).firstToken === first) return false;
  // (The trigger may end with its "of": "birth of".)
  const of = /^of$/i.test(atIndex(doc.tokens, last).text) ? last : last + 1;
  if (!/^of$/i.test(doc.tokens[of]?.text ?? '')) return false;
  return doc.tokens
    .slice(of + 1, of + 4)
    .some((x) => x.sentence === t.sentence && /^\p{Lu}/u.test(x.text) && x.pos !== 'PUNCT');
}

/** The first token of a trigger that is a verb, or -1. */
function headOf(doc: Doc, first: number, last: number): number {
  for (let i = first; i <= last; i++) {
    // "their reported split", "the married couple", "six re-released Elvis tracks": a participle after a determiner
    // or a number describes a noun ("a restraining order", bbc-entertainment-327, too).
    if (
      (/ed$/i.test(atIndex(doc.tokens, i).text) || (/ing$/i.test(atIndex(doc.tokens, i).text) && i < last)) &&
      (/^(the|a|an|their|his|her|its|my|our|your)$/i.test(doc.tokens[i - 1]?.text ?? '') ||
        (doc.tokens[i - 1]?.pos === 'NUM' && /^(NOUN|PROPN|ADJ)$/.test(doc.tokens[i + 1]?.pos ?? '')))
    )
      continue;
    // "his Oscar-winning role", "the award-winning trilogy": a compound adjective.
    if (doc.tokens[i - 1]?.text === '-' && atIndex(doc.tokens, i - 1).start === doc.tokens[i - 2]?.end) continue;
    if (isVerbAt(doc, i)) return i;
  }
  return -1;
}

/** Whether the clause of a trigger names one of `needs` (besides the trigger's own words). */
function clauseNames(doc: Doc, roles: ClauseRoles, first: number, last: number, needs: Need[]): boolean {
  const { text, types } = clauseAround(doc, roles, first, last);
  return needs.some((n) => ('entity' in n ? types.has(n.entity) : text.includes(` ${n.phrase} `)));
}

type ClauseAround = { text: string; types: Set<EntityType> };
// A trigger's readings ask clauseNames() up to five times each (its clause, every retype, sighting, photo): the
// clause's words and entity types around a trigger are gathered once per trigger.
const aroundCache = new WeakMap<ClauseRoles, Map<string, ClauseAround>>();

function clauseAround(doc: Doc, roles: ClauseRoles, first: number, last: number): ClauseAround {
  let byTrigger = aroundCache.get(roles);
  if (!byTrigger) aroundCache.set(roles, (byTrigger = new Map<string, ClauseAround>()));
  const key = `${first}:${last}`;
  const known = byTrigger.get(key);
  if (known) return known;
  const c = roles.clause(first);
  const words: string[] = [];
  for (let i = c.first; i <= c.last; i++)
    if ((i < first || i > last) && !roles.parts.quoted(i)) words.push(atIndex(doc.tokens, i).text.toLowerCase());
  const around = {
    text: ` ${words.join(' ')} `,
    types: new Set(
      roles.located
        .filter((l) => l.token >= c.first && l.token <= c.last && (l.token < first || l.token > last))
        .map((l) => l.entity.type),
    ),
  };
  byTrigger.set(key, around);
  return around;
}

const ACTOR_REACH = 8; // tokens between a possessive owner and its noun ("David Beckham's star-studded 50th birthday party")

function actorFor(doc: Doc, located: Located[], first: number, last: number, type: EventType): Entity | null {
  const people = located.filter((l) => l.entity.type === 'person' || l.entity.type === 'group');
  const by = people.find(
    (l) => l.token > last && l.token <= last + 2 && /^by$/i.test(atIndex(doc.tokens, l.token - 1).text),
  );
  if (by) return by.entity;
  // "Tom and Ana were photographed": the people before a photo are in it, not behind the camera.
  if (type === 'photo') return null;
  // A party's host or a guest's appearance is its possessor ("David Beckham's … party", "Ana's appearance").
  // Only words of the noun's own phrase may stand between ("his five siblings on a week-long trip": not his trip).
  const owners = people
    .filter((l) => l.token < first && first - l.token <= ACTOR_REACH)
    .filter((l) => {
      const end = findFrom(doc.tokens, l.token, doc.tokens.length - 1, (t) => t.end >= l.mention.end);
      if (end < 0) return false;
      const owns =
        end + 1 === first ||
        /^['’]s?$/.test(doc.tokens[end + 1]?.text ?? '') ||
        /^(his|her|their)$/i.test(l.mention.text);
      const between = doc.tokens.slice(end + 1, first).filter((t) => !/^['’]s?$/.test(t.text));
      return (
        owns &&
        between.every(
          (t) =>
            /^(ADJ|NOUN|NUM|PROPN|ADV)$/.test(t.pos) ||
            /^([-–]|\d+(st|nd|rd|th))$/.test(t.text) ||
            (t.pos === 'VERB' && /(ed|ing)$/.test(t.text)) ||
            located.some((x) => t.start >= x.mention.start && t.end <= x.mention.end),
        )
      );
    });
  return owners.at(-1)?.entity ?? null;
}

/**
 * The first token from `from` to `to` (inclusive) that fits, or -1. Tokens are in text order, so a search that starts
 * at its own token stops within a few: `tokens.findIndex` from 0 made every lookup walk the whole article (the events
 * stage grew with the square of the text: 4.8 s for 2 MB, 64 s for 8 MB).
 */
function findFrom(tokens: Token[], from: number, to: number, fits: (t: Token) => boolean): number {
  for (let k = Math.max(0, from); k <= to && k < tokens.length; k++) if (fits(atIndex(tokens, k))) return k;
  return -1;
}

function negated(doc: Doc, first: number, floor: number): boolean {
  for (let i = first - 1; i >= Math.max(floor, first - 4); i--) {
    if (NEGATION.test(atIndex(doc.tokens, i).text)) return true;
  }
  return false;
}

// "for 14 years", "every week", "a day later": durations and sets say how long or how often, not when;
// "now" says what holds, not when it happened ("Justin now keeps every promise"). Only a calendar point
// (2005-02-17, 2017-W45, 2016) or a vague past ("recently": PAST_REF) dates an event.
const REFERENCE_TIME = /^(PRESENT|FUTURE)_REF$/;
// Words a reference time may stand from its trigger: "has currently retired" (1), "memorial service at a later date" (3).
const REFERENCE_REACH = 3;
/** A happening (not a saying) whose trigger is within a few words of the time, no comma between. */
function nextTo(doc: Doc, m: EventMention, token: number): boolean {
  if (m.type === 'statement' || m.type === 'report') return false;
  const [from, to] = token < m.first ? [token, m.first] : [m.last, token];
  return to - from <= REFERENCE_REACH && !doc.tokens.slice(from, to).some((t) => t.text === ',');
}
// A calendar date, or a reference time of the clause: "John Deacon has currently retired" (PRESENT_REF), "a memorial
// service at a later date" (FUTURE_REF), "In recent years she appeared" (PAST_REF), bbc-entertainment-138 and 307.
export const datesAnEvent = (time: Time): boolean =>
  (time.type === 'DATE' || time.type === 'TIME') &&
  /^(\d{4}(?!\d)|PAST_REF$|PRESENT_REF$|FUTURE_REF$)/.test(time.value);

// A time dates a trigger of its own clause: the nearest one before it (English puts the time after
// the event it dates: "seen … at around 3 AM", "celebration on Saturday"), else the nearest after it.
// A time no trigger of its clause takes dates the sentence's nearest undated trigger ("The rumour mill
// kicked into overdrive this week after the Daily Mail called her…"), unless that one sits in a
// clause of its own with a verb that has its own time.
function attachTimes(doc: Doc, index: SentenceIndex, s: number, mentions: EventMention[], roles: ClauseRoles): void {
  const left: Array<{ time: Time; token: number }> = [];
  // "were spotted … at the Patron of the Artists Awards 2017 earlier this week": a year that labels an edition of a
  // named event dates it only when nothing else in the sentence does, so it is tried last.
  // ("Kylie Jenner is pregnant and due in February, two sources close to the family told CNN last week", celebrity-176legit:
  // the time right after whoever was told dates the telling, whatever time came before it in the clause; so it goes first.)
  const toldAt = (token: number) => mentions.some((m) => toldThen(doc, roles, m, token));
  // The times inside a noun phrase that no trigger noun took ("In the December issue of Health magazine"): the dating
  // rules may still read them (dating.ts, 'medium-of-saying').
  const attributives: Array<{ time: Time; token: number }> = [];
  const times = [...atIndex(index.times, s)].sort(
    (a, b) =>
      Number(toldAt(b.token)) - Number(toldAt(a.token)) ||
      Number(editionYear(doc, a.token, a.time)) - Number(editionYear(doc, b.token, b.time)),
  );
  for (const { time, token } of times) {
    if (!datesAnEvent(time) || roles.parts.quoted(token) || inTitle(doc, token, time)) continue;
    const clause = roles.clause(token);
    // "the 2006 film", "her 2004 tour": a year inside a noun phrase dates that noun, if it is a trigger, and nothing else.
    const attributive = attributiveAt(doc, token, time);
    // ("Gaga breaks down in tears after her July 2016 split from fiancé Taylor Kinney", celebrity-134legit: after a
    // reference word, a time inside a trigger noun's own phrase still dates that noun.)
    const before = doc.tokens.slice(Math.max(0, token - 3), token).some((t) => REFERENCE.test(t.text));
    if (before && !(attributive && mentions.some((m) => m.first > token && m.first <= token + 5))) {
      // ("They have been married for seven years after meeting in 2010", celebrity-189fake: a trigger between the
      // reference word and the time is what the time dates, inside the reference phrase.)
      const inner = innerOfReference(doc, mentions, token);
      if (inner) inner.time ??= time;
      continue;
    }
    // "the BBC said on Thursday" dates the saying; "said the play's 15 March opening date remains" does not.
    // (A saying by no one named is only there to end a speaker's run: it dates nothing.)
    const fits = (m: EventMention) =>
      !m.anaphor &&
      ((m.rule !== UNNAMED_SAYING && m.rule !== EPITHET_SAYING) || m.actor !== null) &&
      roles.clause(m.first) === clause &&
      (!attributive || (m.first > token && m.first <= token + 5)) &&
      ((m.type !== 'statement' && m.type !== 'report') ||
        token < m.first ||
        token <= m.last + 2 ||
        toldThen(doc, roles, m, token));
    // A present or future reference dates only the happening it sits next to, in its verb group or noun phrase ("John
    // Deacon has currently retired", "a memorial service at a later date"): "Now we know why Taylor Swift nominated…",
    // "Maddox, now 16" and "is now 5/4 favourite" after "has already won the Orange Prize" (bbc-entertainment-007) are
    // about something else. Never a saying: "making plans for the future" looks ahead in what was said.
    const reference = REFERENCE_TIME.test(time.value);
    // "…for the twelfth season of the NBC singing competition, the show announced Tuesday" (celebrity-038legit): a time
    // right after a saying verb dates the saying, told or not, never a happening of the clause before it.
    const said = saidAt(doc, token);
    const pick = nearest(
      mentions.filter(
        (m) =>
          fits(m) && (!reference || nextTo(doc, m, token)) && (!said || m.type === 'statement' || m.type === 'report'),
      ),
      token,
    );
    if (attributive) {
      if (pick) pick.time ??= time;
      else attributives.push({ time, token });
      continue;
    }
    if (pick) pick.time ??= time;
    else if (!reference && !said) left.push({ time, token });
  }
  // What a clause of time, a purpose or the clause a time clause hangs on tells of a mention's date (dating.ts).
  dateByRules({ doc, roles, mentions, attributives });
  for (const { time, token } of left) {
    // "a movie she directed for Netflix (debuting Sept. 15)": a time in brackets dates what the brackets say.
    if (bracketed(doc, roles, token, time)) continue;
    // "Alicia Keys has 12 nominations for the awards, which will be held on 8 December": a relative clause's time
    // dates what the clause says of its noun, not the happening it hangs on.
    if (/^(who|which|whose|where)$/i.test(atIndex(doc.tokens, roles.clause(token).first).text)) continue;
    // (Not into a relative clause: "Clark, who produces the Golden Globes, disclosed last year…".)
    const pick = nearest(
      mentions.filter(
        (m) =>
          !m.anaphor &&
          !m.time &&
          m.type !== 'statement' &&
          !/^(who|which|whose)$/i.test(atIndex(doc.tokens, roles.clause(m.first).first).text),
      ),
      token,
    );
    if (pick) pick.time = time;
  }
  // Once more with the times just placed: "attended the telethon – which … — on Tuesday where she sang"
  // (celebrity-118legit) dates the telethon only here, and the singing by it.
  if (left.length) dateByRules({ doc, roles, mentions, attributives });
}

// A couple's happenings: one person alone cannot do them.
const COUPLED: ReadonlySet<string> = new Set(['split', 'wedding', 'engagement', 'dating', 'reconciliation', 'romance']);

/**
 * "Josh Duhamel was tired of his pop-star wife Fergie’s “partying” before their breakup" (celebrity-167fake): "their"
 * before a couple's happening is both of them when coreference linked it to both, though the event took it for one.
 * (Not the last person named before it: "the pair … their split" after "daughter Blue Ivy" is not her split.)
 */
function partnerOf(doc: Doc, roles: ClauseRoles, read: Read, first: number): Entity | null {
  const people = read.participants.filter((e) => e.type === 'person');
  if (!COUPLED.has(read.type) || people.length !== 1) return null;
  const one = atIndex(people, 0);
  for (let i = roles.clause(first).first; i < first; i++) {
    const l = roles.at(i);
    if (!l || !/^(their|they)$/i.test(atIndex(doc.tokens, i).text)) continue;
    // (Coreference may have linked "their" to both: then the other is the one it names besides.)
    const shared = roles.sharing(l);
    if (shared.includes(one)) return shared.find((e) => e !== one && e.type === 'person') ?? null;
  }
  return null;
}

/** The trigger between a reference word ("after", "since") and the time at `token` right after it: "after meeting in 2010". */
function innerOfReference(doc: Doc, mentions: EventMention[], token: number): EventMention | undefined {
  let ref = token - 1;
  while (ref >= Math.max(0, token - 3) && !REFERENCE.test(atIndex(doc.tokens, ref).text)) ref--;
  return mentions.filter((m) => !m.anaphor && m.first > ref && m.last < token && sayingFree(m)).at(-1);
}
const sayingFree = (m: EventMention): boolean => m.type !== 'statement' && m.type !== 'report';

/**
 * Whether the time at `token` comes right after a saying verb in the active voice ("the show announced Tuesday", "said
 * on Monday"). Not a noun ("renewed their vows two years ago") nor a passive: "the award winners were announced on
 * Tuesday" tells when the awards were given.
 */
function saidAt(doc: Doc, token: number): boolean {
  let j = token - 1;
  if (/^on$/i.test(doc.tokens[j]?.text ?? '')) j--;
  const verb = doc.tokens[j];
  return (
    verb !== undefined &&
    verb.sentence === atIndex(doc.tokens, token).sentence &&
    verb.pos === 'VERB' &&
    SAYING.has(verb.text.toLowerCase()) &&
    !/^(is|are|was|were|be|been|being|the|a|an|his|her|their|its|our|my|your)$/i.test(doc.tokens[j - 1]?.text ?? '')
  );
}

/**
 * "Jean Shafiroff … told the New York Post earlier this month that…" (celebrity-012legit): a time right after whoever
 * is told dates the telling, as one right after the verb does.
 */
function toldThen(doc: Doc, roles: ClauseRoles, m: EventMention, token: number): boolean {
  if (!/^(told|tells)$/i.test(atIndex(doc.tokens, m.last).text) || token > m.last + 8) return false;
  const heard = roles.at(m.last + 1) ?? roles.at(m.last + 2);
  return heard !== undefined && token === tokenIndexAfter(roles, heard);
}

function tokenIndexAfter(roles: ClauseRoles, l: Located): number {
  let i = l.token;
  while (roles.at(i + 1) === l) i++;
  return i + 1;
}

/**
 * Whether the clause of `token` is a bracketed aside that says more than the time: "(debuting Sept. 15)", "(Mind of
 * Mine, released in March 2016)"; not a date told again in brackets, "Monday (March 27) night".
 */
function bracketed(doc: Doc, roles: ClauseRoles, token: number, time: Time): boolean {
  const c = roles.clause(token);
  if (doc.tokens[c.first - 1]?.text !== '(' && atIndex(doc.tokens, c.first).text !== '(') return false;
  return doc.tokens
    .slice(c.first, c.last + 1)
    .some((t) => t.pos !== 'PUNCT' && (t.start < time.start || t.end > time.end));
}

// "Awards 2017", "Coachella 2019", "Glastonbury 2016": a bare year right after a capitalised name word.
function editionYear(doc: Doc, token: number, time: Time): boolean {
  const before = doc.tokens[token - 1];
  return (
    /^\d{4}$/.test(time.text) &&
    before !== undefined &&
    before.sentence === atIndex(doc.tokens, token).sentence &&
    (before.pos === 'PROPN' || before.pos === 'NOUN') &&
    /^\p{Lu}/u.test(before.text) &&
    !MONTH.test(before.text)
  );
}
const MONTH = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;

function attributiveAt(doc: Doc, token: number, time: Time): boolean {
  const { tokens } = doc;
  const end = findFrom(tokens, token, tokens.length - 1, (t) => t.end >= time.end);
  const before = tokens[token - 1];
  const after = tokens[end + 1];
  // "Last week's number one album", "2001's A Beautiful Mind": a time that owns a noun.
  if (/^['’]s$/.test(after?.text ?? '')) return true;
  // "the 2006 film", "her 2004 tour", "ITV1's Saturday morning children's music show".
  return (
    before !== undefined &&
    after !== undefined &&
    (/^(the|a|an|['’]s|his|her|their|its)$/i.test(before.text) ||
      (before.pos === 'DET' && /^\d{4}$/.test(time.text))) &&
    (after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'PROPN')
  );
}

// "Saturday Night Takeaway", "the Tonight Show": a time in title case running into a capitalised name is part of that name.
function inTitle(doc: Doc, token: number, time: Time): boolean {
  const end = findFrom(doc.tokens, token, doc.tokens.length - 1, (t) => t.end >= time.end);
  const after = doc.tokens[end + 1];
  const before = doc.tokens[token - 1];
  const titleCase = /^\p{Lu}\p{Ll}*(\s+\p{Lu}\p{Ll}*)+$/u.test(time.text);
  // "Suddenly Last Summer": a capitalised word before it, mid-sentence, is a title's too.
  const capitalBefore =
    before !== undefined &&
    before.sentence === atIndex(doc.tokens, token).sentence &&
    /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
    atIndex(doc.sentences, before.sentence).firstToken !== token - 1 &&
    before.pos !== 'DET' &&
    !/^(On|In|At|By|Last|Next|This|Since|Until|From)$/.test(before.text);
  // "Come Tomorrow", "the Tonight Show": a capitalised "Today" or "Tomorrow" mid-sentence is a name's.
  if (
    /^(Today|Tonight|Tomorrow|Yesterday|Now)$/.test(time.text) &&
    atIndex(doc.sentences, atIndex(doc.tokens, token).sentence).firstToken !== token
  )
    return true;
  return (
    titleCase &&
    (capitalBefore ||
      (after !== undefined &&
        after.pos === 'PROPN' &&
        /^\p{Lu}/u.test(after.text) &&
        !/^(January|February|March|April|May|June|July|August|September|October|November|December)$/.test(after.text)))
  );
}

function nearest(candidates: EventMention[], token: number): EventMention | undefined {
  const preceding = candidates.filter((m) => m.last < token);
  return preceding.length > 0
    ? preceding.reduce((a, b) => (b.last > a.last ? b : a))
    : candidates.reduce<EventMention | undefined>((a, b) => (!a || b.first < a.first ? b : a), undefined);
}

function attachPlaces(index: SentenceIndex, s: number, mentions: EventMention[], roles: ClauseRoles): void {
  for (const { entity, token } of atIndex(index.entities, s)) {
    if (entity.type !== 'place') continue;
    let best: EventMention | undefined;
    let distance = Infinity;
    for (const m of mentions) {
      if (roles.clause(m.first) !== roles.clause(token) && m.clausal) continue;
      const d = token > m.last ? token - m.last : m.first - token;
      if (d < distance) {
        best = m;
        distance = d;
      }
    }
    if (best && !best.place) best.place = entity;
  }
}
