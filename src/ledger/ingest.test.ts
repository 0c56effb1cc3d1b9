// Which rows may start a story on their own (ingest.ts NO_START_RULES), on sentences of the development streams.
import { describe, expect, it } from 'vitest';
import { row } from './adjustments/testing.ts';
import { noStartRule } from './ingest.ts';

describe('noStartRule', () => {
  it('holds the article noting a silence: "She did not confirm or deny that report" starts no story (The Guardian, 2018)', () => {
    const text =
      'She did not confirm or deny that report yesterday, when she replied to a fan who accused her of being disloyal to Miller.';
    expect(noStartRule(row({ text, holderKind: 'author', stance: 'unconfirmed' }))).toBe('silence-alone');
  });

  it('lets a report start one, and holds background and a pair the sentence does not relate', () => {
    const report = row({
      text: "Ariana Grande and Pete Davidson's five-month romance is over, TMZ reports.",
      value: 'split',
    });
    expect(noStartRule(report)).toBeNull();
    expect(noStartRule({ ...report, claimTime: 'PAST_REF' })).toBe('background');
    expect(noStartRule(report, new Set([report.id]))).toBe('unrelated-pair');
  });

  it('holds the illness of someone the article reports dead (bbc-entertainment-119, an obituary)', () => {
    const illness = row({
      text: 'Kilgore had heart surgery in 2004 and was also diagnosed with lung cancer.',
      value: 'health',
    });
    expect(noStartRule(illness)).toBeNull();
    expect(noStartRule(illness, undefined, new Set([illness.id]))).toBe('health-after-death');
  });
});
