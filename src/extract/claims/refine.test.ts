// The claim refiners on sentences of development articles and streams, run through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.ts';
import { describeCases, type RowCheck } from './test-run.ts';

/** [type/value, subject names, holder kind, stance, time, implied names] of every claim of a short text. */
function claimRows(
  text: string,
  published = '2021-11-01',
): Array<[string, string, string, string, string | null, string]> {
  const x = extract({ id: 't', published, title: null, source: null, url: null, text, origin: { file: 't' } });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.claims.map((c) => [
    `${c.type}/${c.value}`,
    c.subjects.map(name).sort().join(' & '),
    c.holder.kind,
    c.stance,
    c.time?.value ?? null,
    (c.implied ?? []).map(name).sort().join(' & '),
  ]);
}

/** [type/value, subject names, holder kind, stance, time] of every claim of a short text. */
const claims = (text: string, published?: string): Array<[string, string, string, string, string | null]> =>
  claimRows(text, published).map(([type, subjects, holder, stance, time]) => [type, subjects, holder, stance, time]);

const relationships = (text: string, published?: string) =>
  claims(text, published).filter((c) => c[0].startsWith('relationship'));

/** The columns of a row of `claims`, by the names the checks of refine.cases.json use. */
const COLUMNS = ['type', 'subjects', 'holder', 'stance', 'time', 'implied'] as const;
// The cases that are data (a text → checks on its claims' rows), one section a describe, in refine.cases.json.
describeCases<{ title: string; text: string; published?: string; checks: RowCheck[] }>(
  new URL('./refine.cases.json', import.meta.url),
  ({ text, published }) => claimRows(text, published),
  COLUMNS,
  // A check that names no columns compares the five a row of `claims` has.
  COLUMNS.slice(0, 5),
);

describe('own words: a principal is on record only about what their words say', () => {
  // Each text → one relationship claim it must give: [type/value, subjects, holder kind, stance, time].
  const ownWords: Array<{
    title: string;
    text: string;
    published?: string;
    has: [string, string, string, string, string];
  }> = [
    {
      title:
        'reads "Tom Holland said Zendaya is his fiancée" as his own word (the partner named as the partner: "is his")',
      text: 'Tom Holland said Zendaya is his fiancée.',
      has: ['relationship/engaged', 'Tom Holland & Zendaya', 'principal', 'confirms', '2021-11-01'],
    },
    {
      title: 'keeps "two people deeply in love" (stream zendaya-tom-holland-06: Holland of himself and Zendaya)',
      text: 'Tom Holland spoke about Zendaya. "Something you believe is just between two people deeply in love ends up belonging to the whole world," Tom Holland said of his romance with Zendaya.',
      has: ['relationship/dating', 'Tom Holland & Zendaya', 'principal', 'confirms', '2021-11-01'],
    },
    {
      title:
        'keeps a representative confirming ("…is to marry Jordan Bratman, the singer\'s agent has confirmed", BBC)',
      text: "Pop star Christina Aguilera is to marry music executive Jordan Bratman, the singer's agent has confirmed.",
      published: '2005-02-14',
      has: ['relationship/engaged', 'Christina Aguilera & Jordan Bratman', 'principal', 'confirms', '2005-02-14'],
    },
  ];
  // A loop, not it.each: it.each cuts a long $title short in the test's name.
  for (const { title, text, published, has } of ownWords) {
    it(title, () => {
      expect(relationships(text, published)).toContainEqual(has);
    });
  }
});

describe('on record about this proposition: the confirmed stories of the development corpora that were wrong', () => {
  const principal = (text: string, published?: string) =>
    claims(text, published).filter((c) => c[2] === 'principal' && c[3] === 'confirms');
  it("an attorney for Prince's half-siblings speaks for them, not for Prince (celebrity corpus)", () => {
    expect(
      principal(
        "An attorney for Prince's half-siblings said they revealed the singer had an addiction to Percocet decades before he died.",
      ),
    ).toEqual([]);
    // A spokesperson for the star herself still is hers.
    expect(principal('A spokesperson for Gomez said she is taking time off for her health.')).not.toEqual([]);
  });
});

