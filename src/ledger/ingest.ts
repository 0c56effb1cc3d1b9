// One article into the ledger: stored, resolved, its evidence filed, the stories it touches recomputed.
import type { Article } from '../read/index.ts';
// articleId from its own module, not the stage's door: the door loads the whole extractor (wink's model, the lexicons,
// ~0.5 s of CPU), which `stories`, `story` and the API's reads never need. extract() itself is loaded on first use.
import { articleId } from '../extract/id.ts';
import type { Extraction } from '../extract/index.ts';
import type { EvidenceRow, Store, StoreTx } from '../store/index.ts';
import { namesOfArticle } from './aliases.ts';
import { mergeLog, outOfTrackRecords, routeMerged, stateOf } from './editorial.ts';
import { evidenceOf } from './evidence.ts';
import { saveOutcomes, settledReports } from './outcomes.ts';
import { withKnownWorks } from './known-work.ts';
import { foldLoneNames } from './lone-names.ts';
import { namesLookedUp, resolveEntities } from './resolve.ts';
import { isBackground } from './stages.ts';
import { assemble, storedRow } from './story.ts';
import { trackRecordOf, without } from './track.ts';
import type { IngestOutcome } from './types.ts';

const extract = async (article: Article): Promise<Extraction> => (await import('../extract/index.ts')).extract(article);

/**
 * Recomputes one story from all its stored evidence and saves it. Its settled reports are saved first: when they
 * change, other stories' track records change, so their stored scores are marked stale (refreshScores). The others'
 * track record is the running totals less this story's own: nothing here reads every story's outcomes (that made a
 * big ingest quadratic).
 */
export async function recompute(tx: StoreTx, storyId: string): Promise<number> {
  // Asked together: on PostgreSQL the reads go in one round trip (the store sends them as one query). The running
  // totals are read again below, after this story's change to them: the transaction keeps them (StoreTx).
  const [row, evidence, stored] = await Promise.all([
    tx.story(storyId),
    tx.evidence(storyId),
    tx.outcomes(storyId),
    tx.trackRecordTotals(),
  ]);
  if (!row) return 0;
  const off = outOfTrackRecords(stateOf(await tx.editorialLog({ subject: storyId })), storyId);
  const outcomes = off ? [] : settledReports(row, evidence);
  if (await saveOutcomes(tx, storyId, stored, outcomes)) await tx.outcomesChanged();
  const others = without(trackRecordOf(await tx.trackRecordTotals()), outcomes);
  const story = assemble(row, evidence, { withHistory: false, trackRecords: () => others });
  if (story) {
    await tx.putStory(storedRow(row, story));
    // Scored with the totals of this moment: the next refresh rescores it if they move on (refresh.ts).
    await tx.markUnscored([storyId], (await tx.scoreState()).outcomes);
  }
  return evidence.length;
}

/**
 * The stored article this one repeats (the same id, or the same text under another id), looked up before anything
 * is extracted: re-ingesting a known article cost a full extraction just to find it was a duplicate.
 */
export async function knownArticle(store: Store, article: Article): Promise<string | null> {
  const contentHash = articleId(article.text);
  // A plain read, not a transaction: a transaction takes the write lock (BEGIN IMMEDIATE) for nothing.
  return store.findArticle(article.id ?? contentHash, contentHash);
}

/**
 * Rows that start no story on their own, in order; the first that applies names why. They are held, and join a story
 * other evidence starts, before or after them in the ingest.
 */
export const NO_START_RULES: Array<{
  name: string;
  applies: (row: EvidenceRow, unrelated?: Set<string>, afterDeath?: Set<string>) => boolean;
}> = [
  // "her former boyfriend, Mac Miller": history alone.
  { name: 'background', applies: (row) => isBackground(row) },
  // Two names in a sentence that does not relate them (evidence.ts relatesThePair).
  { name: 'unrelated-pair', applies: (row, unrelated) => unrelated?.has(row.id) ?? false },
  // "She did not confirm or deny that report yesterday, when she replied to a fan who accused her of being disloyal
  // to Miller" (The Guardian, 2018, on Grande and Davidson): that nobody has confirmed a thing is said of a rumour
  // someone tells; alone it tells none, and it made Grande and Mac Miller a couple of 2018.
  { name: 'silence-alone', applies: (row) => row.stance === 'unconfirmed' },
  // "Kilgore had heart surgery in 2004 and was also diagnosed with lung cancer" in his obituary
  // (bbc-entertainment-119): the illness of someone the article reports dead is the death's history (evidence.ts
  // diedOf); it joins a health story told while they lived, and starts none.
  { name: 'health-after-death', applies: (row, _unrelated, afterDeath) => afterDeath?.has(row.id) ?? false },
];

/** The first NO_START_RULES rule a row falls under, or null when it may start a story. */
export const noStartRule = (row: EvidenceRow, unrelated?: Set<string>, afterDeath?: Set<string>): string | null =>
  NO_START_RULES.find((r) => r.applies(row, unrelated, afterDeath))?.name ?? null;

