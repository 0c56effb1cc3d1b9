// Journalists' actions on stories, kept in the audit log (store.editorialLog) and respected by the ledger: a story
// flagged as wrong or dismissed stays so whatever evidence arrives later (the state lives in the log, not in the
// story row that ingest and rescoring rewrite), and a story merged into another has its evidence filed under the
// other, now and at every later ingest (routeMerged, ingest's one hook). An undo is a new entry that reverses one.
import type { EditorialAction, EditorialQuery, EntityListing, EntityListingQuery, EvidenceRow, Store, StoreTx } from '../store/index.ts';
import { ledgerIdsOf } from './aliases.ts';
import { storyKey, type ArticleEvidence } from './evidence.ts';
import { recompute } from './ingest.ts';
import type { Ledger } from './types.ts';

/** What is in force after replaying the log: each story's flag, dismissal and merge (the action that did it). */
export type EditorialState = {
  flagged: Map<string, EditorialAction>;
  dismissed: Map<string, EditorialAction>;
  mergedInto: Map<string, EditorialAction>;
};

/** Replays the log in the order it was written: an action holds until an undo names it. */
export function stateOf(log: EditorialAction[]): EditorialState {
  const state: EditorialState = { flagged: new Map(), dismissed: new Map(), mergedInto: new Map() };
  const slot = (a: EditorialAction) => (a.kind === 'flag' ? state.flagged : a.kind === 'dismiss' ? state.dismissed : a.kind === 'merge' ? state.mergedInto : null);
  const bySeq = new Map(log.map((a) => [a.seq, a]));
  for (const a of [...log].sort((x, y) => x.seq - y.seq)) {
    if (a.kind !== 'undo') {
      slot(a)?.set(a.subject, a);
      continue;
    }
    const undone = a.undoes === null ? undefined : bySeq.get(a.undoes);
    const map = undone ? slot(undone) : null;
    if (undone && map?.get(undone.subject)?.seq === undone.seq) map.delete(undone.subject);
  }
  return state;
}

/** The story a story's evidence is filed under: itself, or the end of its chain of merges. */
export function finalStory(state: EditorialState, id: string): string {
  const seen = new Set<string>();
  let at = id;
  while (state.mergedInto.has(at) && !seen.has(at)) {
    seen.add(at);
    at = state.mergedInto.get(at)!.target!;
  }
  return at;
}

/**
 * Ingest's hook: evidence for a story merged into another is filed under the other (a later article about
 * "Beyonce & Jay Z" lands in the "Beyoncé & Jay-Z" story they were merged into). One query when nothing is merged.
 */
export async function routeMerged(tx: StoreTx, evidence: ArticleEvidence): Promise<ArticleEvidence> {
  const log = await tx.editorialLog({ kinds: ['merge', 'undo'] });
  if (!log.some((a) => a.kind === 'merge')) return evidence;
  const state = stateOf(log);
  const stories: ArticleEvidence['stories'] = new Map();
  for (const [id, key] of evidence.stories) {
    const final = finalStory(state, id);
    const row = final === id ? null : await tx.story(final);
    if (row) stories.set(final, { ...key, id: final, key: row.key, type: row.type, value: row.value });
    else stories.set(id, key);
  }
  const rows = evidence.rows.map((r) => {
    const final = finalStory(state, r.story);
    return stories.has(final) ? { ...r, story: final } : r;
  });
  return { stories, rows };
}

export class EditorialRefused extends Error {
  constructor(readonly status: 400 | 404 | 409, message: string) {
    super(message);
  }
}

export type ActionRequest = {
  kind: 'flag' | 'dismiss' | 'merge' | 'undo';
  story: string;
  /** merge: the story to merge into. */
  into?: string;
  /** undo: the seq of the action to reverse. */
  undoes?: number;
  editor: string;
  note?: string | null;
};

/** One story's editorial state, as its page and the API show it. */
export type StoryEditorial = {
  flagged: EditorialAction | null;
  dismissed: EditorialAction | null;
  mergedInto: EditorialAction | null;
  /** Stories merged into this one (directly), with the action that merged each. */
  merged: EditorialAction[];
};

export function storyEditorial(state: EditorialState, id: string): StoryEditorial {
  return {
    flagged: state.flagged.get(id) ?? null,
    dismissed: state.dismissed.get(id) ?? null,
    mergedInto: state.mergedInto.get(id) ?? null,
    merged: [...state.mergedInto.values()].filter((a) => a.target === id),
  };
}

/** Articles read for an epithet search: the full-text index's best matches. */
const EPITHET_ARTICLES = 200;

