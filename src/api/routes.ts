// The JSON routes of CONTRACT.md over one Ledger.
import { Hono } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { Extraction } from '../extract/index.ts';
import type {
  EntityDetail,
  IngestOutcome,
  Ledger,
  PageRequest,
  Story,
  StoryPage,
  StoryFilter,
  StorySummary,
  TimelineItem,
} from '../ledger/types.ts';
import { ExtractOverBudget, PoolBusy, extractInPool } from '../pool/index.ts';
import type { Article } from '../read/index.ts';
import type { ArticleBrief as StoredBrief } from '../store/index.ts';
import {
  deskOf,
  finalEntity,
  finalStory,
  storyEditorial,
  type EditorialState,
  type EpithetMatch,
  type StoryBrief,
} from '../ledger/editorial.ts';
import { summaryFrom } from '../ledger/ledger.ts';
import { editorialRoutes } from './editorial.ts';
import { ApiError, onMethodNotAllowed } from './errors.ts';
import {
  articleInput,
  deskStoriesQuery,
  deskStoryQuery,
  entitiesQuery,
  entityPageQuery,
  pathParam,
  storiesQuery,
  storyQuery,
  type StoryListing,
} from './input.ts';

/** A ledger that can store an extraction made elsewhere (in the pool) instead of extracting again itself. */
type IngestsExtracted = { ingest(article: Article, extraction?: Extraction): Promise<IngestOutcome> };

export function apiRoutes(ledger: Ledger, options: { extractTimeoutMs: number }) {
  const api = new Hono();
  api.use(methodNotAllowed({ app: api, onMethodNotAllowed }));
  const extracted = (article: Article) => extractWithin(article, options.extractTimeoutMs);

  return (
    api
      .get('/stories', storiesQuery, async (c) => {
        const { filter, listing } = c.req.valid('query');
        const state = (await deskOf(ledger)?.state()) ?? null;
        if (listing) return c.json(await listed(ledger, filter, listing, state));
        // The contract's own listing and paging, less what the desk took out: a merged story lives on in the one it
        // joined, a dismissed one is out of the default list (?show=dismissed or all lists it). A page may come out short.
        const page = await ledger.stories(filter);
        if (!state || (state.mergedInto.size === 0 && state.dismissed.size === 0)) return c.json(page);
        return c.json({
          ...page,
          stories: page.stories.filter((s) => !state.mergedInto.has(s.id) && !state.dismissed.has(s.id)),
        });
      })
      // Additive: the desk's list under its own name, so a client knows the shape it gets (/stories gives it too when
      // a listing parameter is set, and the contract's {stories, next} otherwise).
      .get('/desk/stories', deskStoriesQuery, async (c) => {
        const { filter, listing } = c.req.valid('query');
        return c.json(await listed(ledger, filter, listing, (await deskOf(ledger)?.state()) ?? null));
      })
      .get('/stories/:id', storyQuery, async (c) => {
        const query = c.req.valid('query');
        const id = pathParam(c, 'id');
        return c.json(await storyAnswer(ledger, id, query.asOf, query.page, query.with.articles));
      })
      // Additive: the story page's data (the story with its articles and editorial state) under its own name, as
      // /stories/:id?with=articles gives it, so a client knows the shape it gets.
      .get('/desk/stories/:id', deskStoryQuery, async (c) => {
        const { asOf, page } = c.req.valid('query');
        const id = pathParam(c, 'id');
        return c.json(await storyAnswer(ledger, id, asOf, page, true));
      })
      .get('/entities', entitiesQuery(deskOf(ledger) !== null), async (c) => {
        const { q, listing: asked } = c.req.valid('query');
        const desk = deskOf(ledger);
        if (!desk || !asked) return c.json({ entities: await ledger.entities(q) });
        // Additive: people first, a total, counts by type, ?type= and paging, and entities found by an epithet.
        const { type, cursor, limit } = asked;
        const state = await desk.state();
        // An entity merged into another is listed as that one (an epithet of either finds it).
        const epithets = (q ? await desk.epithets(q) : []).map((e) => ({ ...e, entity: finalEntity(state, e.entity) }));
        const listing = await desk.entityListing({
          q,
          ids: epithets.map((e) => e.entity),
          type,
          limit,
          offset: cursor,
          exclude: [...state.entityMergedInto.keys()],
        });
        const calledAs = new Map(epithets.map((e) => [e.entity, { text: e.text, count: e.count }]));
        const entities = listing.entities.map((e) => (calledAs.has(e.id) ? { ...e, calledAs: calledAs.get(e.id) } : e));
        const next = cursor + limit < listing.total ? String(cursor + limit) : null;
        return c.json({ entities, total: listing.total, types: listing.types, next });
      })
      .get('/entities/:id', entityPageQuery, async (c) => {
        const id = pathParam(c, 'id');
        const { page } = c.req.valid('query');
        const desk = deskOf(ledger);
        const state = desk ? await desk.state() : null;
        if (!state) return c.json(found(await ledger.entity(id, page), 'entity', id));
        // An entity merged into another is answered with the one it joined, which has its names, appearances and stories
        // (a page of each entity's, merged). A merged story lives on in the one it joined: the page lists that one.
        const paged = { ...page, exclude: [...state.mergedInto.keys()] };
        const final = finalEntity(state, id);
        let entity = found(await ledger.entity(final, paged), 'entity', id);
        const merged = [...state.entityMergedInto.values()].filter(
          (a) => a.subject !== final && finalEntity(state, a.subject) === final,
        );
        const mergedEntities: Array<{ id: string; name: string }> = [];
        for (const a of merged) {
          const other = await ledger.entity(a.subject, paged);
          if (!other) continue;
          entity = combined(entity, other);
          mergedEntities.push({ id: other.id, name: other.name });
        }
        return c.json({
          ...entity,
          editorial: { merged, mergedEntities, ...(final !== id ? { requested: id } : {}) },
        });
      })

      // Additive (not in CONTRACT.md's list): every outlet's and holder kind's record on settled stories.
      .get('/track-record', async (c) => c.json(await ledger.trackRecord()))
      .get('/articles/:id', async (c) => {
        const id = pathParam(c, 'id');
        const stored = found(await ledger.article(id), 'article', id);
        // Additive: the stories its evidence feeds, with its own items in each (the article page lists them).
        const desk = deskOf(ledger);
        return c.json(desk ? { ...stored, stories: await desk.articleStories(stored.article.id) } : stored);
      })
      .post('/articles', articleInput, async (c) => {
        const article = c.req.valid('json');
        const extraction = await extracted(article);
        // Additive: each touched story before → after (status and score), so the desk can say what the article changed.
        const desk = deskOf(ledger);
        const before = desk ? await desk.storyStates() : null;
        const outcome = await (ledger as IngestsExtracted).ingest(article, extraction);
        // A duplicate is not an error: the caller gets the stored article back, but nothing was created.
        const status = outcome.status === 'new' ? 201 : 200;
        if (!desk || !before) return c.json(outcome, status);
        const after = await desk.storyStates();
        const changes = outcome.stories.map((id): StoryChange => ({
          story: id,
          before: before.get(id) ?? null,
          after: after.get(id) ?? null,
        }));
        return c.json({ ...outcome, changes }, status);
      })
      .post('/extract', articleInput, async (c) => c.json(await extracted(c.req.valid('json'))))
      // Additive: journalists' actions on stories and the audit log (src/api/editorial.ts).
      .route('/', editorialRoutes(ledger))
  );
}