describe('what the streams taught: who speaks, who is cast, for what', () => {
  const all = (text: string, published = '2022-08-24') => {
    const x = extract({ id: 't', published, title: null, source: null, url: null, text, origin: { file: 't' } });
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
    return x.claims.map((c) => ({
      c,
      subjects: c.subjects.map(name).sort().join(' & '),
      implied: (c.implied ?? []).map(name),
    }));
  };
  it("a quote right after its speaker's attribution goes on in the same voice (stream harry-styles-olivia-wilde-06)", () => {
    const text =
      'Wilde gave her reasons to Variety about Harry Styles. "I\'m staying quiet on it," Olivia Wilde said. "The two of us take real care to keep ours protected. Some of that is learned, but really it\'s because we love each other deeply."';
    const found = all(text).filter(({ c }) => c.type === 'relationship' && c.holder.kind === 'principal');
    expect(found.map(({ subjects, c }) => [subjects, c.stance])).toContainEqual([
      'Harry Styles & Olivia Wilde',
      'confirms',
    ]);
  });
  // Each text → the subjects of its castings.
  const castings: Array<{ title: string; text: string; published: string; cast: string[] }> = [
    {
      title:
        '"its next Caped Crusader: Robert Pattinson is reportedly negotiating to star in…" casts Pattinson, not the director (stream robert-pattinson-batman-casting-02)',
      text: "Warner Bros. may have found its next Caped Crusader: Robert Pattinson is reportedly negotiating to star in Matt Reeves' Batman film.",
      published: '2019-05-17',
      cast: ['Robert Pattinson'],
    },
    {
      title:
        '"Mike Fleming Jr. at Deadline says a decision has been taken, and Pattinson has the role" casts Pattinson (stream -06)',
      text: 'Warner Bros. has picked its new Batman. Now Mike Fleming Jr. at Deadline says a decision has been taken, and Robert Pattinson has the role.',
      published: '2019-05-31',
      cast: ['Robert Pattinson'],
    },
  ];
  for (const { title, text, published, cast } of castings) {
    it(title, () => {
      expect(
        all(text, published)
          .filter(({ c }) => c.type === 'casting')
          .map(({ subjects }) => subjects),
      ).toEqual(cast);
    });
  }
  it('a casting in an article about one work is filed with that work, which the sentence does not name (as "Hanks will play Robert Langdon" in bbc-entertainment-098)', () => {
    const text =
      'Robert Pattinson is the favourite for The Batman, sources say. Filming of The Batman starts in the summer. Pattinson will play Bruce Wayne, a billionaire.';
    const wayne = all(text, '2019-05-17').find(
      ({ c }) => c.type === 'casting' && c.evidence.text.startsWith('Pattinson will play'),
    );
    expect(wayne?.subjects).toBe('Robert Pattinson');
    expect(wayne?.implied).toEqual(['The Batman']);
  });
  it('"Justin and Hailey Bieber are parents: their son has arrived" is the birth (stream hailey-bieber-pregnancy-08)', () => {
    const found = all('Justin and Hailey Bieber are parents: their son, Jack Blues, has arrived.', '2024-08-26');
    expect(found.map(({ c }) => `${c.type}/${c.value}`)).toContain('pregnancy/born');
  });
});

describe('who a bare surname is, and whose husband', () => {
  const withTitle = (title: string, text: string) => {
    const x = extract({ id: 't', published: null, title, source: null, url: null, text, origin: { file: 't' } });
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
    return x.claims.map((c): [string, string] => [`${c.type}/${c.value}`, c.subjects.map(name).sort().join(' & ')]);
  };
  // celebrity-049legit: the text says "Bush" throughout and names "George H.W. Bush" only as his uncle.
  it('"Bush" is the Billy Bush of the title, not the uncle the text names in full later', () => {
    const found = withTitle(
      'Billy Bush officially sacked from NBC Today show after leaked Donald Trump tape',
      'Bush was suspended at the morning show two days after the tape was reported. TMZ reports that Bush had signed a three-year deal. Bush is the nephew of former President George H.W. Bush.',
    );
    expect(found.filter((c) => c[1].includes('Bush')).map((c) => c[1])).not.toContain('George H.W. Bush');
    expect(found.some((c) => c[1] === 'Billy Bush')).toBe(true);
  });
  it('"…," Melania Trump said, referring to her husband and Bush: no husband is paired with Bush', () => {
    const found = withTitle(
      'Billy Bush sacked after Donald Trump tape',
      'On the tape, Bush is heard laughing as Trump talks. In an interview with CNN on Monday, Trump\'s wife, Melania, said that her husband was "egged on" by Bush in the conversation. "I wonder if they even knew the mic was on," Melania Trump said, referring to her husband and Bush.',
    );
    expect(found.filter((c) => c[0].startsWith('relationship') && c[1].includes('Bush'))).toEqual([]);
  });
});

describe('no statement, no principal', () => {
  it('"the Betty Ford Clinic" is an organization, not a person who could hold a health story (a confirmed story of the development corpora)', () => {
    const x = extract({
      id: 't',
      published: '2017-02-10',
      title: null,
      source: null,
      url: null,
      text: 'Lindsay Lohan checked into the Betty Ford Clinic for treatment last year.',
      origin: { file: 't' },
    });
    expect(x.entities.find((e) => e.name === 'Betty Ford Clinic')?.type).toBe('organization');
  });
});
