// The editorial audit log: what journalists did to stories (flag as wrong, dismiss, merge) and each undo, who and
// when. Entries are never changed or deleted: an undo is an entry of its own that names the one it reverses, so the
// log says everything that was ever done. What is in force is derived from it (src/ledger/editorial.ts).
import { aliasesOf, aliasKey } from './entities.ts';
import { opt } from './rows.ts';
import type { Connection, Row } from './sql.ts';

export const EDITORIAL_KINDS = ['flag', 'dismiss', 'merge', 'undo'] as const;
export type EditorialKind = (typeof EDITORIAL_KINDS)[number];

export type EditorialAction = {
  /** 1, 2, 3… in the order the actions were taken. */
  seq: number;
  kind: EditorialKind;
  /** What the action is about: a story or an entity (whose id is `subject`). */
  about: 'story' | 'entity';
  subject: string;
  /** merge: the story the subject was merged into. */
  target: string | null;
  /** undo: the seq of the action it reverses. */
  undoes: number | null;
  /** The action that brought this one about (a story merge made by an entity merge, and its undo), if any. */
  cause: number | null;
  /** Who did it, as they gave their name (default "desk"). */
  editor: string;
  note: string | null;
  /** ISO 8601 time it was done (UTC). */
  at: string;
};

export type NewEditorialAction = Omit<EditorialAction, 'seq'>;

export type EditorialQuery = { subject?: string; kinds?: EditorialKind[]; limit?: number; before?: number };

export interface EditorialQueries {
  /** Appends an action to the log (numbered after the last one, under the caller's transaction) and returns it. */
  addEditorial(action: NewEditorialAction): Promise<EditorialAction>;
  /**
   * The log, newest first: all of it, or the actions of one subject (as subject or as merge target), or of some kinds;
   * `before` pages (actions with a smaller seq).
   */
  editorialLog(query?: EditorialQuery): Promise<EditorialAction[]>;
  /** Files evidence rows under another story (a merge and its undo move them). */
  moveEvidence(ids: string[], story: string): Promise<void>;
  /** Every story's stored status and score (one light query): what an ingest is compared against, before → after. */
  storyStates(): Promise<Array<{ id: string; status: string; score: number }>>;
  /**
   * The desk's People page: entities whose name or alias holds `q` (or whose id is in `ids`: found by an epithet),
   * people first, then by how many articles they appear in; with the total that match and how many of each type.
   */
  entityListing(query: EntityListingQuery): Promise<EntityListing>;
}

export type EntityListingQuery = {
  q?: string;
  ids?: string[];
  type?: string;
  limit: number;
  offset: number;
  exclude?: string[];
};
export type EntityListing = {
  entities: Array<{ id: string; name: string; type: string; aliases: string[]; articles: number }>;
  total: number;
  types: Record<string, number>;
};

function toAction(r: Row): EditorialAction {
  return {
    seq: Number(r.seq),
    kind: String(r.kind) as EditorialKind,
    about: String(r.about) as EditorialAction['about'],
    subject: String(r.subject_id),
    target: opt(r.target_id),
    undoes: r.undoes === null || r.undoes === undefined ? null : Number(r.undoes),
    cause: r.cause === null || r.cause === undefined ? null : Number(r.cause),
    editor: String(r.editor),
    note: opt(r.note),
    at: String(r.at),
  };
}

/** `editorialLog({ subject })` of each of `subjects` (as subject or as merge target, newest first): one query per 500. */
export async function editorialLogsOf(db: Connection, subjects: string[]): Promise<Map<string, EditorialAction[]>> {
  const out = new Map<string, EditorialAction[]>(subjects.map((id) => [id, []]));
  for (let i = 0; i < subjects.length; i += 500) {
    const chunk = subjects.slice(i, i + 500);
    const list = chunk.map(() => '?').join(', ');
    const rows = await db.all(
      `SELECT * FROM editorial_actions WHERE subject_id IN (${list}) OR target_id IN (${list}) ORDER BY seq DESC`,
      [...chunk, ...chunk],
    );
    for (const action of rows.map(toAction)) {
      out.get(action.subject)?.push(action);
      if (action.target !== null && action.target !== action.subject) out.get(action.target)?.push(action);
    }
  }
  return out;
}

/**
 * `inTransaction`: each log query is read once per transaction (ingest reads the merges in force for every article)
 * and read again after addEditorial, the log's only writer. Outside a transaction it is read every time.
 */
