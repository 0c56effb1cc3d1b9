// Journalists' actions on stories, kept in the audit log (store.editorialLog) and respected by the ledger: a story
// flagged as wrong or dismissed stays so whatever evidence arrives later (the state lives in the log, not in the
// story row that ingest and rescoring rewrite), and a story merged into another has its evidence filed under the
// other, now and at every later ingest (routeMerged, ingest's one hook). An undo is a new entry that reverses one.
import type {
  EditorialAction,
  EditorialQuery,
  EntityListing,
  EntityListingQuery,
  EvidenceRow,
  Store,
  StoreTx,
  StoryListingPage,
  StoryListingQuery,
} from '../store/index.ts';
import { ledgerIdsOf } from './aliases.ts';
import { propositionObject, storyKey, type ArticleEvidence } from './evidence.ts';
import { recompute } from './ingest.ts';
import { refreshScores } from './refresh.ts';
import { assemble, storedRow } from './story.ts';
import type { Ledger } from './types.ts';
import { at as atIndex, must } from '../invariant/index.ts';

/** What is in force after replaying the log: each story's flag, dismissal and merge, each entity's merge. */
export type EditorialState = {
  flagged: Map<string, EditorialAction>;
  dismissed: Map<string, EditorialAction>;
  mergedInto: Map<string, EditorialAction>;
  /** Entities merged into others ("Hailey Baldwin Bieber" into "Hailey Bieber"), by the merged one's id. */
  entityMergedInto: Map<string, EditorialAction>;
};

