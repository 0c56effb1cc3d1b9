// The entity and story pages as the API reads them: a page of their long lists, from what the store keeps (names
// counted at ingest, a story as last assembled) rather than from every article and evidence row on each request.
// GET /api/entities/:id parsed every stored extraction the entity appears in (2.1 s for one in 12,000 articles of a
// 94,000-article ledger), GET /api/stories/:id replayed the story's history (1.9 s and 2.7 MB for 4,956 rows).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import priors from '../../data/priors.json' with { type: 'json' };
import type { Store, StoryReadList, StoryRow } from '../store/index.ts';
import { inNameOrder, namesUsed } from './aliases.ts';
import type { EntityDetail, EvidenceItem, PageRequest, Story, StoryPage, StorySummary } from './types.ts';
import { NEAR_ZERO, stageOfWhy } from './types.ts';

/** Items of each long list in a page when the caller does not say: every story of the dev corpora fits in one. */
export const PAGE_SIZE = 200;

/**
 * What a stored story read was assembled by: a hash of the code that assembles one, this folder's modules (the stages,
 * background rules, score adjustments) and the priors they read, taken once per process. Any change to them assembles
 * stories again rather than serve what older code said; a read from a process that cannot see its own files is kept
 * for that process only.
 */
let readBasis: string | undefined;
export function codeBasis(): string {
  if (readBasis !== undefined) return readBasis;
  try {
    // This module's own source, so a run from the build (scripts/build.js keeps a .ts URL naming src/) hashes src/ledger.
    readBasis = hashOfCode(path.dirname(fileURLToPath(new URL('./reads.ts', import.meta.url))));
  } catch {
    readBasis = createHash('sha256').update(`process ${process.pid} ${Date.now()}`).digest('hex').slice(0, 12);
  }
  return readBasis;
}

