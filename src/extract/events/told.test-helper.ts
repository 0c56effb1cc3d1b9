// Shared by this folder's tests: a development article run through the whole pipeline as a user would, and the events
// a reader sees in one of its sentences.
import { expect, it } from 'vitest';
import { extract, type Extraction } from '../index.ts';
import { specArticle } from '../../../test/gold/index.ts';
import excerpts from './excerpts.test.json' with { type: 'json' };

const memo = new Map<string, Extraction>();

/** The whole pipeline on a gold development article (never a held-out id), run once per test file. */
export function runGold(id: string): Extraction {
  const known = memo.get(id);
  if (known) return known;
  const out = extract(specArticle(id));
  memo.set(id, out);
  return out;
}

/** The whole pipeline on one excerpt of a development article, published on `published`. */
export function runText(id: string, published: string, text: string): Extraction {
  return extract({ id, published, title: null, source: null, url: null, text, origin: { file: id } });
}

/** The whole pipeline on an excerpt of excerpts.test.json, by its article id. */
export function runExcerpt(id: keyof typeof excerpts.excerpts): Extraction {
  const { published, text } = excerpts.excerpts[id];
  return runText(id, published, text);
}

export type Told = { type: string; date: string | null; who: string[]; rule: string | undefined };

/**
 * The events told by the sentence that contains `words` (its evidence, or with `mentions` any sentence merged into it),
 * as type, date, participant names (sorted unless `sorted: false`) and the rule that read them.
 */
export function toldIn(
  out: Extraction,
  words: string,
  { mentions = false, sorted = true }: { mentions?: boolean; sorted?: boolean } = {},
): Told[] {
  const name = (id: string) => out.entities.find((e) => e.id === id)?.name ?? id;
  return out.events
    .filter((e) => (mentions ? [e.evidence, ...(e.mentions ?? [])] : [e.evidence]).some((m) => m.text.includes(words)))
    .map((e) => {
      const who = e.participants.map(name);
      return { type: e.type, date: e.time?.value ?? null, who: sorted ? who.sort() : who, rule: e.rule };
    });
}

/** `toldIn` as type, date and sorted participant names: what most tests compare. */
export const told = (out: Extraction, words: string): Array<Omit<Told, 'rule'>> =>
  toldIn(out, words).map(({ type, date, who }) => ({ type, date, who }));

/**
 * A row of a table of what sentences tell: [article, words of the sentence, `only` (the one event told there) or
 * `among` (one of them), the event's type, its date and every participant's name, sorted].
 */
export type Tells = [string, string, 'only' | 'among', string, string | null, string[]];

/** One test per row: the sentence of a development article tells that event. */
export function itTells(rows: Tells[]): void {
  it.each<Tells>(rows)('%s: "%s" tells %s: %s on %s by %j', (id, words, how, type, date, who) => {
    const event = { type, date, who };
    if (how === 'only') expect(told(runGold(id), words)).toEqual([event]);
    else expect(told(runGold(id), words)).toContainEqual(event);
  });
}

/** A list of named rules is tried in a fixed order, the one the doc comments tell. */
export function itTriesInOrder(rules: ReadonlyArray<{ name: string }>, names: string[]): void {
  it('are tried in a fixed, named order', () => {
    expect(rules.map((r) => r.name)).toEqual(names);
  });
}
