import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAll } from '../../test/helpers/read-files.ts';
import { readText, type Article, type ReadResult } from './index.ts';
import { at } from '../invariant/index.ts';

const fixture = (name: string): string => new URL(`../../test/fixtures/${name}`, import.meta.url).pathname;

function articles(results: ReadResult[]): Article[] {
  return results.flatMap((result) => (result.ok ? [result.article] : []));
}

describe('readInputs: the house format', () => {
  it('reads the seed with its date; offsets point into what follows the header', async () => {
    const [result] = await readAll([fixture('seed.txt')]);
    expect(result?.ok).toBe(true);
    const article = (result as { article: Article }).article;
    expect(article.published).toBe('2025-05-07');
    expect(article.text.startsWith('The rumour mill kicked into overdrive')).toBe(true);
    const raw = readFileSync(fixture('seed.txt'), 'utf8');
    const start = article.text.indexOf('Tom & Ana’s umbrella escape');
    expect(raw.slice(' date 2025-05-07 '.length + start).startsWith('Tom & Ana’s umbrella escape')).toBe(true);
  });
});

describe('readInputs: plain text', () => {
  it('takes the date from --date, else null', async () => {
    const file = fixture('read/dir/nested/a-plain.txt');
    expect(articles(await readAll([file]))[0]?.published).toBeNull();
    expect(articles(await readAll([file], { date: '2025-05-07' }))[0]?.published).toBe('2025-05-07');
  });

  it('reads a house-format file as plain text when told to', async () => {
    const [article] = articles(await readAll([fixture('read/dir/b-house.txt')], { format: 'text' }));
    expect(article?.published).toBeNull();
    expect(article?.text.startsWith(' date 2025-05-07 Earlier that week')).toBe(true);
  });
});

describe('readInputs: HTML pages', () => {
  it('keeps the main text, drops navigation and footer, and reads the metadata', async () => {
    const [article] = articles(await readAll([fixture('read/page.html')]));
    expect(article?.published).toBe('2017-11-03');
    expect(article?.title).toBe('Kendall Jenner Celebrates 22nd Birthday With Blake Griffin');
    expect(article?.source).toBe('Us Weekly');
    expect(article?.url).toBe('https://www.usmagazine.com/celebrity-news/news/kendall-jenner-22nd-birthday/');
    expect(article?.text.startsWith('One party’s simply not enough when you’re Kendall Jenner!')).toBe(true);
    expect(article?.text).toContain('\n\nInside the restaurant, Kendall took a swing');
    expect(article?.text).toContain('“Happy 22nd birthday angel face. To many more,” Hailey captioned the shot.');
    for (const boilerplate of ['Celebrity News', 'Sign up for our newsletter', 'All rights reserved', 'Baby Bump']) {
      expect(article?.text).not.toContain(boilerplate);
    }
  });

  it('dates a page from JSON-LD, or from <time datetime>', async () => {
    const [jsonLd, time] = articles(await readAll([fixture('read/page-jsonld.html'), fixture('read/page-time.html')]));
    expect(jsonLd?.published).toBe('2004-12-02');
    expect(jsonLd?.title).toBe('Gallery unveils interactive tree');
    expect(time?.published).toBe('2004-12-02');
  });
});

describe('readInputs: JSONL corpora', () => {
  it('reads good lines untouched and reports bad ones by line, in order', async () => {
    const results = await readAll([fixture('read/corpus.jsonl')]);
    const raw = readFileSync(fixture('read/corpus.jsonl'), 'utf8').split('\n');
    expect(results.map((r) => (r.ok ? r.article.id : `line ${r.failure.line}`))).toEqual([
      'celebrity-009legit',
      'line 2',
      'bbc-entertainment-001',
      'line 4',
      'line 5',
      'seed-excerpt',
    ]);
    const first = at(articles(results), 0);
    expect(first.text).toBe((JSON.parse(at(raw, 0)) as { text: string }).text);
    expect(first).toMatchObject({ published: null, label: 'legit', origin: { line: 1 } });
    expect(articles(results)[2]).toMatchObject({
      published: '2025-05-07',
      url: 'https://example.org/seed',
      origin: { line: 7 },
    });
    const messages = results.flatMap((r) => (r.ok ? [] : [r.failure.message]));
    expect(messages[0]).toMatch(/not valid JSON/);
    expect(messages[1]).toMatch(/missing the `text` field/);
    expect(messages[2]).toMatch(/impossible date "2025-02-30"/);
  });
});

describe('readInputs: feeds', () => {
  it('reads each RSS item as an article, its text stripped of HTML', async () => {
    const results = await readAll([fixture('read/feed.rss')]);
    expect(results.every((r) => r.ok)).toBe(true);
    const [miley, tree] = articles(results);
    // The writer's own day, not UTC (23:30 -04:00 is already the 8th in UTC).
    expect(miley).toMatchObject({
      published: '2017-06-07',
      source: 'Gossip Cop',
      title: 'Miley Cyrus, Liam Hemsworth NOT Fighting Over Prenup',
    });
    expect(miley?.text).toContain('fighting?');
    expect(miley?.text).toContain('hasn’t been any drama');
    expect(miley?.text).not.toMatch(/<p>|&#8217;/);
    expect(tree?.text).toBe(
      "A Christmas tree that can receive text messages has been unveiled at London's Tate Britain art gallery.",
    );
  });

  it('reads Atom entries and reports an impossible date by item', async () => {
    const results = await readAll([fixture('read/feed.atom')]);
    expect(results[0]).toMatchObject({
      ok: true,
      article: {
        published: '2025-05-07',
        title: 'Tom & Ana’s umbrella escape from Beckham party',
        url: 'https://example.org/tom-ana-umbrella',
      },
    });
    expect(results[1]).toMatchObject({
      ok: false,
      failure: { message: expect.stringMatching(/item 2 .*impossible or unreadable date/) },
    });
  });
});

describe('readInputs: directories', () => {
  it('reads every article file recursively in sorted order, skipping other files', async () => {
    const results = await readAll([fixture('read/dir')]);
    expect(results.map((r) => (r.ok ? r.article.origin.file.split('/read/dir/')[1] : r.failure.file))).toEqual([
      'b-house.txt',
      'nested/a-plain.txt',
      'nested/c-page.html',
    ]);
    expect(articles(results).map((a) => a.published)).toEqual(['2025-05-07', null, '2004-12-02']);
  });
});

describe('readText (the API)', () => {
  it('detects a pasted house-format article', async () => {
    const [result] = await readText(' date 2025-05-07 Tom Cruise and Ana de Armas left together.', { name: 'body' });
    expect(result).toMatchObject({
      ok: true,
      article: { published: '2025-05-07', text: 'Tom Cruise and Ana de Armas left together.' },
    });
  });

  it('reads pasted HTML and pasted JSONL', async () => {
    const html = readFileSync(fixture('read/page-jsonld.html'), 'utf8');
    expect(await readText(html, { name: 'body' })).toMatchObject([{ ok: true, article: { published: '2004-12-02' } }]);
    const jsonl = readFileSync(fixture('read/corpus.jsonl'), 'utf8');
    expect((await readText(jsonl, { name: 'body', format: 'jsonl' })).map((r) => r.ok)).toEqual([
      true,
      false,
      true,
      false,
      false,
      true,
    ]);
  });
});
