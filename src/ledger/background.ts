// What an article recalls rather than reports: background is kept and shown apart, and never moves a story's status
// (a split twenty years ago must not end this year's story). The extractor marks most of it (claim.time PAST_REF);
// these rules catch what it leaves as news. Ordered; the first that applies names why.
import type { EvidenceRow } from '../store/index.ts';
import { daysBetween } from './adjustments/age.ts';

export type BackgroundRule = { name: string; applies: (row: EvidenceRow) => boolean };

/** The last day a TIMEX3 date value covers ("2018-02" → 2018-02-28, "2016" → 2016-12-31), or null for others. */
export function lastDayOf(value: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const [, year, month, day] = m;
  if (day) return value;
  if (month) return new Date(Date.UTC(Number(year), Number(month), 0)).toISOString().slice(0, 10);
  return `${year}-12-31`;
}

/** How long before the article a dated event is history, not its news (a season of coverage). */
export const RECALLED_AFTER_DAYS = 90;

/**
 * "after the split from Jolie", "since their divorce", "amid her break-up", "after her July 2016 split from fiancé Taylor
 * Kinney" (celebrity-134): the split is presupposed, not reported. So is a headline's "Since Channing Tatum Split",
 * "one year after brief split" (GossipCop headlines); not "after split rumors", whose split is the rumour.
 */
const PRESUPPOSED_SPLIT =
  /\b(?:after|since|following|before|amid|post)\s+(?:the|his|her|their|its)\s+(?:[\p{L}\d-]+\s+){0,2}(?:split|divorce|break-?up|separation)\b/iu;
/** The headline form: no determiner, capitalised names or one describing word before the noun (case-sensitive). */
const PRESUPPOSED_NAMED_SPLIT =
  /\b(?:[Aa]fter|[Ss]ince|[Ff]ollowing|[Aa]mid|[Pp]ost-?)\s*(?:(?:[Bb]rief|[Bb]itter|[Mm]essy|[Rr]ecent)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:[Ss]plit|[Dd]ivorce|[Bb]reak-?[Uu]p|[Ss]eparation)\b(?!\s+(?:[Rr]umou?rs?|[Rr]eports?|[Ss]peculation|[Tt]alk|[Cc]laims?)\b)/u;

/**
 * "shortly after he split from the mother of his two children, Brynn Cameron" (celebrity-119legit), "Selena got
 * custody of the pet after she and Tesfaye broke up" (celebrity-143legit), "Miranda began dating Anderson in December
 * 2015, five months after splitting with Blake" (celebrity-118fake): a clause that dates the news by the split takes the
 * split as known. Not "when they split": "When they split in December, Mantooth
 * says Mars denied any such agreement" (bbc-entertainment-252) tells the split the lawsuit is about.
 */
