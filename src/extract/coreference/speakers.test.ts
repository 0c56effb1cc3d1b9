// The first person inside a quotation is its speaker, on passages of development articles (bbc-entertainment 141,
// 181 and 258, celebrity 110legit, 118legit, 120legit, 124fake and 128legit, shortened to the sentences that
// matter).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { must } from '../../invariant/index.ts';
import type { Entity } from '../types.ts';
import { expectOwners, people, type Owner } from './people.test-helper.ts';
import { findQuotations } from './speakers.ts';

const ARTICLE_120 = readFileSync(new URL('../../../test/gold/texts/celebrity-120legit.txt', import.meta.url), 'utf8');

const firstPerson = (e: Entity | undefined): string[] =>
  (e?.mentions ?? []).filter((m) => m.rule === 'pronoun-speaker').map((m) => m.text);

const OZZY =
  'Rock star Ozzy Osbourne has been praised by police for tackling a burglar.\n\nThe singer grabbed an intruder ' +
  'who then jumped 30ft (10m) from a first floor window. "I acted on impulse," Osbourne said. "In hindsight, it ' +
  'could have been a lot worse. It could\'ve got really ugly." A £100,000 reward has been offered.';
const CAITLYN =
  'Caitlyn Jenner, for her part, has made varying statements about Trump and Clinton. In a March episode of ' +
  'her show, “I Am Cait,” she said she was not a Trump fan.\n\nBut in August, Jenner told\u00a0HBO’s Bill ' +
  'Simmons, “I honestly have not outwardly supported anybody.”';

