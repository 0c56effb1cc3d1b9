// Small pieces the pages share: badges, names, and stories said in plain words.
import type { HolderKind, Stance } from '../../extract/types.ts';
import type { StoryStage, StorySummary } from '../../ledger/types.ts';
import { h, pct } from '../dom.ts';

/**
 * What a story is about, said once: "relationship: dating", but "health" for type health and value health, and
 * "casting" for casting/cast (a value that only restates its type adds nothing; they share their first four letters).
 */
export function storyLabel(s: Pick<StorySummary, 'type' | 'value'>): string {
  const type = s.type.trim();
  const value = s.value.trim();
  if (!value || restates(type, value)) return type;
  return `${type}: ${value}`;
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

/**
 * The proposition a stage stands for, in plain words: "Zendaya and Tom Holland are engaged". Types and values
 * the desk has no phrase for are said as the ledger names them.
 */
export function proposition(
  s: Pick<StorySummary, 'type' | 'subjects'>,
  value: string,
  options: { they?: boolean } = {},
): string {
  const people = s.subjects.map((x) => x.name);
  const who = options.they && people.length > 1 ? 'they' : names(people);
  const are = people.length > 1 ? 'are' : 'is';
  const have = people.length > 1 ? 'have' : 'has';
  if (s.type === 'relationship') {
    const partner = people.length > 1 ? '' : ' someone';
    if (value === 'dating') return `${who} ${are} dating${partner}`;
    if (value === 'engaged') return `${who} ${are} engaged${partner ? ' to someone' : ''}`;
    if (value === 'married') return `${who} ${are} married${partner ? ' to someone' : ''}`;
    if (value === 'split') return `${who} ${have} split${partner ? ' from someone' : ''}`;
  }
  if (s.type === 'pregnancy') return `${who} ${are} expecting a baby`;
  if (s.type === 'casting') return `${who} ${have} been cast in a role`;
  if (s.type === 'feud') return people.length > 1 ? `${who} are feuding` : `${who} is in a feud`;
  if (s.type === 'health') return `${who} ${have} a health problem`;
  return `${who}: ${storyLabel({ type: s.type, value })}`;
}

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