/** Extraction off the event loop within the request's CPU budget; running out of it is the caller's 503. */
async function extractWithin(article: Article, timeoutMs: number): Promise<Extraction> {
  try {
    return await extractInPool(article, { timeoutMs });
  } catch (error) {
    if (error instanceof ExtractOverBudget) {
      throw new ApiError(
        503,
        'over-budget',
        `${error.message}: the article is too long or too repetitive to extract here; try the CLI (rumourmill extract)`,
      );
    }
    if (error instanceof PoolBusy)
      throw new ApiError(503, 'busy', `${error.message}; try again in a few seconds`, { 'Retry-After': '5' });
    throw error;
  }
}

/**
 * One story (GET /stories/:id), with its articles when asked (GET /desk/stories/:id, ?with=articles) and, when the
 * ledger has a desk, its editorial state. A story merged into another is answered with the one it joined (its
 * evidence is filed there), saying so.
 */
async function storyAnswer(
  ledger: Ledger,
  id: string,
  asOf: string | undefined,
  page: PageRequest,
  articles: false,
): Promise<StoryAnswer<StoryPage>>;
async function storyAnswer(
  ledger: Ledger,
  id: string,
  asOf: string | undefined,
  page: PageRequest,
  articles: true,
): Promise<StoryAnswer<StoryWithArticles>>;
async function storyAnswer(
  ledger: Ledger,
  id: string,
  asOf: string | undefined,
  page: PageRequest,
  articles: boolean,
): Promise<StoryAnswer<StoryPage | StoryWithArticles>>;
async function storyAnswer(ledger: Ledger, id: string, asOf: string | undefined, page: PageRequest, articles: boolean) {
  const desk = deskOf(ledger);
  const state = desk ? await desk.state() : null;
  const final = state ? finalStory(state, id) : id;
  // A page of its long lists (explanation, background, timeline), and with it only that page's articles.
  const story = found(await ledger.storyPage(final, { asOf, ...page }), 'story', id);
  const body = articles ? await withArticles(ledger, story) : story;
  if (!desk || !state) return body;
  const editorial = storyEditorial(state, story.id);
  const merged = await desk.briefs(editorial.merged.map((a) => a.subject));
  return { ...body, editorial: { ...editorial, mergedStories: merged, ...(final !== id ? { requested: id } : {}) } };
}

