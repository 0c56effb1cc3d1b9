// What a relationship's wording says of its stage and its pair, beyond the word the claim finder matched: a marriage
// named as a figure, a wish or a contract still to sign is no marriage; a screen spouse or a best friend is no partner.
// Ordered, named rules; each reads the claim's sentence (outside quotes where a principal's words could differ).
import type { Claim } from '../types.ts';
import type { ClaimRefiner } from './refine.ts';
import { outsideQuotes } from './quotes.ts';

const restaged = (c: Claim, value: string, reason: string): Claim => ({
  ...c,
  value,
  rule: `${c.rule ?? 'claim'}+value:${reason}`,
});

// "they're practically MARRIED in celeb-ville" (celebrity-195legit, of a couple seen on restaurant dates): a figure of
// speech for a romance, not a wedding.
const FIGURATIVE_MARRIED =
  /\b(?:practically|virtually|basically|almost|all but|as good as|might as well be|like an old)\s+(?:married|husband and wife|man and wife|a married couple)\b/i;
// "determined to find a wife by the end of the year" (celebrity-051fake), "to make sure this time around they finish as
// husband and wife" (celebrity-120fake): a marriage hoped for or looked for is not one.
const WISHED_MARRIAGE =
  /\b(?:find|finding|found|look(?:ing)? for|search(?:ing)? for|in search of|hunt(?:ing)? for)\s+(?:a|an|the right|his|her)\s+(?:\w+\s+)?(?:wife|husband|bride|groom|spouse)\b|\b(?:finish|end up|end|wind up|become|be)\s+(?:as\s+)?(?:husband and wife|man and wife|a married couple)\b|\b(?:dream(?:s|ing)? of|hop(?:e|es|ing) to|want(?:s|ed)? to|determined to)\s+(?:\w+\s+){0,3}(?:marry|wed)\b/i;
// "yanked off his wedding ring", "ditched her wedding ring": a ring taken off is a sign of a split, not of a wedding.
const RING_OFF =
  /\b(?:yank\w*|took|taken|taking|take|pull\w*|slipp\w*|ditch\w*|remov\w*|without|no longer wear\w*|stopped wearing)\s+(?:off\s+)?(?:his|her|their)\s+(?:\w+\s+)?(?:wedding|engagement)\s+(?:ring|band)s?(?:\s+off)?\b/i;
// "the couple is currently fighting about whether or not a prenup is even necessary" (celebrity-009fake): a prenup is
// signed before a wedding, so talk of one is an engagement's.
const PRENUP = /\bpre-?nup(?:tial)?s?\b/i;
// A wedding that took place stays a marriage: "in the event that the marriage ends", "his wife of ten years".
const MARRIED_ALREADY =
  /\b(?:(?:got|were|was|are|is|been)\s+married|tied the knot|(?:his|her) (?:wife|husband) of|married (?:since|for|in \d{4})|anniversary|wed in \d{4}|were wed|postnup)\b/i;

// "The lipstick queen and Blac Chyna's ex-fiancé split in early May and Jenner has already moved on with rapper
// PartyNextDoor" (celebrity-041legit): whom one has moved on with is a new partner, not the one split from.
const MOVED_ON_WITH = /\b(?:moved|moving|move|moves) on with\s+(?:(?:a|an|the|new|\p{Ll}[\p{L}-]*)\s+){0,3}$/iu;