/** The hash of the priors and of every module under `dir` (its path and its text). */
export function hashOfCode(dir: string): string {
  const hash = createHash('sha256').update(JSON.stringify(priors));
  for (const file of codeFiles(dir)) hash.update(path.relative(dir, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/** The modules under `dir`, sorted, less tests and their data. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (d) => d.isFile() && /\.(?:[cm]?[jt]s|json)$/.test(d.name) && !/\.test\.|\.cases\.json$|\.snapshot/.test(d.name),
    )
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** What a stored read holds (StoryPage less its page): raised when that changes, so older ones are assembled again. */
const READ_SHAPE = 1;

const LISTS: readonly StoryReadList[] = ['explanation', 'background', 'timeline'];

function pageOf(page: PageRequest = {}): { limit: number; offset: number } {
  return { limit: Math.max(1, page.limit ?? PAGE_SIZE), offset: Math.max(0, Number(page.cursor ?? 0) || 0) };
}

const nextOf = (offset: number, limit: number, totals: number[]): string | null =>
  totals.some((n) => offset + limit < n) ? String(offset + limit) : null;

/**
 * An entity with a page of its appearances and stories (one cursor for both). Its names are read from the counts
 * ingest keeps when `namesCounted` says they are complete (see fillNames), else from its articles as before.
 */
export async function entityPage(
  store: Store,
  id: string,
  page: PageRequest | undefined,
  { namesCounted, summaryFrom }: { namesCounted: () => Promise<boolean>; summaryFrom: (row: StoryRow) => StorySummary },
): Promise<EntityDetail | null> {
  const entity = await store.entity(id);
  if (!entity) return null;
  const { limit, offset } = pageOf(page);
  const appearances = await store.appearancePage(id, { limit, offset }, page?.order);
  const names = (await namesCounted())
    ? inNameOrder(
        (await store.entityNames(id)).map(({ text, kind, count }) => ({
          text,
          kind: kind === 'name' ? ('name' as const) : ('epithet' as const),
          count,
        })),
      )
    : await namesUsed(
        store,
        entity,
        (await store.appearances(id)).map((a) => a.article),
      );
  const stories = await store.storiesOfPage(id, { limit, offset }, page?.exclude);
  return {
    ...entity,
    articles: appearances.total,
    appearances: appearances.rows,
    next: nextOf(offset, limit, [appearances.total, stories.total]),
    totals: { appearances: appearances.total, stories: stories.total },
    appearanceDays: await store.appearanceDays(id),
    stories: stories.rows.map(summaryFrom),
    names,
  };
}

/** What a story read depends on besides the code: the stored row, how many evidence rows, the track records' version. */
async function basisOf(store: Store, id: string): Promise<string | null> {
  const row = await store.story(id);
  if (!row) return null;
  const { outcomes, scored } = await store.scoreState();
  const rows = await store.evidenceCount(id);
  const stored = createHash('sha256').update(JSON.stringify(row)).digest('hex').slice(0, 16);
  return [codeBasis(), READ_SHAPE, outcomes, scored, rows, stored].join('|');
}

/** The headline stage's items name no stage before their why (whyOfStage). */
const ofHeadline = (item: EvidenceItem): boolean => stageOfWhy(item.why) === null;

/** What a verdict names of the whole explanation (StoryPage.verdict). */
function verdictOf(story: Story): StoryPage['verdict'] {
  const decidedBy = story.stages?.find((s) => s.value === story.value)?.decidedBy;
  const decided = decidedBy
    ? story.explanation.findIndex(
        (e) => e.article === decidedBy.article && e.start === decidedBy.start && e.end === decidedBy.end,
      )
    : -1;
  let up: StoryPage['verdict']['for'] = null;
  let down: StoryPage['verdict']['against'] = null;
  const onRecord = new Set<string | null>();
  story.explanation.forEach((item, index) => {
    if (!ofHeadline(item)) return;
    if (item.holder.kind === 'principal' && (item.stance === 'confirms' || item.stance === 'denies'))
      onRecord.add(item.holder.name ?? null);
    if (item.delta >= NEAR_ZERO && (!up || item.delta > up.item.delta)) up = { index, item };
    if (item.delta <= -NEAR_ZERO && (!down || item.delta < down.item.delta)) down = { index, item };
  });
  return { decided: decided >= 0 ? decided : null, for: up, against: down, onRecord: [...onRecord] };
}

function sliced(story: Story, limit: number, offset: number): StoryPage {
  const cut = <T>(items: T[]) => items.slice(offset, offset + limit);
  const totals = {
    explanation: story.explanation.length,
    background: story.background.length,
    timeline: story.timeline.length,
  };
  return {
    ...story,
    explanation: cut(story.explanation),
    background: cut(story.background),
    timeline: cut(story.timeline),
    next: nextOf(offset, limit, Object.values(totals)),
    totals,
    verdict: verdictOf(story),
  };
}

/**
 * The story `id` with a page of its explanation, background and timeline. As of today it is read from the story as
 * last assembled when nothing it was assembled from changed (basisOf); else `assembled` makes it, and it is kept for
 * the next read. As of a date it is assembled each time.
 */
export async function storyPage(
  store: Store,
  id: string,
  page: PageRequest | undefined,
  { asOf, assembled }: { asOf?: string; assembled: () => Promise<Story | null> },
): Promise<StoryPage | null> {
  const { limit, offset } = pageOf(page);
  if (asOf !== undefined) {
    const story = await assembled();
    return story && sliced(story, limit, offset);
  }
  // Before the evidence is read: a row added meanwhile makes the kept read out of date, never the other way round.
  const basis = await basisOf(store, id);
  const kept = basis === null ? null : await store.storyRead(id);
  if (kept && kept.basis === basis) {
    const [explanation, background, timeline] = await Promise.all(
      LISTS.map((list) => store.storyReadItems(id, list, { limit, offset })),
    );
    const { history, verdict, ...front } = kept.head as Omit<StoryPage, StoryReadList | 'next' | 'totals'>;
    // In the order a fresh read gives (sliced): the story's own, then the page's.
    return {
      ...front,
      explanation: explanation as Story['explanation'],
      background: background as Story['background'],
      timeline: timeline as Story['timeline'],
      history,
      next: nextOf(offset, limit, Object.values(kept.counts)),
      totals: kept.counts,
      verdict,
    };
  }
  const story = await assembled();
  if (!story) return null;
  if (basis !== null) await keep(store, story, basis);
  return sliced(story, limit, offset);
}

/**
 * Keeps the assembled story for the next read. Best effort: a ledger opened to read only (the CLI's read commands)
 * cannot write, and the answer in hand is right either way.
 */
async function keep(store: Store, story: Story, basis: string): Promise<void> {
  const { explanation, background, timeline, ...rest } = story;
  const head = { ...rest, verdict: verdictOf(story) };
  try {
    await store.transaction((tx) =>
      tx.putStoryRead(story.id, { basis, head, lists: { explanation, background, timeline } }),
    );
  } catch {
    // Read-only, or busy: the next read assembles it again.
  }
}