/** A story as GET /stories/:id answers it: its editorial state is there when the ledger has a desk (additive). */
type StoryAnswer<T> = T & {
  editorial?: ReturnType<typeof storyEditorial> & { mergedStories: StoryBrief[]; requested?: string };
};
export type StoryWithArticles = Awaited<ReturnType<typeof withArticles>>;

/** An editorial action as the story list shows it: who, when and why. */
export type ActionBrief = { seq: number; editor: string; at: string; note: string | null };
/** A listed story with its flag or dismissal, when it has one (additive). */
export type ListedStory = StorySummary & { editorial?: { flagged?: ActionBrief; dismissed?: ActionBrief } };
/** The desk's page of stories (GET /api/stories with ?sort= or another listing parameter). */
export type StoryListPage = {
  stories: ListedStory[];
  next: string | null;
  total: number;
  types: Record<string, number>;
  /** How many stories are flagged and dismissed (dismissed ones are hidden from the default list). */
  editorial: { dismissed: number; flagged: number };
  /** People the search words name by an epithet ("the Bond girl"), whose stories are in the list too. */
  matchedBy?: EpithetMatch[];
  /** No story's people go by the search's words: these are the stories of the articles that use them (headline or text). */
  inText?: { articles: number };
};
/** What an ingest did to a story (POST /api/articles): its status and score before (null: a new story) and after. */
export type StoryChange = {
  story: string;
  before: { status: string; score: number } | null;
  after: { status: string; score: number } | null;
};

/** Entities an epithet search adds the stories of: the most-used few (a common word would add everyone). */
const EPITHET_ENTITIES = 5;

/**
 * The list sorted, filtered by type and paged by the store in SQL, with its total and the types it holds (additive
 * fields). Undated stories (a corpus without dates: most of the development corpus) go after dated ones whichever way
 * dates are sorted, the best-sourced first, then the likeliest (see store/listing.ts).
 */
async function listed(
  ledger: Ledger,
  filter: StoryFilter,
  listing: StoryListing,
  state: EditorialState | null,
): Promise<StoryListPage> {
  const desk = deskOf(ledger);
  if (!desk)
    throw new ApiError(501, 'no-desk', 'this ledger cannot sort or filter its stories; list them without sort');
  // Epithets are words the articles use, not names: "Bond girl" finds the stories of the person called so.
  const matchedBy = filter.q ? (await desk.epithets(filter.q)).slice(0, EPITHET_ENTITIES) : [];
  const dismissed = state ? [...state.dismissed.keys()] : [];
  const flagged = state ? [...state.flagged.keys()] : [];
  const since = listing.since;
  const acted = since
    ? [...(state?.flagged ?? []), ...(state?.dismissed ?? [])]
        .filter(([, a]) => a.at.slice(0, 10) >= since)
        .map(([id]) => id)
    : [];
  const show =
    listing.show === 'active'
      ? { out: dismissed }
      : listing.show === 'dismissed'
        ? { in: dismissed }
        : listing.show === 'flagged'
          ? { in: flagged }
          : undefined;
  const offset = Number(filter.cursor ?? 0);
  const limit = filter.limit ?? 50;
  const page = await desk.storyListing({
    q: filter.q,
    entities: matchedBy.map((m) => m.entity),
    // A word no one is called by ("Brangelina") lists the stories of the articles that use it, saying so.
    inText: true,
    status: filter.status,
    // A merged story's evidence is filed under the story it joined: it is never listed on its own.
    exclude: state ? [...state.mergedInto.keys()] : [],
    count: { dismissed, flagged },
    show: state ? show : undefined,
    from: listing.from,
    to: listing.to,
    since: since ? { date: since, acted: [...new Set(acted)] } : undefined,
    type: listing.type,
    sort: listing.sort,
    order: listing.order,
    limit,
    offset,
  });
  const next = offset + limit < page.total ? String(offset + limit) : null;
  const stories = page.rows.map(summaryFrom).map((s) => (state ? withEditorial(s, state) : s));
  return {
    stories,
    next,
    total: page.total,
    types: page.types,
    editorial: { dismissed: page.counts.dismissed ?? 0, flagged: page.counts.flagged ?? 0 },
    ...(matchedBy.length ? { matchedBy } : {}),
    ...(page.inText ? { inText: { articles: page.inText } } : {}),
  };
}

