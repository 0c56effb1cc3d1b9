// The names a person goes by, read from real article text: one woman under her maiden and married names is one
// person; a middle initial or a surname particle is no maiden name.
import { describe, expect, it } from 'vitest';
import type { Entity, Extraction } from '../extract/index.ts';
import { currentNameOf, maidenMiddleForm } from './married-names.ts';

const person = (id: string, name: string): Entity => ({ id, name, type: 'person', mentions: [], rule: 'test' });
const extraction = (people: Entity[]): Extraction =>
  ({ article: { id: 'a' }, entities: people, times: [], events: [], claims: [], hedges: [] }) as unknown as Extraction;
const current = (people: Entity[], who: number, text: string) =>
  currentNameOf(people[who] as Entity, extraction(people), text);

describe('currentNameOf', () => {
  it('reads "his wife, Hailey Baldwin" beside "Hailey Bieber" and Justin Bieber as Hailey Bieber (New York Daily News)', () => {
    const text =
      "Justin Bieber's latest Instagram caption has fans wondering whether his wife, Hailey Baldwin, is expecting their " +
      'first child. Caption: Justin and Hailey Bieber in the black-and-white photo he shared on Instagram.';
    const people = [person('e1', 'Justin Bieber'), person('e2', 'Hailey Baldwin'), person('e3', 'Hailey Bieber')];
    expect(current(people, 1, text)).toEqual({ rule: 'married-name', name: 'Hailey Bieber' });
    // Hailey Bieber is not renamed Hailey Baldwin: no one else in the article bears "Baldwin".
    expect(current(people, 2, text)).toBeNull();
  });

  it('needs the text to marry the name: two Kims beside a Kardashian sister stay two people', () => {
    const text = 'Kim Jones showed the collection to Kim Kardashian and Khloé Kardashian on Sunday.';
    const people = [person('e1', 'Kim Jones'), person('e2', 'Kim Kardashian'), person('e3', 'Khloé Kardashian')];
    expect(current(people, 0, text)).toBeNull();
  });

  it('takes "now" and "née" at their word, but not "now Justin\'s wife" as a name', () => {
    const baldwin = [person('e1', 'Hailey Baldwin')];
    expect(current(baldwin, 0, 'Hailey Baldwin, now Hailey Bieber, posted')).toEqual({
      rule: 'stated-now',
      name: 'Hailey Bieber',
    });
    expect(current(baldwin, 0, "Hailey Baldwin, now Justin's wife, posted")).toBeNull();
    expect(current(baldwin, 0, 'Hailey Bieber (née Baldwin) posted a photo.')).toEqual({
      rule: 'stated-nee',
      name: 'Hailey Bieber',
    });
  });
});

describe('maidenMiddleForm', () => {
  it('reads "Hailey Baldwin Bieber" (Enstarz) as Hailey Bieber, not "George H.W. Bush" as George Bush', () => {
    expect(maidenMiddleForm('Hailey Baldwin Bieber')).toBe('Hailey Bieber');
    expect(maidenMiddleForm('George H.W. Bush')).toBeNull();
    expect(maidenMiddleForm('Ana de Armas')).toBeNull();
    expect(maidenMiddleForm('Justin Bieber')).toBeNull();
  });
});
