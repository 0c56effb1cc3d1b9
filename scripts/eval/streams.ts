// The development streams (real celebrity stories retold with as-of truth): every stream ingested into one fresh
// ledger, then each story's stages checked against truth.json at every checkpoint, and the traps looked for.
// `npx tsx scripts/eval/streams.ts [dir]`; without a dir it reads ../shared/data/streams, else the repository's copy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLedger } from '../../src/ledger/index.ts';
import type { Ledger, Story, StorySummary } from '../../src/ledger/index.ts';
import { readInputs } from '../../src/read/index.ts';
import type { Article } from '../../src/read/index.ts';
import { SHARED_DATA } from '../shared-data.ts';
import { shownStories } from '../../test/helpers/shown.ts';
import { at, must } from '../../src/invariant/index.ts';

export type Checkpoint = { date: string; status: string; why: string };
export type TruthStory = {
  story: string;
  subjects: string[];
  type: string;
  stages: Array<{ value: string; status_as_of: Checkpoint[] }>;
  spurious_traps: string[];
};

const REPO_COPY = fileURLToPath(new URL('../../test/fixtures/streams', import.meta.url));

export function streamsDir(): { dir: string; where: string } {
  const shared = path.join(SHARED_DATA, 'streams');
  if (existsSync(path.join(shared, 'truth.json'))) return { dir: shared, where: shared };
  return { dir: REPO_COPY, where: `${REPO_COPY} (the repository's copy: ../shared/data/streams is absent)` };
}

/** Every stream article, in date order (then id), as the reader gives it. */
export async function streamArticles(dir: string): Promise<Article[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(dir, f));
  const out: Article[] = [];
  for await (const r of readInputs(files)) {
    if (!r.ok) throw new Error(`${r.failure.file}:${r.failure.line ?? ''} ${r.failure.message}`);
    out.push(r.article);
  }
  return out.sort(
    (a, b) => (a.published ?? '').localeCompare(b.published ?? '') || (a.id ?? '').localeCompare(b.id ?? ''),
  );
}

const words = (name: string): string[] =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** EVAL-STORIES.md's name match: every word of the shorter name is in the longer. */
export function sameName(a: string, b: string): boolean {
  const [short, long] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  return short.length > 0 && short.every((w) => long.includes(w));
}

/** The ledger's stories that stand for a truth story: same type, and every ledger subject is one of its subjects. */
function storiesFor(all: StorySummary[], truth: TruthStory): StorySummary[] {
  const people = truth.type === 'casting' ? [at(truth.subjects, 0)] : truth.subjects;
  return all.filter(
    (s) =>
      s.type === truth.type &&
      s.subjects.filter((x) => people.some((p) => sameName(p, x.name))).length >=
        Math.min(2, people.length, s.subjects.length) &&
      (truth.type === 'casting' || s.subjects.every((x) => truth.subjects.some((p) => sameName(p, x.name)))),
  );
}

/** A stage's status in a story as it stood (the story's own stages when it lists them, else its headline value). */
export function stageStatus(story: Story | null, value: string): string | null {
  if (!story) return null;
  const stages = story.stages;
  if (stages) return stages.find((s) => s.value === value)?.status ?? null;
  return story.value === value ? story.status : null;
}

