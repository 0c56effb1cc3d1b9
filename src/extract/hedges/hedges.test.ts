import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gold } from '../../../test/gold/index.ts';
import { makeDoc, readHouse } from '../../../test/helpers/hand-doc.ts';
import { findHedges } from './index.ts';
import { frames } from './lexicon.ts';
import { at } from '../../invariant/index.ts';

const cues = (text: string): string[] => findHedges(makeDoc(text)).map((h) => h.text);

describe('findHedges on the seed', () => {
  const { text, published } = readHouse('seed.txt');
  const hedges = findHedges(makeDoc(text, published));

  it("finds every hedge of the seed's gold where the gold has it, cue words only, in text order", () => {
    const gold = (
      JSON.parse(readFileSync(new URL('../../../test/gold/seed.gold.json', import.meta.url), 'utf8')) as Gold
    ).hedges;
    expect(hedges.map((h) => h.start)).toEqual(gold.map((g) => g.start));
    // The gold marks a cue's head word ("hint", "Could"); ours runs over the words that make it a cue.
    expect(hedges.map((h) => h.text.split(' ')[0])).toEqual(gold.map((g) => g.text));
    const longer = hedges.map((h) => h.text).filter((t) => t.includes(' '));
    expect(longer).toEqual(['hint at', 'appeared to', 'appears to', 'Could it be']);
  });

  it('gives spans that slice back to the cue', () => {
    for (const h of hedges) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it('labels each cue with its category', () => {
    const byText = Object.fromEntries(hedges.map((h) => [h.text, h.category]));
    expect(byText).toMatchObject({
      reportedly: 'evidential',
      may: 'modal',
      'Could it be': 'question',
      seems: 'appearance',
      suggests: 'inference',
    });
  });
});

/**
 * Sentences, one a line, with their hedge cues in [brackets]: each, read without the brackets, must give exactly
 * those cues in that order; a line with no brackets gives none.
 */
function marked(lines: string): Array<[sentence: string, cues: string[]]> {
  return lines
    .trim()
    .split('\n')
    .map((line) => [line.trim().replace(/[[\]]/g, ''), [...line.matchAll(/\[([^\]]+)\]/g)].map((m) => at(m, 1))]);
}

const finds = (what: string, lines: string) =>
  it.each(marked(lines))(`${what}: %s`, (sentence, expected) => {
    expect(cues(sentence)).toEqual(expected);
  });

describe('findHedges cue forms', () => {
  // test/gold/README.md: "according to a source / reports" is a cue; "according to Radar Online" is attribution.
  finds(
    'finds evidential hedges, an unnamed source after "according to" among them, not a named one',
    `
    [According to sources], the couple [allegedly] split. She [is said to] be furious, [sources say].
    According to Radar Online, the couple split.
    `,
  );
  finds('takes the longest form', 'They [are rumored to] be dating and [could be] engaged.');
});

describe('findHedges bait that must not match', () => {
  finds(
    'does not take the month or a person called May for the modal',
    'She married him in May. They wed on May 3. May Calamawy said hello.',
  );
  finds('keeps the modal verb next to the month', 'In May they [may] split, and by June they [might] wed.');
  finds(
    'takes a title-case "May Have" in a headline for the modal',
    'Katy Perry [May Have] Shaded Taylor Swift on American Idol',
  );
  finds(
    'does not take "May Have" capitalised in a title inside prose for the modal',
    'Younger viewers will go for the games which include a Magic You May Have Missed memory test.',
  );
  finds(
    'needs "to" after "appear" and a question for "could it be"',
    'He appeared on the show. It [could be] said. Could it be love at last.',
  );
  finds('does not match inside other words', 'The mayor seemsational unlikelyhood might-have-been');
});

// Sentences from development articles (celebrity pairs 001–200, BBC 001–350), quoted as written.
describe('findHedges on cue forms an outside evaluation found missing', () => {
  finds(
    'reads the "it is X" and "X to be/have" frames of evidential verbs',
    `
    [It has been reported] that the producers of Keeping Up With The Kardashians are not happy.
    However, [it is understood] to be a matter of increasingly open discussion at Clarence House.
    The 49-year-old star [is thought to] have dated Katie, 38, since 2013.
    The line, [believed to be] his first, [is thought to] involve everything from makeup to lotions.
    [It’s believed] the pair met on set.
    `,
  );
  finds(
    'reads evidential adjectives and nouns: alleged, supposed, rumours that, speculation',
    `
    A new report claims that Cyrus and Hemsworth had a huge fight over their [supposed] prenup.
    Angie [apparently] knows about Brad and Jen's [alleged] newfound relationship.
    Aniston prompted [speculation] after [reportedly] becoming a regular visitor.
    Noah Cyrus has addressed [rumours that] her big sister married Liam Hemsworth.
    `,
  );
  finds(
    'takes unnamed reports as a hedge, named ones as attribution',
    `
    Well [according to reports] it was Beyonce who got Taylor banned.
    Both are involved in the project, according to reports in the Hollywood Reporter trade paper.
    `,
  );
  finds(
    'leaves obligation, "said to" someone and plain attribution alone',
    `
    She was supposed to attend the premiere. He said to reporters that he was happy.
    `,
  );
  finds(
    'takes the modal\'s perfect and "may well"',
    "Charlize Theron [may have] broken Keanu Reeves' tender heart. They [may well] reunite.",
  );
});

// Sentences from development articles (celebrity pairs 001–200, BBC 001–350), quoted as written; each a class
// of cue the gold guide (test/gold/README.md) names and the forms alone missed.
describe('findHedges on unnamed sources, first-person belief and conditions', () => {
  finds(
    'reads "according to" an unnamed source, whatever words describe it',
    `
    [According to well-placed sources], Aniston sees the Texan singer and actress as a daughter.
    [According to a source] close to the famous family, Kim would like to hire herself a publicist.
    `,
  );
  finds(
    'takes "claimed" after an unnamed source as the cue, not the source',
    `
    The person close to Brad Pitt’s former wife [claimed] that she is disappointed.
    Gosling claimed that he was happy.
    The source of the claims is unknown, and a pal’s claims were denied.
    `,
  );
  finds(
    'takes "sources said" after a statement, not after the quotation it attributes',
    `
    Brad, 52, is alarmed by his wife’s appearance, [sources said], and has consulted with therapists.
    “Her health situation is going from serious to dire!” sources said.
    `,
  );
  finds(
    'reads first-person belief and "it appears", not "I think about"',
    `
    “I have had my ups and downs. [I guess] I am a little bit stronger,” the actress said.
    Justin Bieber is claiming to be changed, but [it appears] that Jennifer Aniston is not sure.
    “I think about my mother every day,” she said.
    The song was a hit, and it appears on her new album.
    `,
  );
  finds(
    'reads unnamed reports and a condition on the story being true',
    `
    But last week, [reports emerged] that Kardashian was thinking of voting for Donald Trump.
    [If the story is accurate], Aniston will have to accept Gomez’s new romance.
    Affleck denied the allegations and settled the suits for [a reported] $2 million.
    `,
  );
});

// Sentences from development articles (celebrity pairs 001–200, BBC 001–350), quoted as written: the classes of cue
// fresh articles used and the lexicon lacked (issue 11), each with the look-alikes that must stay silent.
describe('findHedges on forecasts and passive hearsay', () => {
  finds(
    'reads "expected/predicted to" after a form of "be", an adverb allowed, and "tipped" for a prize',
    `
    A saxophone belonging to legendary jazz musician Charlie Parker is [expected to] fetch up to $1m (£535,000) at an auction of jazz memorabilia next month.
    Ticket sales at the US box office are [predicted to] break records this year.
    In the supporting categories, Cate Blanchett is [tipped to] win for her performance as Katharine Hepburn in The Aviator.
    The charity record is also [tipped to] be this year's Christmas number one.
    The children are also [expected to] be spoken to.
    UK actress Kate Beckinsale had been [widely tipped] as [a possibility] for the role alongside Vanessa Paradis.
    `,
  );
  finds(
    "leaves the expecter's own verb and a duty alone",
    `
    Married twice before to Madonna and Robin, the Gangster Squad star said that he never expected to be in love at his age.
    Next month, Prince Harry will be expected to carry out more engagements at his grandmother’s side.
    “I’m like a dog, especially if my agent's said to me: ‘A lot of people want this job.’”
    `,
  );
});

describe('findHedges on epistemic nouns of probability (Hyland)', () => {
  finds(
    'reads "the chance of", "the likelihood of", "the probability that" as "the possibility of" is read',
    `
    Hit single One Night will follow next week - with [the chance of] becoming the 1,000th number one as interest surrounding Elvis's birthday grows.
    `,
  );
  finds(
    'leaves a chance to do something (an opportunity) and a chance a verb of change acts on (a risk) alone',
    `
    She said she was grateful for the chance to work with him again.
    Medical expert Dr. Stuart Fischer said he believes Angie is suffering from cachexia, a wasting syndrome that can dramatically increase the chance of death from an underlying condition.
    `,
  );
});

describe('findHedges on unnamed sources and crowds', () => {
  finds(
    'reads an unnamed source saying a statement, however described, and "we’re told"',
    `
    Josh Duhamel was tired of his pop-star wife Fergie’s “partying” before their breakup, [we’re told].
    [Sources close to the actor tell us] that he didn’t want to split with his wife of eight years.
    Filming in Connecticut, [a source close to the set says] the former Friends actress doesn't socialize with any of the cast or crew.
    `,
  );
  finds(
    'leaves the attribution of a quotation, before or after it',
    `
    "Suri was miserable," a source told Radar in May after the birthday mess.
    'It wasn't just the vile talk,' the source said.
    A source said: “Kim and Kanye’s marriage is as good as over.”
    “She's thinking about it,” a source exclusively told Us Weekly.
    An insider told NW: “If Chris is smart, he’ll stop talking about her.”
    Now, a source told Radar, "Producers have really come down hard."
    And a source told The Sun today: 'The marriage ended months ago in all but name.'
    A source told the Sunday People, "Kendall was really keen to make it work."
    The wedding was held with “the utmost secrecy” in the summer of 2011, a source told The ENQUIRER.
    She is a personal friend of mine and has told me they are sleeping together.
    `,
  );
  // test/gold/README.md (the 2026-12-05 batches): anonymous sourcing that introduces a statement is a hedge cue
  // ("sources have told People that", "Insiders told Radar"), though the older 120fake spec leaves one unmarked.
  finds(
    'reads an unnamed source telling an outlet a statement, the cue being the source and its verb',
    `
    Meanwhile, [sources have told] People that the 25-year-old and the 'Sorry' singer are taking things slow.
    The pair were seen at Selena's birthday party together in Los Angeles, with [sources confirming to] US Weekly that the musician spent the night.
    [A second insider told] Hollywood Life that Bieber is more mature.
    [Insiders told] Radar The Mask star wants Icke’s unhinged gospel.
    Outside a Los Angeles restaurant in early February, [a source tells] E! News things are heating up to the point of exclusivity.
    [A source exclusively told] Us Weekly earlier this month that Reputation “chronicles” her romance.
    [An insider told] the magazine that the actor is becoming antisocial.
    `,
  );
  it('takes a paragraph break after a quotation as the start of a new statement, not its attribution', () => {
    expect(cues('“He’s mesmerized by everything Icke says!”\n\nInsiders told Radar The Mask star wants more.')).toEqual(
      ['Insiders told'],
    );
  });
  finds(
    'reads what unnamed investigators and fans believe, not what a named person believes or "what others think"',
    `
    [Police think] the pair were driving a large vehicle, [possibly] a van.
    [Fans think] Taylor Swift and Drake are dating.
    [Eyewitnesses say] that art enthusiast Kate Middleton asked lots of questions.
    Medical expert Dr. Stuart Fischer said he believes Angie is suffering from cachexia.
    She has a meticulously managed public profile yet professes not to care what others think.
    `,
  );
  finds(
    'reads "according to" a crowd or an unnamed report, not a named one',
    `
    [According to Twitter], this [might] be the real image Swift is ready to bring back.
    Selena Gomez and The Weeknd are moving in together, [according to a new report].
    Eventually, she will have to find a successor, and according to a report from Radar Online, that successor will be Sarah Jessica Parker.
    `,
  );
});

describe('findHedges on rumours, doubt and appearance', () => {
  finds(
    'reads rumours with their content, not the rumour mill',
    `
    Stories about the state of her marriage to Kevin Federline and [rumours about] a pregnancy have recently appeared.
    Of course, Lopez's outings with Drake had [dating rumors] swirling earlier this year too.
    Shortly after his split with Angelina Jolie, [rumors swirled] about Pitt’s on-set chemistry with Allied actress Marion Cotillard.
    [Rumours circulated] that Melcher - who knew Manson - was the killer's real target.
    The rumour mill kicked into overdrive this week.
    `,
  );
  finds(
    'reads what is not known or not confirmed, not a detail of what is taken as fact ("unclear why")',
    `
    It's unclear why Miley bought the home since [it was reported] that she was living with Liam, not far away.
    [It is not known] if Ripa has accepted such apology.
    [There is no confirmation] that this is actually happening though.
    Although it is not clear exactly where the snaps originated from, the pics show Harry and Kendall together.
    Several [rumors have circulated] about the famous couple's marital problems, but of course, the rumors [have not been confirmed].
    `,
  );
  finds(
    'reads "apparent" before its noun, not certainty or the heir',
    `
    Tatiana added that Kim's [apparent] reliance on hair extensions had been noticed.
    Very quickly it became apparent that she was something special.
    The 1937 Regency Act grants power to the heir apparent.
    `,
  );
  finds(
    'reads softeners as adverbs and speculative openers, not "kind of" as a noun',
    `
    And yeah, I [kind of] hit a wall.
    With a much fuller face, it is no surprise [fans believe] the Oscar winner has undergone some sort of cosmetic procedure.
    One was wearing a Kung Fu Panda 2 cap (the kind of hat a grown man doesn't wear unless he worked on the movie).
    “It’s tragic [in a sense], because a lot of the poor victims have to relive it.”
    [From what we can tell], the overwhelming response to her fourth single is totally positive.
    `,
  );
});

describe('findHedges on modals in headlines, questions and the speaker’s own past', () => {
  finds(
    'keeps a title-case modal and a speculative question, not a request, a wish or the speaker’s counterfactual',
    `
    Hillary Clinton Supporter Kim Kardashian [Might] Vote for Donald Trump
    [Could] he be ready to move on with a new leading lady?
    Could I fly the airplane?
    And may you grow to live and love / And play your little part. / In this world may your light shine.
    "I could have been badly injured or shot or anything," Osbourne said.
    `,
  );
});

// Sentences from development articles (celebrity pairs 001–200, BBC 001–350), quoted as written, and the general
// classes of Hyland's (1998) hedges they stand for: first-person belief, epistemic adjectives and adverbs, forecasts,
// appearance; each with the look-alikes that must stay silent.
describe('findHedges on the general classes of epistemic cue', () => {
  finds(
    'reads first-person belief, negated or stressed, and "I bet", not "I bet on"',
    `
    “[I don’t think] Jen cares about what’s going on, and it’s not like she’s sitting at home,” Handler said.
    “[I really believe] that once the 'Transformers' franchise is done, he will take on a drama.”
    “And the guy’s still talking about her. [I bet] that wife has a problem…”
    I bet on the wrong horse, he said.
    `,
  );
  finds(
    'reads hints and the evaluation of a crowd, not a hint of colour',
    `
    [There are hints] he sees some of himself in Bay.
    Their appearance at 1985's Live Aid is [widely seen as] sealing their global stardom.
    The look came with a hint of James Dean volume at the crown.
    `,
  );
  finds(
    'reads "possible" before its noun and a forecast in a "with" phrase, not "as soon as possible" or the expecter',
    `
    ABC affiliates refused to air Saving Private Ryan in an unedited form over fears of [possible] fines.
    The film opened on top, with the latest sequel [expected to] break box office records this weekend.
    She should have the weaves removed as soon as possible if she doesn't want to damage her hair.
    They plan to open every day if possible, although Evans did not know how often he would be there.
    He never expected to be in love at his age.
    `,
  );
});

// Development sentences where they exist (bbc-entertainment-169, -090, -253), else the plain form of the class: cues a
// linguist would list with the modal, first-person and unnamed-source classes the gold guide names.
describe('findHedges on possible outcomes, first-person feeling and unnamed circles', () => {
  finds(
    'reads "could" of a possible outcome, not of ability',
    `
    Robert Blake, who found fame playing a maverick detective in the 1970s TV cop drama Baretta, [could face] life in prison if convicted.
    From the balcony she could see the stage.
    `,
  );
  finds(
    'reads a first-person feeling or wondering, not "a feeling of"',
    `
    "[I wonder if] it was simply the fact that Robbie wasn't getting enough airplay."
    "[I have a feeling] they will be back together by Christmas."
    Director Marc Rothemund said: "I have a feeling of responsibility to keep the legacy of the Scholls alive."
    `,
  );
  finds(
    'reads "according to" friends or people close to someone, left unnamed',
    `
    [According to people close to] the couple, the pair have been living apart for months.
    [According to friends], she is happier than ever.
    `,
  );
});

// Development sentences (celebrity 010fake, 018fake, 029legit, 060fake, 144legit, 155fake, 161fake, 172fake, 185legit; bbc 007, 333),
// quoted as written (three cut short after their cue's clause): the rest of paradigms the lexicon had begun (issue 11,
// held-out recall), and the rhetorical "could have".
describe('findHedges on unnamed sources after their verb, reports that indicate and negated certainty with an adverb', () => {
  finds(
    'reads "claimed" before an unnamed source, after a quotation too, the verb being the cue',
    `
    Jim is now a disciple of this guy!” [claimed] a source.
    "It will take some time before she can do anything," [claims] the friend, alleging that she's trying to build a case.
    Ringo Starr claims that he finally decided to tell the truth.
    `,
  );
  finds(
    'reads unnamed reports and sources that indicate, not a named person who indicated',
    `
    In fact, new [reports indicate] that the Hollywood star has just landed a new role in the psychological thriller, 'Underwater.'
    Palace [sources have indicated] that the Queen has told her inner circle that she will ask for a piece of legislation.
    Jolie has indicated that, for the sake of the kids, she doesn’t want to talk about the breakup.
    `,
  );
  finds(
    'reads "not immediately/yet clear" and "still unclear" as "it is unclear" is read, not before a wh-word',
    `
    [It was not immediately clear] if Kornfeld is the subject of a separate investigation.
    It is still unclear why she left.
    `,
  );
  finds(
    'reads the progressive of impersonal hearsay, "it is being claimed", as "it is claimed" is read',
    `
    [It is being claimed] that the host of LIVE did not appreciate DeGeneres’ having her nemesis on the show.
    [It is being claimed] Ripa has turned him down.
    `,
  );
  finds(
    'leaves the rhetorical or counterfactual "could have" after "what" or "who"',
    `
    "What could have been a didactic or preachy prospect turns out to hilarious, moving humane and eye-popping.
    She’s a one-woman meme machine, and who could have seen that coming?
    The firm closed the book on Friday, saying "insider information" [could have] contributed to the number of bets.
    `,
  );
  finds(
    'reads "sources tell" as "sources say": no cue when it attributes the quotation before it, a cue before a statement',
    `
    "These Live specials cost a fortune and unless they get great ratings they cannot afford to do them," sources tell Straight Shuter.
    "Not going to the Met ball was a big deal for him," the sources tell Naughty Gossip, "He loves that event."
    [Sources tell] us the 38-year-old singer and actor will be on season 24 of ABC's hit dancing competition.
    West has been receiving outpatient treatment at an L.A.-area rental, multiple [sources tell] Us.
    `,
  );
  finds(
    'reads stressed or lasting first-person belief ("I still think", "I do believe") as "I really think" is read',
    `
    "It did not work for me. I looked crazy, and [I still think] the effects are in there," she said.
    "[I do believe] the allegation in relation to the driving is a serious issue."
    But [I do think] that I for one am very proud of the Beatle thing.
    I do believe in the spirit of Christmas.
    `,
  );
  finds(
    'leaves "suggested" that proposes an act (suggestion-as-proposal), not one that infers a fact',
    `
    "We didn't know what to do, and Brian Epstein, our manager, suggested that we hire Billy Shears as a temporary solution.
    "Whoopi won't be giving it up, and Rosie even suggested they trade seats every other week."
    The actor's friend Budd Schulberg told Vanity Fair magazine that Brando's assistant suggested he read the novel.
    His British-born wife, Joan, suggested he had nothing to lose and, for his swansong, should write the kind of characters he really wanted to create.
    A source told HollywoodLife.com EXCLUSIVELY that Taylor suggested Selena to take the icy plunge.
    He [suggested] that Jenner's young age combined with her image had something to do with the breakup.
    However, recent rumours have [suggested] that Simpson has been wanting to quit the band to focus on Fightstar.
    No details of this year's line-up have been confirmed but rumours have [suggested] U2 and Coldplay [may] be among the headliners.
    And Vivienne's appearance is a joke on all the people who [suggested] Jolie was an unfit mother.
    Worried by [possible] price declines, the Fed and its chairman, Alan Greenspan, have [suggested] that they intend to keep interest rates unchanged.
    `,
  );
  finds(
    'reads "reported" before its noun after a name\'s possessive (possessive-reported), and "it\'s reported" as "it is reported"',
    `
    She doesn't want Brad's [reported] new texting buddy, Jennifer Aniston, 48, anywhere near her kids.
    As for Brad's take on Angie's [reported] request that he should keep Jen far away from their six children?
    A few months later, [it's reported] that Gomez cut her Revival Tour short to seek treatment at a facility in Tennessee.
    She's reported the theft to the police.
    Kim's reported to the police twice.
    `,
  );
  finds(
    'finds a cue right after a straight single quote that opens a quotation, not inside a word',
    `
    '[I believe] that many people are born witches, and that they have been witches, healers and psychics in previous lives.
    "I thought, '[Maybe] there is a kernel of truth to that.'"
    And so by the time I'm older and I'm like, '[I think] I want to be a mother,' they're like, 'You can't.'
    `,
  );
  finds(
    'reads "kind of" / "sort of" before an indefinite article as the approximator, not after a determiner',
    `
    Ellen DeGeneres says Mabel "was [kind of] a show dog early in her career."
    To me, that’s [kind of] a reason to keep him in prison.
    But what we did know we tried to get in the song, [sort of] a Cubist thing.
    And it had been done on that kind of a buzz we'd been hearing about.
    And it's not the kind of a state thing.
    `,
  );
});

describe('hedge frames: the gates', () => {
  // A gate only skips sentences: a frame's `needs` must be words every match of its pattern contains. Each frame is run
  // on the examples its note quotes ('…') and on the seed, and every match must hold a word the gate finds; a frame
  // given a word its pattern can do without fails here (the gate would drop that match).
  const data = JSON.parse(readFileSync(new URL('../../../data/lexicons/hedges.json', import.meta.url), 'utf8')) as {
    frames: Array<{ name: string; note: string }>;
  };
  const seed = readHouse('seed.txt').text;
  // A note example with an apostrophe inside, which the quoting above cuts short.
  const more = ["She doesn't want Brad's reported new texting buddy, Jennifer Aniston, 48, anywhere near her kids"];
  for (const frame of frames) {
    it(`${frame.name}: every match holds a word of its gate`, () => {
      const note = data.frames.find((f) => f.name === frame.name)?.note ?? '';
      const examples = [...note.matchAll(/'([^']{8,})'/g)].map((m) => at(m, 1));
      let matched = 0;
      for (const text of [...examples, ...more, seed]) {
        for (const m of text.matchAll(new RegExp(frame.pattern.source, frame.pattern.flags))) {
          matched++;
          if (frame.gate) expect(frame.gate.test(m[0]), `"${m[0]}"`).toBe(true);
        }
      }
      if (frame.gate) expect(matched).toBeGreaterThan(0);
    });
  }
});