export type EditorialDesk = {
  act(request: ActionRequest): Promise<EditorialAction>;
  log(query?: EditorialQuery): Promise<EditorialAction[]>;
  state(): Promise<EditorialState>;
  /** What stories are about (type, value, subjects), read from their stored rows: a merged story has no evidence left to assemble. */
  briefs(ids: string[]): Promise<StoryBrief[]>;
  /**
   * The stories an article's evidence feeds (a merged one as the story it joined), each with the article's own items:
   * the article page's "Stories it feeds".
   */
  articleStories(article: string): Promise<ArticleStory[]>;
  /** Every story's stored status and score, by id. */
  storyStates(): Promise<Map<string, { status: string; score: number }>>;
  /**
   * Entities the articles call by words holding every word of `q` ("Bond girl" → Ana de Armas, called "the Bond
   * girl"): epithets are mentions, not aliases, so the name search cannot find them. Most used first.
   */
  epithets(q: string): Promise<EpithetMatch[]>;
  entityListing(query: EntityListingQuery): Promise<EntityListing>;
};

export type EpithetMatch = { entity: string; name: string; type: string; text: string; count: number };

export type ArticleStory = StoryBrief & {
  status: string; score: number;
  items: Array<{ holder: EvidenceRow['holderKind']; holderName: string | null; stance: EvidenceRow['stance']; start: number; end: number }>;
};

export type StoryBrief = { id: string; type: string; value: string; subjects: Array<{ id: string; name: string }> };

