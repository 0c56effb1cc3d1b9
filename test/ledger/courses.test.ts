// A feud made up and a pregnancy ended in a birth: their end is a stage of their own, as a relationship's split is.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ledger/index.ts';
import { article, extraction } from './build.ts';
import { memoryLedgers } from './memory.ts';
import { at, must } from '../../src/invariant/index.ts';

const fresh = memoryLedgers();

describe('courses that end', () => {
  it('a feud: Perry on record that it started, then on record that it is over → the feud stage ended (stream taylor-swift-katy-perry)', async () => {
    const { store: s, ledger } = await fresh();
    const pair = ['Katy Perry', 'Taylor Swift'];
    const a = article(
      'carpool',
      '2017-05-23',
      'The Daily Dot',
      '"She started it," Katy Perry said of her feud with Taylor Swift.',
    );
    const x = extraction(a, pair, [{ holder: 'principal', by: 'Katy Perry', stance: 'confirms', value: 'feud' }]);
    at(x.claims, 0).type = 'feud';
    await ingestArticle(s, a, x);
    expect(must(await ledger.story(pair), 'expected (await ledger.story(pair))')).toMatchObject({
      type: 'feud',
      status: 'confirmed',
    });
    const b = article(
      'cookies',
      '2019-06-12',
      'The Mercury News',
      '"Peace at last," Katy Perry wrote of Taylor Swift.',
    );
    const y = extraction(b, pair, [{ holder: 'principal', by: 'Katy Perry', stance: 'confirms', value: 'over' }]);
    at(y.claims, 0).type = 'feud';
    await ingestArticle(s, b, y);
    const story = must(await ledger.story(pair), 'expected (await ledger.story(pair))');
    expect(story.status).toBe('ended');
    expect(must(story.stages, 'expected story.stages').map((x) => [x.value, x.status])).toEqual([
      ['feud', 'ended'],
      ['over', 'confirmed'],
    ]);
    // One story for the feud and its end, not two.
    expect((await ledger.stories()).stories.filter((x) => x.type === 'feud')).toHaveLength(1);
  });

  it('a pregnancy: an outlet reporting a birth leaves it as it was; the parents announcing it end it', async () => {
    const { store: s, ledger } = await fresh();
    const pair = ['Hailey Bieber', 'Justin Bieber'];
    const say = (
      id: string,
      date: string,
      source: string,
      text: string,
      holder: 'principal' | 'outlet',
      value: string,
    ) => {
      const a = article(id, date, source, text);
      const x = extraction(
        a,
        pair,
        [
          {
            holder,
            ...(holder === 'principal' ? { by: 'Hailey Bieber' } : {}),
            stance: holder === 'principal' ? 'confirms' : 'asserts',
            value,
          },
        ],
        holder === 'outlet' ? [] : [],
      );
      at(x.claims, 0).type = 'pregnancy';
      at(x.claims, 0).subjects = [at(at(x.claims, 0).subjects, 0)];
      return ingestArticle(s, a, x);
    };
    await say(
      'bump',
      '2024-05-09',
      'E! News',
      'Hailey Bieber and Justin Bieber are expecting; "I am pregnant," Hailey Bieber said.',
      'principal',
      'pregnant',
    );
    await say(
      'report',
      '2024-08-20',
      'TMZ',
      'Hailey Bieber has given birth, say sources close to Justin Bieber.',
      'outlet',
      'born',
    );
    expect(
      must(
        must(
          must(await ledger.story(['Hailey Bieber']), 'expected Hailey Bieber').stages,
          'expected Hailey Bieber',
        ).find((x) => x.value === 'pregnant'),
        'expected Hailey Bieber, pregnant',
      ).status,
    ).toBe('confirmed');
    await say(
      'home',
      '2024-08-26',
      'The River',
      '"Welcome home," Hailey Bieber and Justin Bieber wrote of their newborn son.',
      'principal',
      'born',
    );
    const story = must(await ledger.story(['Hailey Bieber']), 'expected Hailey Bieber');
    expect(story.status).toBe('ended');
    expect(
      must(
        must(story.stages, 'expected story.stages').find((x) => x.value === 'pregnant'),
        'expected pregnant',
      ).status,
    ).toBe('ended');
  });
});
