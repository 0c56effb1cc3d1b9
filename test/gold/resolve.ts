import type { MentionKind, Span } from '../../src/extract/index.ts';
import type { Gold, GoldMention, Spec, SpanRef } from './types.ts';
import { at, must } from '../../src/invariant/index.ts';

const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'they', 'them', 'their', 'it', 'its', 'we', 'i', 'me', 'my', 'our', 'us',
  'himself', 'herself', 'myself', 'itself', 'themselves', 'ourselves']);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word occurrences: a letter or digit on either side would make it part of another word. */
// A space in a ref also matches a no-break space: scraped text has them where a typist sees a space.
export function occurrences(text: string, needle: string): Span[] {
  const body = escape(needle).replace(/ /g, '[ \\u00a0]');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function parseRef(ref: SpanRef): { needle: string; nth: number | null } {
  const match = /^(.*)#(\d+)$/s.exec(ref);
  return match ? { needle: at(match, 1), nth: Number(match[2]) } : { needle: ref, nth: null };
}

/**
 * Resolves refs longest first so that "Tom" does not also claim the "Tom" inside "Tom Cruise".
 * Throws on a ref that finds nothing: a typo in gold must stop the build, not vanish.
 */
export function resolveRefs(text: string, refs: SpanRef[], id: string, debris: Span[] = []): Map<SpanRef, Span[]> {
  const taken: Span[] = [...debris];
  const out = new Map<SpanRef, Span[]>();
  const order = [...new Set(refs)].sort((a, b) => parseRef(b).needle.length - parseRef(a).needle.length);
  for (const ref of order) {
    const { needle, nth } = parseRef(ref);
    const all = occurrences(text, needle);
    let spans = nth === null ? all : all.slice(nth - 1, nth);
    if (nth === null) spans = spans.filter((s) => !taken.some((t) => s.start < t.end && t.start < s.end));
    if (spans.length === 0) throw new Error(`gold ${id}: "${ref}" is not in the text`);
    taken.push(...spans);
    out.set(ref, spans);
  }
  return out;
}

function one(text: string, ref: SpanRef, id: string): Span {
  const spans = must(resolveRefs(text, [ref], id).get(ref), 'expected resolveRefs(text, [ref], id).get(ref)');
  if (spans.length > 1 && parseRef(ref).nth === null) throw new Error(`gold ${id}: "${ref}" occurs ${spans.length} times; say which with #n`);
  return at(spans, 0);
}

function kindOf(mention: string, name: string): MentionKind {
  if (PRONOUNS.has(mention.toLowerCase())) return 'pronoun';
  if (/^the\s/i.test(mention) && !name.startsWith('The ')) return 'epithet';
  return mention === name ? 'name' : 'alias';
}

/** Spec + text → gold with explicit offsets, sorted by position. */
export function resolveSpec(spec: Spec, text: string): Gold {
  const mentionRefs = spec.entities.flatMap((e) => e.mentions);
  const dupes = mentionRefs.filter((r, i) => mentionRefs.indexOf(r) !== i);
  if (dupes.length) throw new Error(`gold ${spec.id}: mention ${dupes.join(', ')} given to two entities`);
  // Debris (an embedded headline, a photo credit) is what the pipeline skips: nothing in it is gold.
  const debris = [...resolveRefs(text, spec.debris ?? [], spec.id).values()].flat();
  const mentions = resolveRefs(text, mentionRefs, spec.id, debris);
  const times = resolveRefs(text, spec.times.map((t) => t.text), spec.id, debris);
  const hedges = resolveRefs(text, spec.hedges, spec.id, debris);
  const byStart = (a: Span, b: Span) => a.start - b.start;
  return {
    article: { id: spec.id, published: spec.published, ...(spec.dctNote ? { dctNote: spec.dctNote } : {}), source: spec.source, title: spec.title, text },
    entities: spec.entities.map((e) => ({
      name: e.name,
      type: e.type,
      mentions: e.mentions
        .flatMap((ref) => must(mentions.get(ref), 'expected mentions.get(ref)').map((s): GoldMention => ({ ...s, kind: kindOf(s.text, e.name) })))
        .sort(byStart),
    })),
    times: spec.times.flatMap((t) => must(times.get(t.text), 'expected times.get(t.text)').map((s) => ({ ...s, value: t.value, type: t.type }))).sort(byStart),
    events: spec.events.map((e) => ({ ...e, evidence: one(text, e.evidence, spec.id) })),
    claims: spec.claims.map((c) => ({ ...c, evidence: one(text, c.evidence, spec.id) })),
    hedges: spec.hedges.flatMap((h) => must(hedges.get(h), 'expected hedges.get(h)')).sort(byStart),
  };
}