export function editorialDesk(store: Store): EditorialDesk {
  return {
    act: (request) => store.transaction((tx) => act(tx, request)),
    log: (query) => store.editorialLog(query),
    state: async () => stateOf(await store.editorialLog()),
    async briefs(ids) {
      const rows = await Promise.all([...new Set(ids)].map((id) => store.story(id)));
      return rows.filter((r) => r !== null).map((r) => ({ id: r.id, type: r.type, value: r.value, subjects: r.subjects }));
    },
    async epithets(q) {
      const words = q.toLowerCase().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      if (words.length === 0) return [];
      const has = words.map((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u'));
      const found = new Map<string, Map<string, number>>();
      // Full-text search narrows the articles to read; the mention itself must hold every word.
      for (const id of await store.searchArticles(q, EPITHET_ARTICLES)) {
        const row = await store.article(id);
        if (!row) continue;
        const map = (await store.articleEntities(id)) ?? (await ledgerIdsOf(store, id, row.extraction.entities));
        for (const e of row.extraction.entities) {
          const entity = map[e.id];
          if (!entity) continue;
          for (const m of e.mentions) {
            const text = m.text.toLowerCase();
            if (!has.every((r) => r.test(text))) continue;
            const uses = found.get(entity) ?? new Map<string, number>();
            uses.set(m.text, (uses.get(m.text) ?? 0) + 1);
            found.set(entity, uses);
          }
        }
      }
      const out: EpithetMatch[] = [];
      for (const [id, uses] of found) {
        const entity = await store.entity(id);
        if (!entity) continue;
        // Said by its most used form ("the Bond girl"), counted over all of them.
        const [text] = [...uses].sort((a, b) => b[1] - a[1])[0]!;
        out.push({ entity: id, name: entity.name, type: entity.type, text, count: [...uses.values()].reduce((a, b) => a + b, 0) });
      }
      return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    },
    entityListing: (query) => store.entityListing(query),
    async storyStates() {
      return new Map((await store.storyStates()).map(({ id, ...s }) => [id, s]));
    },
    async articleStories(article) {
      const out: ArticleStory[] = [];
      for (const id of await store.articleStories(article)) {
        const row = await store.story(id);
        if (!row) continue;
        const items = (await store.evidence(id)).filter((e) => e.article === article)
          .map((e) => ({ holder: e.holderKind, holderName: e.holderName, stance: e.stance, start: e.start, end: e.end }));
        out.push({ id: row.id, type: row.type, value: row.value, subjects: row.subjects, status: row.status, score: row.score, items });
      }
      return out;
    },
  };
}

// The API reaches the desk through the ledger it is given (it never sees the store): ledgerOver attaches it.
const desks = new WeakMap<Ledger, EditorialDesk>();
export function attachDesk(ledger: Ledger, store: Store): Ledger {
  desks.set(ledger, editorialDesk(store));
  return ledger;
}
export function deskOf(ledger: Ledger): EditorialDesk | null {
  return desks.get(ledger) ?? null;
}

async function act(tx: StoreTx, request: ActionRequest): Promise<EditorialAction> {
  const before = stateOf(await tx.editorialLog());
  const story = await tx.story(request.story);
  if (!story) throw new EditorialRefused(404, `no story with id "${request.story}"`);
  const entry = { about: 'story' as const, subject: story.id, target: null, undoes: null, editor: request.editor, note: request.note ?? null, at: new Date().toISOString() };
  const merged = before.mergedInto.get(story.id);
  if (request.kind !== 'undo' && merged) {
    throw new EditorialRefused(409, `story "${story.id}" was merged into "${merged.target}" by ${merged.editor} (${merged.at}): act on that story, or undo the merge`);
  }
  if (request.kind === 'flag' || request.kind === 'dismiss') {
    const held = (request.kind === 'flag' ? before.flagged : before.dismissed).get(story.id);
    if (held) throw new EditorialRefused(409, `story "${story.id}" is already ${request.kind === 'flag' ? 'flagged as wrong' : 'dismissed'} by ${held.editor} (${held.at})`);
    return tx.addEditorial({ ...entry, kind: request.kind });
  }
  if (request.kind === 'merge') {
    if (!request.into) throw new EditorialRefused(400, 'a merge needs "into": the id of the story to merge this one into');
    const into = await tx.story(finalStory(before, request.into));
    if (!into) throw new EditorialRefused(404, `no story with id "${request.into}" to merge into`);
    if (into.id === story.id) throw new EditorialRefused(409, `story "${story.id}" cannot be merged into itself`);
    // Stages and scores are read by type: a casting story's evidence would mean nothing inside a relationship's.
    if (into.type !== story.type) throw new EditorialRefused(409, `stories of different types cannot be merged (${story.type} into ${into.type})`);
    const action = await tx.addEditorial({ ...entry, kind: 'merge', target: into.id });
    await tx.moveEvidence((await tx.evidence(story.id)).map((r) => r.id), into.id);
    await recompute(tx, into.id);
    await recompute(tx, story.id);
    return action;
  }
  // undo
  const undone = request.undoes === undefined ? undefined : (await tx.editorialLog()).find((a) => a.seq === request.undoes);
  if (!undone || undone.kind === 'undo') throw new EditorialRefused(404, `no action #${request.undoes ?? '?'} to undo`);
  if (undone.subject !== story.id && undone.target !== story.id) throw new EditorialRefused(409, `action #${undone.seq} is not about story "${story.id}"`);
  const slot = undone.kind === 'flag' ? before.flagged : undone.kind === 'dismiss' ? before.dismissed : before.mergedInto;
  if (slot.get(undone.subject)?.seq !== undone.seq) throw new EditorialRefused(409, `action #${undone.seq} is no longer in force (it was undone)`);
  const action = await tx.addEditorial({ ...entry, subject: undone.subject, kind: 'undo', undoes: undone.seq });
  if (undone.kind === 'merge') await unmerge(tx, before, stateOf(await tx.editorialLog()), undone.subject);
  return action;
}

/**
 * Files back the evidence a merge moved, and what later ingests filed under the merge: each row of the story that
 * held it goes to where its own story now ends. A row's own story is worked out again from its article's claim
 * (the same key ingest gives it), so nothing but the log had to be kept.
 */
async function unmerge(tx: StoreTx, before: EditorialState, after: EditorialState, subject: string): Promise<void> {
  const holder = finalStory(before, subject);
  const rows = await tx.evidence(holder);
  const own = await ownStories(tx, rows);
  const moves = new Map<string, string[]>();
  for (const row of rows) {
    const natural = own.get(row.id);
    if (!natural || !(await tx.story(natural))) continue;
    const to = finalStory(after, natural);
    if (to !== holder) moves.set(to, [...(moves.get(to) ?? []), row.id]);
  }
  for (const [to, ids] of moves) await tx.moveEvidence(ids, to);
  for (const id of [holder, ...moves.keys()]) await recompute(tx, id);
}

/** Each evidence row's own story: the one its claim is keyed to, as ingest keyed it. */
async function ownStories(tx: StoreTx, rows: EvidenceRow[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const wanted = new Set(rows.map((r) => r.id));
  for (const article of new Set(rows.map((r) => r.article))) {
    const stored = await tx.article(article);
    if (!stored) continue;
    const map = (await tx.articleEntities(article)) ?? (await ledgerIdsOf(tx, article, stored.extraction.entities));
    for (const claim of stored.extraction.claims) {
      const id = `${article}:${claim.id}`;
      if (!wanted.has(id)) continue;
      const subjects = [...new Set(claim.subjects.map((local) => map[local]).filter((x): x is string => !!x))];
      if (subjects.length === 0) continue;
      out.set(id, storyKey(claim, subjects.map((s) => ({ id: s, name: s, type: '' }))).id);
    }
  }
  return out;
}
