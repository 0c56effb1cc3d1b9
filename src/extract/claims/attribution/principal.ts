import { holderOf } from '../holders.ts';
import { cues } from '../lexicon.ts';
import type { AttributionRule } from './types.ts';

export const principalRules: AttributionRule[] = [
  {
    // "neither Hollywood star has officially confirmed their relationship", "remain tight-lipped":
    // the principals, explicitly not on record.
    name: 'unconfirmed',
    apply: (f) => {
      if (!f.unconfirmed) return null;
      const entity = cues.pluralAnaphor.test(f.clause.text) ? null : f.subjects[0] ?? null;
      return { holder: { kind: 'principal', entity }, stance: 'unconfirmed', rule: 'claim-unconfirmed' };
    },
  },
  {
    // "REM have announced plans to perform for 10,000 Scottish fans": the subjects' own announcement is on record.
    name: 'announced',
    apply: (f) => {
      if (!f.ownWord) return null;
      const stance = f.denied ? 'denies' : 'confirms';
      return { holder: { kind: 'principal', entity: f.subjects[0] ?? null }, stance, rule: `claim-announced:${stance}` };
    },
  },
  {
    // "Her rep has denied reports…": whoever denies. "Jennifer herself denied…" is the principal;
    // "the faux couple" is the article's own voice.
    name: 'denial',
    apply: (f) => {
      if (!f.denied) return null;
      const speaker = f.speaker();
      const fallback = cues.denyingVerb.test(f.clause.text) ? { kind: 'principal' as const, entity: null } : { kind: 'author' as const, entity: null };
      const holder = speaker && speaker.kind !== 'fans' ? holderOf(speaker, f.subjects) : fallback;
      return { holder, stance: 'denies', rule: 'claim-denial' };
    },
  },
];
