import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/extract/claims/index.ts';
import { resolveCoreference } from '../../src/extract/coreference/index.ts';
import { findDebris } from '../../src/extract/debris/index.ts';
import { findEntities } from '../../src/extract/entities/index.ts';
import { findEvents } from '../../src/extract/events/index.ts';
import { findHedges } from '../../src/extract/hedges/index.ts';
import type { Doc } from '../../src/extract/doc.ts';
import { extract, type Entity, type Time } from '../../src/extract/index.ts';
import { dropTimesInsideNames } from '../../src/extract/refiners/names-are-not-times.ts';
import { findTimes } from '../../src/extract/times/index.ts';
import { analyse } from '../../src/extract/tokens/index.ts';
import { FIXTURES } from './corpus.ts';
import { at } from '../../src/invariant/index.ts';

// Complexity, not speed: each check times input of size n and 2n on this machine, in CPU time,
// and asserts the ratio stays under 3 (2 when linear, 4 when quadratic). Medians of several runs
// keep it steady on a loaded 2-core machine; no absolute threshold.

const KB = 1000;
const n = 50 * KB;

/** CPU milliseconds of one call to `f`, repeated until 40 ms have passed so short calls still measure. */
function cpuMs(f: () => unknown): number {
  const start = process.cpuUsage();
  let calls = 0;
  let elapsed = 0;
  do {
    f();
    calls++;
    const used = process.cpuUsage(start);
    elapsed = (used.user + used.system) / 1000;
  } while (elapsed < 40);
  return elapsed / calls;
}

const median = (xs: number[]): number =>
  at(
    [...xs].sort((a, b) => a - b),
    Math.floor(xs.length / 2),
  );

/** Median time of `run(input(2n))` over median time of `run(input(n))`, runs interleaved. */
function growth<T>(input: (size: number) => T, run: (x: T) => unknown, rounds = 5): number {
  const small = input(n);
  const large = input(2 * n);
  run(small); // warm-up: compile the patterns, JIT the stage
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    a.push(cpuMs(() => run(small)));
    b.push(cpuMs(() => run(large)));
  }
  return median(b) / median(a);
}

/** The fixture articles' text (real, varied) cut at a line break, `size` characters at least, twice for 2n. */
const REAL = FIXTURES.map((row) => row.text).join('\n\n');
const real = (size: number): string => {
  const base = REAL.slice(0, REAL.indexOf('\n', n) + 1);
  return size > n ? `${base}\n${base}` : base;
};
/** The case: blocks of "at 3 PM on Saturday " with no sentence break. */
const denseTimes = (size: number): string => 'at 3 PM on Saturday '.repeat(size / 20);
/** A scraped separator line of dashes before a date: the month rule's lookbehind re-read it at every character. */
const dashes = (size: number): string => `Posted in ${'-'.repeat(size)} May 2017.`;

const docOf = (text: string): Doc => ({
  text,
  published: '2017-01-01',
  source: null,
  title: null,
  ...analyse(text),
  ignored: findDebris(text),
});
const article = (text: string) => ({
  id: 'complexity',
  published: '2017-01-01',
  title: null,
  source: null,
  url: null,
  text,
  origin: { file: 'complexity' },
});

describe('the times stage is linear in the text', () => {
  it.each([
    ['real articles', real],
    ['"at 3 PM on Saturday " blocks', denseTimes],
    ['a line of dashes', dashes],
  ])('%s: 2n takes under 3× n', (_name, input) => {
    expect(
      growth(
        (size) => docOf(input(size)),
        (doc) => findTimes(doc),
      ),
    ).toBeLessThan(3);
  });
});

describe('names-are-not-times is linear in its input', () => {
  it('real times and names, n and 2n: 2n takes under 3× n', () => {
    // The spans of the real text's times and entities, copied end to end as if the text repeated:
    // 8 copies (400 KB of text) so the refiner's time is measurable.
    const text = real(n);
    const { entities } = extract(article(text));
    const times = findTimes(docOf(text));
    const copies = (k: number): { times: Time[]; entities: Entity[] } => {
      const shift = <S extends { start: number; end: number }>(s: S, by: number): S => ({
        ...s,
        start: s.start + by,
        end: s.end + by,
      });
      const offsets = Array.from({ length: k }, (_, i) => i * text.length);
      return {
        times: offsets.flatMap((by) => times.map((t) => shift(t, by))),
        entities: offsets.flatMap((by, i) =>
          entities.map((e) => ({ ...e, id: `${e.id}-${i}`, mentions: e.mentions.map((m) => shift(m, by)) })),
        ),
      };
    };
    expect(times.length).toBeGreaterThan(50);
    expect(
      growth(
        (size) => copies((8 * size) / n),
        (x) => dropTimesInsideNames(x.times, x.entities),
      ),
    ).toBeLessThan(3);
  });
});

describe('the entities stage is linear in the text', () => {
  // Real text, then the same text twice: every title stands twice as often, as in a long article that repeats names.
  // sameTitleEverywhere searched the whole text per title and every entity's mentions per place (issue 14).
  it('real articles: 2n takes under 3× n', () => {
    expect(
      growth(
        (size) => docOf(real(size)),
        (doc) => findEntities(doc),
        3,
      ),
    ).toBeLessThan(3);
  });
});

describe('the coreference stage is linear in the text', () => {
  // Real text twice: the same people named twice as often. The body before an 'It said' was looked for among every name
  // of the article, and each walk built maps of every token's start and end (issue 14).
  it('real articles: 2n takes under 3× n', () => {
    expect(
      growth(
        (size) => {
          const doc = docOf(real(size));
          return { doc, entities: findEntities(doc) };
        },
        (x) =>
          resolveCoreference(
            x.doc,
            x.entities.map((e) => ({ ...e, mentions: [...e.mentions] })),
          ),
        3,
      ),
    ).toBeLessThan(3);
  });
});

describe('the claims stage is linear in the text', () => {
  // The refiners read every entity's mentions, every time and every quotation for each claim (issue 14). Each run gets
  // a fresh doc and entities: the stage keeps what it reads per document, and a second run on the same one reads less.
  it('real articles: 2n takes under 3× n', () => {
    const stages = (text: string) => {
      const doc = docOf(text);
      const entities = resolveCoreference(doc, findEntities(doc));
      const times = dropTimesInsideNames(findTimes(doc), entities);
      const hedges = findHedges(doc);
      return { doc, entities, times, hedges, events: findEvents(doc, entities, times) };
    };
    expect(
      growth(
        (size) => stages(real(size)),
        (x) => {
          const entities = x.entities.map((e) => ({ ...e, mentions: [...e.mentions] }));
          return findClaims({ ...x.doc }, entities, x.events, x.hedges, x.times);
        },
        3,
      ),
    ).toBeLessThan(3);
  });
});

describe('extract() grows linearly on the inputs that made the times stage quadratic', () => {
  it.each([
    ['"at 3 PM on Saturday " blocks', denseTimes],
    ['a line of dashes', dashes],
  ])('%s: 2n takes under 3× n', (_name, input) => {
    expect(
      growth(
        (size) => article(input(size)),
        (a) => extract(a),
        3,
      ),
    ).toBeLessThan(3);
  });

  it('real articles: 2n takes under 3× n', () => {
    expect(
      growth(
        (size) => article(real(size)),
        (a) => extract(a),
        3,
      ),
    ).toBeLessThan(3);
  });
});
