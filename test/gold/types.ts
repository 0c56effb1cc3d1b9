// The gold format. A spec (spec/<id>.json, written by hand) names spans by their text;
// the built gold (<id>.gold.json, made by build.ts) carries explicit UTF-16 offsets into texts/<id>.txt.
import type { EntityType, HolderKind, MentionKind, Span, Stance, TimeType } from '../../src/extract/index.ts';

/**
 * A span named by its text: "Foxx" = every whole-word occurrence not already inside a longer
 * named span of the same list; "she#3" = only the 3rd whole-word occurrence (1-based).
 */
export type SpanRef = string;

export type SpecEntity = { name: string; type: EntityType; mentions: SpanRef[] };
export type SpecTime = { text: SpanRef; value: string; type: TimeType };
export type SpecEvent = { type: string; summary: string; date: string | null; participants: string[]; evidence: SpanRef };
export type SpecClaim = {
  type: string; value: string; subjects: string[];
  holder: HolderKind; holderName?: string; stance: Stance; evidence: SpanRef;
};

export type Spec = {
  id: string;
  published: string;
  /** Why the published date is what it is, when the corpus gives none. */
  dctNote?: string;
  /** Where the text was copied from, under /work/shared/data. */
  source: string;
  title: string | null;
  /** Scraped debris (embedded headlines, credits): spans no ref may take. */
  debris?: SpanRef[];
  entities: SpecEntity[];
  times: SpecTime[];
  events: SpecEvent[];
  claims: SpecClaim[];
  hedges: SpanRef[];
};

export type GoldMention = Span & { kind: MentionKind };
export type GoldEntity = { name: string; type: EntityType; mentions: GoldMention[] };
export type GoldTime = Span & { value: string; type: TimeType };
export type GoldEvent = { type: string; summary: string; date: string | null; participants: string[]; evidence: Span };
export type GoldClaim = Omit<SpecClaim, 'evidence'> & { evidence: Span };

export type Gold = {
  article: { id: string; published: string; dctNote?: string; source: string; title: string | null; text: string };
  entities: GoldEntity[];
  times: GoldTime[];
  events: GoldEvent[];
  claims: GoldClaim[];
  hedges: Span[];
};
