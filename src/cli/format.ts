// Terminal rendering of stories: a table for the list, a report for one story.
import type { EditorialState } from '../ledger/editorial.ts';
import type { Story, StorySummary } from '../ledger/index.ts';

const pad = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

/** What the desk did to a story, said at the end of its line: "[flagged as wrong by Ana Reyes, 2026-12-05]". */
function deskMark(state: EditorialState | undefined, id: string): string {
  const marks: string[] = [];
  const by = (a: { editor: string; at: string }) => `by ${a.editor}, ${a.at.slice(0, 10)}`;
  const flagged = state?.flagged.get(id);
  const dismissed = state?.dismissed.get(id);
  const merged = state?.mergedInto.get(id);
  if (flagged) marks.push(`flagged as wrong ${by(flagged)}`);
  if (dismissed) marks.push(`dismissed ${by(dismissed)}`);
  if (merged) marks.push(`merged into ${merged.target ?? '?'} ${by(merged)}`);
  return marks.length ? `  [${marks.join('; ')}]` : '';
}

/** "1 dismissed story is left out (--all lists it)", as the desk's list says it; empty when none is. */
export function leftOutNote({ dismissed, merged }: { dismissed: number; merged: number }): string {
  const parts = [
    dismissed ? `${dismissed} dismissed stor${dismissed === 1 ? 'y' : 'ies'}` : '',
    merged ? `${merged} stor${merged === 1 ? 'y' : 'ies'} merged into another` : '',
  ].filter(Boolean);
  if (!parts.length) return '';
  const one = dismissed + merged === 1;
  return `${parts.join(' and ')} ${one ? 'is' : 'are'} left out (--all lists ${one ? 'it' : 'them'})`;
}

/** "sue: The New York Times": one person's stories of one type are told apart by what they are about. */
const objectOf = (s: Pick<StorySummary, 'object'>): string => (s.object ? `: ${s.object.name}` : '');

export function storiesTable(stories: StorySummary[], state?: EditorialState): string {
  if (stories.length === 0) return 'no stories\n';
  const lines = [
    `${pad('ID', 16)} ${pad('STATUS', 12)} ${pad('SCORE', 5)} ${pad('LAST SEEN', 10)} ${pad('SOURCES', 7)} STORY`,
  ];
  for (const s of stories) {
    const who = s.subjects.map((p) => p.name).join(' & ');
    lines.push(
      `${pad(s.id, 16)} ${pad(s.status, 12)} ${s.score.toFixed(2).padEnd(5)} ${pad(s.lastSeen ?? '?', 10)} ${pad(String(s.sources.length), 7)} ${who}: ${s.type} (${s.value}${objectOf(s)})${deskMark(state, s.id)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const signed = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;

const clip = (text: string): string => {
  const t = text.replace(/\s+/g, ' ');
  return t.length > 160 ? `${t.slice(0, 159)}…` : t;
};

export function storyReport(story: Story): string {
  const out: string[] = [];
  out.push(
    `${story.subjects.map((p) => p.name).join(' & ')}: ${story.type} (${story.value}${objectOf(story)})  [${story.id}]`,
  );
  out.push(
    `status ${story.status}, score ${story.score.toFixed(2)}, seen ${story.firstSeen ?? '?'} – ${story.lastSeen ?? '?'}`,
  );
  // The score is a probability about the headline stage, as of the last evidence (or the --as-of date): say so.
  out.push(
    `score: the probability that "${story.value}" holds as of ${story.lastSeen ?? 'the evidence so far (undated)'}`,
  );
  if (story.statusReason) out.push(`why ${story.statusReason}`);
  const decided = story.stages?.find((x) => x.value === story.value)?.decidedBy;
  if (decided)
    out.push(
      `  decided by: ${decided.holder.kind}${decided.holder.name ? ` ${decided.holder.name}` : ''} (${decided.published ?? 'undated'}), “${clip(decided.text)}” [${decided.article}]`,
    );
  if (story.stages && story.stages.length > 1) {
    out.push(
      `stages: ${story.stages.map((x) => `${x.value} ${x.status} ${x.score.toFixed(2)}${x.firstSeen ? ` since ${x.firstSeen}` : ''}`).join(' · ')}`,
    );
  }
  if (story.origin)
    out.push(
      `started with ${story.origin.source} (article ${story.origin.article}, ${story.origin.published ?? 'undated'})`,
    );
  out.push(
    `sources: ${story.sources.map((s) => `${s.name} (${s.articles} article${s.articles === 1 ? '' : 's'})`).join(', ')}`,
  );
  out.push('', 'evidence:');
  for (const e of story.explanation) {
    const text = e.text.replace(/\s+/g, ' ');
    out.push(
      `  ${signed(e.delta)}  ${e.published ?? '?'}  ${e.holder.kind}${e.holder.name ? ` ${e.holder.name}` : ''}, ${e.stance}: ${e.why}`,
    );
    out.push(`          “${text.length > 160 ? `${text.slice(0, 159)}…` : text}” [${e.article} ${e.start}–${e.end}]`);
  }
  if (story.background.length) {
    out.push('', 'background (recalled history; it does not move the status):');
    for (const b of story.background)
      out.push(`  ${b.published ?? '?'}  ${b.holder.kind}: “${clip(b.text)}” [${b.article}]`);
  }
  if (story.timeline.length) {
    out.push('', 'timeline:');
    for (const t of story.timeline)
      out.push(`  ${t.start}${t.end !== t.start ? `–${t.end}` : ''}  ${t.type}: ${t.summary}`);
  }
  out.push('', 'history:');
  for (const h of story.history) out.push(`  ${h.date}  ${pad(h.status, 12)} ${h.score.toFixed(2)}`);
  return `${out.join('\n')}\n`;
}