/** Replays the log in the order it was written: an action holds until an undo names it. */
export function stateOf(log: EditorialAction[]): EditorialState {
  const state: EditorialState = {
    flagged: new Map(),
    dismissed: new Map(),
    mergedInto: new Map(),
    entityMergedInto: new Map(),
  };
  const slot = (a: EditorialAction) =>
    a.about === 'entity'
      ? a.kind === 'merge'
        ? state.entityMergedInto
        : null
      : a.kind === 'flag'
        ? state.flagged
        : a.kind === 'dismiss'
          ? state.dismissed
          : a.kind === 'merge'
            ? state.mergedInto
            : null;
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

/**
 * Whether a story's settled reports are left out of the track records. Flagged as wrong: the outcome itself is what
 * the desk doubts, so it is neither a hit nor a miss for anyone (a journalist would not blame an outlet on a story
 * the desk threw out). Dismissed: not a story. Merged away: its reports count once, in the story it joined.
 */
export const outOfTrackRecords = (state: EditorialState, story: string): boolean =>
  state.flagged.has(story) || state.dismissed.has(story) || state.mergedInto.has(story);

/** The end of a chain of merges (a story's evidence is filed there; an entity is shown as it). */
function follow(merged: Map<string, EditorialAction>, id: string): string {
  const seen = new Set<string>();
  let at = id;
  while (merged.has(at) && !seen.has(at)) {
    seen.add(at);
    at = must(merged.get(at)?.target, 'a merge names the story or entity it went into');
  }
  return at;
}
export const finalStory = (state: EditorialState, id: string): string => follow(state.mergedInto, id);
export const finalEntity = (state: EditorialState, id: string): string => follow(state.entityMergedInto, id);

/**
 * The story a story's key names once merged entities are read as the ones they joined: "pregnancy:<Hailey Baldwin
 * Bieber>" is "pregnancy:<Hailey Bieber>". Keys end in the subjects' ids, sorted and joined by "+" (evidence.ts storyKey).
 */
export function twinKey(key: string, state: EditorialState): string {
  const cut = key.lastIndexOf(':');
  const ids = key
    .slice(cut + 1)
    .split('+')
    .map((id) => finalEntity(state, id));
  return `${key.slice(0, cut)}:${[...new Set(ids)].sort().join('+')}`;
}

/**
 * Ingest's hook: evidence for a story merged into another is filed under the other, and evidence about an entity
 * merged into another under the story of the one it joined, when there is one (a later article about "Hailey Baldwin
 * Bieber" expecting lands in Hailey Bieber's pregnancy story). One query when nothing is merged.
 */
/** The part of the log routeMerged reads: asked for early, it comes with the ingest's first query (fileArticle). */
export const mergeLog = (tx: StoreTx): Promise<EditorialAction[]> => tx.editorialLog({ kinds: ['merge', 'undo'] });

export async function routeMerged(tx: StoreTx, evidence: ArticleEvidence): Promise<ArticleEvidence> {
  const log = await mergeLog(tx);
  if (!log.some((a) => a.kind === 'merge')) return evidence;
  const state = stateOf(log);
  const to = new Map<string, string>();
  const stories: ArticleEvidence['stories'] = new Map();
  for (const [id, key] of evidence.stories) {
    const twin = state.entityMergedInto.size ? ((await tx.storyByKey(twinKey(key.key, state)))?.id ?? id) : id;
    const final = finalStory(state, twin);
    const row = final === id ? null : await tx.story(final);
    if (row) {
      stories.set(final, { ...key, id: final, key: row.key, type: row.type, value: row.value });
      to.set(id, final);
    } else {
      stories.set(id, key);
    }
  }
  const rows = evidence.rows.map((r) => {
    const story = to.get(r.story);
    return story === undefined ? r : { ...r, story };
  });
  return { ...evidence, stories, rows };
}

export class EditorialRefused extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

export type ActionRequest = {
  kind: 'flag' | 'dismiss' | 'merge' | 'undo';
  /** A story (flag, dismiss, merge, undo) or an entity (merge, undo); default story. */
  about?: 'story' | 'entity';
  /** The story's or entity's id. */
  subject: string;
  /** merge: the story (or entity) to merge into. */
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
const EPITHET_CHUNK = 50;

export type EditorialDesk = {
  act(request: ActionRequest): Promise<EditorialAction>;
  log(query?: EditorialQuery): Promise<EditorialAction[]>;
  state(): Promise<EditorialState>;
  /** What stories are about (type, value, subjects), read from their stored rows: a merged story has no evidence left to assemble. */
  briefs(ids: string[]): Promise<StoryBrief[]>;
  /** Entities' names by id (the audit log names the people it merged). */
  entityNames(ids: string[]): Promise<Record<string, string>>;
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
  /** One page of the desk's story list, sorted and filtered by the store, scores brought up to date first. */
  storyListing(query: StoryListingQuery): Promise<StoryListingPage>;
};

export type EpithetMatch = { entity: string; name: string; type: string; text: string; count: number };

export type ArticleStory = StoryBrief & {
  status: string;
  score: number;
  items: Array<{
    holder: EvidenceRow['holderKind'];
    holderName: string | null;
    stance: EvidenceRow['stance'];
    start: number;
    end: number;
  }>;
};

export type StoryBrief = { id: string; type: string; value: string; subjects: Array<{ id: string; name: string }> };

export function editorialDesk(store: Store): EditorialDesk {
  return {
    act: (request) => store.transaction((tx) => act(tx, request)),
    log: (query) => store.editorialLog(query),
    state: async () => stateOf(await store.editorialLog()),
    async briefs(ids) {
      const rows = await Promise.all([...new Set(ids)].map((id) => store.story(id)));
      return rows
        .filter((r) => r !== null)
        .map((r) => ({ id: r.id, type: r.type, value: r.value, subjects: r.subjects }));
    },
    async epithets(q) {
      const words = q
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => /[\p{L}\p{N}]/u.test(w));
      if (words.length === 0) return [];
      const has = words.map(
        (w) => new RegExp(`(^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u'),
      );
      const found = new Map<string, Map<string, number>>();
      // Full-text search narrows the articles to read; the mention itself must hold every word.
      const ids = await store.searchArticles(q, EPITHET_ARTICLES);
      // Read a chunk at a time, each in two queries: two per article were 400 round trips on PostgreSQL.
      for (let i = 0; i < ids.length; i += EPITHET_CHUNK) {
        const chunk = ids.slice(i, i + EPITHET_CHUNK);
        const [rows, maps] = await Promise.all([store.articlesOf(chunk), store.articleEntitiesOf(chunk)]);
        for (const row of rows) {
          const map = maps.get(row.id) ?? (await ledgerIdsOf(store, row.id, row.extraction.entities));
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
      }
      const out: EpithetMatch[] = [];
      for (const [id, uses] of found) {
        const entity = await store.entity(id);
        if (!entity) continue;
        // Said by its most used form ("the Bond girl"), counted over all of them.
        const [text] = atIndex(
          [...uses].sort((a, b) => b[1] - a[1]),
          0,
        );
        out.push({
          entity: id,
          name: entity.name,
          type: entity.type,
          text,
          count: [...uses.values()].reduce((a, b) => a + b, 0),
        });
      }
      return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    },
    entityListing: (query) => store.entityListing(query),
    async storyListing(query) {
      await refreshScores(store);
      return store.storyListing(query);
    },
    async storyStates() {
      return new Map((await store.storyStates()).map(({ id, ...s }) => [id, s]));
    },
    async entityNames(ids) {
      const rows = await Promise.all([...new Set(ids)].map((id) => store.entity(id)));
      return Object.fromEntries(rows.filter((r) => r !== null).map((r) => [r.id, r.name]));
    },
    async articleStories(article) {
      const out: ArticleStory[] = [];
      for (const id of await store.articleStories(article)) {
        const row = await store.story(id);
        if (!row) continue;
        const items = (await store.evidence(id))
          .filter((e) => e.article === article)
          .map((e) => ({
            holder: e.holderKind,
            holderName: e.holderName,
            stance: e.stance,
            start: e.start,
            end: e.end,
          }));
        out.push({
          id: row.id,
          type: row.type,
          value: row.value,
          subjects: row.subjects,
          status: row.status,
          score: row.score,
          items,
        });
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

/** A new audit entry about one story or entity, by the request's editor, now; the caller sets what it does. */
function entryFor<A extends 'story' | 'entity'>(about: A, subject: string, request: ActionRequest) {
  return {
    about,
    subject,
    target: null,
    undoes: null,
    cause: null,
    editor: request.editor,
    note: request.note ?? null,
    at: new Date().toISOString(),
  };
}

async function act(tx: StoreTx, request: ActionRequest): Promise<EditorialAction> {
  const before = stateOf(await tx.editorialLog());
  if (request.about === 'entity') return actOnEntity(tx, request, before);
  const story = await tx.story(request.subject);
  if (!story) throw new EditorialRefused(404, `no story with id "${request.subject}"`);
  const entry = entryFor('story', story.id, request);
  const merged = before.mergedInto.get(story.id);
  if (request.kind !== 'undo' && merged) {
    throw new EditorialRefused(
      409,
      `story "${story.id}" was merged into "${merged.target}" by ${merged.editor} (${merged.at}): act on that story, or undo the merge`,
    );
  }
  if (request.kind === 'flag' || request.kind === 'dismiss') {
    const held = (request.kind === 'flag' ? before.flagged : before.dismissed).get(story.id);
    if (held)
      throw new EditorialRefused(
        409,
        `story "${story.id}" is already ${request.kind === 'flag' ? 'flagged as wrong' : 'dismissed'} by ${held.editor} (${held.at})`,
      );
    const action = await tx.addEditorial({ ...entry, kind: request.kind });
    // Its settled reports leave the track records (outOfTrackRecords); the other stories are rescored on the next read.
    await recompute(tx, story.id);
    return action;
  }
  if (request.kind === 'merge') {
    if (!request.into)
      throw new EditorialRefused(400, 'a merge needs "into": the id of the story to merge this one into');
    const into = await tx.story(finalStory(before, request.into));
    if (!into) throw new EditorialRefused(404, `no story with id "${request.into}" to merge into`);
    if (into.id === story.id) throw new EditorialRefused(409, `story "${story.id}" cannot be merged into itself`);
    // Stages and scores are read by type: a casting story's evidence would mean nothing inside a relationship's.
    if (into.type !== story.type)
      throw new EditorialRefused(409, `stories of different types cannot be merged (${story.type} into ${into.type})`);
    const action = await tx.addEditorial({ ...entry, kind: 'merge', target: into.id });
    await moveStory(tx, story.id, into.id);
    return action;
  }
  // undo
  const undone =
    request.undoes === undefined ? undefined : (await tx.editorialLog()).find((a) => a.seq === request.undoes);
  if (!undone || undone.kind === 'undo' || undone.about !== 'story')
    throw new EditorialRefused(404, `no action #${request.undoes ?? '?'} on a story to undo`);
  if (undone.subject !== story.id && undone.target !== story.id)
    throw new EditorialRefused(409, `action #${undone.seq} is not about story "${story.id}"`);
  const slot =
    undone.kind === 'flag' ? before.flagged : undone.kind === 'dismiss' ? before.dismissed : before.mergedInto;
  if (slot.get(undone.subject)?.seq !== undone.seq)
    throw new EditorialRefused(409, `action #${undone.seq} is no longer in force (it was undone)`);
  // Later articles about the merged person would still be filed under the twin story: the entity merge goes as a whole.
  if (undone.cause !== null)
    throw new EditorialRefused(409, `action #${undone.seq} came with the entity merge #${undone.cause}: undo that one`);
  const action = await tx.addEditorial({ ...entry, subject: undone.subject, kind: 'undo', undoes: undone.seq });
  if (undone.kind === 'merge') await unmerge(tx, before, stateOf(await tx.editorialLog()), undone.subject);
  else await recompute(tx, undone.subject);
  return action;
}

/**
 * A merge the ledger makes itself (lone-names.ts folds "Kardashian & Pete Davidson" into Kim Kardashian's story): in
 * the log like the desk's, by `editor`, followed by later ingests and undone the same way.
 */
export async function autoMerge(tx: StoreTx, from: string, to: string, editor: string, note: string): Promise<void> {
  await tx.addEditorial({
    ...entryFor('story', from, { kind: 'merge', subject: from, editor, note }),
    kind: 'merge',
    target: to,
  });
  await moveStory(tx, from, to);
}

/**
 * The ledger's undo of a story merge it made, when the merge no longer holds (lone-names.ts: a second story of the
 * same proposition with another object arrived, so an object-less one may be either's).
 */
export async function autoStoryUndo(tx: StoreTx, subject: string, seq: number, editor: string, note: string) {
  const before = stateOf(await tx.editorialLog());
  await tx.addEditorial({
    ...entryFor('story', subject, { kind: 'undo', subject, undoes: seq, editor, note }),
    kind: 'undo',
    undoes: seq,
  });
  await unmerge(tx, before, stateOf(await tx.editorialLog()), subject);
}

/** An entity merge the ledger makes itself (lone-names.ts: "Beyoncé" into Beyonce Knowles), with its stories'. */
export async function autoEntityMerge(tx: StoreTx, from: string, to: string, editor: string, note: string) {
  const before = stateOf(await tx.editorialLog());
  return actOnEntity(tx, { kind: 'merge', about: 'entity', subject: from, into: to, editor, note }, before);
}

/** The ledger's undo of an entity merge it made, when the merge no longer holds (a namesake arrived). */
export async function autoEntityUndo(tx: StoreTx, subject: string, seq: number, editor: string) {
  const before = stateOf(await tx.editorialLog());
  const note = 'no longer the only reading: another person of that name arrived';
  return actOnEntity(tx, { kind: 'undo', about: 'entity', subject, undoes: seq, editor, note }, before);
}

/**
 * Files one story's evidence under another and recomputes both. The story merged away keeps the row it had, scored
 * first on its own evidence without the other stories' track record: once its evidence is gone nothing rescores it
 * (refresh.ts), so the running totals of the moment stayed in its score for good, and in a batched ingest those lag
 * (the stories touched earlier in the open batch, and busy ones left stale, have not saved their settled reports
 * yet): the same articles cut into other batches left it another score (OutKast's in bbc-entertainment-153, 0.402
 * against 0.405). Its evidence alone is the same however the batches fell.
 */
async function moveStory(tx: StoreTx, from: string, to: string): Promise<void> {
  const row = await tx.story(from);
  const alone = row && assemble(row, await tx.evidence(from), { withHistory: false });
  if (row && alone) await tx.putStory(storedRow(row, alone));
  await tx.moveEvidence(
    (await tx.evidence(from)).map((r) => r.id),
    to,
  );
  await recompute(tx, to);
  await recompute(tx, from);
}

/**
 * Merges an entity into another of its type ("Hailey Baldwin Bieber" into "Hailey Bieber"), or undoes that: each
 * story of the merged one joins its twin (the same story with the other entity, when the ledger has it) by a story
 * merge the entity merge causes, and its undo undoes them. Later articles follow (routeMerged).
 */
async function actOnEntity(tx: StoreTx, request: ActionRequest, before: EditorialState): Promise<EditorialAction> {
  const entity = await tx.entity(request.subject);
  if (!entity) throw new EditorialRefused(404, `no entity with id "${request.subject}"`);
  const entry = entryFor('entity', entity.id, request);
  const at = () => new Date().toISOString();
  if (request.kind === 'merge') {
    const merged = before.entityMergedInto.get(entity.id);
    if (merged)
      throw new EditorialRefused(
        409,
        `${entity.name} was merged into "${merged.target}" by ${merged.editor} (${merged.at}): undo that first`,
      );
    if (!request.into)
      throw new EditorialRefused(400, 'a merge needs "into": the id of the entity to merge this one into');
    const into = await tx.entity(finalEntity(before, request.into));
    if (!into) throw new EditorialRefused(404, `no entity with id "${request.into}" to merge into`);
    if (into.id === entity.id) throw new EditorialRefused(409, `${entity.name} cannot be merged into itself`);
    if (into.type !== entity.type)
      throw new EditorialRefused(
        409,
        `entities of different types cannot be merged (${entity.type} into ${into.type})`,
      );
    const action = await tx.addEditorial({ ...entry, kind: 'merge', target: into.id });
    const after = stateOf(await tx.editorialLog());
    for (const s of await tx.storiesOf(entity.id)) {
      const now = stateOf(await tx.editorialLog());
      if (now.mergedInto.has(s.id)) continue;
      const twin = await tx.storyByKey(twinKey(s.key, after));
      const target = twin ? finalStory(now, twin.id) : null;
      if (!target || target === s.id) continue;
      await tx.addEditorial({
        ...entry,
        about: 'story',
        kind: 'merge',
        subject: s.id,
        target,
        cause: action.seq,
        note: `with the merge of ${entity.name} into ${into.name}`,
        at: at(),
      });
      await moveStory(tx, s.id, target);
    }
    return action;
  }
  if (request.kind !== 'undo')
    throw new EditorialRefused(400, 'an entity can only be merged into another (or a merge undone)');
  const undone =
    request.undoes === undefined ? undefined : (await tx.editorialLog()).find((a) => a.seq === request.undoes);
  if (!undone || undone.about !== 'entity' || undone.kind !== 'merge')
    throw new EditorialRefused(404, `no entity merge #${request.undoes ?? '?'} to undo`);
  if (undone.subject !== entity.id && undone.target !== entity.id)
    throw new EditorialRefused(409, `action #${undone.seq} is not about entity "${entity.id}"`);
  if (before.entityMergedInto.get(undone.subject)?.seq !== undone.seq)
    throw new EditorialRefused(409, `action #${undone.seq} is no longer in force (it was undone)`);
  const action = await tx.addEditorial({ ...entry, subject: undone.subject, kind: 'undo', undoes: undone.seq });
  // The story merges it caused, newest first, each undone as an entry of its own.
  for (const m of [...before.mergedInto.values()].filter((a) => a.cause === undone.seq).sort((a, b) => b.seq - a.seq)) {
    const was = stateOf(await tx.editorialLog());
    await tx.addEditorial({
      ...entry,
      about: 'story',
      subject: m.subject,
      kind: 'undo',
      undoes: m.seq,
      cause: action.seq,
      note: null,
      at: at(),
    });
    await unmerge(tx, was, stateOf(await tx.editorialLog()), m.subject);
  }
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
      // The claim's object as ingest read it (evidence.ts propositionObject): its entities by their ledger ids.
      const resolved = new Map(
        stored.extraction.entities.flatMap((e) => {
          const ledgerId = map[e.id];
          return ledgerId ? [[e.id, { id: ledgerId, name: e.name, type: e.type }] as const] : [];
        }),
      );
      out.set(
        id,
        storyKey(
          claim,
          subjects.map((s) => ({ id: s, name: s, type: '' })),
          propositionObject(claim, stored.extraction, resolved),
        ).id,
      );
    }
  }
  return out;
}
