// A lone name ("Kardashian, 41", "Pete") is an entity of its own (resolve.ts): joining it at ingest to whoever the
// ledger knew by it so far made the ledger depend on ingest order. Its story is folded here instead, once the ledger
// holds exactly one story of the same type and the same other subjects whose person is called by that name
// (ET Online's "Davidson … at home with my girlfriend" about "Kardashian, 41" joins Kim Kardashian & Pete Davidson).
// Both orders meet: a lone-name story is checked when it is touched, and again whenever a full-name story it could
// join is touched. The fold is a merge in the editorial log, by "rumourmill", shown on the desk and undone there.
import type { EditorialAction, StoreTx, StoryRow } from '../store/index.ts';
import { autoMerge, finalStory, mergeLog, stateOf } from './editorial.ts';
import { nameKey } from './ids.ts';
import { maidenMiddleForm } from './married-names.ts';
import { surnameOf } from './resolve.ts';

export const LONE_NAME_EDITOR = 'rumourmill (lone name)';

type Person = { id: string; name: string };

const words = (name: string): string[] => name.trim().split(/\s+/);
const isLone = (name: string): boolean => words(name).length === 1;
/** People's ids are "p-…" (resolve.ts): a one-word work ("Amelie") or outlet is no lone name. */
const loneSubject = (s: Person): boolean => s.id.startsWith('p-') && isLone(s.name);
const fullPerson = (s: Person): boolean => s.id.startsWith('p-') && !isLone(s.name);

/** The names a full name goes by alone: its given name and its surname ("Kim", "Kardashian"; "Ana", "de Armas"). */
function loneFormsOf(name: string): string[] {
  const forms = new Set<string>();
  const first = words(name)[0];
  if (first && /^\p{Lu}/u.test(first)) forms.add(first);
  const surname = surnameOf(name);
  if (surname) forms.add(surname);
  return [...forms];
}

/** A key with its subject ids replaced: keys end in the sorted ids joined by "+" (evidence.ts storyKey). */
function keyWith(key: string, ids: string[]): string {
  return `${key.slice(0, key.lastIndexOf(':'))}:${[...new Set(ids)].sort((a, b) => a.localeCompare(b)).join('+')}`;
}

/** Every choice of one option per slot: the subjects' possible readings. */
function choices<T>(slots: T[][]): T[][] {
  return slots.reduce<T[][]>((acc, options) => acc.flatMap((pick) => options.map((o) => [...pick, o])), [[]]);
}

async function people(tx: StoreTx, name: string, lone: boolean): Promise<Person[]> {
  const found = await tx.entitiesByAlias([name]);
  return found.filter(
    (e) =>
      e.type === 'person' &&
      isLone(e.name) === lone &&
      (lone ? nameKey(e.name) === nameKey(name) : loneFormsOf(e.name).some((f) => nameKey(f) === nameKey(name))),
  );
}

/** "Hailey Baldwin Bieber" read as the person named "Hailey Bieber" (married-names.ts maidenMiddleForm). */
const middleNamed = (s: Person): boolean => s.id.startsWith('p-') && maidenMiddleForm(s.name) !== null;

async function marriedNamed(tx: StoreTx, name: string): Promise<Person[]> {
  return (await tx.entitiesByAlias([name])).filter((e) => e.type === 'person' && nameKey(e.name) === nameKey(name));
}

/** The people "Hailey Bieber" may be called by with her maiden name between ("Hailey Baldwin Bieber"). */
async function middleNamesOf(tx: StoreTx, name: string): Promise<Person[]> {
  const surname = words(name).at(-1);
  if (words(name).length !== 2 || !surname) return [];
  return (await tx.entitiesByAlias([surname])).filter(
    (e) => e.type === 'person' && nameKey(maidenMiddleForm(e.name) ?? '') === nameKey(name),
  );
}

