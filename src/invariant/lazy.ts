// What a module builds from its lexicons (maps, compiled patterns, a package's name lists) is built on first use, not
// when the module loads: `rumourmill --help` and `stories` load no extractor, but `extract` on one article loads all of
// it, and a table only some articles reach (the gender package's 100k names, asked only for a given name our own list
// lacks) would otherwise cost every run.

/**
 * `make()`, called once, on the first call of the function returned; every later call returns the same value.
 * @example const GENDERS = lazy(() => requireCjs('gender-detection-from-name')); GENDERS().getGender('Zendaya', 'en')
 */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
