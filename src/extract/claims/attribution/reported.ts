import { holderOf } from '../holders.ts';
import { cues } from '../lexicon.ts';
import { inAside } from './aside.ts';
import { firstVerb, onRecord } from './stance.ts';
import type { AttributionRule } from './types.ts';

const ACCORDING = /\baccording to\b/i;

export const reportedRules: AttributionRule[] = [
  {
    // "the Daily Mail confirmed the pair is a thing now", "a source told People that…", "according to TMZ".
    // A person "revealing" a baby bump is not on record about a pregnancy; one who "told" or "said" is.
    // "The star, who has overhauled her image since her split from Odom, revealed…": what comes before
    // the saying verb is background, not what the principal is on record about.
    // An attribution trailing the report ("X is to marry Y, the singer's agent has confirmed") is not that.
    name: 'reported',
    apply: (f) => {
      const speaker = f.speaker();
      if (!speaker || speaker.kind === 'fans' || inAside(f)) return null;
      // "according to hair extension expert Tatiana Karelina, it could be Kim's weight loss that triggered her hair
      // loss" (celebrity-126fake): the words are hers even when they only name the proposition. A relationship's weak
      // words mostly name the pair ("According to Billingham, the couple's primary concern was their children").
      const according = ACCORDING.test(f.clause.text) && f.p.type !== 'relationship';
      if (speaker.kind === 'person' && !f.p.strong && !cues.onRecord.test(f.clause.text) && !according) return null;
      const text = f.clause.text;
      const verbAt = firstVerb(text);
      const trailing =
        verbAt !== null && /,[^,]{0,50}$/.test(text.slice(0, verbAt)) && /^\w*[^,;:]{0,40}$/.test(text.slice(verbAt));
      const background = f.at !== undefined && verbAt !== null && !trailing && f.at.start < f.clause.start + verbAt;
      const holder = holderOf(speaker, f.subjects);
      if (background && holder.kind === 'principal') return null;
      const stance = holder.kind === 'principal' ? onRecord(f.lead) : f.speakerHedged ? 'hedges' : 'asserts';
      return { holder, stance, rule: `claim-reported:${stance}` };
    },
  },
];
