// One article's claims → evidence rows, each keyed to the story (proposition) it bears on.
import type { Claim, Entity, Event, Extraction, HolderKind } from '../extract/index.ts';
import { cues } from '../extract/names/index.ts';
import { inflect } from '../extract/claims/open.ts';
import { escapeRegExp } from '../extract/text/patterns.ts';
import openClaims from '../../data/lexicons/open-claims.json' with { type: 'json' };
import type { EntityRow, EvidenceRow, TimelineRow } from '../store/index.ts';
import { stableId } from './ids.ts';
import { OBSERVATION_EVENTS } from './priors.ts';
import { claimSource } from './sources.ts';
import { COURSES } from './stages.ts';
import { at } from '../invariant/index.ts';

export type StoryKey = {
  id: string;
  key: string;
  type: string;
  value: string;
  subjects: EntityRow[];
  /** What the proposition is done to, when the claim names it (propositionObject): the work, the organisation. */
  object?: EntityRow;
};

/**
 * Relationship claims about one pair are one story whatever stage they name (dating, engaged, split):
 * the stages are its course, not rival propositions; so are a feud and its end, a pregnancy and the birth.
 * Other claims are keyed by their value too, and by their object when they name one (propositionObject): "Harvey
 * Weinstein says he will sue the New York Times" and "sued the Weinstein Company" are two lawsuits.
 */
export function storyKey(claim: Claim, subjects: EntityRow[], object?: EntityRow | null): StoryKey {
  const sorted = [...subjects].sort((a, b) => a.id.localeCompare(b.id));
  const ids = sorted.map((s) => s.id).join('+');
  // The object goes before the subjects: keys end in ":" + the subjects' ids (lone-names.ts keyWith replaces them).
  const of = object ? `@${object.id}` : '';
  // A course (relationship, feud, pregnancy: COURSES) is one story whatever stage a claim names.
  const key = COURSES[claim.type] ? `${claim.type}:${ids}` : `${claim.type}:${claim.value.toLowerCase()}${of}:${ids}`;
  return {
    id: stableId('s', key),
    key,
    type: claim.type,
    value: claim.value,
    subjects: sorted,
    ...(object && !COURSES[claim.type] ? { object } : {}),
  };
}

/** Entities a proposition may be done to: a record, a film, a company, a newspaper (not a place, not a person). */
const OBJECT_TYPES = new Set(['work', 'organization', 'outlet']);

/** The predicate's forms for each open claim (data/lexicons/open-claims.json): "sue" → sue, sues, sued, suing. */
const PREDICATE_FORMS = new Map<string, RegExp>(
  [
    ...(openClaims.predicates as Array<{ type: string; value: string; verbs?: string[] }>)
      .reduce((byClaim, p) => {
        const key = `${p.type}/${p.value}`;
        const forms = (p.verbs ?? []).flatMap((v) => inflect(v).map(([form]) => form));
        return byClaim.set(key, [...(byClaim.get(key) ?? []), ...forms]);
      }, new Map<string, string[]>())
      .entries(),
  ]
    .filter(([, forms]) => forms.length > 0)
    .map(([key, forms]) => [
      key,
      new RegExp(
        String.raw`(?<!\p{L})(?:${forms
          .map((f) =>
            f
              .split(' ')
              .map(escapeRegExp)
              .join(String.raw`\s+`),
          )
          .join('|')})(?!\p{L})`,
        'giu',
      ),
    ]),
);

/**
 * What may stand between the predicate and its object: determiners, possessives and lowercase modifiers ("sue the New
 * York Times", "released her album 1989", "dropped her much anticipated music album “Reputation”"), and "a lawsuit
 * against". No preposition ("won the best actor award for Ray" is no award "of Ray"), no comma, no other name.
 */
