import { describe, expect, it } from 'vitest';
import { lazy } from './lazy.ts';

describe('lazy', () => {
  it('makes nothing until first asked, then makes once and hands back the same value', () => {
    let made = 0;
    const table = lazy(() => {
      made++;
      return new Map([['Zendaya', 'female']]);
    });
    expect(made).toBe(0);
    const first = table();
    expect(first.get('Zendaya')).toBe('female');
    expect(table()).toBe(first);
    expect(made).toBe(1);
  });

  it('keeps a made value that is falsy (null, 0, an empty string) instead of making it again', () => {
    let made = 0;
    const nothing = lazy(() => {
      made++;
      return null;
    });
    expect(nothing()).toBeNull();
    expect(nothing()).toBeNull();
    expect(made).toBe(1);
  });

  it('makes again after a failed make: the error reaches the caller, nothing half-made is kept', () => {
    let calls = 0;
    const flaky = lazy(() => {
      if (++calls === 1) throw new Error('lexicon missing');
      return 'loaded';
    });
    expect(() => flaky()).toThrow('lexicon missing');
    expect(flaky()).toBe('loaded');
  });
});
