// own-quote-on-news and member-speaks-for-group (own-quote.ts): a principal's (or a member's) own quoted words about the
// article's news put it on record, on real development excerpts; and quotations about something else, or a
// relationship, that must leave the news to the article.
import { describe, expect, it } from 'vitest';
import { claimRows, run } from './test-run.ts';

const rowsOf = (id: string, text: string, type: string) =>
  claimRows(run(id, text)).filter(([tv]) => tv.startsWith(type));

describe('own-quote-on-news', () => {
  it('a member named with the band, his quotation naming the festival (bbc-entertainment-322)', () => {
    const rows = rowsOf(
      'bbc-entertainment-322',
      "Pixies, Foo Fighters and Iron Maiden will headline this summer's Leeds and Reading festivals.\n\n" +
        'Organiser Mean Fiddler said more acts were still to be confirmed for the summer event. "We are all very ' +
        'excited to be going back to Reading and intend to have a fantastic time," said Iron Maiden\'s Bruce Dickinson.',
      'career/',
    );
    expect(rows).toContainEqual(['career/tour', 'principal', 'Iron Maiden', 'confirms', 'Iron Maiden']);
    // The other headliners have no word of their own.
    expect(rows).toContainEqual(['career/tour', 'author', '-', 'asserts', 'Pixies']);
  });

  it('the subject quoted on the same work, later in the article (bbc-entertainment-196)', () => {
    const rows = rowsOf(
      'bbc-entertainment-196',
      "The Office's Ricky Gervais is writing an episode of hit US cartoon The Simpsons, following an invitation " +
        'from its creator Matt Groening.\n\nGervais has already begun writing the script but is keeping its subject ' +
        'matter a closely guarded secret. "I\'ve got the rough idea but this is the most intimidating project of my ' +
        'career. The Simpsons is the greatest TV show of all time," he said.',
      'casting/write',
    );
    expect(rows).toContainEqual(['casting/write', 'principal', 'Ricky Gervais', 'confirms', 'Ricky Gervais']);
  });

  it('in the first person, the claim\'s own word: "we were granted the injunction" (bbc-entertainment-161)', () => {
    const rows = rowsOf(
      'bbc-entertainment-161',
      'Premiership footballer and record company boss Kevin Campbell has gained a court injunction stopping R&B ' +
        'singer Mark Morrison from releasing an album.\n\nMr Campbell said: "I\'m glad we were granted the ' +
        'injunction but I\'m completely gutted that we have had to go that far."',
      'legal/injunction',
    );
    expect(rows.map(([, holder, name, stance]) => [holder, name, stance])).toContainEqual([
      'principal',
      'Kevin Campbell',
      'confirms',
    ]);
  });

  it("a quotation about something else in the same town stays the article's (celebrity-063legit)", () => {
    const rows = rowsOf(
      'celebrity-063legit',
      'Gest was due to tour the United Kingdom in a musical show, starting in York on July 1. He said: "I will ' +
        'never go back to LA; I will die here and want to be buried in York."',
      'career/',
    );
    expect(rows.filter(([, holder]) => holder === 'principal')).toEqual([]);
  });

  it('a relationship is never confirmed by a quotation about the same film', () => {
    const rows = rowsOf(
      'own-quote-relationship',
      'Brad Pitt is dating Marion Cotillard, his co-star in Allied. "Allied was the hardest film I have made," ' +
        'Pitt said.',
      'relationship/',
    );
    expect(rows.filter(([, holder]) => holder === 'principal')).toEqual([]);
  });
});

describe('member-speaks-for-group', () => {
  it('"Eminem\'s group, D12": his words on their prize are the group\'s (bbc-entertainment-153)', () => {
    const rows = rowsOf(
      'bbc-entertainment-153',
      "Eminem's group, D12, were surprise winners in the best hip-hop category, beating the Beastie Boys, Jay-Z, " +
        'Kanye West and Nelly. Eminem told the crowd: "D12 finally won an award, thank you very much."',
      'award/',
    );
    expect(rows).toContainEqual(['award/win', 'principal', 'D12', 'confirms', 'D12']);
  });
});

describe('own-words-reported', () => {
  it('a participle clause of saying on the winner, taking back "the award" (bbc-entertainment-153)', () => {
    const rows = rowsOf(
      'bbc-entertainment-153',
      'The Black Eyed Peas picked up the prize for best pop act, beating Anastacia, Avril Lavigne, Robbie Williams ' +
        'and Britney Spears. Spears was named best female, sending a message of thanks on video saying the award ' +
        '"means so much to me".',
      'award/',
    );
    expect(rows).toContainEqual(['award/win', 'principal', 'Britney Spears', 'confirms', 'Britney Spears']);
  });

  it('"explaining why she decided to step into … shoes again": the casting in her own account (celebrity-091legit)', () => {
    const rows = rowsOf(
      'celebrity-091legit',
      'Katie Holmes is reprising her role as Jacqueline Kennedy for the new mini-series, "The Kennedys: After ' +
        'Camelot."\n\nHolmes stopped by "Good Morning America" today, explaining why she decided to step into the ' +
        "famous first lady's shoes again.",
      'casting/',
    );
    expect(rows.map(([, holder, name, stance]) => [holder, name, stance])).toContainEqual([
      'principal',
      'Katie Holmes',
      'confirms',
    ]);
  });

  it('"He said:" opening a quotation the quote finder leaves unread, naming the company sold (bbc-entertainment-319)', () => {
    const rows = rowsOf(
      'bbc-entertainment-319',
      'Pop Idol supremo Simon Fuller has sold his 19 Entertainment company to an US entrepreneur in a $156m ' +
        '(£81.5m) deal.\n\nMr Fuller has signed a long-term agreement with the company which will see him continue ' +
        'to expand and develop entertainment brands. He said: "This is a hugely exciting new partnership for myself ' +
        'and 19 Entertainment.\n\n"CKX will provide 19 with a powerful platform for global growth. I cannot wait to ' +
        'get started."',
      'money/sell',
    );
    expect(rows.map(([, holder, name, stance]) => [holder, name, stance])).toContainEqual([
      'principal',
      'Simon Fuller',
      'confirms',
    ]);
  });

  it("a paraphrase elsewhere sharing only a name with the news stays the article's (celebrity-163fake)", () => {
    const rows = rowsOf(
      'celebrity-163fake',
      'Harvey Weinstein says he will sue the New York Times for an estimated $50 million after it published a ' +
        'bombshell report claiming the movie mogul subjected actresses to "decades of sexual harassment." Weinstein ' +
        'has hired Charles J. Harder, the LA attorney who brought down Gawker after winning a $140 million verdict ' +
        'for Hulk Hogan, to go after the Times.',
      'award/',
    );
    expect(rows.filter(([, holder]) => holder === 'principal')).toEqual([]);
  });

  it('"with the label saying …" (the shape of bbc-entertainment-161): the participle has its own subject', () => {
    const rows = rowsOf(
      'own-words-with-subject',
      'R&B singer Mark Morrison won best newcomer at the Mobo awards, with the label saying the award was a surprise.',
      'award/',
    );
    expect(rows.filter(([, holder]) => holder === 'principal')).toEqual([]);
  });
});