/** A subject that stands for another person: a lone name, or a name with the maiden name between. */
const foldable = (s: Person): boolean => loneSubject(s) || middleNamed(s);

/** The one full-name story a lone-name story stands for, or null when there is none or more than one. */
async function twinOf(tx: StoreTx, story: StoryRow): Promise<StoryRow | null> {
  const lone = story.subjects.filter(foldable);
  if (lone.length === 0) return null;
  const kept = story.subjects.filter((s) => !foldable(s)).map((s) => s.id);
  const readings = await Promise.all(
    lone.map((s) =>
      loneSubject(s) ? people(tx, s.name, false) : marriedNamed(tx, maidenMiddleForm(s.name) ?? s.name),
    ),
  );
  const found = new Map<string, StoryRow>();
  for (const pick of choices(readings.map((r) => r.map((p) => p.id)))) {
    const twin = await tx.storyByKey(keyWith(story.key, [...kept, ...pick]));
    if (twin && twin.id !== story.id) found.set(twin.id, twin);
  }
  return found.size === 1 ? ([...found.values()][0] ?? null) : null;
}

/** The lone-name stories a full-name story could absorb: the same key with any of its people called by one name. */
async function loneTwinsOf(tx: StoreTx, story: StoryRow): Promise<StoryRow[]> {
  if (!story.subjects.some(fullPerson)) return [];
  const options = await Promise.all(
    story.subjects.map(async (s) =>
      fullPerson(s)
        ? [
            s.id,
            ...(await Promise.all(loneFormsOf(s.name).map((f) => people(tx, f, true)))).flat().map((p) => p.id),
            ...(await middleNamesOf(tx, s.name)).map((p) => p.id),
          ]
        : [s.id],
    ),
  );
  const out: StoryRow[] = [];
  for (const pick of choices(options)) {
    const key = keyWith(story.key, pick);
    if (key === story.key) continue;
    const twin = await tx.storyByKey(key);
    if (twin) out.push(twin);
  }
  return out;
}

/**
 * Stories an editor took out of a merge: folding them again at the next ingest would overrule the desk (the Bieber
 * stream: "Hailey Baldwin Bieber"'s 2020 pregnancy story, unmerged by hand, stays apart).
 */
function undoneStoryMerges(log: EditorialAction[]): Set<string> {
  const merges = new Map(log.filter((a) => a.kind === 'merge' && a.about === 'story').map((a) => [a.seq, a] as const));
  const out = new Set<string>();
  for (const a of log) {
    const undone = a.kind === 'undo' && a.undoes !== null ? merges.get(a.undoes) : undefined;
    if (undone) out.add(undone.subject);
  }
  return out;
}

/**
 * Folds the lone-name stories among those an article touched into their full-name twin, and those that a touched
 * full-name story is the twin of. Returns the stories whose evidence moved (both ends), for the caller to recompute.
 */
export async function foldLoneNames(tx: StoreTx, touched: string[]): Promise<string[]> {
  const moved = new Set<string>();
  const log = await mergeLog(tx);
  let state = stateOf(log);
  const refused = undoneStoryMerges(log);
  const fold = async (story: StoryRow) => {
    if (state.mergedInto.has(story.id) || refused.has(story.id)) return;
    const twin = await twinOf(tx, story);
    if (!twin || finalStory(state, twin.id) !== twin.id) return;
    const lone = story.subjects.filter(foldable).map((s) => `"${s.name}"`);
    const note = `${lone.join(' and ')} read as ${twin.subjects.map((s) => s.name).join(' & ')}: the only such story`;
    await autoMerge(tx, story.id, twin.id, LONE_NAME_EDITOR, note);
    moved.add(story.id).add(twin.id);
    state = stateOf(await mergeLog(tx));
  };
  for (const id of touched) {
    const story = await tx.story(id);
    if (!story) continue;
    await fold(story);
    for (const twin of await loneTwinsOf(tx, story)) await fold(twin);
  }
  return [...moved];
}