const PRESUPPOSED_SPLIT_CLAUSE =
  /\b(?:[Aa]fter|[Ss]ince|[Bb]efore|[Ff]ollowing)\s+(?:(?:he|she|they|and|the\s+(?:two|pair|couple)|\p{Lu}[\p{L}'’.-]*)\s+){1,4}(?:had\s+|has\s+|have\s+)?(?:split|separated|divorced|broke\s+up|filed\s+for\s+divorce)\b|\b(?:[Aa]fter|[Ss]ince|[Bb]efore)\s+(?:splitting|separating|divorcing|breaking\s+up|filing\s+for\s+divorce)\b/u;

/**
 * "his split from Angelina", "Wilde's acrimonious split from Sudeikis", "her divorce from Kanye West": a split named as
 * someone's, a definite thing the sentence takes as known. The news is what the sentence says about it or beside it.
 */
const POSSESSED_SPLIT =
  /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:split|divorce|break-?up|separation)\s+(?:from|with)\b/u;

/**
 * "their reps confirmed the breakup before the two tried to reconcile" (celebrity-080fake), "back together after
 * splitting back in 2013" (celebrity-098legit): the sentence tells a reconciliation after the split, so the split is an
 * earlier chapter, not where the pair stand. Only a reconciliation told after the split word: "After a separation and
 * a bid at reconciliation, the star angrily walked out on his wife" (celebrity-080fake) reports a new split.
 */
const RECONCILED_SINCE =
  /\b(?:split|splitting|break-?up|broke\s+up|breaking\s+up|divorce|separation|separated)\b[^.;]{0,60}?\b(?:before\s+(?:(?:the\s+two|the\s+pair|the\s+couple|they)\s+)?(?:(?:tried|attempted|decided|went\s+on)\s+to\s+)?(?:reconcil\w*|get(?:ting)?\s+back\s+together)|(?:but|and)\s+(?:later|eventually|have\s+since|since)\s+(?:reconciled|got\s+back\s+together))\b|\bback\s+together\s+after\s+(?:splitting|(?:their|the)\s+(?:split|break-?up|separation)|breaking\s+up)\b/iu;

/** "Hailey, who is married to Justin Bieber, …", "The two, who married in 2018, …": an aside that identifies. */
const MARRIED_ASIDE =
  /,\s*(?:who|whom)\s+(?:is|['’]s|has been|was)\s+married\s+to\b|,\s*who\s+married\s+in\s+\d{4}\b/iu;

/** "The reality star, who separated from Kanye West earlier this year, …", "The former couple, who divorced four years ago". */
const SPLIT_ASIDE =
  /,\s*(?:who|whom)\s+(?:has\s+|had\s+|recently\s+)?(?:separated|split|divorced|broke\s+up|filed\s+for\s+divorce)\b/iu;

/**
 * "Kim is separated from her husband Kanye West", "she is divorced from her ex-husband": a split told as the state one
 * of the two is in, with a partner noun that says who the other was. The state is known; a split that is news is told
 * as an act ("have separated", "are divorcing", "split").
 */
const SEPARATED_STATE =
  /\b(?:is|are|was|were|['’]s)\s+(?:now\s+|still\s+|legally\s+)?(?:separated|divorced|estranged)\s+from\s+(?:her|his|their)\s+(?:[\p{Ll}-]+\s+)?(?:husband|wife|spouse|partner)\b/iu;

/**
 * "Yeomans was appointed editor of Harper's Bazaar in the UK when she was just 29 years of age", "Pattinson was 22
 * when he was first cast as Edward Cullen": an act dated by the age its subject was then is a life story's past.
 * Not "has died aged 70" nor "at the age of 70": an age given with today's news; nor "when she was five months
 * pregnant", a pregnancy's own course.
 */
const AT_AN_AGE_THEN =
  /\b[Ww]hen\s+(?:he|she|they|\p{Lu}[\p{L}'’-]*)\s+(?:was|were)\s+(?:just\s+|only\s+|still\s+)?(?:\d{1,2}\b(?!\s*(?:months?|weeks?|days?)\b)|a\s+(?:teenager|child|baby|toddler|teen)\b)|\b(?:was|were)\s+(?:just\s+|only\s+)?\d{1,2}\s+when\b/u;

/**
 * "son Pax, 13, who was adopted from Vietnam", "Shiloh, 10, who was born in Namibia", "Brad Pitt, who legally adopted
 * Maddox after settling down with Angelina": a birth or an adoption in an aside says who a child is, not what happened.
 * A birth aside needs the child's age: "a daughter, Shiloh, who was born in Namibia on Saturday" is the news itself.
 */
const FAMILY_ASIDE = /\b\d{1,2},\s*who\s+(?:was|were)\s+(?:born|adopted)\b|,\s*who\s+(?:\p{Ll}+ly\s+)?adopted\b/u;

/** The partner noun that names each stage, for PARTNER_NAMED: "Kourtney's fiancé Travis Barker" names an engagement. */
const PARTNER_NOUNS: Record<string, string> = { engaged: 'fianc[ée]e?', married: 'husband|wife' };

/** Words that tell the stage itself as the sentence's news: "got engaged", "their wedding", "proposed", "tied the knot". */
const STAGE_TOLD =
  /\b(?:engaged|engagement|propos(?:ed|al|es?)|married|marry|marries|marrying|marriage|wed|weds|wedding|nuptials|tied\s+the\s+knot|vows?)\b/iu;

/**
 * "Kourtney's fiancé Travis Barker", "her husband, Kanye West": the partner noun says who the other is; the stage is
 * known, not told, when no word of the sentence tells it ("got engaged", "their wedding").
 */
function partnerNamed(row: EvidenceRow): boolean {
  const noun = PARTNER_NOUNS[row.value];
  if (!noun || STAGE_TOLD.test(row.text)) return false;
  return new RegExp(
    String.raw`(?:\b(?:[Hh]is|[Hh]er)|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:(?:then-|now-)?[\p{Ll}-]+\s+)?(?:${noun}),?\s+\p{Lu}`,
    'u',
  ).test(row.text);
}

export const BACKGROUND_RULES: BackgroundRule[] = [
  // "her former boyfriend, Mac Miller", "married from 2015 to 2017": the extractor's own reading of the clause.
  { name: 'past-ref', applies: (row) => row.claimTime === 'PAST_REF' },
  // "Mac Miller died in September" in a July article: an event the article dates months before itself is history it
  // recalls. Not a principal's word: Davidson looking back on his break-up in 2020 is his word now, on a 2018 split.
  {
    name: 'dated-long-before',
    applies: (row) => {
      if (row.holderKind === 'principal') return false;
      const end = row.claimTime ? lastDayOf(row.claimTime) : null;
      return end !== null && row.published !== null && daysBetween(end, row.published) > RECALLED_AFTER_DAYS;
    },
  },
  // "after the split from Jolie, Pitt contacted Aniston to say sorry" (El País, 2018): the news is the call; the split
  // is what it happened after. Only the split is background: the sentence's other claims stand. Not a principal's own
  // word: Hiddleston, asked "if him and Taylor had remained on friendly terms since the split", replying "Yes. Yes, we
  // are" (celebrity-045legit) acknowledges the split on record.
  {
    name: 'presupposed-split',
    applies: (row) =>
      row.value === 'split' &&
      row.holderKind !== 'principal' &&
      (PRESUPPOSED_SPLIT.test(row.text) || PRESUPPOSED_NAMED_SPLIT.test(row.text)),
  },
  // "Five months later, their reps confirmed the breakup before the two tried to reconcile" (celebrity-080fake, on a
  // marriage their reps now say has not ruptured again): a split since reconciled is history, even a principal's word
  // on it then; it must not end the couple's story today.
  { name: 'reconciled-since', applies: (row) => row.value === 'split' && RECONCILED_SINCE.test(row.text) },
  // "Kendall and Griffin have been hanging out since August — shortly after he split from the mother of his two
  // children, Brynn Cameron" (celebrity-119legit): the news is Kendall and Griffin; his split dates it. Not a
  // principal's own word, as above.
  {
    name: 'presupposed-split-clause',
    applies: (row) =>
      row.value === 'split' && row.holderKind !== 'principal' && PRESUPPOSED_SPLIT_CLAUSE.test(row.text),
  },
  // "she didn't want to be dragged into his split from Angelina" (a 2009 insider quote: Pitt and Jolie split in 2016),
  // "the two weathered plenty: …; Wilde's acrimonious split from Sudeikis; …" (Marie Claire, 2022): the split is a
  // given of the sentence, not its report. Not a principal's own word: Davidson looking back on "his very public
  // break-up with his former fiancée" (2020) is his word on record now.
  {
    name: 'possessed-split',
    applies: (row) => row.value === 'split' && row.holderKind !== 'principal' && POSSESSED_SPLIT.test(row.text),
  },
  // "It is the second health scare Hailey, who is married to Justin Bieber, has shared this year" (Tyla, 2022): the
  // marriage names who she is; the news is the health scare.
  { name: 'identifying-aside', applies: (row) => row.value === 'married' && MARRIED_ASIDE.test(row.text) },
  // "The reality star, who separated from Kanye West earlier this year, hosted Saturday Night Live last month" (New
  // York Daily News, 2021): the split says who she is; the news is the hosting, and the Kim–Pete romance around it.
  { name: 'split-aside', applies: (row) => row.value === 'split' && SPLIT_ASIDE.test(row.text) },
  // "both happen to be single: Kim is separated from her husband Kanye West, now known as Ye, and Pete has just split
  // from Phoebe Dynevor" (Daily Mail, 2021): her separation is the given; the news is Kim and Pete. Not a principal's
  // own word: "I am separated from my husband" is her word on record.
  {
    name: 'separated-state',
    applies: (row) => row.value === 'split' && row.holderKind !== 'principal' && SEPARATED_STATE.test(row.text),
  },
  // "Yeomans was appointed editor of Harper's Bazaar in the UK when she was just 29 years of age" (celebrity-065legit,
  // on who might succeed Anna Wintour): the appointment is her past, told to say who she is. A principal's own "I was
  // 19 when we met" is their word on record, and the rules above leave principals alone too.
  { name: 'at-an-age-then', applies: (row) => row.holderKind !== 'principal' && AT_AN_AGE_THEN.test(row.text) },
  // "the former couple are also parents to son Pax, 13, who was adopted from Vietman; daughter Zahara, 12, who was
  // adopted from Ethiopia; and biological children Shiloh, 10, who was born in Namibia" (celebrity-025legit, on a claim
  // about Maddox's adoption papers): the births and adoptions say who the children are.
  { name: 'family-aside', applies: (row) => FAMILY_ASIDE.test(row.text) },
  // "the comic joined Kim, her sister Kourtney Kardashian and Kourtney's fiancé Travis Barker, a friend of Davidson's
  // friend Machine Gun Kelly" (Daily Mail, 2021, on Kim and Pete): the engagement says who Barker is; the news is the
  // outing. A principal's "my husband" is their word on record.
  { name: 'partner-named', applies: (row) => row.holderKind !== 'principal' && partnerNamed(row) },
];

/** The background rule a row falls under, or null when it is news. */
export const backgroundRule = (row: EvidenceRow): string | null =>
  BACKGROUND_RULES.find((r) => r.applies(row))?.name ?? null;