export function editorialQueries(db: Connection, { inTransaction = false } = {}): EditorialQueries {
  const kept = inTransaction ? new Map<string, Promise<EditorialAction[]>>() : null;
  const readLog = async (query: EditorialQuery): Promise<EditorialAction[]> => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.subject !== undefined) {
      where.push('(subject_id = ? OR target_id = ?)');
      params.push(query.subject, query.subject);
    }
    if (query.kinds?.length) {
      where.push(`kind IN (${query.kinds.map(() => '?').join(', ')})`);
      params.push(...query.kinds);
    }
    if (query.before !== undefined) {
      where.push('seq < ?');
      params.push(query.before);
    }
    const limit = query.limit === undefined ? '' : ' LIMIT ?';
    if (query.limit !== undefined) params.push(query.limit);
    const rows = await db.all(
      `SELECT * FROM editorial_actions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC${limit}`,
      params,
    );
    return rows.map(toAction);
  };
  return {
    async addEditorial(a) {
      // Numbered here, not by the database: SQLite and PostgreSQL number rows differently. The caller's transaction
      // holds the write lock, so two actions never get one number.
      const [last] = await db.all('SELECT MAX(seq) AS seq FROM editorial_actions');
      const seq = Number(last?.seq ?? 0) + 1;
      await db.run(
        'INSERT INTO editorial_actions (seq, kind, about, subject_id, target_id, undoes, cause, editor, note, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [seq, a.kind, a.about, a.subject, a.target, a.undoes, a.cause, a.editor, a.note, a.at],
      );
      kept?.clear();
      return { seq, ...a };
    },
    async editorialLog(query = {}) {
      if (!kept) return readLog(query);
      const key = JSON.stringify(query);
      const log = kept.get(key) ?? readLog(query);
      kept.set(key, log);
      return (await log).map((action) => ({ ...action }));
    },
    async entityListing(query) {
      const match: string[] = [];
      const params: unknown[] = [];
      // Every word in one of the entity's names, as the stories list searches: "Ana Armas" is Ana de Armas.
      const words = (query.q ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      if (words.length) {
        match.push(
          `(${words.map(() => 'e.id IN (SELECT entity_id FROM entity_aliases WHERE alias_key LIKE ?)').join(' AND ')})`,
        );
        params.push(...words.map((w) => `%${aliasKey(w)}%`));
      }
      if (query.ids?.length) {
        match.push(`e.id IN (${query.ids.map(() => '?').join(', ')})`);
        params.push(...query.ids);
      }
      const conditions = match.length ? [`(${match.join(' OR ')})`] : [];
      // Entities merged into others are shown as the one they joined.
      if (query.exclude?.length) {
        conditions.push(`e.id NOT IN (${query.exclude.map(() => '?').join(', ')})`);
        params.push(...query.exclude);
      }
      const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
      const types: Record<string, number> = {};
      for (const r of await db.all(`SELECT e.type, COUNT(*) AS n FROM entities e ${where} GROUP BY e.type`, params))
        types[String(r.type)] = Number(r.n);
      const typed = query.type ? `${where ? `${where} AND` : 'WHERE'} e.type = ?` : where;
      const typedParams = query.type ? [...params, query.type] : params;
      const total = query.type ? (types[query.type] ?? 0) : Object.values(types).reduce((a, b) => a + b, 0);
      // People first: the desk is about people; places and outlets come after them.
      // The whole list counts appearances in one pass (half the time of one count per entity on PostgreSQL); a search
      // that matches a few counts only theirs.
      const articles = match.length
        ? '(SELECT COUNT(*) FROM appearances p WHERE p.entity_id = e.id) AS articles FROM entities e'
        : `COALESCE(p.n, 0) AS articles FROM entities e
           LEFT JOIN (SELECT entity_id, COUNT(*) AS n FROM appearances GROUP BY entity_id) p ON p.entity_id = e.id`;
      const rows = await db.all(
        `SELECT e.id, e.name, e.type, ${articles} ${typed}
         ORDER BY CASE WHEN e.type = 'person' THEN 0 ELSE 1 END, articles DESC, e.name, e.id LIMIT ? OFFSET ?`,
        [...typedParams, query.limit, query.offset],
      );
      const aliases = await aliasesOf(
        db,
        rows.map((r) => String(r.id)),
      );
      const entities = rows.map((r) => ({
        id: String(r.id),
        name: String(r.name),
        type: String(r.type),
        articles: Number(r.articles),
        aliases: aliases.get(String(r.id)) ?? [],
      }));
      return { entities, total, types };
    },
    async storyStates() {
      return (await db.all('SELECT id, status, score FROM stories')).map((r) => ({
        id: String(r.id),
        status: String(r.status),
        score: Number(r.score),
      }));
    },
    async moveEvidence(ids, story) {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        await db.run(`UPDATE evidence SET story_id = ? WHERE id IN (${chunk.map(() => '?').join(', ')})`, [
          story,
          ...chunk,
        ]);
      }
    },
  };
}
