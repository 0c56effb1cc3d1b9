// Invariants the type system cannot see. With `noUncheckedIndexedAccess` every `xs[i]` is `T | undefined`, even
// inside `for (let i = 0; i < xs.length; i++)`; these helpers state "this is here" once and fail loudly, with a
// named error, if it is not, instead of letting an `undefined` travel on (`tokens[k]!` would crash later, far away).

/** Thrown when something the code relies on is missing: a bug, never bad input. */
export class InvariantError extends Error {
  override name = 'InvariantError';
}

/**
 * The item at `index`, which the caller knows is in range (a loop bound, a length check just above).
 * @example at(tokens, k + 1) // inside `for (let k = 0; k + 1 < tokens.length; k++)`
 */
export function at<T>(items: ArrayLike<T>, index: number): T {
  const item = items[index];
  if (item === undefined && !(index >= 0 && index < items.length))
    throw new InvariantError(`index ${index} out of range (length ${items.length})`);
  return item as T;
}

/**
 * `value`, which the caller knows is set; `why` says why, and is the error's message if it is not.
 * @example must(byId.get(claim.story), 'every claim belongs to a stored story')
 */
export function must<T>(value: T | null | undefined, why: string): T {
  if (value === null || value === undefined) throw new InvariantError(why);
  return value;
}
