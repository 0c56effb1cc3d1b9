// Small pieces the pages share: badges and names.
import type { HolderKind, Stance } from '../../extract/types.ts';
import type { StorySummary } from '../../ledger/types.ts';
import { h } from '../dom.ts';

export function storyName(s: StorySummary): string {
  const who = s.subjects.map((x) => x.name).join(' & ') || 'unknown';
  return `${who} — ${s.type}${s.value ? `: ${s.value}` : ''}`;
}

export function statusBadge(status: string): Element {
  return h('span', { class: `badge status-${status}` }, status);
}

export function holderBadge(kind: HolderKind, name: string | null): Element {
  return h('span', { class: `badge holder kind-${kind}`, title: `held by: ${kind}` }, name ? `${kind}: ${name}` : kind);
}

const STANCE_WORDS: Record<Stance, string> = {
  asserts: 'asserts', hedges: 'speculates', questions: 'asks', denies: 'denies', confirms: 'confirms on record', unconfirmed: 'says unconfirmed',
};

export function stanceBadge(stance: Stance): Element {
  return h('span', { class: `badge stance-${stance}` }, STANCE_WORDS[stance] ?? stance);
}

export function signed(delta: number): string {
  return `${delta >= 0 ? '+' : '−'}${Math.abs(delta).toFixed(2)}`;
}
