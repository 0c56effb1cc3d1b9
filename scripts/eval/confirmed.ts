// Every development corpus in one ledger (celebrity pairs 001–200, BBC 001–350, the streams), then every story the
// ledger calls "confirmed", with the item that made it so: a fact-checker reads each line and asks whether it is a
// principal's own words about that proposition. `npx tsx scripts/eval/confirmed.ts`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLedger } from '../../src/ledger/index.ts';
import { readInputs } from '../../src/read/index.ts';
import type { Article } from '../../src/read/index.ts';
import { SHARED_DATA } from '../shared-data.ts';
import { heldOut } from '../../test/extract/corpus.ts';
import { shownStories } from '../../test/helpers/shown.ts';
import { streamArticles, streamsDir } from './streams.ts';

/** Development ids only: celebrity pairs 201–250 and BBC 351–386 are held out and never read here. */
const DEVELOPMENT = /^(?:celebrity-(?:0\d\d|1\d\d|200)(?:fake|legit)|bbc-entertainment-(?:[0-2]\d\d|3[0-4]\d|350))$/;
const CORPORA = ['celebrity-fakenews-perezrosas2018/celebrity.jsonl', 'bbc-entertainment/bbc_entertainment.jsonl'];

// Our own held-out gold articles (test/gold/HELDOUT, test/stories/HELDOUT) and the other halves of held-out celebrity
// pairs are development ids too, but their output is never read: this list prints evidence sentences, so they are
// left out of it (heldOut, test/extract/corpus.ts).
async function developmentArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const r of readInputs(CORPORA.map((c) => path.join(SHARED_DATA, c)))) {
    const id = r.ok ? r.article.id : null;
    if (r.ok && id && DEVELOPMENT.test(id) && id !== 'celebrity-000fake' && !heldOut(id)) out.push(r.article);
  }
  return out;
}

export async function evalConfirmed(): Promise<{ confirmed: number; stories: number } | null> {
  if (CORPORA.some((c) => !existsSync(path.join(SHARED_DATA, c)))) {
    console.log(`\n== Confirmed stories: skipped, the development corpora are not in ${SHARED_DATA}`);
    return null;
  }
  const articles = [...(await developmentArticles()), ...(await streamArticles(streamsDir().dir))];
  const ledger = await openLedger(':memory:');
  try {
    for (const a of articles) await ledger.ingest(a);
    await ledger.refresh();
    const all = await shownStories(ledger);
    const confirmed = all.filter((s) => s.status === 'confirmed');
    console.log(
      `\n== Confirmed stories: ${articles.length} development articles in one ledger, ${all.length} stories, ${confirmed.length} confirmed; each with the item that confirmed it`,
    );
    // Every status's count beside it: "contested" with no principal and "corroborated" from one article were the
    // ledger's own slips (issue 10, class 5), and this is where a change to them shows over the whole corpus.
    const counts = new Map<string, number>();
    for (const s of all) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
    console.log(`  statuses: ${[...counts].map(([status, n]) => `${status} ${n}`).join(', ')}`);
    for (const s of confirmed) {
      const story = await ledger.story(s.id);
      const head = story?.stages?.find((x) => x.value === s.value);
      const by = head?.decidedBy;
      const who = by ? `${by.holder.kind}${by.holder.name ? ` ${by.holder.name}` : ''}` : '?';
      console.log(
        `  ${s.type}/${s.value} ${s.score.toFixed(2)}  ${s.subjects.map((x) => x.name).join(' & ')}  ← ${who}: «${(by?.text ?? '').replace(/\s+/g, ' ').slice(0, 160)}»`,
      );
    }
    return { confirmed: confirmed.length, stories: all.length };
  } finally {
    await ledger.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await evalConfirmed();