/** "Zendaya & Odell Beckham Jr. dating (…)" → the two names, when the trap names a pair. */
function trapPair(trap: string): [string, string] | null {
  const m = /^([\p{Lu}][\p{L}.'’ -]+?) & ([\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+)*)/u.exec(trap);
  return m ? [at(m, 1).trim(), at(m, 2).trim()] : null;
}

export type StreamFigures = {
  stories: number;
  finalRight: number;
  checkpoints: number;
  checkpointsRight: number;
  traps: number;
  /** Traps the ledger formed as the naive reading has them (a story of the pair, neither denied nor ended). */
  trapsFormed: number;
  /** Traps whose pair has a story that refutes the naive reading: "Aniston & Theroux still married" shown as a split
   * that has ended, "Styles & Pine feud (representatives deny it)" shown as denied. Counted apart, not as right. */
  trapsRefuted: number;
  otherStories: number;
};

export async function scoreStreams(
  ledger: Ledger,
  truths: TruthStory[],
  log: (line: string) => void = console.log,
): Promise<StreamFigures> {
  const all = await shownStories(ledger);
  const claimed = new Set<string>();
  const figures: StreamFigures = {
    stories: truths.length,
    finalRight: 0,
    checkpoints: 0,
    checkpointsRight: 0,
    traps: 0,
    trapsFormed: 0,
    trapsRefuted: 0,
    otherStories: 0,
  };
  for (const truth of truths) {
    const found = storiesFor(all, truth);
    found.forEach((s) => claimed.add(s.id));
    const main = found[0] ?? null;
    const extra = found.length > 1 ? ` (+${found.length - 1} duplicate${found.length > 2 ? 's' : ''})` : '';
    log(
      `\n${truth.story}: ${main ? `${main.id} ${main.type}/${main.value} ${main.status} ${main.score}` : 'NOT FORMED'}${extra}`,
    );
    let allFinal = true;
    for (const stage of truth.stages) {
      const last = must(stage.status_as_of.at(-1), 'every stage of the truth file has a checkpoint');
      for (const cp of stage.status_as_of) {
        const story = main ? await ledger.story(main.id, { asOf: cp.date }) : null;
        const got = stageStatus(story, stage.value);
        const right = got === cp.status;
        figures.checkpoints++;
        if (right) figures.checkpointsRight++;
        else if (cp === last) allFinal = false;
        log(
          `  ${right ? 'ok   ' : 'WRONG'} ${stage.value.padEnd(8)} as of ${cp.date}: want ${cp.status.padEnd(12)} got ${got ?? '—'}`,
        );
      }
      const final = main ? stageStatus(await ledger.story(main.id), stage.value) : null;
      if (final !== last.status) allFinal = false;
      log(
        `  ${final === last.status ? 'ok   ' : 'WRONG'} ${stage.value.padEnd(8)} final:            want ${last.status.padEnd(12)} got ${final ?? '—'}`,
      );
    }
    if (allFinal) figures.finalRight++;
  }
  const others = all.filter((s) => !claimed.has(s.id));
  figures.otherStories = others.length;
  log('\ntraps (pairs a naive system forms; REFUTED: the pair has a story, but only denied or ended):');
  for (const truth of truths) {
    for (const trap of truth.spurious_traps) {
      const pair = trapPair(trap);
      if (!pair) continue;
      figures.traps++;
      const formed = others.filter(
        (s) =>
          s.subjects.length === 2 &&
          s.subjects.every((x) => pair.some((p) => sameName(p, x.name))) &&
          pair.every((p) => s.subjects.some((x) => sameName(p, x.name))),
      );
      const asserted = formed.filter((s) => s.status !== 'denied' && s.status !== 'ended');
      if (asserted.length) figures.trapsFormed++;
      else if (formed.length) figures.trapsRefuted++;
      const mark = asserted.length ? 'FORMED ' : formed.length ? 'REFUTED' : 'ok     ';
      log(
        `  ${mark} ${trap.slice(0, 90)}${formed.length ? `  → ${formed.map((s) => `${s.type}/${s.value} ${s.status}`).join(', ')}` : ''}`,
      );
    }
  }
  log(`\nother stories formed from the streams (${others.length}):`);
  for (const s of others)
    log(`  ${s.type}/${s.value} ${s.status} ${s.score}  ${s.subjects.map((x) => x.name).join(' & ')}`);
  return figures;
}

export async function evalStreams(given?: string): Promise<StreamFigures> {
  const { dir, where } = given ? { dir: given, where: given } : streamsDir();
  const truths = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) as TruthStory[];
  const articles = await streamArticles(dir);
  console.log(
    `\n== Streams: ${articles.length} dated articles of ${truths.length} real stories, one fresh ledger (${where})`,
  );
  const ledger = await openLedger(':memory:');
  try {
    for (const a of articles) await ledger.ingest(a);
    await ledger.refresh();
    const f = await scoreStreams(ledger, truths);
    const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
    console.log(
      `\nstreams: final stage statuses right for ${f.finalRight}/${f.stories} stories; as-of checkpoints ${f.checkpointsRight}/${f.checkpoints} (${pct(f.checkpointsRight, f.checkpoints)}); traps formed ${f.trapsFormed}/${f.traps} (and ${f.trapsRefuted} more pairs formed only as denied or ended); other stories formed ${f.otherStories}`,
    );
    return f;
  } finally {
    await ledger.close();
  }
}

const DESK_STREAMS = fileURLToPath(new URL('../../test/fixtures/desk-streams', import.meta.url));

/**
 * The desk streams (test/fixtures/desk-streams: more real stories retold by the team, scored blind once and then
 * read, so development data now), in a ledger of their own.
 */
export async function evalDeskStreams(): Promise<StreamFigures> {
  return evalStreams(DESK_STREAMS);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  await evalStreams(process.argv[2]);
