// The Extraction JSON of CONTRACT.md, plus provenance (`rule`) on every item and every mention's kind.
// Offsets are UTF-16 offsets into Article.text: `text.slice(start, end)`.

export type Span = { text: string; start: number; end: number };

export const ENTITY_TYPES = [
  'person',
  'group',
  'outlet',
  'platform',
  'organization',
  'place',
  'work',
  'event',
  'animal',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
export const isEntityType = (word: string): word is EntityType => ENTITY_TYPE_SET.has(word);

export type MentionKind = 'name' | 'alias' | 'epithet' | 'pronoun' | 'possessive' | 'descriptor';

/**
 * The pipeline sets `kind` on every mention and `rule` on every item; extractions stored before these were required
 * were filled in by store migration 13 (a rule it could not know reads 'unrecorded').
 */
export type Mention = Span & { kind: MentionKind; rule: string };

export type Entity = {
  id: string;
  name: string;
  type: EntityType;
  /** e.g. 'female' | 'male' for people, when the text or a name lexicon says so. */
  gender?: 'female' | 'male' | null;
  /** Roles the text gives them ("actress", "Bond girl", "the momager"). */
  roles?: string[];
  mentions: Mention[];
  /**
   * "they", "their", "the couple" said of this person with another: both people of a pair share these. Kept apart from
   * `mentions`, which name this one person alone (the gold counts a plural as a mention of neither).
   */
  jointMentions?: Mention[];
  rule: string;
};

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TIMEX3 `mod` (TimeML 1.2.1): how the text qualifies a time ("early May" START, "about a year" APPROX). */
export const TIME_MODS = [
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
  'START',
  'MID',
  'END',
  'APPROX',
] as const;
export type TimeMod = (typeof TIME_MODS)[number];

export type Time = Span & {
  value: string;
  type: TimeType;
  /** The interval the value covers, ISO dates (inclusive), when it is a DATE/TIME. */
  range?: { start: string; end: string };
  /** TIMEX3 `mod` (START, END, MID, APPROX, MORE_THAN…) when the text qualifies the time. */
  mod?: TimeMod;
  rule: string;
};

export type EventType =
  | 'appearance'
  | 'sighting'
  | 'travel'
  | 'post'
  | 'photo'
  | 'statement'
  | 'report'
  | 'celebration'
  | 'gift'
  | 'split'
  | 'engagement'
  | 'wedding'
  | 'birth'
  | (string & {});

export type Event = {
  id: string;
  type: EventType;
  summary: string;
  /** Entity ids. */
  participants: string[];
  /** Entity id of a place, or null. */
  place: string | null;
  time: { value: string; text: string; range?: { start: string; end: string } } | null;
  evidence: Span;
  /** Every sentence that tells of this event (the evidence sentence among them), when merged from several. */
  mentions?: Span[];
  rule: string;
};

export type HolderKind = 'principal' | 'outlet' | 'anonymous' | 'named-source' | 'author' | 'fans';
export type Stance = 'asserts' | 'hedges' | 'questions' | 'denies' | 'confirms' | 'unconfirmed';
export type ClaimType = 'relationship' | 'pregnancy' | 'casting' | 'feud' | 'health' | (string & {});

/** A relationship claim's value: the relationship's course in order, and its end. */
export const RELATIONSHIP_VALUES = ['dating', 'engaged', 'married', 'split'] as const;
export type RelationshipValue = (typeof RELATIONSHIP_VALUES)[number];
/**
 * What a claim says of its type: a relationship's stage, or for other types the lexicons' word ('pregnant', 'born',
 * 'cast'; data/lexicons/claims.json and open-claims.json), an open set like ClaimType.
 */
export type ClaimValue = RelationshipValue | (string & {});

export type Claim = {
  id: string;
  type: ClaimType;
  /** Entity ids of who the claim is about. */
  subjects: string[];
  /**
   * Entity ids the claim is about by its article's context, not named in its sentence: the work of a casting in an
   * article about that work ("Hanks will play Robert Langdon"). The ledger files the claim with them.
   */
  implied?: string[];
  /** For relationships, one of RELATIONSHIP_VALUES. */
  value: ClaimValue;
  holder: { kind: HolderKind; entity: string | null; text?: string };
  stance: Stance;
  evidence: Span;
  /** Event ids that back the claim. */
  supports: string[];
  /**
   * When the proposition holds (src/extract/claims/refine.ts): a TIMEX3 value from the clause, the article's date for
   * news, or PAST_REF for background ("her former boyfriend", "married from 2015 to 2017"); null when unknown.
   */
  time?: { value: string; text: string | null } | null;
  rule: string;
};

/** Kinds of hedge cue, as data/lexicons/hedges.json groups them ("reportedly" evidential, "could be" modal). */
export const HEDGE_CATEGORIES = ['evidential', 'modal', 'question', 'appearance', 'inference'] as const;
export type HedgeCategory = (typeof HEDGE_CATEGORIES)[number];

export type Hedge = Span & {
  /** Kind of cue (data/lexicons/hedges.json). */
  category?: HedgeCategory;
  rule: string;
};

export type CredibilitySignal = { name: string; weight: number; text: string; start?: number; end?: number };
export type Credibility = { score: number; signals: CredibilitySignal[] };

export type ArticleMeta = {
  id: string;
  published: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  credibility: Credibility;
};

export type Extraction = {
  article: ArticleMeta;
  entities: Entity[];
  times: Time[];
  events: Event[];
  claims: Claim[];
  hedges: Hedge[];
};
