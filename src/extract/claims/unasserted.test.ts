// Words that assert nothing on record: suppositions (hypothetical.ts), jokes, performed lines and questions to the
// reader (unasserted.ts). Each excerpt is a real sentence of a development article or stream; the first five made a
// "confirmed" story before (scripts/eval/confirmed.ts).
import { describe, expect, it } from 'vitest';
import { run } from './test-run.ts';

/** "type/value holder stance" of every claim but statements. */
const claimsOf = (text: string) =>
  run('t', text, '2017-01-01')
    .claims.filter((c) => c.type !== 'statement')
    .map((c) => `${c.type}/${c.value} ${c.holder.kind} ${c.stance}`);

describe('what is only supposed, joked, performed or asked of readers is no claim on record', () => {
  it.each([
    {
      why: 'a reunion in the "if" of a conditional (Hailey Bieber, hailey-bieber-pregnancy stream)',
      text: 'It was quick, but Hailey Bieber and Justin Bieber had known each other for more than a decade and dated briefly as teenagers. "We always said that if we ever got back together, it would be to get married," she explained.',
      not: /^relationship\/dating principal/,
    },
    {
      why: 'a retirement he "said he would" make, then did not (bbc-entertainment-117)',
      text: "One of the most successful and respected rap stars of the last eight years, Jay-Z's hits have included Hard Knock Life. He said he would retire after The Black Album, but has just released an album and been on an ill-fated tour with R Kelly.",
      not: /^career\/retire/,
    },
    {
      why: 'a donation she "was also going to" make (celebrity-088fake)',
      text: 'Selena Gomez posted the video of her getting soaked with icy cold water. Selena said she was also going to donate money and decided to nominate Cara Delevingne, 22, and James Franco, 36!',
      not: /^money\/donate/,
    },
    {
      why: 'a joke after she "appeared to mock" the announcement, retracted by "But really" (celebrity-016legit)',
      text:
        "Meanwhile, Chrissy Teigen nearly got in trouble with the Beyhive after she appeared to mock the star's dramatic announcement. " +
        'She then added: "I am pregnant with 333.3333333333333333333333333333333333333 triplets." ' +
        'But just as fans began to express some anger towards her tweets, mother-of-one Chrissy added: "But really. Congrats to my best friend Beyonce I love you so much."',
      not: /^pregnancy\/pregnant/,
    },
    {
      why: 'leaving the stage after a show, which is no quitting (Selena Gomez, celebrity-116legit)',
      text: '“My self-esteem was shot. I was depressed, anxious. I started to have panic attacks right before getting onstage, or right after leaving the stage,” Selena Gomez later told Vogue.',
      not: /^career\/quit/,
    },
    {
      why: 'a question to the readers (celebrity-021fake)',
      text: 'Taylor Swift has been linked to Jake Gyllenhaal again. Do you think Taylor should get back together with Jake?',
      not: / author questions$/,
    },
  ])('$why', ({ text, not }) => {
    expect(claimsOf(text)).not.toContainEqual(expect.stringMatching(not));
  });

  it.each([
    {
      why: 'an "if" after a verb of asking asks whether; the split it names is told (celebrity-045legit)',
      text: "When asked by People at the Emmy Awards last week if him and Taylor Swift had remained on friendly terms since the split, Tom Hiddleston replied: 'Yes.'",
      is: /^relationship\/split author asserts$/,
    },
    {
      why: 'a quotation saying it is so, with no joke about it, stays on record (celebrity-176legit, without the promo)',
      text: 'Kim Kardashian West called her sister on Thursday. "The person\'s pregnant?" Khloé asks before Kim announces, "We\'re having a baby!"',
      is: /^pregnancy\/pregnant principal confirms$/,
    },
    {
      why: 'leaving a show still quits; only "the stage" is left after every show (celebrity-049fake)',
      text: 'Billy Bush has a new girlfriend. Bush returned to social media nearly two weeks after first confirming he was leaving The Today Show, posting a picture of him and Davis in the great outdoors.',
      is: /^career\/quit/,
    },
  ])('$why', ({ text, is }) => {
    expect(claimsOf(text)).toContainEqual(expect.stringMatching(is));
  });
});

describe('a relationship is between two (refine.ts relationship-of-two)', () => {
  it('the jeweller and the agent are no party to the engagement (bbc-entertainment-260)', () => {
    const x = run(
      'bbc-entertainment-260',
      "Pop star Christina Aguilera is to marry music executive Jordan Bratman, the singer's agent has confirmed. " +
        '"No wedding plans have been set yet," said Aguilera\'s agent Meghan Prophet. ' +
        'Bratman presented his fiancee with a diamond ring designed by jeweller Stephen Webster on Friday, said Ms Prophet.',
      '2005-02-14',
    );
    const relationships = x.claims.filter((c) => c.type === 'relationship');
    expect(relationships.length).toBeGreaterThan(0);
    expect(relationships.filter((c) => new Set(c.subjects).size !== 2)).toEqual([]);
  });
});

describe('one statement per named speaker and quotation (find.ts oneStatementPerQuote)', () => {
  it('Kardashian\'s "I stand with Hillary. I’m with her…" is one statement (celebrity-128legit)', () => {
    const x = run(
      'celebrity-128legit',
      'For a moment there, it seemed that Hillary Clinton had lost the Kim Kardashian vote.\n\n' +
        'Kardashian continued: “I found that without a doubt, I stand with Hillary. I’m with her. I believe Hillary will ' +
        'best represent our country and is the most qualified for the job. This year, I’m not just voting for myself, ' +
        'but also for my children, and I took that into careful consideration when I made my decision.”',
      '2016-10-31',
    );
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
    const statements = x.claims.filter((c) => c.type === 'statement' && c.holder.kind === 'principal');
    expect(statements).toHaveLength(1);
    expect(statements[0]?.subjects.map(name)).toContain('Hillary Clinton');
    expect(statements[0]?.subjects).toContain(statements[0]?.holder.entity);
  });
});
