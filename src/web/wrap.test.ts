import { describe, expect, it } from 'vitest';
import { wrapPieces } from './wrap.ts';

describe('wrapPieces', () => {
  it('breaks a headline that is an address after its slashes and before its dots, never inside a word', () => {
    // The title of celebrity-136legit.
    const url =
      'http://www.rollingstone.com/music/news/taylor-swift-new-song-look-what-you-made-me-do-apparent-kanye-west-diss-w499090';
    expect(wrapPieces(`Read ${url} now`)).toEqual([
      'Read http://',
      'www',
      '.rollingstone',
      '.com/',
      'music/',
      'news/',
      'taylor-swift-new-song-look-what-you-made-me-do-apparent-kanye-west-diss-w499090 now',
    ]);
  });

  it('gives every character back, in order', () => {
    for (const text of ['Zendaya and Tom Holland are engaged.', 'See people.com/zendaya?ref=home&x=1 today', '']) {
      expect(wrapPieces(text).join('')).toBe(text);
    }
  });

  it('leaves words and short runs alone, however they end', () => {
    const text = 'Tom Holland, Zendaya & co. at the U.S. premiere... of Spider-Man: No Way Home';
    expect(wrapPieces(text)).toEqual([text]);
  });
});
