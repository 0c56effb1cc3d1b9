import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import winkNLP from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { versionsOf } from '../prebuilt.ts';
import { CHECKED_RELEASE, coreModel, packageModel, winkModel } from './wink-model.ts';

const seed = readFileSync(new URL('../../../test/fixtures/seed.txt', import.meta.url), 'utf8');

describe('winkModel', () => {
  it('is used with the installed release (else the package loads as it is: read its read-core-model.js again)', () => {
    expect(versionsOf(['wink-eng-lite-web-model'])).toBe(CHECKED_RELEASE);
  });

  it("makes the package's core model, to the last typed array, Set and null prototype", () => {
    // isDeepStrictEqual compares prototypes, typed arrays' contents and Sets, and numbers with Object.is.
    const own = packageModel() as unknown as { core: () => unknown };
    expect(isDeepStrictEqual(coreModel(), own.core())).toBe(true);
  });

  it('gives wink-nlp the tokens, tags and sentences the package gives', () => {
    const read = (model: ReturnType<typeof packageModel>) => {
      const nlp = winkNLP(model, ['sbd', 'pos']);
      const doc = nlp.readDoc(seed);
      return {
        tokens: doc.tokens().out(),
        // wink's `its` helpers are plain functions that do not use `this`, though typed as methods.
        // eslint-disable-next-line @typescript-eslint/unbound-method
        pos: doc.tokens().out(nlp.its.pos),
        sentences: doc.sentences().out(),
      };
    };
    expect(read(winkModel())).toEqual(read(packageModel()));
  });

  it('loads the add-ons nothing reads only when asked, as the package has them', () => {
    const { addons } = winkModel() as unknown as { addons: Record<string, unknown> };
    const own = packageModel() as unknown as { addons: Record<string, unknown> };
    expect(Object.keys(addons)).toEqual(Object.keys(own.addons));
    for (const name of Object.keys(own.addons)) expect(addons[name]).toBe(own.addons[name]);
  });
});
