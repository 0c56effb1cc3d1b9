import { describe, expect, it } from 'vitest';
import { storyIdIn, when } from './editorial.ts';

describe('storyIdIn', () => {
  it('reads a story id typed or pasted as a link of the desk', () => {
    expect(storyIdIn(' s-0a1b2c3d4e5f ')).toBe('s-0a1b2c3d4e5f');
    expect(storyIdIn('http://127.0.0.1:8080/#/story/s-0a1b2c3d4e5f?at=ev-3')).toBe('s-0a1b2c3d4e5f');
    expect(storyIdIn('#/story/s-0a1b2c3d4e5f')).toBe('s-0a1b2c3d4e5f');
    expect(storyIdIn('Beyoncé and Jay-Z')).toBe('');
    expect(storyIdIn('')).toBe('');
  });
});

describe('when', () => {
  it('says an action time as the desk writes dates, in UTC', () => {
    expect(when('2026-12-05T01:20:34.123Z')).toBe('2026-12-05 01:20 UTC');
  });
});
