// The names a person goes by, read from real article text: one woman under her maiden and married names is one
// person; a middle initial or a surname particle is no maiden name.
import { describe, expect, it } from 'vitest';
import type { Entity, Extraction } from '../extract/index.ts';
import { otherNameOf } from './married-names.ts';

const person = (id: string, name: string): Entity => ({ id, name, type: 'person', mentions: [], rule: 'test' });
const extraction = (people: Entity[]): Extraction =>
  ({ article: { id: 'a' }, entities: people, times: [], events: [], claims: [], hedges: [] }) as unknown as Extraction;

describe('otherNameOf', () => {
  it('reads "his wife, Hailey Baldwin" beside "Hailey Bieber" and Justin Bieber as Hailey Bieber (New York Daily News)', () => {
    const text =
      "Justin Bieber's latest Instagram caption has fans wondering whether his wife, Hailey Baldwin, is expecting their " +
      'first child. Caption: Justin and Hailey Bieber in the black-and-white photo he shared on Instagram.';
    const people = [person('e1', 'Justin Bieber'), person('e2', 'Hailey Baldwin'), person('e3', 'Hailey Bieber')];
    expect(otherNameOf(people[1] as Entity, extraction(people), text)).toEqual({
      rule: 'married-name',
      name: 'Hailey Bieber',
      current: true,
    });
    // Hailey Bieber is not renamed Hailey Baldwin: no one else in the article bears "Baldwin".
    expect(otherNameOf(people[2] as Entity, extraction(people), text)).toBeNull();
  });

  it('needs the text to marry the name: two Kims beside a Kardashian sister stay two people', () => {
    const text = 'Kim Jones showed the collection to Kim Kardashian and Khloé Kardashian on Sunday.';
    const people = [person('e1', 'Kim Jones'), person('e2', 'Kim Kardashian'), person('e3', 'Khloé Kardashian')];
    expect(otherNameOf(people[0] as Entity, extraction(people), text)).toBeNull();
  });

  it('reads "Hailey Baldwin Bieber" as Hailey Bieber (Enstarz), but not "George H.W. Bush" as George Bush', () => {
    const one = [person('e1', 'Hailey Baldwin Bieber')];
    expect(otherNameOf(one[0] as Entity, extraction(one), 'Hailey Baldwin Bieber has a new approach')).toEqual({
      rule: 'maiden-middle-name',
      name: 'Hailey Bieber',
      current: false,
    });
    for (const name of ['George H.W. Bush', 'Ana de Armas']) {
      const p = [person('e1', name)];
      expect(otherNameOf(p[0] as Entity, extraction(p), `${name} said.`)).toBeNull();
    }
  });

  it('takes "née" and "now" at their word, but not "now Justin\'s wife" as a name', () => {
    const r = [person('e1', 'Hailey Baldwin')];
    expect(otherNameOf(r[0] as Entity, extraction(r), "Hailey Baldwin, now Justin's wife, posted")).toBeNull();
    const p = [person('e1', 'Hailey Bieber')];
    expect(otherNameOf(p[0] as Entity, extraction(p), 'Hailey Bieber, née Baldwin, posted')).toEqual({
      rule: 'stated-former-name',
      name: 'Hailey Baldwin',
      current: false,
    });
    const q = [person('e1', 'Hailey Baldwin')];
    expect(otherNameOf(q[0] as Entity, extraction(q), 'Hailey Baldwin, now Hailey Bieber, posted')).toEqual({
      rule: 'stated-current-name',
      name: 'Hailey Bieber',
      current: true,
    });
  });
});