describe('first-person pronouns in quotations', () => {
  // Each first-person word, by the text just before or at it, and who owns it: [] for no one.
  it.each<[string, string, Owner[]]>([
    ['go to the person named with the saying verb after the quotation', OZZY, [['I', '"I acted', ['Ozzy Osbourne']]]],
    [
      'go to the subject of a sentence of reported speech just before the quotation',
      "DJ Chris Evans has opened a shop to sell his furniture.\n\nThe prices were steep by a lot of people's " +
        'standards but Evans said it was not deterring shoppers. "I\'ve sold quite a lot already. Everything here is ' +
        'on sale for less than I bought it for but it\'s not really about the money."',
      [
        ['I', 'shoppers.', ['Chris Evans']],
        ['I', 'less than', ['Chris Evans']],
      ],
    ],
    [
      'take the speaker before a colon or comma, past an apostrophe ("HBO’s"), and never a title in quotes',
      CAITLYN,
      [
        ['I', 'I Am Cait', []],
        ['I', 'I honestly', ['Caitlyn Jenner']],
      ],
    ],
    [
      'leave a quotation inside a quotation to its own speaker, and an unattributed one to no one',
      "David's daughter started rumors by posting an Instagram story of Katharine McPhee and her father at dinner " +
        'saying, "Excited about my new step mom."\n\nIn her Health interview, the "American Idol" alum said, "We ' +
        "were in on it. She's so funny – I mean, you saw what she wrote about 'my parents.' Truly, you think that's " +
        'how she\'d announce it?"',
      [
        ['my', 'Excited', []],
        ['my', "'my parents", []],
      ],
    ],
    [
      'need the speaker right by the verb: a handle no one knows is not the pair named before it (033legit)',
      'Rihanna, 28, is rumoured to be newly-single after splitting from on-off boyfriend Drake, while Harry is well ' +
        "and truly taken.\n\nCommenting beneath a video of the pair together on Kensington Palace's Instagram page, " +
        "rieyelisa wrote: 'Ummm yes I fully support this union.'",
      [['I', 'Ummm', []]],
    ],
    [
      'go on through a quotation left open at its paragraph’s end (celebrity-124fake)',
      'Newstalk.com reports: Mel Gibson said that he hopes there will be a positive outcome.\n\nHe said: “I think a ' +
        'lot of light’s being shined into a lot of dark places right now – and rightfully so.\n\n“It’s tragic in a ' +
        'sense, because I know the poor victims have to relive it.”',
      [
        ['I', 'He said: “', ['Mel Gibson']],
        ['I', 'because', ['Mel Gibson']],
      ],
    ],
    [
      'go to the speaker of reported speech that quotes them (bbc-entertainment-258)',
      "The assault charge stemmed from April 2004, when Ms Love found musician Kristin King in her boyfriend's home. " +
        'Ms King said the singer "threw the bottle at the left side of my face" in an "angry, vicious and erratic" ' +
        'attack.',
      [['my', 'left side of', ['Kristin King']]],
    ],
    [
      'go to the one a "who" clause has speak (celebrity-120legit)',
      "Jennifer Aniston stars in Cake.\n\nThe Oscar talk hasn't been too comfortable for Jennifer, who told the New " +
        "York Post's Confidenti@l: that the praise is 'awkward and I'm flattered and humbled.'",
      [['I', 'awkward and', ['Jennifer Aniston']]],
    ],
    [
      'go to the subject of a sentence whose participle of saying brings the quotation (celebrity-118legit)',
      'Miranda Lambert marked her second anniversary with Anderson East Tuesday.\n\nThe country star penned a ' +
        'sweet tribute for her boyfriend’s 30th birthday in July, writing on Instagram, “My favorite Bama boy turned ' +
        '30 today. He owns the stage and he owns my heart.”',
      [
        ['My', 'Instagram, “', ['Miranda Lambert']],
        ['my', 'owns my', ['Miranda Lambert']],
      ],
    ],
    [
      'give a "who" clause\'s her/herself to its antecedent, so the "she" after the quotation is its speaker (celebrity-088legit)',
      'Taylor Swift was moved to tears by Selena Gomez\'s debut performance of "The Heart Wants What It Wants" at ' +
        "the 2014 American Music Awards.\n\nThe country pop star was clearly feeling her BFF's pain, but that didn't " +
        'stop a few fellow audience members from shooting her some serious side eye. But, hey, T.Swift sang it ' +
        'herself-haters gonna hate, hate, hate, hate, hate.\n\nThe "Shake It Off" singer ' +
        "went through a lot of emotions during Sunday night's show. When she wasn't crying with Selena, she was " +
        "dancing with Justin Bieber's on-off love in the audience-and Lorde, too! She also performed her " +
        'don\'t-cross-me single "Blank Space" for the first time on live TV. She played up her boy crazy, man-eating ' +
        'persona during the fiery (literally!) performance, but she showed her true colors when it came time to ' +
        'accept The Dick Clark Award for Excellence, presented to her by Diana Ross.\n\n"I am blown away to have ' +
        'received an award from Diana Ross, who over the course of her career just stood up for herself so many ' +
        'times in a time when it was not popular for a woman to stand up for herself," she said. "I am so honored. ' +
        'Thank you for coming. You\'re beautiful."',
      [
        ['her', 'course of', ['Diana Ross']],
        ['herself', 'stood up for', ['Diana Ross']],
        ['she', 'for herself," ', ['Taylor Swift']],
        ['I', 'I am so', ['Taylor Swift']],
      ],
    ],
  ])('%s', (_, text, owners) => {
    expectOwners(text, people(text), owners);
  });

  it('leave the speaker who opens a quotation out of its "her" (celebrity-120legit)', () => {
    const text = [1, 3, 5, 7, 9].map((n) => must(ARTICLE_120.split('\n')[n - 1], `line ${n}`)).join('\n\n');
    expectOwners(text, people(text), [
      ['I', "wrote: '", ['Selena Gomez']],
      ['her', 'following', ['Jennifer Aniston']],
      ['her', 'watch', ['Jennifer Aniston']],
    ]);
  });

  it('give the speaker the first person of their own quotation, and no other word', () => {
    expect(firstPerson(people(OZZY).find((e) => e.name === 'Ozzy Osbourne'))).toEqual(['I']);
  });

  it('leave the person spoken to with their name alone (Bill Simmons)', () => {
    expect(
      people(CAITLYN)
        .find((e) => e.name === 'Bill Simmons')
        ?.mentions.map((m) => m.text),
    ).toEqual(['Bill Simmons']);
  });
});

describe('findQuotations', () => {
  it('pairs double and single marks and passes over apostrophes', () => {
    const text = "Paul claimed: 'He even had a relationship with Jen.' It's \"true,\" Kim's rep said.";
    expect(findQuotations(text).map((q) => text.slice(q.start, q.end))).toEqual([
      "'He even had a relationship with Jen.'",
      '"true,"',
    ]);
  });
});
