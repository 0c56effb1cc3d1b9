import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../read/index.ts';
import { findDebris, findDebrisWithRules } from './index.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8');
const seed = fixture('seed.txt').replace(/^\s*date \S+ /, '');
const corpus = (name: string): Map<string, string> =>
  new Map(fixture(name).trim().split('\n').map((line) => JSON.parse(line) as { id: string; text: string }).map((r) => [r.id, r.text]));
const celebrity = corpus('debris/celebrity-dev.jsonl');
const bbc = corpus('debris/bbc-dev.jsonl');
const texts = (text: string): string[] => findDebris(text).map((span) => span.text);

describe('findDebris on the seed', () => {
  it('finds exactly the photo credit and the embedded related-story headline', () => {
    expect(texts(seed)).toEqual(['(AFP)', 'Tom & Ana’s umbrella escape from Beckham party']);
  });

  it('gives spans whose offsets slice back to their text', () => {
    for (const span of findDebris(seed)) expect(seed.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('findDebris on real scraped articles (celebrity pairs 001–200)', () => {
  it('Us Weekly captions and Splash credits (158legit)', () => {
    const found = texts(celebrity.get('celebrity-158legit')!);
    expect(found).toEqual(expect.arrayContaining([
      'Kendall Jenner attends her birthday', 'Photo: Splash', 'Photo: Instagram Stories',
      'RELATED: Kendall Jenner Dresses as Powerpuff Girl for Halloween-Themed Birthday Bash: Pics!',
    ]));
    expect(found.join(' ')).not.toMatch(/rumored flame|Happy 22nd birthday/);
  });

  it('Gossip Cop teasers, inline photo credits and the comment plea (009legit)', () => {
    const found = texts(celebrity.get('celebrity-009legit')!);
    expect(found).toEqual(expect.arrayContaining([
      'ARE MILEY AND LIAM GETTING MARRIED THIS SUMMER? CLICK HERE FOR DETAILS ...',
      'IS MILEY AND LIAM\'S WEDDING OFF OR ON? UPDATE ...',
      '(Photo: Splash News)',
      '(Photo: XactpiX / Splash News)',
    ]));
    // The debunking is the article's point: it must stay in the analysis.
    expect(found.join(' ')).not.toMatch(/just not true/);
  });

  it('In Touch agency credit lines (144fake)', () => {
    expect(texts(celebrity.get('celebrity-144fake')!)).toEqual([
      'Brad Pitt Jennifer Aniston Angelina Jolie Getty Images', '(Photo Credit: Getty Images)',
      'Brad Pitt Jennifer Aniston Getty Images', '(Photo Credit: Getty Images)',
    ]);
  });

  it('keeps a Daily Mail summary run as text (033legit): short lines in a row are a list, not debris', () => {
    expect(texts(celebrity.get('celebrity-033legit')!).join('\n')).not.toMatch(/Harry is dating Meghan Markle/);
  });
});

describe('findDebris must not swallow real text (bait)', () => {
  it('leaves straight BBC news with a list of award winners alone', () => {
    expect(findDebris(bbc.get('bbc-entertainment-001')!)).toEqual([]);
    expect(texts(bbc.get('bbc-entertainment-201')!).filter((t) => /Little Britain|Catherine Tate|Office/.test(t))).toEqual([]);
  });

  it('keeps short paragraphs, quotes, questions, hard-wrapped lines and date subheadings', () => {
    const text = [
      'Tom Cruise and Ana de Armas left the party together.',
      'Could this be it?',
      '“We are just friends”',
      'The Voice judge, 24, was ordered to hide the truth by record bosses to avoid',
      'turning off male fans, the unauthorised biography says.',
      'August 20',
      'Blunt babe! Rocking her sleek one-length chin-grazing chop.',
      'I am SO excited to be a part of the show! #ByeByeBirdieLive',
      '- Dated Justin Timberlake',
      'She was photographed by Getty Images photographers outside the hotel on Monday.',
      'Ana shared the post with the caption:',
      'Salsita and me in Vermont',
      'The pair were seen leaving together.',
    ].join('\n\n');
    expect(findDebris(text)).toEqual([]);
  });

  it('keeps the first line: it is the article’s own headline', () => {
    expect(findDebris('Tom Cruise and Ana de Armas spark romance rumours\n\nThe pair were seen together.')).toEqual([]);
  });

  it('names the rule behind every span', () => {
    const rules = findDebrisWithRules(seed).map((span) => span.rule);
    expect(rules).toEqual(['debris.inline-credit', 'debris.embedded-headline']);
  });
});

describe('findDebris on site furniture', () => {
  it('finds read-more lines, newsletter pleas, advertisements and the headlines after a marker', () => {
    const text = [
      'Harry Styles has opened up about his love life.',
      'READ MORE: Harry Styles and Kendall Jenner reunite in LA',
      'Sign up for our newsletter to get the latest celebrity news.',
      'ADVERTISEMENT',
      'READ NEXT',
      'Gisele Bündchen loses the crown of highest-paid model after 15 years',
      'By Anna Johnstone',
      'The pair reportedly enjoyed a date at Ysabel in LA in September 2016.',
    ].join('\n\n');
    expect(texts(text)).toEqual([
      'READ MORE: Harry Styles and Kendall Jenner reunite in LA',
      'Sign up for our newsletter to get the latest celebrity news.',
      'ADVERTISEMENT',
      'READ NEXT',
      'Gisele Bündchen loses the crown of highest-paid model after 15 years',
      'By Anna Johnstone',
    ]);
  });
});

describe('findDebris on text the HTML reader extracted', () => {
  it('finds the figure caption and its credit, each on a line of its own', async () => {
    const path = new URL('../../../test/fixtures/read/page.html', import.meta.url).pathname;
    const found: string[] = [];
    for await (const result of readInputs([path])) if (result.ok) found.push(...texts(result.article.text));
    expect(found).toEqual(['Kendall Jenner attends her birthday', 'Photo: Splash']);
  });
});