/** A listed story with its flag or dismissal (who, when, why), when it has one. */
function withEditorial(s: StorySummary, state: EditorialState): ListedStory {
  const brief = (a: ActionBrief | undefined): ActionBrief | undefined =>
    a ? { seq: a.seq, editor: a.editor, at: a.at, note: a.note } : undefined;
  const flagged = brief(state.flagged.get(s.id));
  const dismissed = brief(state.dismissed.get(s.id));
  return flagged || dismissed
    ? { ...s, editorial: { ...(flagged ? { flagged } : {}), ...(dismissed ? { dismissed } : {}) } }
    : s;
}

/** What a story's evidence table shows of an article: the store's brief, less where its events are told. */
export type ArticleBrief = Omit<StoredBrief, 'events'>;

/**
 * One story with what its evidence table and timeline need from its articles (additive): `articles` (outlet,
 * headline, credibility, read once per article here rather than once per row in the browser) and, on each timeline
 * item, `evidence`: the sentence its event was read from, so the timeline can link to it; on each subject, its `type`.
 */
async function withArticles(ledger: Ledger, story: StoryPage) {
  const ids = [...new Set([...story.explanation, ...story.background, ...story.timeline].map((x) => x.article))];
  // Kept at ingest (articles.brief): parsing each article's extraction here was 50 ms for a page of 300 articles.
  const briefs = await ledger.articleBriefs(ids);
  const articles: Record<string, ArticleBrief> = {};
  const events = new Map<string, { start: number; end: number }>();
  for (const id of ids) {
    const brief = briefs.get(id);
    if (!brief) continue;
    const { events: told, ...shown } = brief;
    articles[id] = shown;
    for (const e of told) events.set(`${id}|${e.type}|${e.summary}`, { start: e.start, end: e.end });
  }
  const timeline = story.timeline.map((t): TimelineItem & { evidence?: { start: number; end: number } } => {
    const evidence = events.get(`${t.article}|${t.type}|${t.summary}`);
    return evidence ? { ...t, evidence } : t;
  });
  // Additive: each subject's entity type, so the page can tell the work of a casting ("The Batman") from who is cast.
  const subjects = await Promise.all(
    story.subjects.map(async (x): Promise<Story['subjects'][number] & { type?: string }> => {
      const type = (await ledger.entityRow(x.id))?.type;
      return type ? { ...x, type } : x;
    }),
  );
  return { ...story, subjects, timeline, articles };
}

/** One entity's page with another's merged in: names, aliases, appearances and stories of both, counted once. */
function combined(a: EntityDetail, b: EntityDetail): EntityDetail {
  const appearances = new Map(a.appearances.map((x) => [x.article, { ...x }]));
  for (const x of b.appearances) {
    const seen = appearances.get(x.article);
    if (seen) seen.mentions += x.mentions;
    else appearances.set(x.article, { ...x });
  }
  const names = new Map(a.names.map((n) => [`${n.kind}|${n.text}`, { ...n }]));
  for (const n of b.names) {
    const seen = names.get(`${n.kind}|${n.text}`);
    if (seen) seen.count += n.count;
    else names.set(`${n.kind}|${n.text}`, { ...n });
  }
  const stories = new Map([...a.stories, ...b.stories].map((s) => [s.id, s]));
  const all = [...appearances.values()].sort(
    (x, y) => (x.published ?? '9999').localeCompare(y.published ?? '9999') || x.article.localeCompare(y.article),
  );
  // Each entity's page is its own: an article naming both is counted once where both pages hold it.
  const twice = a.appearances.length + b.appearances.length - all.length;
  const days = new Map(a.appearanceDays.map((d) => [d.published, { ...d }]));
  for (const d of b.appearanceDays) {
    const seen = days.get(d.published);
    if (seen) Object.assign(seen, { articles: seen.articles + d.articles, mentions: seen.mentions + d.mentions });
    else days.set(d.published, { ...d });
  }
  return {
    ...a,
    aliases: [...new Set([...a.aliases, b.name, ...b.aliases])].filter((x) => x !== a.name),
    appearances: all,
    articles: a.articles + b.articles - twice,
    names: [...names.values()].sort((x, y) => y.count - x.count),
    stories: [...stories.values()],
    next: a.next ?? b.next,
    totals: {
      appearances: a.totals.appearances + b.totals.appearances - twice,
      stories: a.totals.stories + b.totals.stories,
    },
    appearanceDays: [...days.values()].sort((x, y) => x.published.localeCompare(y.published)),
  };
}

function found<T>(value: T | null, what: string, id: string): T {
  if (value === null) throw new ApiError(404, 'not-found', `no ${what} with id "${id}"`);
  return value;
}
