// A lone name ("Kardashian, 41", "Pete") is an entity of its own (resolve.ts): joining it at ingest to whoever the
// ledger knew by it so far made the ledger depend on ingest order. Its story is folded here instead, once the ledger
// holds exactly one story of the same type and the same other subjects whose person is called by that name
// (ET Online's "Davidson … at home with my girlfriend" about "Kardashian, 41" joins Kim Kardashian & Pete Davidson).
// Both orders meet: a lone-name story is checked when it is touched, and again whenever a full-name story it could
// join is touched. The fold is a merge in the editorial log, by "rumourmill", shown on the desk and undone there.
import type { EditorialAction, StoreTx, StoryRow } from '../store/index.ts';
import { firstNames, nicknames } from '../extract/names/lexicons.ts';
import stageNamesJson from '../../data/lexicons/stage-names.json' with { type: 'json' };
import {
  autoEntityMerge,
  autoEntityUndo,
  autoMerge,
  autoStoryUndo,
  finalEntity,
  finalStory,
  mergeLog,
  stateOf,
  type EditorialState,
} from './editorial.ts';
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

/** The ledger's own fold of a story that names no object into the one story of it that names one. */
export const OBJECT_EDITOR = 'rumourmill (object)';

/** The object in a story key ("legal:sue@e-1a2b:p-3c4d"): "@" + an entity id before the subjects (evidence.ts). */
const OBJECT_IN_KEY = /@[^:@]+(?=:[^:]*$)/;
const objectless = (key: string): string => key.replace(OBJECT_IN_KEY, '');

/**
 * The one story that tells the same person's same proposition with its object, for a story that names none: "Fletcher
 * has recently graduated from the University of East Anglia's creative writing course" (bbc-entertainment-007, read
 * with no object) is the study "graduated from the University of East Anglia creative writing course" names
 * (bbc-entertainment-013). Null when there is none, or more than one: the object-less one may be any of them.
 */
async function objectTwinOf(tx: StoreTx, story: StoryRow, state: EditorialState): Promise<StoryRow | null> {
  if (OBJECT_IN_KEY.test(story.key)) return null;
  const twins = await objectTwins(tx, story);
  const live = twins.filter((t) => finalStory(state, t.id) === t.id);
  // A twin merged away by the desk still counts: the object-less story may be the other one's.
  const [only] = live;
  return twins.length === 1 && only ? tx.story(only.id) : null;
}

/**
 * The stories that tell an object-less story's proposition with an object: its key with "@" and an object before the
 * subjects. Looked up by that key's head among its first subject's stories (a busy person has thousands: reading them
 * all at every article made the ingest slow down as the ledger grew).
 */
async function objectTwins(tx: StoreTx, story: StoryRow): Promise<Array<{ id: string; key: string }>> {
  const first = story.subjects[0];
  if (!first) return [];
  const head = `${story.key.slice(0, story.key.lastIndexOf(':'))}@`;
  // Its subjects too: a twin's key ends as its own does (":" and the subjects' ids).
  const tail = story.key.slice(story.key.lastIndexOf(':'));
  return (await tx.storyKeysOf(first.id, head, tail)).filter(
    (s) => s.id !== story.id && OBJECT_IN_KEY.test(s.key) && objectless(s.key) === story.key,
  );
}

/** How many stories tell the proposition of an object-less story with an object. */
async function objectTwinCount(tx: StoreTx, story: StoryRow): Promise<number> {
  return (await objectTwins(tx, story)).length;
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
  // A story beside Kanye West makes "Kim Kardashian West" safe to read as Kim Kardashian: its people are checked again.
  const subjects = new Map<string, Person>();
  const beside = new Map<string, Person[]>();
  for (const id of touched) {
    const those = (await tx.story(id))?.subjects ?? [];
    for (const s of those) {
      subjects.set(s.id, s);
      beside.set(s.id, [...(beside.get(s.id) ?? []), ...those.filter((o) => o.id !== s.id)]);
    }
  }
  await foldLoneEntities(tx, [...subjects.values()], beside);
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
  // Both orders meet here too: an object-less story when it is touched, and when the story with the object is.
  const foldObjectless = async (story: StoryRow) => {
    const held = state.mergedInto.get(story.id);
    // Its own fold, no longer the only reading (Taylor Swift's releases: "Gorgeous", then "Reputation"): undone, so
    // every order of ingest ends the same. Not made again: the undo is in the log.
    if (held?.editor === OBJECT_EDITOR && (await objectTwinCount(tx, story)) > 1) {
      const note = 'no longer the only reading: another story of it names another object';
      await autoStoryUndo(tx, story.id, held.seq, OBJECT_EDITOR, note);
      moved.add(story.id).add(held.target ?? story.id);
      state = stateOf(await mergeLog(tx));
      return;
    }
    if (held || refused.has(story.id)) return;
    const twin = await objectTwinOf(tx, story, state);
    if (!twin) return;
    const object = twin.key.match(OBJECT_IN_KEY)?.[0] ?? '';
    const note = `told without its object; the only such story names one (${object.slice(1)})`;
    await autoMerge(tx, story.id, twin.id, OBJECT_EDITOR, note);
    moved.add(story.id).add(twin.id);
    state = stateOf(await mergeLog(tx));
  };
  for (const id of touched) {
    const story = await tx.story(id);
    if (!story) continue;
    await fold(story);
    for (const twin of await loneTwinsOf(tx, story)) await fold(twin);
    const without = OBJECT_IN_KEY.test(story.key) ? await tx.storyByKey(objectless(story.key)) : story;
    if (without) await foldObjectless(without);
  }
  return [...moved];
}

