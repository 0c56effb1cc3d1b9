// A body's initials defined right after its name, on sentences of development articles (bbc-entertainment 048, 172,
// 289), shortened to the sentences that matter.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../test/helpers/doc.ts';
import { findEntities } from '../entities/index.ts';
import { resolveCoreference } from './resolve.ts';
import { initialsOf } from './acronyms.ts';

const resolved = (text: string) => {
  const doc = makeDoc(text);
  return resolveCoreference(doc, findEntities(doc));
};
const mentionsOf = (text: string, name: string): string[] =>
  (resolved(text).find((e) => e.name === name)?.mentions ?? []).map((m) => `${m.text}/${m.kind}`);

describe('initials defined after a body’s name', () => {
  it('are the body wherever they are used (bbc-entertainment-048)', () => {
    const text =
      'It also cited the increasing power of the broadcasting regulator, the Federal Communications Commission (FCC). "Unsure of how the FCC will rule on an issue, the creative community is pulling back," it said.';
    expect(mentionsOf(text, 'Federal Communications Commission').filter((m) => !m.endsWith('/pronoun'))).toEqual([
      'Federal Communications Commission/name',
      'FCC/alias',
      'FCC/alias',
    ]);
  });

  it('may follow ", or" and be owned later (bbc-entertainment-172, 289)', () => {
    const ebu = 'The contest was organised by the European Broadcasting Union, or EBU, in 1956.';
    expect(mentionsOf(ebu, 'European Broadcasting Union')).toContain('EBU/alias');
    const mmf =
      "The stance is being endorsed by the Music Managers' Forum (MMF), who say artists face an uphill struggle. The MMF's general secretary James Seller said it was hard.";
    expect(mentionsOf(mmf, "Music Managers' Forum")).toEqual([
      "Music Managers' Forum/name",
      'MMF/alias',
      'MMF/possessive',
    ]);
  });

  it('must spell the name’s initials', () => {
    expect(initialsOf('Federal Communications Commission', 'FCC')).toBe(true);
    expect(initialsOf('International Federation of Phonographic Industries', 'IFPI')).toBe(true);
    expect(initialsOf('Royal Academy of Dance', 'RAD')).toBe(true);
    expect(initialsOf('Royal Academy of Dance', 'BBC')).toBe(false);
  });
});
