// A subject who speaks on record in the article that reports their news is on record for that news (evidence.ts
// onRecordAboutTheirNews): EVAL-STORIES.md's "confirmed", on a development article of the BBC corpus.
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger/index.ts';
import type { Ledger } from '../../src/ledger/index.ts';
import { must } from '../../src/invariant/index.ts';

// bbc-entertainment-196, "Gervais writing Simpsons episode" (undated, no outlet).
const GERVAIS =
  'The Office\'s Ricky Gervais is writing an episode of hit US cartoon The Simpsons, following an invitation from its creator Matt Groening.\n\nGervais has already begun writing the script but is keeping its subject matter a closely guarded secret. He will also write a part for himself in the episode. "I\'ve got the rough idea but this is the most intimidating project of my career. The Simpsons is the greatest TV show of all time," he said. Groening recently heaped praise on The Office, saying: "Everybody on The Simpsons is a fan of The Office - it\'s one of the best shows on TV in the last decade." Gervais has already said he would not guest star in the show as his Office character David, having left him behind for good in the Christmas specials. The Office became a surprise US success when it was screened on cable channel BBC America. The first series won two Golden Globes in 2004 for best comedy and best TV actor for Gervais.\n\nIn winning it beat the likes of Sex and the City and Will and Grace. An American version was produced, but so far only a pilot has been broadcast - to much criticism that it failed to live up to the original. At the British Comedy Awards on Wednesday, Gervais was handed a special achievement award for writing. But The Office missed out in the best comedy show category to Little Britain. Matt Groening was also at the awards to collect the award for best international comedy for The Simpsons.';

let ledger: Ledger | undefined;
afterEach(async () => {
  await ledger?.close();
  ledger = undefined;
});

describe('a subject on record about their news', () => {
  it("confirms the article's lead (Gervais writing The Simpsons), not what it adds in passing (his award)", async () => {
    ledger = await openLedger(':memory:');
    await ledger.ingest({
      id: 'bbc-entertainment-196',
      published: null,
      title: 'Gervais writing Simpsons episode',
      source: null,
      url: null,
      text: GERVAIS,
      origin: { file: 'bbc_entertainment.jsonl' },
    });
    const { stories } = await ledger.stories();
    const writing = must(
      stories.find((s) => s.type === 'casting' && s.subjects.some((x) => x.name === 'The Simpsons')),
      'the Simpsons story',
    );
    const story = must(await ledger.story(writing.id), 'the story');
    expect(story.status).toBe('confirmed');
    const word = must(
      story.explanation.find((e) => e.holder.kind === 'principal'),
      "Gervais's own word",
    );
    expect(word.holder.name).toBe('Ricky Gervais');
    expect(GERVAIS.slice(word.start, word.end)).toBe(word.text);
    const award = must(
      stories.find((s) => s.type === 'award'),
      'the award story',
    );
    expect(award.status).toBe('reported');
  });
});