export const STAGE_WORDING: ClaimRefiner[] = [
  {
    // A split whose second party is named right after "moved on with" is that pair's romance: the clause's split is
    // with someone else (unnamed or an epithet), so the pair read from it is dating.
    name: 'moved-on-with',
    apply: (c, ctx) => {
      if (c.type !== 'relationship' || c.value !== 'split' || c.subjects.length !== 2) return c;
      const { start, end } = c.evidence;
      const text = ctx.doc.text;
      const newPartner = ctx.entities.some(
        (e) =>
          c.subjects.includes(e.id) &&
          e.mentions.some(
            (m) =>
              m.start >= start &&
              m.end <= end &&
              MOVED_ON_WITH.test(text.slice(Math.max(start, m.start - 60), m.start)),
          ),
      );
      return newPartner ? restaged(c, 'dating', 'moved-on-with') : c;
    },
  },
  {
    name: 'figurative-marriage',
    apply: (c) =>
      c.type === 'relationship' && c.value === 'married' && FIGURATIVE_MARRIED.test(outsideQuotes(c.evidence.text))
        ? restaged(c, 'dating', 'figurative-marriage')
        : c,
  },
  {
    // With a partner named, the two are a couple hoping to marry (dating); with none, a spouse is only looked for.
    name: 'wished-marriage',
    apply: (c) => {
      if (c.type !== 'relationship' || c.value !== 'married' || !WISHED_MARRIAGE.test(c.evidence.text)) return c;
      if (MARRIED_ALREADY.test(c.evidence.text)) return c;
      return /\b(?:find|finding|look(?:ing)? for|search(?:ing)? for|in search of|hunt(?:ing)? for)\s/i.test(
        c.evidence.text,
      )
        ? null
        : restaged(c, 'dating', 'wished-marriage');
    },
  },
  {
    // A sign read by the article, not a statement of it: the split is suggested (hedged).
    name: 'ring-taken-off',
    apply: (c) =>
      c.type === 'relationship' && (c.value === 'married' || c.value === 'engaged') && RING_OFF.test(c.evidence.text)
        ? {
            ...restaged(c, 'split', 'ring-taken-off'),
            stance: c.stance === 'asserts' || c.stance === 'confirms' ? 'hedges' : c.stance,
          }
        : c,
  },
  {
    name: 'prenup-before-wedding',
    apply: (c) =>
      c.type === 'relationship' &&
      c.value === 'married' &&
      PRENUP.test(c.evidence.text) &&
      !MARRIED_ALREADY.test(c.evidence.text)
        ? restaged(c, 'engaged', 'prenup')
        : c,
  },
];

// "kissed her television husband, the very tall Alexander Skarsgård" (celebrity-185legit), "These two were
// TV-husband-and-wife for many years" (celebrity-155fake, of two talk-show co-hosts): a spouse on screen is a part.
const SCREEN_PARTNER =
  /\b(?:TV|television|on-?screen|screen|onscreen|reel|fictional|sitcom|soap)[\s-]+(?:husband|wife|spouse|boyfriend|girlfriend|lover|partner|couple|husband[\s-]and[\s-]wife|mom and dad|parents)\b/i;
// "Her bestfriend Jennifer Aniston is supportive of her but their relationship is sometimes targeted by rumor mongers"
// (celebrity-035legit): a friendship called so is no romance, unless the sentence names one too.
// Not "friends" or "pals" alone: "pals say the couple are together" names the source, not the bond.
const FRIEND = /\b(?:best[\s-]?friends?|bffs?|besties?|gal pals?|friendship)\b/i;
const ROMANCE_WORD =
  /\b(?:dating|dated|romance|romantic|girlfriend|boyfriend|married|marry|engaged|wife|husband|lovers?|kiss\w*|hook\w* up|fling|split|broke up|divorc\w+)\b/i;

export const PAIR_WORDING: ClaimRefiner[] = [
  {
    // The screen spouse must be one of the pair: a plural ("TV-husband-and-wife") of the two, or a subject named right
    // after it ("her television husband, the very tall Alexander Skarsgård"). "her actual husband" beside it is another.
    name: 'screen-partner',
    apply: (c, ctx) => {
      if (c.type !== 'relationship' || c.subjects.length !== 2) return c;
      const hit = SCREEN_PARTNER.exec(c.evidence.text);
      if (!hit) return c;
      if (/couple|and|parents/i.test(hit[0])) return null;
      const after = c.evidence.start + hit.index + hit[0].length;
      const named = ctx.entities.some(
        (e) =>
          c.subjects.includes(e.id) &&
          e.mentions.some((m) => m.kind !== 'pronoun' && m.start >= after && m.start - after <= 60),
      );
      return named ? null : c;
    },
  },
  {
    name: 'friend-not-partner',
    apply: (c) => {
      if (c.type !== 'relationship' || c.value === 'split' || c.stance === 'denies') return c;
      const text = outsideQuotes(c.evidence.text);
      return FRIEND.test(text) && !ROMANCE_WORD.test(text.replace(new RegExp(FRIEND.source, 'gi'), ' ')) ? null : c;
    },
  },
];
