import type { Doc } from '../../doc.ts';
import type { Located } from '../../text/index.ts';
import type { Sentence } from '../../tokens/index.ts';
import type { Claim, Span, Stance } from '../../types.ts';
import type { Clause } from '../clauses.ts';
import type { Speaker } from '../holders.ts';
import type { Proposition } from '../lexicon.ts';
import type { Quote } from '../quotes.ts';

/**
 * What one clause tells about who holds its proposition and how, read once and shared by every
 * attribution rule. `p` is the proposition the clause is about (a lexicon one, an open predicate,
 * or the article's main rumour when the clause only denies or withholds comment).
 */
export type Facts = {
  doc: Doc;
  clause: Clause;
  sentence: Sentence;
  /** Entity mentions inside the clause. */
  located: Located[];
  subjects: string[];
  p: Proposition;
  /** True when `p` is named in the clause itself, not borrowed from the article's topic. */
  own: boolean;
  /** Where the clause names `p` (start offset), when it does. */
  at: { start: number } | undefined;
  /** Up to 30 characters before the proposition: a negation there makes a principal deny. */
  lead: string;
  /** The clause's text with its names blanked (offsets kept): cues are read on it, so a band called Busted denies nothing. */
  plain: string;
  /** The quotation the clause speaks words of, if any. */
  quote: Quote | undefined;
  /** Every quotation of the article, attributed or not, in text order and not overlapping (QUOTED's matches). */
  quoted: Array<{ start: number; end: number }>;
  /** A hedge cue of any kind in the clause. */
  hedged: boolean;
  /** A non-evidential hedge cue in the clause ("may", "seems"): the speaker hedges. */
  speakerHedged: boolean;
  /** Talk of a rumour ("Wedding rumors for Miley and Liam are heating up"). */
  rumoured: boolean;
  question: boolean;
  denied: boolean;
  /** Quoted words say friends, not lovers ("Brad and I are pals. We're friends."): a denial of the romance. */
  friends: boolean;
  unconfirmed: boolean;
  /** The speaker of a reporting or denying verb in the clause ("a source told Us"), read once when first asked. */
  speaker: () => Speaker | null;
  /**
   * The subject tells it of themselves ("REM have announced plans to perform", "Holmes confirmed she will direct"):
   * set for open claims whose verb group holds an announcing verb.
   */
  ownWord?: boolean;
  /** Fans named in the clause or in the two sentences before it, in the same paragraph. */
  fans: () => RegExpExecArray | null;
};

export type Attribution = { holder: Claim['holder']; stance: Stance; rule: string; evidence?: Span };

/**
 * One attribution rule: an attribution (the first rule that gives one decides), `'no-claim'` when
 * the clause must make no claim at all (a film's plot, an unattributed quotation), or null to let
 * the next rule decide.
 */
export type AttributionRule = { name: string; apply: (f: Facts) => Attribution | 'no-claim' | null };
