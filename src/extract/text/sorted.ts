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
