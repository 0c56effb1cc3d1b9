// Small pieces the pages share: badges, names, and stories said in plain words.
import type { HolderKind, Stance } from '../../extract/types.ts';
import type { StoryStage, StorySummary } from '../../ledger/types.ts';
import { h, pct } from '../dom.ts';

/**
 * What a story is about, said once: "relationship: dating", but "health" for type health and value health, and
 * "casting" for casting/cast (a value that only restates its type adds nothing; they share their first four letters).
 */
export function storyLabel(s: Pick<StorySummary, 'type' | 'value' | 'object'>): string {
  const type = s.type.trim();
  const value = s.value.trim();
  const about = s.object ? ` (${s.object.name})` : '';
  if (!value || restates(type, value)) return `${type}${about}`;
  return `${type}: ${value}${about}`;
}

const restates = (type: string, value: string) => {
  const a = type.toLowerCase(),
    b = value.toLowerCase();
  return a === b || (a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4));
};

export const subjectNames = (s: Pick<StorySummary, 'subjects'>): string =>
  s.subjects.map((x) => x.name).join(' & ') || 'unknown';

export function storyName(s: StorySummary): string {
  return `${subjectNames(s)} — ${storyLabel(s)}`;
}

/** "A", "A and B", "A, B and C". */
export function names(list: string[]): string {
  if (list.length <= 1) return list[0] ?? 'someone';
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** A story's subjects with their entity type, when the page has it (GET /api/desk/stories/:id adds it). */
type Subject = { id: string; name: string; type?: string };

/** Who a proposition is about, conjugated: "Zendaya and Tom Holland are", "Hailey Bieber has", "in The Batman". */
type Said = { who: string; is: string; has: string; one: boolean; work: string | null };

/** A relationship stage, said of a pair or of one person ("Ariana Grande is engaged to someone"). */
function relationship(value: string, verb: 'is' | 'has', alone: string): Proposition {
  return { name: value, type: 'relationship', value, say: (x) => `${x.who} ${x[verb]} ${value}${x.one ? alone : ''}` };
}

type Proposition = { name: string; type: string; value?: string; say: (x: Said) => string };

/**
 * How each type and value of a story is said, first match wins (`value` absent: any value of the type). The values
 * are those of data/lexicons/claims.json and open-claims.json; a type or value not here is said as the ledger names it.
 */
const PROPOSITIONS: Proposition[] = [
  relationship('dating', 'is', ' someone'),
  relationship('engaged', 'is', ' to someone'),
  relationship('married', 'is', ' to someone'),
  relationship('split', 'has', ' from someone'),
  // A pregnancy story's later stage: "born" (Hailey Bieber's son, 2024-08-26).
  { name: 'born', type: 'pregnancy', value: 'born', say: (x) => `${x.who} ${x.has} had a baby` },
  { name: 'pregnant', type: 'pregnancy', say: (x) => `${x.who} ${x.is} expecting a baby` },
  // A casting names its work among its subjects ("The Batman" with Robert Pattinson): said as the role's place.
  { name: 'direct', type: 'casting', value: 'direct', say: (x) => `${x.who} will direct ${x.work ?? 'a production'}` },
  { name: 'write', type: 'casting', value: 'write', say: (x) => `${x.who} will write ${x.work ?? 'a production'}` },
  { name: 'host', type: 'casting', value: 'host', say: (x) => `${x.who} will host ${x.work ?? 'a show'}` },
  { name: 'cast', type: 'casting', say: (x) => `${x.who} ${x.has} been cast in ${x.work ?? 'a role'}` },
  {
    name: 'feud-over',
    type: 'feud',
    value: 'over',
    say: (x) => `${x.who} ${x.has} ended ${x.one ? 'a' : 'their'} feud`,
  },
  { name: 'feud', type: 'feud', say: (x) => (x.one ? `${x.who} is in a feud` : `${x.who} are feuding`) },
  { name: 'health', type: 'health', say: (x) => `${x.who} ${x.has} a health problem` },
  { name: 'death', type: 'death', say: (x) => `${x.who} ${x.has} died` },
  { name: 'award-win', type: 'award', value: 'win', say: (x) => `${x.who} ${x.has} won an award` },
  {
    name: 'award-nominate',
    type: 'award',
    value: 'nominate',
    say: (x) => `${x.who} ${x.has} been nominated for an award`,
  },
  { name: 'award-honour', type: 'award', value: 'honour', say: (x) => `${x.who} ${x.has} been honoured` },
  { name: 'career-quit', type: 'career', value: 'quit', say: (x) => `${x.who} ${x.has} quit a job or project` },
  { name: 'band-split', type: 'band-split', say: (x) => `${x.who} ${x.has} split up` },
  { name: 'eviction', type: 'eviction', say: (x) => `${x.who} ${x.has} been voted out` },
  { name: 'career-retire', type: 'career', value: 'retire', say: (x) => `${x.who} ${x.is} retiring` },
  { name: 'career-fired', type: 'career', value: 'fired', say: (x) => `${x.who} ${x.has} been fired` },
  { name: 'career-decline', type: 'career', value: 'decline', say: (x) => `${x.who} ${x.has} turned down a job` },
  { name: 'career-return', type: 'career', value: 'return', say: (x) => `${x.who} ${x.is} making a comeback` },
  {
    name: 'career-sign',
    type: 'career',
    value: 'sign',
    say: (x) => `${x.who} ${x.has} signed with a new label or agency`,
  },
  { name: 'career-succeed', type: 'career', value: 'succeed', say: (x) => `${x.who} ${x.is} replacing someone` },
  { name: 'career-release', type: 'career', value: 'release', say: (x) => `${x.who} ${x.is} releasing new work` },
  { name: 'career-tour', type: 'career', value: 'tour', say: (x) => `${x.who} ${x.is} touring` },
  {
    name: 'career-appoint',
    type: 'career',
    value: 'appoint',
    say: (x) => `${x.who} ${x.has} been appointed to a post`,
  },
  { name: 'career-debut', type: 'career', value: 'debut', say: (x) => `${x.who} ${x.is} making a debut` },
  // open-claims.json's appearances ("have been added to the line-up for a two-hour US TV special", bbc-entertainment-182).
  {
    name: 'appearance-attend',
    type: 'appearance',
    value: 'attend',
    say: (x) => `${x.who} ${x.is} appearing at an event`,
  },
  { name: 'appearance-skip', type: 'appearance', value: 'skip', say: (x) => `${x.who} ${x.has} skipped an event` },
  // open-claims.json's ventures ("is launching her new scent on Wednesday", celebrity-109legit).
  {
    name: 'business-launch',
    type: 'business',
    value: 'launch',
    say: (x) => `${x.who} ${x.is} launching a business or product`,
  },
  { name: 'legal-win', type: 'legal', value: 'win', say: (x) => `${x.who} ${x.has} won or lost a court case` },
  {
    name: 'legal-injunction',
    type: 'legal',
    value: 'injunction',
    say: (x) => `${x.who} ${x.has} obtained an injunction`,
  },
  { name: 'legal-sue', type: 'legal', value: 'sue', say: (x) => `${x.who} ${x.is} suing someone` },
  { name: 'legal-charge', type: 'legal', value: 'charge', say: (x) => `${x.who} ${x.has} been charged` },
  {
    // "ordered to pay almost $90,000 in damages", "a $500 fine" (celebrity-106legit): a penalty, not earnings.
    name: 'legal-penalty',
    type: 'legal',
    value: 'penalty',
    say: (x) => `${x.who} ${x.has} been ordered to pay a fine or damages`,
  },
  { name: 'legal-arrest', type: 'legal', value: 'arrest', say: (x) => `${x.who} ${x.has} been arrested` },
  { name: 'legal-convict', type: 'legal', value: 'convict', say: (x) => `${x.who} ${x.has} been convicted` },
  { name: 'legal-sentence', type: 'legal', value: 'sentence', say: (x) => `${x.who} ${x.has} been sentenced` },
  { name: 'legal-fine', type: 'legal', value: 'fine', say: (x) => `${x.who} ${x.has} been fined` },
  { name: 'legal-deport', type: 'legal', value: 'deport', say: (x) => `${x.who} ${x.has} been deported` },
  { name: 'legal-acquit', type: 'legal', value: 'acquit', say: (x) => `${x.who} ${x.has} been acquitted` },
  { name: 'legal-plead', type: 'legal', value: 'plead', say: (x) => `${x.who} ${x.has} entered a plea in court` },
  { name: 'legal-accuse', type: 'legal', value: 'accuse', say: (x) => `${x.who} ${x.has} been accused of wrongdoing` },
  {
    name: 'legal-investigate',
    type: 'legal',
    value: 'investigate',
    say: (x) => `${x.who} ${x.is} under investigation`,
  },
  { name: 'legal-settle', type: 'legal', value: 'settle', say: (x) => `${x.who} ${x.has} settled a legal dispute` },
  { name: 'legal-assault', type: 'legal', value: 'assault', say: (x) => `${x.who} ${x.is} accused of assault` },
  { name: 'money-deal', type: 'money', value: 'deal', say: (x) => `${x.who} ${x.has} signed a deal` },
  { name: 'money-buy', type: 'money', value: 'buy', say: (x) => `${x.who} ${x.has} bought a property or business` },
  { name: 'money-sell', type: 'money', value: 'sell', say: (x) => `${x.who} ${x.is} selling a property or business` },
  { name: 'money-donate', type: 'money', value: 'donate', say: (x) => `${x.who} ${x.has} made a donation` },
  { name: 'money-earn', type: 'money', value: 'earn', say: (x) => `${x.who} ${x.has} earned a large sum` },
  { name: 'money-owe', type: 'money', value: 'owe', say: (x) => `${x.who} ${x.one ? 'owes' : 'owe'} money` },
  { name: 'money-bankrupt', type: 'money', value: 'bankrupt', say: (x) => `${x.who} ${x.has} filed for bankruptcy` },
  { name: 'move', type: 'move', say: (x) => `${x.who} ${x.is} moving home` },
  { name: 'wedding-plans', type: 'wedding-plans', say: (x) => `${x.who} ${x.is} planning a wedding` },
  { name: 'family-birth', type: 'family', value: 'birth', say: (x) => `${x.who} ${x.has} had a baby` },
  { name: 'family-baby-name', type: 'family', value: 'baby-name', say: (x) => `${x.who} ${x.has} named a baby` },
  { name: 'family-parent', type: 'family', value: 'parent', say: (x) => `${x.who} ${x.has} become a parent` },
  { name: 'family-adopt', type: 'family', value: 'adopt', say: (x) => `${x.who} ${x.has} adopted a child` },
  {
    name: 'cosmetic-procedure',
    type: 'cosmetic',
    value: 'procedure',
    say: (x) => `${x.who} ${x.has} had a cosmetic procedure`,
  },
  { name: 'family-custody', type: 'family', value: 'custody', say: (x) => `${x.who} ${x.is} in a custody dispute` },
  { name: 'chart-top', type: 'chart', value: 'top', say: (x) => `${x.who} ${x.has} topped a chart` },
  { name: 'chart', type: 'chart', say: (x) => `${x.who} ${x.has} placed in a chart` },
  {
    name: 'politics-endorse',
    type: 'politics',
    value: 'endorse',
    say: (x) => `${x.who} ${x.has} endorsed a candidate`,
  },
  { name: 'politics-run', type: 'politics', value: 'run', say: (x) => `${x.who} ${x.is} running for office` },
  {
    name: 'personal-convert',
    type: 'personal',
    value: 'convert',
    say: (x) => `${x.who} ${x.has} converted to a faith`,
  },
  { name: 'education', type: 'education', say: (x) => `${x.who} ${x.is} studying` },
  { name: 'vacation', type: 'vacation', say: (x) => `${x.who} ${x.is} on holiday` },
];

/**
 * The proposition a stage stands for, in plain words: "Zendaya and Tom Holland are engaged", "Robert Pattinson has
 * been cast in The Batman". Types and values the desk has no phrase for are said as the ledger names them.
 */
export function proposition(
  s: { type: string; subjects: Subject[]; object?: { name: string } },
  value: string,
  options: { they?: boolean } = {},
): string {
  // "Harvey Weinstein is suing someone (The New York Times)": one person's stories of a type differ by their object.
  const about = s.object ? ` (${s.object.name})` : '';
  const rule = PROPOSITIONS.find((r) => r.type === s.type && (r.value === undefined || r.value === value));
  // A work is where a casting happens, not who is cast; elsewhere every subject is someone the story is about.
  const works = rule?.type === 'casting' ? s.subjects.filter((x) => x.type === 'work') : [];
  const people = s.subjects.filter((x) => !works.includes(x)).map((x) => x.name);
  const one = people.length <= 1;
  const who = options.they && !one ? 'they' : names(people);
  if (!rule) return `${who}: ${storyLabel({ type: s.type, value })}${about}`;
  const said = rule.say({
    who,
    is: one ? 'is' : 'are',
    has: one ? 'has' : 'have',
    one,
    work: works.length ? names(works.map((x) => x.name)) : null,
  });
  return `${said}${about}`;
}

/** The rules' names and what they say, for the tests. */
export const PROPOSITION_RULES: ReadonlyArray<{ name: string; type: string; value?: string }> = PROPOSITIONS;

/** Statuses that say something has been settled or weighed, shown with the day they took hold. */
const DATED_STATUSES = new Set(['confirmed', 'corroborated', 'denied', 'contested', 'ended']);

/** The day a stage's current status took hold: the earliest day of its last unbroken run in the history. */
export function statusSince(stage: Pick<StoryStage, 'status' | 'history' | 'firstSeen'>): string | null {
  let since: string | null = null;
  for (const step of [...stage.history].reverse()) {
    if (step.status !== stage.status) break;
    since = step.date;
  }
  return since ?? stage.firstSeen;
}

/**
 * Text with each day (2022-08-24) in a span that does not wrap: a phone broke "since 2022-08-" from "24" at the hyphen.
 */
export function wholeDays(text: string): Array<Node | string> {
  return text
    .split(/(\d{4}-\d{2}-\d{2})/)
    .map((part, i) => (i % 2 ? h('span', { class: 'day' }, part) : part))
    .filter((part) => part !== '');
}

/** "dating: confirmed since 2023-12-07", "engaged: reported". */
export function stageLine(stage: StoryStage): string {
  const since = DATED_STATUSES.has(stage.status) ? statusSince(stage) : null;
  return `${stage.value}: ${stage.status}${since ? ` since ${since}` : ''}`;
}

export function statusBadge(status: string): Element {
  return h('span', { class: `badge status-${status}` }, status);
}

/** Each holder kind has a shape as well as a colour (the timeline's marks use the same). */
export const HOLDER_SHAPE: Record<HolderKind, string> = {
  principal: '●',
  outlet: '■',
  anonymous: '▲',
  'named-source': '◆',
  author: '○',
  fans: '★',
};

export const HOLDER_WORDS: Record<HolderKind, string> = {
  principal: 'someone involved',
  outlet: 'an outlet',
  anonymous: 'an anonymous source',
  'named-source': 'a named source',
  author: "the article's own voice",
  fans: 'fans',
};

/**
 * A holder's kind with its meaning when the meaning says more than the kind: "principal (someone involved)", but
 * "outlet", not "outlet (an outlet)" (the timeline's key said it twice), and "fans", not "fans (fans)".
 */
export function holderKind(kind: HolderKind, join: (kind: string, words: string) => string): string {
  const words = HOLDER_WORDS[kind] ?? kind;
  return words.replace(/^(an?|the) /, '') === kind ? kind : join(kind, words);
}

/** "principal: Tom Holland"; the kind alone when the name only repeats it ("fans: Fans" said "fans" twice). */
export function holderText(kind: HolderKind, name: string | null): string {
  const said = name?.trim().toLowerCase();
  return name && said !== kind && said !== kind.replace(/s$/, '') ? `${kind}: ${name}` : kind;
}

export function holderBadge(kind: HolderKind, name: string | null): Element {
  return h(
    'span',
    { class: `badge holder kind-${kind}`, title: `held by: ${HOLDER_WORDS[kind] ?? kind}` },
    h('span', { 'aria-hidden': 'true' }, `${HOLDER_SHAPE[kind] ?? '•'} `),
    holderText(kind, name),
  );
}

export const STANCE_WORDS: Record<Stance, string> = {
  asserts: 'asserts',
  hedges: 'speculates',
  questions: 'asks',
  denies: 'denies',
  confirms: 'confirms on record',
  unconfirmed: 'says unconfirmed',
};

export function stanceBadge(stance: Stance): Element {
  return h('span', { class: `badge stance-${stance}` }, STANCE_WORDS[stance] ?? stance);
}

export function signed(delta: number): string {
  return `${delta >= 0 ? '+' : '−'}${Math.abs(delta).toFixed(2)}`;
}

/** A score change in percentage points, as a reader counts them: "+4.5 pts", "−12 pts". */
export function points(delta: number): string {
  const p = Math.abs(delta * 100);
  return `${delta >= 0 ? '+' : '−'}${p >= 10 ? p.toFixed(0) : p.toFixed(1)} pts`;
}

export { pct };
