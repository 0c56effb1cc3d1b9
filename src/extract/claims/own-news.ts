// A principal going public with their own news, told in the article's voice: "Beyoncé announced she and Jay Z were
// expecting twins" (celebrity-061legit), "Kid Cudi publicly announced on his Facebook page that he checked himself into
// rehabilitation" (celebrity-014legit). A verb of going public or owning up (announced, admitted, revealed…), then a
// complement clause whose own subject is the speaker ("she", "he", "she and Jay Z") and which names the claim's
// proposition: the speaker's word on record about THIS proposition. Anything else (an announcement of something else,
// "announced the tour", a complement about another person) stays the article's.
import lexicon from '../../../data/lexicons/claims.json' with { type: 'json' };
import type { Entity, Mention } from '../types.ts';
import type { ClaimRefiner, RefineContext } from './refine.ts';
import { outsideQuotes } from './quotes.ts';
import { mentionsIn } from './entity-index.ts';
import { escapeRegExp } from '../text/index.ts';

type Group = { type: string; value: string; forms: string[] };

/** Every claims.json form of one proposition, as one whole-word pattern (the one vocabulary of propositions). */
const formsOf = new Map<string, RegExp>();
function propositionForms(type: string, value: string): RegExp {
  const key = `${type}/${value}`;
  let re = formsOf.get(key);
  if (!re) {
    const forms = (lexicon.propositions as Group[])
      .filter((g) => g.type === type && g.value === value)
      .flatMap((g) => g.forms)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    re = new RegExp(`(?<![\\p{L}])(?:${forms.join('|') || '(?!)'})(?![\\p{L}])`, 'iu');
    formsOf.set(key, re);
  }
  return re;
}

/**
 * The going public: the verb, an optional channel ("on his Facebook page", "in an interview with GQ"), an optional
 * "that", then the complement's subject, a pronoun of the speaker ("she", or "she and Jay Z" with a partner).
 */
const GOES_PUBLIC = new RegExp(
  String.raw`\b(?:announced|announces|admitted|admits|revealed|reveals|confirmed|confirms|disclosed|discloses|acknowledged|acknowledges)` +
    String.raw`(?:\s+(?:on|in|via|through|during|to)\s+[^,.;:!?]{1,60}?)??` +
    String.raw`\s+(?:that\s+)?(he|she|they)(?:\s+and\s+([^,.;:!?]{1,40}?))?` +
    String.raw`\s+(?:had|has|have|was|were|is|are|would|will|(?:had\s+|has\s+|have\s+)?been|\w+ed)\b`,
  'gid',
);

// Between the speaker's name and the verb: auxiliaries and adverbs, an appositive at most ("Kid Cudi publicly
// announced", "Beyoncé, 35, announced").
const SPEAKER_GAP =
  /^\s*(?:,[^,.;]{0,60},\s*)?(?:(?:has|have|had|just|finally|officially|publicly|formally|later|also|then|first|openly|once)\s+)*$/i;

// Right before the speaker, a word that the going public is only rumoured, asked or denied: "rumours that she announced",
// "whether he admitted".
const NOT_DONE =
  /\b(?:if|whether|rumou?rs?|reports?|reported|reportedly|claims?|claimed|alleg\w+|denied|deny|denies)\s*$/i;

const PRONOUN_GENDER: Record<string, Entity['gender'] | 'plural'> = { he: 'male', she: 'female', they: 'plural' };

/** The person named right before `at` across SPEAKER_GAP: who goes public. */
function speakerBefore(ctx: RefineContext, from: number, at: number): { entity: Entity; mention: Mention } | null {
  let best: { entity: Entity; mention: Mention } | null = null;
  for (const e of ctx.entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      if (m.kind === 'possessive' || m.start < from || m.end > at) continue;
      if (!SPEAKER_GAP.test(ctx.doc.text.slice(m.end, at))) continue;
      if (!best || m.end > best.mention.end) best = { entity: e, mention: m };
    }
  }
  return best;
}

export const OWN_NEWS: ClaimRefiner = {
  // "Beyoncé announced she and Jay Z were expecting twins" (celebrity-061legit): her pregnancy, on her record.
  name: 'announced-own-news',
  apply: (c, ctx) => {
    if (c.holder.kind !== 'author' || c.stance !== 'asserts' || c.type === 'statement') return c;
    const text = outsideQuotes(c.evidence.text);
    const forms = propositionForms(c.type, c.value);
    for (const hit of text.matchAll(GOES_PUBLIC)) {
      const pronoun = (hit[1] ?? '').toLowerCase();
      const [pronounAt] = hit.indices?.[1] ?? [];
      if (pronounAt === undefined) continue;
      // The complement, from its subject to the clause's end, names the proposition.
      const clause = /^[^.;!?]*/.exec(text.slice(pronounAt))?.[0] ?? '';
      if (!forms.test(clause)) continue;
      const at = c.evidence.start + hit.index;
      const speaker = speakerBefore(ctx, c.evidence.start, at);
      if (!speaker) continue;
      const before = ctx.doc.text.slice(Math.max(c.evidence.start, speaker.mention.start - 40), speaker.mention.start);
      if (NOT_DONE.test(before)) continue;
      const id = speaker.entity.id;
      const gender = PRONOUN_GENDER[pronoun];
      if (gender === 'plural') {
        // "they": the speaker is one of a pair the claim is about.
        if (c.subjects.length < 2 || !c.subjects.includes(id)) continue;
      } else {
        // "she" of a man: the complement is about someone else.
        if (speaker.entity.gender && speaker.entity.gender !== gender) continue;
        const partner = hit.indices?.[2];
        // "she and Jay Z": every other subject is the partner named there; the speaker joins the subjects.
        const others = c.subjects.filter((s) => s !== id);
        const partnerNamed = (s: string) =>
          partner !== undefined &&
          mentionsIn(ctx, s, c.evidence.start + partner[0], c.evidence.start + partner[1]).length > 0;
        if (!others.every(partnerNamed)) continue;
      }
      // A pregnancy is the mother's: "she and Jay Z were expecting twins" is her pregnancy (every pregnancy story of the
      // development gold, test/stories, names the mother alone).
      const subjects =
        c.type === 'pregnancy' && gender === 'female'
          ? [id]
          : c.subjects.includes(id)
            ? c.subjects
            : [id, ...c.subjects];
      return {
        ...c,
        subjects,
        holder: { kind: 'principal', entity: id },
        stance: 'confirms',
        rule: `${c.rule ?? 'claim'}+act:own-news`,
      };
    }
    return c;
  },
};