// The entity-level counterpart: one person however the press names them. A stage name is the person printed under
// a full name of it (data/lexicons/stage-names.json: "Beyonce Knowles", BBC 117 and 153, is the "Beyoncé" of celebrity pair 190); a
// lone name in no list of given names ("Harry" never), used alone in several articles and no one's surname, is the one
// full-name person whose given name it is; a married form ("Kim Kardashian West") is the person of its first two words
// when her stories name someone of its last word's surname. Each is an entity merge in the editorial log, by
// LONE_NAME_EDITOR, undone on the desk; one an editor undid is never made again. Checked whenever either end is
// resolved or in a touched story, and undone by the ledger itself when the reading stops being the only one (a second
// person of that given name arrives), so that every order of ingest ends the same.

/** Names people are commonly given (names.json): "Harry" alone is no one in particular, nor "Jen". */
const GIVEN = new Set([...firstNames.keys(), ...nicknames.keys(), ...nicknames.values()].map((n) => nameKey(n)));

/**
 * Stage names and the full names the press also prints (stage-names.json): "Beyoncé" is in names.json, for her
 * gender, and no data tells her from "Drake" beside Drake Bell; what a reader knows, the list says.
 */
const STAGE_NAMES = new Map(
  Object.entries(stageNamesJson.names).map(([stage, full]) => [nameKey(stage), full.map((f) => nameKey(f))] as const),
);
/** A full name → the stage names it is printed for ("Beyonce Knowles" → "Beyoncé"). */
const STAGE_NAME_OF = new Map<string, string[]>();
for (const [stage, full] of Object.entries(stageNamesJson.names))
  for (const f of full) STAGE_NAME_OF.set(nameKey(f), [...(STAGE_NAME_OF.get(nameKey(f)) ?? []), stage]);

/** Articles that call a person by a lone name before it is read as a stage name (standsFor). */
const MONONYM_ARTICLES = 3;

