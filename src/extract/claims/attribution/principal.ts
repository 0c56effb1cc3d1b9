import { holderOf } from '../holders.ts';
import { cues } from '../lexicon.ts';
import type { Attribution, AttributionRule, Facts } from './types.ts';
import { inAside } from './aside.ts';

// The publication naming itself as the one who checked: "this site has checked", "we can confirm it is untrue".
const SELF =
  /\b(?:this|our) (?:site|website|outlet|publication|magazine|newspaper|paper|blog|column)\b|\bwe(?:['’]ve| have| had)? (?:\w+ (?:and )?)?(?:checked|found|looked|confirmed|learned|can)\b/i;

export const principalRules: AttributionRule[] = [
  {
    // "neither Hollywood star has officially confirmed their relationship", "remain tight-lipped":
    // the principals, explicitly not on record.
    name: 'unconfirmed',
    apply: (f) => {
      if (!f.unconfirmed) return null;
      const entity = cues.pluralAnaphor.test(f.clause.text) ? null : (f.subjects[0] ?? null);
      return { holder: { kind: 'principal', entity }, stance: 'unconfirmed', rule: 'claim-unconfirmed' };
    },
  },
  {
    // "REM have announced plans to perform for 10,000 Scottish fans": the subjects' own announcement is on record.
    name: 'announced',
    apply: (f) => {
      if (!f.ownWord) return null;
      const stance = f.denied ? 'denies' : 'confirms';
      return {
        holder: { kind: 'principal', entity: f.subjects[0] ?? null },
        stance,
        rule: `claim-announced:${stance}`,
      };
    },
  },
  {
    // "He also looked back at his very public break-up with his former fiancée Ariana Grande" (WDJX): one who talks
    // about their own relationship ("opened up about her divorce", "reflected on their split") is on record about it.
    // Only the relationship the talk is about, and only its subject speaks: "the host asked about her marriage" is not
    // hers to tell, and a talk that comes after the claim's words is about something else.
    name: 'talks-of-own',
    apply: (f) => {
      if (f.p.type !== 'relationship' || !f.at || f.denied) return null;
      const talk = cues.talksOfOwn.exec(f.plain);
      if (!talk) return null;
      const from = f.clause.start + talk.index;
      if (f.at.start < from || f.at.start > from + talk[0].length) return null;
      const speaker = f.located
        .filter((l) => l.entity.type === 'person' && l.mention.end <= from)
        .filter((l) => /^\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$/i.test(f.doc.text.slice(l.mention.end, from)))
        .at(-1);
      if (!speaker || !f.subjects.includes(speaker.entity.id)) return null;
      return {
        holder: { kind: 'principal', entity: speaker.entity.id, text: speaker.mention.text },
        stance: 'confirms',
        rule: 'claim-talks-of-own:confirms',
      };
    },
  },
  {
    // "the notion that the exes are secretly back together is one this site has checked and found untrue" (Gossip
    // Cop): the publication speaking of itself denies in the article's own voice, whoever it quoted before.
    name: 'self-denial',
    apply: (f) => {
      if (!f.denied) return null;
      const cue = cues.denies.exec(f.plain);
      if (!cue) return null;
      const before = f.plain.slice(Math.max(0, cue.index - 50), cue.index);
      if (!SELF.test(before)) return null;
      return { holder: { kind: 'author', entity: null }, stance: 'denies', rule: 'claim-denial:self' };
    },
  },
  {
    // "Her rep has denied reports…": whoever denies. "Jennifer herself denied…" is the principal;
    // "the faux couple" is the article's own voice.
    name: 'denial',
    apply: (f) => {
      if (!f.denied || inAside(f)) return null;
      const speaker = f.speaker();
      const holder = speaker && speaker.kind !== 'fans' ? holderOf(speaker, f.subjects) : unnamedDenier(f);
      return { holder, stance: 'denies', rule: 'claim-denial' };
    },
  },
];

/**
 * Who denies when no speaker was read: what stands before the denying verb. "…but apparently, sources close to the
 * star have slammed the claims" is a source's word; "the pair have denied it", "she slammed the reports" the
 * principals'; a verb with no one before it ("Rumours busted") is the article's own voice.
 */
function unnamedDenier(f: Facts): Attribution['holder'] {
  const verb = cues.denyingVerb.exec(f.plain);
  if (!verb) return { kind: 'author', entity: null };
  const before = f.plain.slice(Math.max(0, verb.index - 60), verb.index);
  const anonymous = cues.anonymous.exec(before);
  if (anonymous) return { kind: 'anonymous', entity: null, text: anonymous[0] };
  if (
    /\b(?:he|she|they|the (?:pair|couple|duo|two|stars?|singer|actor|actress)|both(?: stars)?|neither)\s+(?:\w+\s+){0,2}$/i.test(
      before,
    )
  ) {
    return { kind: 'principal', entity: null };
  }
  // "Modern Family's Sarah Hyland shuts down anorexia claims", "Vanessa Kirby shoots down Tom Cruise marriage rumors"
  // (GossipCop headlines): the claim's own subject, named right before the verb, denies it.
  const verbAt = f.clause.start + verb.index;
  const named = f.located.find(
    (l) =>
      l.entity.type === 'person' &&
      f.subjects.includes(l.entity.id) &&
      l.mention.end <= verbAt &&
      /^\s+(?:\w+ly\s+|also\s+|has\s+|have\s+|had\s+)*$/.test(f.doc.text.slice(l.mention.end, verbAt)),
  );
  if (named) return { kind: 'principal', entity: named.entity.id, text: named.mention.text };
  return { kind: 'author', entity: null };
}
