import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, looksBinary } from './detect.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

describe('detectFormat', () => {
  it('recognises each fixture by its content whatever its name says', () => {
    expect(detectFormat('article.txt', fixture('seed.txt'))).toBe('house');
    expect(detectFormat('download', fixture('read/page.html'))).toBe('html');
    expect(detectFormat('page.txt', fixture('read/page-time.html'))).toBe('html');
    expect(detectFormat('feed', fixture('read/feed.rss'))).toBe('feed');
    expect(detectFormat('feed.txt', fixture('read/feed.atom'))).toBe('feed');
    expect(detectFormat('corpus', fixture('read/corpus.jsonl'))).toBe('jsonl');
    expect(detectFormat('note.txt', fixture('read/dir/nested/a-plain.txt'))).toBe('text');
  });

  it('falls back on the extension, and never takes prose about tags or dates for markup', () => {
    expect(detectFormat('empty.jsonl', '')).toBe('jsonl');
    expect(detectFormat('story.html', 'Kendall Jenner attends her birthday')).toBe('html');
    expect(detectFormat('story.txt', 'The <html> tag was on the date 2025-05-07 of the launch.')).toBe('text');
    expect(detectFormat('story.txt', 'Dated Justin Timberlake, then married Benji Madden.')).toBe('text');
  });
});

describe('looksBinary', () => {
  it('tells a PNG from UTF-8 text', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(true);
    expect(looksBinary(Buffer.from(fixture('seed.txt')))).toBe(false);
  });
});
