// Small hand-made articles for ledger tests: entities are found by their exact names in the text.
import type { Claim, EntityType, Extraction, HolderKind, Stance } from '../../src/extract/index.ts';
import { ingestArticle } from '../../src/ledger/index.ts';
import type { IngestOutcome, Story, StoryStage } from '../../src/ledger/index.ts';
import type { Article } from '../../src/read/index.ts';
import type { Store, StoreTx } from '../../src/store/index.ts';
import { analyse } from '../../src/extract/index.ts';
import type { Doc } from '../../src/extract/index.ts';
import { refineClaims } from '../../src/extract/claims/refine.ts';
import { at, must } from '../../src/invariant/index.ts';

export type Said = {
  holder: HolderKind;
  by?: string;
  stance: Stance;
  value?: string;
  about?: [string, string];
  sentence?: string;
  /** History the article recalls ("her former boyfriend"): the claim's time is PAST_REF. */
  past?: boolean;
  /** The claim's type: a relationship unless given (a feud, a pregnancy). */
  type?: string;
};

export function article(id: string, published: string, source: string | null, text: string): Article {
  return { id, published, title: null, source, url: null, text, origin: { file: `${id}.txt` } };
}

/** An extraction of `a` naming `people` and `outlets`, with one claim per `said` (sentence: the whole text unless given). */
export function extraction(a: Article, people: string[], said: Said[], outlets: string[] = []): Extraction {
  const named: Array<[string, EntityType]> = [
    ...people.map((p) => [p, 'person'] as [string, EntityType]),
    ...outlets.map((o) => [o, 'outlet'] as [string, EntityType]),
  ];
  const entities = named.map(([name, type], i) => {
    const start = a.text.indexOf(name);
    if (start < 0) throw new Error(`"${name}" is not in the text of ${a.id}`);
    return {
      id: `e${i + 1}`,
      name,
      type,
      mentions: [{ text: name, start, end: start + name.length, kind: 'name' as const, rule: 'hand' }],
      rule: 'hand',
    };
  });
  const idOf = (name: string) =>
    must(
      entities.find((e) => e.name === name),
      'expected entities.find(…)',
    ).id;
  const claims: Claim[] = said.map((s, i) => {
    const sentence = s.sentence ?? a.text;
    const start = a.text.indexOf(sentence);
    const [x, y] = s.about ?? [at(people, 0), at(people, 1)];
    return {
      id: `c${i + 1}`,
      type: s.type ?? 'relationship',
      subjects: [idOf(x), idOf(y)],
      value: s.value ?? 'dating',
      holder: { kind: s.holder, entity: s.by ? idOf(s.by) : null },
      stance: s.stance,
      evidence: { text: sentence, start, end: start + sentence.length },
      supports: [],
      rule: 'hand',
      ...(s.past ? { time: { value: 'PAST_REF', text: null } } : {}),
    };
  });
  return {
    article: {
      id: must(a.id, 'expected a.id'),
      published: a.published,
      title: null,
      source: a.source,
      url: null,
      credibility: { score: 0.5, signals: [] },
    },
    entities,
    times: [],
    events: [],
    claims,
    hedges: [],
  };
}

/** One hand-made article, `[id, published, source, text]`, filed in `store` with one claim per `said` about `people`. */
export async function fileSaid(
  store: Store,
  [id, published, source, text]: [string, string, string | null, string],
  people: string[],
  said: Said[],
  outlets: string[] = [],
): Promise<IngestOutcome> {
  const a = article(id, published, source, text);
  return ingestArticle(store, a, extraction(a, people, said, outlets));
}

/** The stage of `story` named `value`; the test fails here when the story or the stage is missing. */
export function stageNamed(story: Story | null, value: string): StoryStage {
  const stages = must(must(story, 'expected the story').stages, 'expected its stages');
  return must(
    stages.find((x) => x.value === value),
    `expected its ${value} stage`,
  );
}

/** `store` whose transactions see their reads changed by `change` (a read counted, a read refused). */
export function withReads(store: Store, change: (tx: StoreTx) => Partial<StoreTx>): Store {
  return { ...store, transaction: (fn) => store.transaction((tx) => fn({ ...tx, ...change(tx) })) };
}

/** The seed (or any extraction) as republished with a prefix: every offset shifted, a new outlet. */
export function republished(
  a: Article,
  x: Extraction,
  prefix: string,
  id: string,
  published: string,
  source: string,
): [Article, Extraction] {
  const shift = <T extends { start: number; end: number }>(s: T): T => ({
    ...s,
    start: s.start + prefix.length,
    end: s.end + prefix.length,
  });
  const copy: Article = { ...a, id, published, source, text: prefix + a.text };
  return [
    copy,
    {
      ...x,
      article: { ...x.article, id, published, source },
      entities: x.entities.map((e) => ({ ...e, mentions: e.mentions.map(shift) })),
      events: x.events.map((e) => ({ ...e, evidence: shift(e.evidence) })),
      claims: x.claims.map((c) => ({ ...c, evidence: shift(c.evidence) })),
      times: x.times.map(shift),
      hedges: x.hedges.map(shift),
    },
  ];
}

/** `x` with its claims put through the extractor's claim refiners (on record, pairs, time), as extract() does. */
export function refined(a: Article, x: Extraction): Extraction {
  const { sentences, tokens } = analyse(a.text);
  const doc: Doc = {
    text: a.text,
    published: a.published,
    source: a.source,
    title: a.title,
    sentences,
    tokens,
    ignored: [],
  };
  return { ...x, claims: refineClaims(x.claims, { doc, entities: x.entities, times: x.times }) };
}