/** A whole capitalised word ("Kardashian", "West"): not an initial, a suffix with a dot, or a particle. */
const WHOLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A lone name that stands for one person: capitalised, a word of letters, and no common given name. */
const distinctive = (name: string): boolean =>
  isLone(name) && /^\p{Lu}[\p{L}'’-]+$/u.test(name) && !GIVEN.has(nameKey(name));

/** Another person's surname ("Perry" is Katy Perry's): a lone name that may be her, not only the given name's person. */
async function isSurname(tx: StoreTx, lone: string): Promise<boolean> {
  return (await tx.entitiesByAlias([lone])).some(
    (p) => p.type === 'person' && !isLone(p.name) && nameKey(surnameOf(p.name) ?? '') === nameKey(lone),
  );
}

/** "Kim Kardashian West" with a story beside Kanye West: the third word is the surname of someone in her stories. */
async function spouseSurnamed(tx: StoreTx, short: Person, surname: string): Promise<boolean> {
  for (const story of await tx.storiesOf(short.id))
    if (story.subjects.some((s) => s.id !== short.id && nameKey(surnameOf(s.name) ?? '') === nameKey(surname)))
      return true;
  return false;
}

/**
 * The person a lone or extended name stands for, `undefined` when there is no one to look for, and null when the
 * ledger holds none, or more than one, or the reading is unsafe.
 * - A stage name: the one person named by a full name of it (stage-names.json). Never a namesake: "Drake" is not
 *   Drake Bell.
 * - Another lone name: the one full-name person whose given name folds to it, when the name is in no list of given
 *   names, used alone in MONONYM_ARTICLES articles, and no one's surname ("Perry" may be Katy Perry rather than Perry
 *   Wander).
 * - "Kim Kardashian West": the person named by its first two words, when a story of hers names someone of its third
 *   word's surname (Kanye West), and no "Kim West" is in the ledger ("Hailey Baldwin Bieber" is Hailey Bieber,
 *   married-names.ts). "Sophie Turner Laing" (a BBC executive) is not the actress, and "Hank Williams Jr" not his father.
 */
async function standsFor(tx: StoreTx, e: Person): Promise<Person | null | undefined> {
  if (!e.id.startsWith('p-')) return undefined;
  const w = words(e.name);
  let found: Person[];
  const stage = isLone(e.name) ? STAGE_NAMES.get(nameKey(e.name)) : undefined;
  if (stage) {
    found = (await tx.entitiesByAlias(stage)).filter((p) => p.type === 'person' && stage.includes(nameKey(p.name)));
  } else if (isLone(e.name)) {
    if (!distinctive(e.name)) return undefined;
    if (await isSurname(tx, e.name)) return null;
    // A name the press uses alone, in article after article, is a stage name (Beyoncé, 20 development articles); one
    // article's "Marion" or "Sky" (BBC 110, 210) is someone of that article, the full name's person or not.
    if ((await tx.appearances(e.id)).length < MONONYM_ARTICLES) return null;
    // The search reads every alias holding the name; a full name is its own alias ("Beyonce Knowles").
    const namesakes = (await tx.entities(e.name, 1000)).filter(
      (p) => p.type === 'person' && words(p.name).length >= 2 && nameKey(words(p.name)[0] ?? '') === nameKey(e.name),
    );
    if (namesakes.length !== 1) return null;
    found = namesakes;
  } else if (extendedForm(e.name)) {
    const short = `${w[0] ?? ''} ${w[1] ?? ''}`;
    const married = `${w[0] ?? ''} ${w[2] ?? ''}`;
    found = (await tx.entitiesByAlias([short])).filter(
      (p) => p.type === 'person' && nameKey(p.name) === nameKey(short),
    );
    const person = found[0];
    if (found.length !== 1 || !person) return null;
    if ((await tx.entitiesByAlias([married])).some((p) => p.type === 'person' && nameKey(p.name) === nameKey(married)))
      return null;
    if (!(await spouseSurnamed(tx, person, w[2] ?? ''))) return null;
  } else return undefined;
  return new Set(found.map((p) => p.id)).size === 1 ? (found[0] ?? null) : null;
}

/** "Kim Kardashian West": three whole words, the first two a full name of their own. */
const extendedForm = (name: string): boolean => {
  const w = words(name);
  return w.length === 3 && w.every((x) => WHOLE_WORD.test(x));
};

/**
 * The lone and extended names a full name bears on: "Beyoncé" for "Beyonce Knowles" (its given name), "Perry" for
 * "Katy Perry" (its surname: the fold of "Perry" is undone), "Kim Kardashian West" for "Kim Kardashian", and "Hailey
 * Baldwin Bieber" for "Hailey Bieber" (whose arrival undoes a fold into "Hailey Baldwin").
 */
async function shortFormsOf(tx: StoreTx, e: Person, beside: Person[] | undefined): Promise<Person[]> {
  const w = words(e.name);
  if (!e.id.startsWith('p-') || w.length < 2) return [];
  const loneNamed = async (name: string) =>
    distinctive(name)
      ? (await tx.entitiesByAlias([name])).filter(
          (p) => p.type === 'person' && isLone(p.name) && nameKey(p.name) === nameKey(name),
        )
      : [];
  const surname = surnameOf(e.name);
  const stageNames = STAGE_NAME_OF.get(nameKey(e.name)) ?? [];
  const staged = stageNames.length
    ? (await tx.entitiesByAlias(stageNames)).filter(
        (p) => p.type === 'person' && isLone(p.name) && stageNames.some((n) => nameKey(n) === nameKey(p.name)),
      )
    : [];
  const out: Person[] = [...staged, ...(await loneNamed(w[0] ?? '')), ...(surname ? await loneNamed(surname) : [])];
  // "Hailey Baldwin Bieber" when Hailey Bieber arrives: a fold into "Hailey Baldwin" is no longer safe.
  if (w.length === 2)
    out.push(
      ...(await tx.entitiesByAlias([w[1] ?? ''])).filter(
        (p) =>
          p.type === 'person' &&
          extendedForm(p.name) &&
          nameKey(`${words(p.name)[0] ?? ''} ${words(p.name)[2] ?? ''}`) === nameKey(e.name),
      ),
    );
  if (w.length === 2 && beside) {
    // Its longer forms are looked up by the surnames of the people beside it in the stories an article touched: an
    // alias search by its whole name would read every alias of the ledger, and reading all of a busy person's
    // stories at every article made the ingest slow down as the ledger grew. Either end of a fold is touched when it
    // can be made ("Kim Kardashian West" resolved, or a story of Kim Kardashian beside Kanye West), so every order of
    // ingest meets it.
    const spouses = new Set<string>();
    for (const s of beside) if (surnameOf(s.name)) spouses.add(`${e.name} ${surnameOf(s.name) ?? ''}`);
    if (spouses.size)
      out.push(
        ...(await tx.entitiesByAlias([...spouses])).filter(
          (p) =>
            p.type === 'person' && extendedForm(p.name) && [...spouses].some((n) => nameKey(n) === nameKey(p.name)),
        ),
      );
  }
  return out;
}

/** Entity merges an editor undid (or the ledger did, when a namesake came): not made again by the ledger. */
function undoneEntityMerges(log: EditorialAction[]): Map<string, EditorialAction> {
  const merges = new Map(log.filter((a) => a.kind === 'merge' && a.about === 'entity').map((a) => [a.seq, a] as const));
  const out = new Map<string, EditorialAction>();
  for (const a of log) {
    const undone = a.kind === 'undo' && a.undoes !== null ? merges.get(a.undoes) : undefined;
    if (undone) out.set(undone.subject, a);
  }
  return out;
}

/**
 * Folds the lone and extended names among `people` (an article's, as resolved) into the one person they stand for,
 * and those that a full name among them is that person of; undoes a fold of its own that is no longer unique.
 * `beside`: for the people of the stories an article touched, the others named in those stories, by whose surnames
 * their longer forms ("Kim Kardashian West") are looked up; at resolution there are none (a married name is read only
 * beside a story, and reading every full name's stories at every article made ingest about 50% slower on 500
 * development articles).
 */
export async function foldLoneEntities(
  tx: StoreTx,
  people: Person[],
  beside?: ReadonlyMap<string, Person[]>,
): Promise<void> {
  const candidates = new Map<string, Person>();
  for (const p of people) {
    if (!p.id.startsWith('p-')) continue;
    candidates.set(p.id, p);
    for (const s of await shortFormsOf(tx, p, beside?.get(p.id))) candidates.set(s.id, s);
  }
  // The log is read once, and again only after this loop wrote to it: most articles fold nothing.
  let read: { state: EditorialState; undone: Map<string, EditorialAction> } | null = null;
  for (const e of candidates.values()) {
    const target = await standsFor(tx, e);
    if (target === undefined) continue;
    if (!read) {
      const log = await mergeLog(tx);
      read = { state: stateOf(log), undone: undoneEntityMerges(log) };
    }
    const { state } = read;
    // A stage name is the name the press uses: the full name joins it ("Beyonce Knowles" is shown as Beyoncé).
    const stage = target !== null && isLone(e.name) && STAGE_NAMES.has(nameKey(e.name));
    const [from, into] = stage ? [target, e] : [e, target];
    const held = state.entityMergedInto.get(from.id);
    if (held) {
      // The ledger's own fold, no longer the only reading ("Drake Bell" beside a "Drake Doremus"): undone by it.
      if (held.editor === LONE_NAME_EDITOR && held.target !== into?.id) {
        await autoEntityUndo(tx, from.id, held.seq, LONE_NAME_EDITOR);
        read = null;
      }
      continue;
    }
    const undone = read.undone.get(from.id);
    // An editor's undo holds; the ledger's own (a namesake came) is lifted once the namesake is gone from the reading.
    if (!into || (undone && undone.editor !== LONE_NAME_EDITOR)) continue;
    if (finalEntity(state, into.id) === from.id) continue;
    const how = stage
      ? 'the full name of that stage name'
      : isLone(e.name)
        ? 'the only person of that given name'
        : 'a longer form of that name, its last word the surname of someone in its stories';
    await autoEntityMerge(tx, from.id, into.id, LONE_NAME_EDITOR, `"${from.name}" read as ${into.name}: ${how}`);
    read = null;
  }
}