const startsNone = (row: EvidenceRow, unrelated?: Set<string>, afterDeath?: Set<string>): boolean =>
  noStartRule(row, unrelated, afterDeath) !== null;

/**
 * One article filed inside an open transaction: stored, its entities resolved, its evidence inserted. The stories it
 * touches are recomputed at once, or, given `dirty` (story → rows added), counted in it for the caller to recompute
 * once at the end of its batch (recompute reads every row of a story: once per article made the rate fall as busy
 * stories grew).
 */
export async function fileArticle(
  tx: StoreTx,
  article: Article,
  given: Extraction | undefined,
  dirty?: Map<string, number>,
): Promise<IngestOutcome> {
  const contentHash = articleId(article.text);
  // Asked together, one round trip on PostgreSQL: the duplicate check, the names the resolution looks up and the
  // merges routeMerged reads (the transaction keeps both; wasted on a duplicate).
  const [existing] = await Promise.all([
    tx.findArticle(given?.article.id ?? article.id ?? contentHash, contentHash),
    given ? tx.warmAliases(namesLookedUp(given)) : undefined,
    mergeLog(tx),
  ]);
  if (existing) {
    const stored = await tx.article(existing);
    return {
      status: 'duplicate',
      id: existing,
      extraction: stored?.extraction ?? given ?? (await extract(article)),
      stories: await tx.articleStories(existing),
    };
  }
  // Known a moment ago and gone now cannot happen (articles are never deleted); extracted here all the same.
  const extraction = given ?? (await extract(article));
  const { id, published, title, source, url } = extraction.article;
  await tx.insertArticle({ id, contentHash, published, title, source, url, text: article.text, extraction });
  // Warmed above already when the extraction was given.
  if (!given) await tx.warmAliases(namesLookedUp(extraction));
  const entities = await resolveEntities(tx, extraction, article.text);
  const map = Object.fromEntries([...entities].map(([local, row]) => [local, row.id]));
  // Each entity's names counted here, so its page reads them without re-reading its articles (aliases.ts).
  await tx.putArticleEntities(id, map, { published, uses: namesOfArticle(extraction.entities, map) });
  // A casting that names no work files under the person's known casting whose work the article names (known-work.ts).
  const filed = await withKnownWorks(tx, extraction, entities, article.text);
  // Editorial merges hold for later articles too: evidence of a merged story is filed under the one it joined.
  const {
    stories,
    rows: all,
    unrelated,
    afterDeath,
  } = await routeMerged(tx, evidenceOf(filed.extraction, filed.entities, article.text));
  // History alone ("her former boyfriend, Mac Miller") starts no story, nor two names in a sentence that does not
  // relate them (evidence.ts relatesThePair): it is held until news starts one, before or after it in the ingest, so
  // the ledger does not depend on the order articles arrive in.
  const held = new Set<string>();
  const joining: EvidenceRow[] = [];
  const known = await Promise.all([...stories.keys()].map((id) => tx.story(id)));
  const begun = new Set(known.flatMap((row) => (row ? [row.id] : [])));
  for (const story of stories.values()) {
    if (begun.has(story.id)) continue;
    if (all.filter((r) => r.story === story.id).every((r) => startsNone(r, unrelated, afterDeath))) {
      held.add(story.id);
      continue;
    }
    joining.push(...(await tx.takeHeldEvidence(story.id)));
    await tx.putStory({
      id: story.id,
      key: story.key,
      type: story.type,
      value: story.value,
      subjects: story.subjects.map((s) => ({ id: s.id, name: s.name })),
      status: 'speculated',
      score: 0,
      firstSeen: published,
      lastSeen: published,
      // The story's object (evidence.ts propositionObject) is kept in its summary: assemble carries it on from there.
      summary: story.object
        ? { object: { id: story.object.id, name: story.object.name, type: story.object.type } }
        : {},
    });
  }
  await tx.holdEvidence(all.filter((r) => held.has(r.story)));
  const rows = [...joining, ...all.filter((r) => !held.has(r.story))];
  const touched = [...stories.keys()].filter((s) => !held.has(s));
  await tx.insertEvidence(rows);
  if (dirty) for (const row of rows) dirty.set(row.story, (dirty.get(row.story) ?? 0) + 1);
  else for (const storyId of touched) await recompute(tx, storyId);
  // A lone name's story joins its full-name twin, whichever of the two came first (it recomputes both).
  await foldLoneNames(tx, touched);
  return { status: 'new', id, extraction, stories: touched };
}

/**
 * Everything for one article happens in one transaction, so a crash leaves either all of it or none;
 * only the stories this article touches are recomputed, which keeps big ingests linear.
 */
export async function ingestArticle(store: Store, article: Article, given?: Extraction): Promise<IngestOutcome> {
  // A known article is answered from the store; only a new one is extracted, before the transaction opens.
  const known = given ? null : await knownArticle(store, article);
  const early = given ?? (known ? undefined : await extract(article));
  // Its COMMIT may be shared with other articles waiting to be filed at the same moment (PostgreSQL, under load).
  return store.transaction((tx) => fileArticle(tx, article, early), { shareCommit: true });
}
