import { at } from '../../invariant/index.ts';

/**
 * The first index in [0, length) at which `reached` holds, or `length`; `reached` must be false up to some index
 * and true from it on (as "this token ends after the offset" is over tokens in text order). A binary search.
 */
export function firstIndex(length: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The index of the first of `items` (in text order, sorted by `start`) that starts at or after `offset`. */
export const firstStartingAt = (items: ReadonlyArray<{ start: number }>, offset: number): number =>
  firstIndex(items.length, (k) => at(items, k).start >= offset);

/**
 * The items of a list in text order (sorted by `start`) that start in [from, to): a binary search to the first, then a
 * walk to the last, instead of a scan of the whole list for each span asked about (quadratic on long texts).
 */
export function startingIn<T extends { start: number }>(items: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(items, from); i < items.length; i++) {
    const item = at(items, i);
    if (item.start >= to) break;
    out.push(item);
  }
  return out;
}

/** The items of a list sorted by `end` that end in [from, to): as startingIn, by their ends. */
export function endingIn<T extends { end: number }>(items: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstIndex(items.length, (k) => at(items, k).end >= from); i < items.length; i++) {
    const item = at(items, i);
    if (item.end >= to) break;
    out.push(item);
  }
  return out;
}

/**
 * Whether [start, end] lies inside one of `spans`, which are in text order and do not overlap (a regex's matches): only
 * the last one starting at or before `start` can hold it, so a binary search finds it instead of a scan of every span
 * for every clause or mention asked about (a long article's quotations: quadratic).
 */
export function insideAny(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  const last = spans[firstIndex(spans.length, (k) => at(spans, k).start > start) - 1];
  return last !== undefined && end <= last.end;
}

/** The items of a list sorted by `start` that lie wholly inside [from, to]: those startingIn it, less any ending after. */
export function lyingIn<T extends { start: number; end: number }>(items: readonly T[], from: number, to: number): T[] {
  return startingIn(items, from, to).filter((item) => item.end <= to);
}