const TO_OBJECT =
  /^(?:\s+(?!(?:for|at|in|on|with|by|from|to|of|after|before|over|into|about|as|than|like)\b)[\p{Ll}'’-]+){0,5}\s+["“‘']?$/u;

/**
 * What a claim's proposition is done to, as ordered rules; the first that finds one names it. Only for claims that are
 * no course (a relationship's stages are one story) and no casting (its work is a subject already); a claim that names
 * nothing keeps the story of its type and value, so one person's one health scare told by many articles stays one.
 */
export const OBJECT_RULES: Array<{
  name: string;
  find: (claim: Claim, extraction: Extraction, entities: Map<string, EntityRow>) => EntityRow | null;
}> = [
  // The extractor's own reading: a work among the claim's subjects or implied, which storySubjects leaves out of the
  // story's people ("her sixth studio album Lemonade" is Beyoncé's, not a subject of the story).
  {
    name: 'work-subject',
    find: (claim, _extraction, entities) => {
      const named = [...claim.subjects, ...(claim.implied ?? [])]
        .map((id) => entities.get(id))
        .filter((e): e is EntityRow => !!e);
      // A work alone is the subject itself, no object (wellFormed turns the claim down).
      if (!named.some((e) => e.type === 'person' || e.type === 'group')) return null;
      return named.find((e) => e.type === 'work') ?? null;
    },
  },
  // The first work, organisation or outlet named right after the claim's predicate in its sentence: "Harvey Weinstein
  // says he will sue the New York Times" (celebrity-163fake), "sued the Weinstein Company on Thursday"
  // (celebrity-163legit), "Taylor has just dropped her much anticipated music album “Reputation”" (celebrity-154fake).
  { name: 'named-after-predicate', find: namedAfterPredicate },
  // An award's ceremony or prize named in its sentence: "Clive Owen, who has scooped both the Golden Globe and the
  // Bafta" (bbc-entertainment-064) is a win of the Golden Globe, not of every prize he is said to win.
  { name: 'award-event', find: awardEvent },
];

/** The first event (a ceremony, a prize) the claim's sentence names, for an award claim. */
function awardEvent(claim: Claim, extraction: Extraction, entities: Map<string, EntityRow>): EntityRow | null {
  if (claim.type !== 'award') return null;
  const { start, end } = claim.evidence;
  const first = extraction.entities
    .filter((e) => e.type === 'event' && entities.has(e.id))
    .flatMap((e) =>
      e.mentions
        .filter((m) => (m.kind === 'name' || m.kind === 'alias') && m.start >= start && m.end <= end)
        .map((m) => ({ id: e.id, at: m.start })),
    )
    .sort((a, b) => a.at - b.at)[0];
  return first ? (entities.get(first.id) ?? null) : null;
}

/**
 * Claims whose words name no other proposition after their verb: where a star performs ("performed his
 * specially-written song Freedom" at the Super Bowl, bbc-entertainment-133; "will play Hampden") is the tour's detail.
 */
const NO_OBJECT = new Set(['career/tour']);

function namedAfterPredicate(claim: Claim, extraction: Extraction, entities: Map<string, EntityRow>): EntityRow | null {
  const forms = PREDICATE_FORMS.get(`${claim.type}/${claim.value}`);
  if (!forms || NO_OBJECT.has(`${claim.type}/${claim.value}`)) return null;
  const { start, end, text } = claim.evidence;
  const mentions = extraction.entities
    .filter((e) => OBJECT_TYPES.has(e.type) && entities.has(e.id))
    .flatMap((e) =>
      e.mentions
        .filter((m) => (m.kind === 'name' || m.kind === 'alias') && m.start >= start && m.end <= end)
        .map((m) => ({ entity: e, start: m.start - start })),
    )
    .sort((a, b) => a.start - b.start);
  if (mentions.length === 0) return null;
  for (const verb of text.matchAll(forms)) {
    const after = verb.index + verb[0].length;
    const next = mentions.find((m) => m.start >= after);
    if (next && TO_OBJECT.test(text.slice(after, next.start))) return entities.get(next.entity.id) ?? null;
  }
  return null;
}

/** The object of a claim's proposition by OBJECT_RULES, or null (always null for a course or a casting). */
export function propositionObject(
  claim: Claim,
  extraction: Extraction,
  entities: Map<string, EntityRow>,
): EntityRow | null {
  if (COURSES[claim.type] || WORK_STORIES.has(claim.type)) return null;
  for (const rule of OBJECT_RULES) {
    const found = rule.find(claim, extraction, entities);
    if (found) return found;
  }
  return null;
}

/** One event as a row of its story's timeline (story.ts timelineOf orders a story's rows into its timeline). */
function timelineRow(event: Event, extraction: Extraction, holder: HolderKind): TimelineRow {
  const published = extraction.article.published ?? '';
  const value = event.time?.value ?? '';
  const day =
    event.time?.range ??
    (/^\d{4}-\d{2}-\d{2}/.test(value) ? { start: value.slice(0, 10), end: value.slice(0, 10) } : null);
  return {
    start: day?.start ?? published,
    end: day?.end ?? published,
    type: event.type,
    summary: event.summary,
    article: extraction.article.id,
    holder,
  };
}

/** What a story's subjects must be, by claim type, after resolution: anything else is an extraction slip. */
const SHAPES: Array<{ name: string; types: string[] | 'any'; test: (subjects: EntityRow[]) => boolean }> = [
  // A story is about someone: "Surf show Baywatch has won the title of worst TV import of all time" (BBC) and "Long-
  // running soap EastEnders won the best popular drama moment title" rate a show, not a person a fact-checker follows.
  // A band is someone (REM's tour is theirs); a work, an event or a place alone is not.
  { name: 'about-someone', types: 'any', test: (s) => s.some((e) => e.type === 'person' || e.type === 'group') },
  // Claims between two parties need exactly two distinct ones.
  { name: 'two-parties', types: ['relationship', 'feud'], test: (s) => s.length === 2 },
  // "Tom Hanks is cast" in what? A casting names the person and the work (or the article's work, claim.implied);
  // without the work it is no story a fact-checker can rate, and it split the Pattinson casting in two.
  {
    name: 'person-and-work',
    types: ['casting'],
    test: (s) => s.some((e) => e.type === 'person') && s.some((e) => e.type !== 'person'),
  },
];

/**
 * Claims that make no story; they stay in the extraction, for the article page and the API.
 * - chart: counted, not claimed: a placing is the chart's own tally ("Doves went straight in at number one").
 * - statement: someone's words in no proposition the ledger can rate ('Agent Simon Beresford said: "She was just an
 *   absolutely favourite client…"'): who said what, not a rumour that can come true.
 */
export const STORYLESS = new Set(['chart', 'statement']);

export function wellFormed(type: string, subjects: EntityRow[]): boolean {
  return SHAPES.every((shape) => (shape.types !== 'any' && !shape.types.includes(type)) || shape.test(subjects));
}

/** The article's credibility score; extractions stored before it existed have none. */
function credibilityOf(extraction: Extraction): number | null {
  const score = (extraction.article.credibility as Extraction['article']['credibility'] | undefined)?.score;
  return typeof score === 'number' && Number.isFinite(score) ? score : null;
}

/**
 * Rows that cannot start a story: `unrelated` holds the ids of two-party claims whose sentence does not relate the two
 * (see relatesThePair); `afterDeath` the article's own health claims about someone it reports dead (diedOf). They join
 * a story that other evidence starts, before or after them (ingest holds them).
 */
export type ArticleEvidence = {
  stories: Map<string, StoryKey>;
  rows: EvidenceRow[];
  unrelated?: Set<string>;
  afterDeath?: Set<string>;
};

/** A death the article itself reports: asserted or confirmed, not a hoax it denies ("X is not dead") or a guess. */
const REPORTED = new Set(['asserts', 'confirms']);

/**
 * The people (ledger ids) whose death the article reports. Their illness is the death's history, not a story of its
 * own: "Merle Kilgore ... has died of congestive heart failure aged 70. ... Kilgore had heart surgery in 2004 and was
 * also diagnosed with lung cancer" (bbc-entertainment-119, an obituary) and "Peel died after suffering a heart attack
 * in Peru in October" (bbc-entertainment-231) made health stories of the dead that nobody could still rate. Only
 * the article's own account: a source's revelation about the dead ("An attorney for Prince's half-siblings said they
 * revealed the singer had an addiction to Percocet decades before he died", celebrity-029legit) is news.
 */
function diedOf(extraction: Extraction, entities: Map<string, EntityRow>): Set<string> {
  return new Set(
    extraction.claims
      .filter((c) => c.type === 'death' && REPORTED.has(c.stance))
      .flatMap((c) => c.subjects.map((id) => entities.get(id)?.id).filter((id): id is string => !!id)),
  );
}

/** Words that speak of the two together: "the pair", "their", "each other". */
const TOGETHER_WORDS =
  /\b(?:they|them|their|theirs|the pair|the couple|the two|both|the duo|the lovebirds|each other|one another)\b/i;
/** In a party's own words, "we" is the two of them ("We're friends"); in an article's, it is the writers. */
const SPEAKER_TOGETHER = /\b(?:we|us|our)\b/i;
/**
 * Words that name the other party through the one named: "her fiancé", "his new romance", "a rift with"; "this truce
 * between two of pop's biggest names" (The Mercury News on Perry's cookies for Swift, 2019).
 */
const PARTNER_WORDS =
  /\b(?:girlfriend|boyfriend|wife|husband|fianc[ée]e?|partner|ex|ex-wife|ex-husband|beau|lover|spouse|romance|relationship|nuptials|wedding|engagement|rival|rivalry|enemy|nemesis|feud|falling-out|truce)\b/i;

/** Kinship: "Serena's sister, Venus Williams" names two sisters, not a couple. The kin words are cues.json's "kin". */
const KIN = `(?:${[...cues.kin].map(escapeRegExp).join('|')})`;

/** A kin word anywhere in a sentence: most have none, and then no name-built pattern need be compiled. */
const ANY_KIN = new RegExp(String.raw`${KIN}s?\b`, 'i');

/** The capitalised words of a name ("Venus Williams" → Venus, Williams). */
const capitalWords = (e: Entity): string[] => e.name.split(/\s+/).filter((w) => /^\p{Lu}\p{L}/u.test(w));

/** The capitalised words of a name, as alternatives for a pattern ("Venus Williams" → "Venus|Williams"). */
const nameWords = (e: Entity): string => capitalWords(e).map(escapeRegExp).join('|');

/**
 * Whether the sentence makes the two kin (celebrity corpus: "Serena's sister, Venus Williams, looked gorgeous in her
 * custom bridesmaid dress" made the sisters "married"): one named as the other's sister, brother, mother…, or both as
 * "sisters"/"brothers". A relationship claim on kin is no story; other pairs in the sentence are untouched.
 */
export function kinInSentence(claim: Claim, extraction: Extraction): boolean {
  if (claim.type !== 'relationship' || !ANY_KIN.test(claim.evidence.text)) return false;
  const parties = partiesOf(claim, extraction);
  if (parties.length !== 2) return false;
  const [a, b] = parties.map(nameWords);
  if (!a || !b) return false;
  const text = claim.evidence.text;
  const of = (x: string, y: string) =>
    new RegExp(
      String.raw`(?<!\p{L})(?:${x})['’]s?\s+(?:[\p{Ll}-]+\s+)?${KIN}s?,?\s+(?:\p{Lu}[\p{L}.-]*\s+)*?(?:${y})(?!\p{L})`,
      'u',
    ).test(text);
  const both = new RegExp(
    String.raw`\b(?:sisters|brothers|siblings|twins)\s+(?:${a}|${b})(?!\p{L})[^.;]{0,40}?\band\s+(?:\p{Lu}[\p{L}.-]*\s+)*?(?:${a}|${b})(?!\p{L})`,
    'u',
  ).test(text);
  return of(a, b) || of(b, a) || both;
}

/** Words for children or siblings together: "their kids Prince George and Princess Charlotte". */
const KIN_GROUP = String.raw`(?:sisters|brothers|siblings|twins|kids|children|sons|daughters)`;
const ANY_KIN_GROUP = new RegExp(String.raw`\b${KIN_GROUP}\b`, 'i');

/** The claim's subjects as the article's entities (a subject id the extraction lacks is left out). */
const partiesOf = (claim: Claim, extraction: Extraction): Entity[] =>
  claim.subjects.map((id) => extraction.entities.find((e) => e.id === id)).filter((e): e is Entity => !!e);

// "X's sister Y", "her brother, James": X's mention, a possessive, at most one word, the kin word, then Y's mention
// (or the kin word is itself Y's mention). Compiled once: kinInArticle runs for every relationship claim at ingest.
const KIN_BETWEEN = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+)?${KIN}s?(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*?(?<y>.+))?$`,
  'u',
);
const KIN_GROUP_BEFORE = new RegExp(String.raw`\b${KIN_GROUP}\s+(?:\p{Ll}+\s+)?$`, 'u');

/**
 * Whether the article anywhere names the two as kin, by their mentions: "with her brother, James" (celebrity-144legit,
 * where the pronoun is Angelina Jolie's and "brother" a mention of James), "Jenner's older sister Kim Kardashian West",
 * "their kids Prince George and Princess Charlotte" (celebrity-044fake). A sentence elsewhere that puts the two together
 * ("Angelina and James attended…") does not make them a couple; kinInSentence reads the claim's own sentence.
 */
export function kinInArticle(claim: Claim, extraction: Extraction, text: string): boolean {
  if (claim.type !== 'relationship' || (!ANY_KIN.test(text) && !ANY_KIN_GROUP.test(text))) return false;
  const parties = partiesOf(claim, extraction);
  if (parties.length !== 2) return false;
  const [a, b] = parties as [Entity, Entity];
  const mentionsOf = (e: Entity) => [...e.mentions, ...(e.jointMentions ?? [])];
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const)
    for (const m of mentionsOf(x))
      for (const n of mentionsOf(y)) {
        if (n.end <= m.end || n.start - m.end > 40) continue;
        const between = KIN_BETWEEN.exec(text.slice(m.end, n.end));
        if (between && (between.groups?.y === undefined ? n.start >= m.end : between.groups.y === n.text)) return true;
        if (
          /^\s+and\s+$/u.test(text.slice(m.end, n.start)) &&
          KIN_GROUP_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))
        )
          return true;
      }
  return false;
}

/**
 * What joins a party to their own partner now: "married", "is engaged to", "'s wife", "wife of". Not a split: "Her split
 * from Mac Miller … and now People says she is 'casually' seeing Pete Davidson" (The Guardian, 2018) is about the new pair.
 */
const PARTNERED_TO = String.raw`(?:\s+(?:has\s+|had\s+|recently\s+|just\s+|then\s+)?(?:married|wed|weds|(?:is|was|got|were)\s+(?:married|engaged)\s+to|(?:is|was|began|started)\s+dating)|['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:husband|wife|boyfriend|girlfriend|fianc[ée]e?|spouse)|\s+(?:husband|wife|boyfriend|girlfriend|fianc[ée]e?|spouse)\s+of)\s*,?\s+(?:(?:[\p{Ll}-]+|\p{Lu}[\p{L}-]*(?=\s+\p{Ll}))\s+){0,3}$`;

const PARTNERED_TAIL = new RegExp(`^${PARTNERED_TO}`, 'u');

/** A mention that is itself a partner noun: "the 36-year-old wife" (of Kanye West). */
const PARTNER_MENTION = /\b(?:husband|wife|boyfriend|girlfriend|fianc[ée]e?|spouse)$/iu;

/**
 * Someone a sentence names only by a noun, a friend or kin, as the possessor of a partner: "her good friend's lying and
 * cheating estranged husband, Ben" (celebrity-150fake). The kin words are cues.json's "kin".
 */
const ANOTHERS = `(?:${['friend', 'pal', 'bestie', 'buddy', 'colleague', ...cues.kin].map(escapeRegExp).join('|')})`;
const PARTNER_OF_ANOTHER = new RegExp(
  String.raw`(?<!\p{L})${ANOTHERS}s?['’]s?\s+(?:[\p{Ll}-]+\s+){0,4}(?:husband|wife|boyfriend|girlfriend|fianc[ée]e?|spouse|ex-husband|ex-wife|ex)\s*,?\s*$`,
  'u',
);

/**
 * Whether one party is named as the partner of a third person the sentence calls only by a noun: "Sources say Chelsea
 * \"is foaming at the mouth wanting to publicly unload on her good friend's lying and cheating estranged husband, Ben\""
 * (celebrity-150fake) made Chelsea Handler and Ben Affleck a married pair; Ben is the friend's husband. The possessor
 * is a friend or kin word, never an epithet that may be the other party ("the singer's husband, Jay Z").
 */
function partnerOfAnother(parties: Entity[], start: number, end: number, text: string): boolean {
  return parties.some((party) =>
    party.mentions.some(
      (m) =>
        (m.kind === 'name' || m.kind === 'alias') &&
        m.start >= start &&
        m.end <= end &&
        PARTNER_OF_ANOTHER.test(text.slice(Math.max(start, m.start - 80), m.start)),
    ),
  );
}

/** What joins a third person to the partner noun that follows: "Lisa Hochstein and her plastic surgeon husband". */
const OWNS_THE_NOUN = /^(?:['’]s?|\s*,?\s+(?:and|with)\s+(?:her|his))\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

/**
 * Whether a party is named in the sentence by a partner noun that a third person owns: "The outspoken comedian couldn't
 * stand living near Lisa Hochstein and her plastic surgeon husband Dr. Lenny \"Boob God\" Hochstein"
 * (celebrity-066fake) made Rosie O'Donnell and Lenny Hochstein a married pair; "husband" is Lisa's.
 */
function partnerNounOfAThird(
  parties: Entity[],
  others: Entity[],
  within: (m: { start: number; end: number }) => boolean,
  text: string,
): boolean {
  return parties.some((party) =>
    party.mentions
      .filter((m) => within(m) && PARTNER_MENTION.test(m.text))
      .some((m) =>
        others.some((other) =>
          other.mentions.some(
            (n) =>
              within(n) && n.end <= m.start && m.start - n.end <= 40 && OWNS_THE_NOUN.test(text.slice(n.end, m.start)),
          ),
        ),
      ),
  );
}

/**
 * Whether the claim's sentence gives one party a partner who is someone else: "Kanye West … skipped the celebrity
 * wedding of the season when tennis great Serena Williams married Reddit founder Alexis Ohanian" (celebrity-111fake)
 * made West and Williams a married pair; "the 36-year-old wife of Kanye West" (celebrity-109fake) made Kim Kardashian
 * and Kylie Jenner one. The pair is not the sentence's couple when one of them is partnered to a third person by name,
 * or to one called only "her good friend" (partnerOfAnother).
 */
export function partneredElsewhere(claim: Claim, extraction: Extraction, text: string): boolean {
  if (claim.type !== 'relationship' || text === '') return false;
  const { start, end } = claim.evidence;
  const parties = partiesOf(claim, extraction);
  if (parties.length !== 2) return false;
  if (partnerOfAnother(parties, start, end, text)) return true;
  const within = (m: { start: number; end: number }) => m.start >= start && m.end <= end;
  const others = extraction.entities.filter((e) => e.type === 'person' && !parties.includes(e));
  if (partnerNounOfAThird(parties, others, within, text)) return true;
  for (const party of parties)
    for (const m of party.mentions.filter(within)) {
      for (const other of others)
        for (const n of other.mentions.filter((x) => x.kind === 'name' && within(x) && x.start >= m.end)) {
          if (n.start - m.end > 60) continue;
          const between = text.slice(m.end, n.start);
          // "the 36-year-old wife" + " of " + Kanye West: the mention may be the partner noun itself.
          if (/^\s+of\s+$/u.test(between) ? PARTNER_MENTION.test(m.text) : PARTNERED_TAIL.test(between)) return true;
        }
    }
  return false;
}

/** The partner nouns a name may own or follow ("beau", "hubby" and "partner" too). */
const PARTNER_NOUN = String.raw`(?:husband|hubby|wife|boyfriend|girlfriend|fianc[ée]e?|beau|spouse|partner)`;

/** A partner noun a name owns: "Cheryl Cole's beau", "Reggie Bush's wife". */
const PARTNER_AFTER_NAME = new RegExp(String.raw`^['’]s?\s+(?:[\p{Ll}-]+\s+)?${PARTNER_NOUN}\b`, 'u');

/** A partner noun right before a name: "with boyfriend Younes Bendjima", "his now wife Angelina Jolie". */
const PARTNER_BEFORE_NAME = new RegExp(String.raw`\b${PARTNER_NOUN}\s*,?\s*$`, 'u');

/** Any word that may tell a couple: a stage, a partner noun, "the pair", "broke up", "together". */
const TELLS_A_COUPLE =
  /\b(?:dat(?:e|ed|es|ing)|married|marry|marries|marrying|marriage|wed|weds|wedding|engaged|engagement|propos\w*|romance|romantic|relationship|couple|pair|together|split|splits|separat\w*|divorc\w*|broke\s+up|break-?up|love|lovers?|kiss\w*|hook(?:ed|ing)?\s+up|fling|affair|ex|husband|hubby|wife|boyfriend|girlfriend|fianc[ée]e?|beau|spouse|partner)\b/iu;

/**
 * Whether the sentence's partner words all name third persons and nothing else in it tells a couple: "Of her famous
 * family, Kourtney and Kim Kardashian attended the bash with boyfriend Younes Bendjima and hubby Kanye West in tow"
 * (celebrity-158legit) made the sisters a dating pair, "Mr Lush added that Nancy Sorrell's chances of an early
 * departure had increased since the surprise arrival of husband Vic Reeves" (bbc-entertainment-223) a married one.
 * A sentence that also says "broke up", "the couple" or a partner word of its own keeps the pair: "Brad and Jen broke
 * up after the 51-year-old actor made the movie Mr and Mrs Smith with his now wife Angelina Jolie" (celebrity-005legit).
 */
export function othersPartners(claim: Claim, extraction: Extraction, text: string): boolean {
  if (claim.type !== 'relationship' || text === '') return false;
  const { start, end } = claim.evidence;
  const parties = partiesOf(claim, extraction);
  if (parties.length !== 2) return false;
  const names = (e: Entity) =>
    e.mentions.filter((m) => (m.kind === 'name' || m.kind === 'alias') && m.start >= start && m.end <= end);
  /** The partner noun right before a mention, as a span of the article's text, if there is one. */
  const partnerWord = (m: { start: number }): { start: number; end: number } | null => {
    const before = text.slice(Math.max(start, m.start - 25), m.start);
    const hit = PARTNER_BEFORE_NAME.exec(before);
    return hit ? { start: m.start - before.length + hit.index, end: m.start } : null;
  };
  const inSentence = (e: Entity) => e.mentions.filter((m) => m.start >= start && m.end <= end);
  /** The partner noun right after a mention, "Cheryl Cole's beau": the noun is that person's partner. */
  const ownedWord = (m: { end: number }): { start: number; end: number } | null => {
    const hit = PARTNER_AFTER_NAME.exec(text.slice(m.end, Math.min(end, m.end + 40)));
    return hit ? { start: m.end, end: m.end + hit[0].length } : null;
  };
  /** A mention that is itself a partner noun, "her ex-boyfriend" (Reggie Bush). */
  const nounMention = (m: { start: number; end: number; text: string }) =>
    PARTNER_MENTION.test(m.text) ? { start: m.start, end: m.end } : null;
  if (parties.some((p) => names(p).some((m) => partnerWord(m) !== null))) return false;
  // "Kim and her husband": a partner noun that is a party's own mention tells the pair.
  if (parties.some((p) => inSentence(p).some((m) => nounMention(m) !== null))) return false;
  const thirdPersons = extraction.entities.filter((e) => e.type === 'person' && !parties.includes(e));
  const thirds = [
    ...thirdPersons.flatMap(names).map(partnerWord),
    // "Cheryl Cole's beau stopped by Music Choice … asked about … Harry's 'Sign of the Times'" (celebrity-197fake) made
    // Harry Styles and Liam Payne a dating pair; "Lawrence also asked if Kardashian thought it was a coincidence her
    // ex-boyfriend Reggie Bush's wife 'looked like you'" (celebrity-157legit) made Lawrence and Kardashian a married one.
    ...thirdPersons.flatMap(inSentence).map(ownedWord),
    ...thirdPersons.flatMap(inSentence).map(nounMention),
  ].filter((w): w is { start: number; end: number } => w !== null);
  if (thirds.length === 0) return false;
  // The sentence without the partner words that name the third persons (blanked, so the spans may overlap): does
  // anything left tell a couple?
  const rest = text
    .slice(start, end)
    .split('')
    .map((ch, i) => (thirds.some((w) => start + i >= w.start && start + i < w.end) ? ' ' : ch))
    .join('');
  return !TELLS_A_COUPLE.test(rest);
}

/**
 * A relationship or a feud needs a clause that relates the two, not two names in one article: "Amid all the fuss… he
 * embarked upon a tortuous relationship with his co-star, Kristen Stewart" made Robert Pattinson and the director David
 * Michôd a dating pair, "Diana married into the royal family" Diana and the friend who told the story a married one.
 * A party is in the sentence by a mention, a word of their name, or as its speaker; the two are related when both
 * are, or when the sentence speaks of them together ("the couple"), or names one with a partner word ("her fiancé").
 */
export function relatesThePair(claim: Claim, extraction: Extraction): boolean {
  if (claim.type !== 'relationship' && claim.type !== 'feud') return true;
  const { start, end, text } = claim.evidence;
  const parties = partiesOf(claim, extraction);
  if (parties.length !== 2) return true;
  const inSentence = (e: Entity) =>
    claim.holder.entity === e.id ||
    [...e.mentions, ...(e.jointMentions ?? [])].some((m) => m.start >= start && m.end <= end) ||
    capitalWords(e).some((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(text));
  const named = parties.filter(inSentence).length;
  const speaker = parties.some((e) => e.id === claim.holder.entity);
  // "This A+ list singer with the A+ list husband said she wouldn't perform … if this other A+ list singer was present"
  // (a blind item, celebrity-099fake): neither party is named, so who the two are is the coreference's guess, and a
  // guess starts no story. A name (or a word of it), or a party speaking, anchors the sentence to one of them.
  const byName = (e: Entity) =>
    e.mentions.some((m) => (m.kind === 'name' || m.kind === 'alias') && m.start >= start && m.end <= end) ||
    capitalWords(e).some((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(text));
  if (!speaker && !parties.some(byName)) return false;
  // "a tortuous relationship with his co-star, Kristen Stewart": the partner word is someone else's when the sentence
  // names a third person.
  const third = extraction.entities.some(
    (e) =>
      e.type === 'person' &&
      !parties.includes(e) &&
      e.mentions.some((m) => m.kind === 'name' && m.start >= start && m.end <= end),
  );
  return (
    named === 2 ||
    TOGETHER_WORDS.test(text) ||
    (speaker && SPEAKER_TOGETHER.test(text)) ||
    (named === 1 && !third && PARTNER_WORDS.test(text))
  );
}

type Holder = { kind: HolderKind; name: string | null };

/** Who the ledger counts as holding a claim, read from the extractor's holder: ordered rules, the first that applies. */
export const HOLDER_RULES: Array<{ name: string; holder: (claim: Claim) => Holder | null }> = [
  // "What Davidson did not do was say whether he is dating Kardashian, and she has not addressed the rumours either"
  // (New York Daily News, 2021): the article observes the principals' silence. Silence is nobody's word on record, and
  // a principal's weight on it moved the score as if Davidson had spoken.
  {
    name: 'silence-is-the-articles',
    holder: (claim) =>
      claim.holder.kind === 'principal' && claim.stance === 'unconfirmed' ? { kind: 'author', name: null } : null,
  },
];

function holderOf(claim: Claim, extraction: Extraction): Holder {
  for (const rule of HOLDER_RULES) {
    const holder = rule.holder(claim);
    if (holder) return holder;
  }
  const entity = extraction.entities.find((e) => e.id === claim.holder.entity);
  return { kind: claim.holder.kind, name: entity?.name ?? claim.holder.text ?? null };
}

/** Types whose story names a work beside its person: "Tom Hanks & The Da Vinci Code" is a casting. */
const WORK_STORIES = new Set(['casting']);

/**
 * A story's subjects are people (EVAL-STORIES.md), and a casting's work: "her sixth studio album Lemonade, which has
 * been nominated for staggering nine Grammy awards" (celebrity-061legit) is Beyoncé's nomination, not a story of
 * "Lemonade & Beyoncé". A work alone stays, for wellFormed to turn down.
 */
export function storySubjects(type: string, subjects: EntityRow[]): EntityRow[] {
  if (WORK_STORIES.has(type)) return subjects;
  const someone = subjects.filter((e) => e.type !== 'work');
  return someone.length ? someone : subjects;
}

/** Mentions that name a party: sides are told by names ("her parents" is Lindsay's pronoun, on neither side). */
const NAMED = new Set(['name', 'alias', 'epithet']);

/** What joins parties named side by side: "Dina Lohan and Michael Lohan", "A, B and C", "A & B". */
const SIDE_BY_SIDE = /^\s*,?\s*(?:(?:and|&)\s+)?$/u;

/**
 * A feud or relationship claim on three or more parties, as one claim per pair: "Lindsay has been feuding with her
 * parents, Dina Lohan and Michael Lohan, over her nuptials!" (celebrity-039fake) is Lindsay's feud with each parent.
 * The parties named side by side in the sentence are one side; the pairs are the lone party with each of the others.
 * A claim whose parties are not one lone party against one group stays whole (wellFormed turns it down): who is at
 * odds with whom is unknown. Each pair's claim id is the claim's with the pair's place ("c12~1").
 */
export function pairsOf(claim: Claim, extraction: Extraction): Claim[] {
  if ((claim.type !== 'relationship' && claim.type !== 'feud') || claim.subjects.length < 3) return [claim];
  const { start, end, text } = claim.evidence;
  const parties = partiesOf(claim, extraction);
  if (parties.length !== claim.subjects.length) return [claim];
  const mentions = parties
    .flatMap((e) =>
      e.mentions.filter((m) => NAMED.has(m.kind) && m.start >= start && m.end <= end).map((m) => ({ id: e.id, ...m })),
    )
    .sort((a, b) => a.start - b.start);
  const groups: Array<Set<string>> = [];
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    const last = groups.at(-1);
    if (previous && last && SIDE_BY_SIDE.test(text.slice(previous.end - start, m.start - start))) last.add(m.id);
    else groups.push(new Set([m.id]));
  });
  // Each party on one side only, every party named, and the sides one lone party against the rest.
  const placed = groups.flatMap((g) => [...g]);
  if (groups.length !== 2 || new Set(placed).size !== placed.length || placed.length !== parties.length) return [claim];
  const [a, b] = groups as [Set<string>, Set<string>];
  const [lone, rest] = a.size === 1 ? [a, b] : b.size === 1 ? [b, a] : [null, null];
  if (!lone || !rest) return [claim];
  const one = at([...lone], 0);
  return [...rest].map((other, i) => ({ ...claim, id: `${claim.id}~${i + 1}`, subjects: [one, other] }));
}

/**
 * An award two people share is each one's award: "Matt Lucas and David Walliams also jointly won best TV comedy actor"
 * (bbc-entertainment-201), "Annette Bening and Ana Geislerova shared the best actress prize" (bbc-entertainment-309).
 * The extractor keeps them one claim (one act, as the extraction gold has it); a story is one person's, as the story
 * gold has every award (123 of 123). A work beside them stays with each ("Keane" and "Hopes and Fears"). Each winner's
 * claim id is the claim's with the winner's place ("c7~w2").
 */
export function winnersOf(claim: Claim, extraction: Extraction): Claim[] {
  if (claim.type !== 'award') return [claim];
  const parties = partiesOf(claim, extraction);
  const winners = parties.filter((e) => e.type === 'person' || e.type === 'group').map((e) => e.id);
  if (winners.length < 2) return [claim];
  const rest = claim.subjects.filter((id) => !winners.includes(id));
  return winners.map((id, i) => ({ ...claim, id: `${claim.id}~w${i + 1}`, subjects: [id, ...rest] }));
}

/** `text`: the article's text, which some rules read beyond the claim's sentence (sources.ts SOURCE_RULES). */
export function evidenceOf(extraction: Extraction, entities: Map<string, EntityRow>, text = ''): ArticleEvidence {
  const stories = new Map<string, StoryKey>();
  const rows: EvidenceRow[] = [];
  const unrelated = new Set<string>();
  const afterDeath = new Set<string>();
  const dead = diedOf(extraction, entities);
  const events = new Map(extraction.events.map((e) => [e.id, e]));
  for (const claim of extraction.claims.flatMap((c) =>
    pairsOf(c, extraction).flatMap((p) => winnersOf(p, extraction)),
  )) {
    const subjects = storySubjects(claim.type, [
      ...new Map(
        [...claim.subjects, ...(claim.implied ?? [])]
          .map((id) => entities.get(id))
          .filter((e): e is EntityRow => !!e)
          .map((e) => [e.id, e]),
      ).values(),
    ]);
    if (subjects.length === 0 || STORYLESS.has(claim.type) || !wellFormed(claim.type, subjects)) continue;
    if (kinInSentence(claim, extraction) || kinInArticle(claim, extraction, text)) continue;
    if (partneredElsewhere(claim, extraction, text) || othersPartners(claim, extraction, text)) continue;
    const story = storyKey(claim, subjects, propositionObject(claim, extraction, entities));
    const first = !stories.has(story.id);
    stories.set(story.id, story);
    const supported = claim.supports.map((id) => events.get(id)).filter((e): e is Event => !!e);
    // The story's timeline: events the claim cites, plus (once per article) events with all its subjects.
    const ids = new Set(subjects.map((s) => s.id));
    const together = first
      ? extraction.events.filter((e) => [...ids].every((id) => e.participants.some((p) => entities.get(p)?.id === id)))
      : [];
    const holder = holderOf(claim, extraction);
    const timeline = [
      ...new Map([...supported, ...together].map((e) => [e.id, timelineRow(e, extraction, holder.kind)])).values(),
    ];
    const source = claimSource(claim, extraction, text);
    if (!relatesThePair(claim, extraction)) unrelated.add(`${extraction.article.id}:${claim.id}`);
    if (claim.type === 'health' && holder.kind === 'author' && subjects.every((e) => dead.has(e.id)))
      afterDeath.add(`${extraction.article.id}:${claim.id}`);
    rows.push({
      id: `${extraction.article.id}:${claim.id}`,
      story: story.id,
      article: extraction.article.id,
      published: extraction.article.published,
      value: claim.value,
      holderKind: holder.kind,
      holderName: holder.name,
      sourceKey: source.key,
      sourceName: source.name,
      stance: claim.stance,
      text: claim.evidence.text,
      start: claim.evidence.start,
      end: claim.evidence.end,
      observations: supported.filter((e) => OBSERVATION_EVENTS.has(e.type)).length,
      timeline,
      credibility: credibilityOf(extraction),
      claimTime: claim.time?.value ?? null,
    });
  }
  return { stories, rows, unrelated, afterDeath };
}
