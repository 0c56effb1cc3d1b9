// `npx tsx test/gold/build.ts [--show] [id…]`: spec/<id>.json + texts/<id>.txt → <id>.gold.json with offsets.
// With ids, only those are rebuilt (two annotators at work need not rebuild each other's files).
// Prints each mention and its offsets so a person can review the resolution line by line.
import { writeFileSync } from 'node:fs';
import { buildGold, goldIds } from './index.ts';

const verbose = process.argv.includes('--show');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const id of wanted.length ? wanted : goldIds()) {
  const gold = buildGold(id);
  writeFileSync(new URL(`${id}.gold.json`, import.meta.url), JSON.stringify(gold, null, 1) + '\n');
  const counts = `${gold.entities.length} entities, ${gold.entities.reduce((n, e) => n + e.mentions.length, 0)} mentions, ${gold.times.length} times, ${gold.events.length} events, ${gold.claims.length} claims, ${gold.hedges.length} hedges`;
  console.log(`${id}: ${counts}`);
  if (!verbose) continue;
  for (const e of gold.entities) console.log(`  ${e.type} ${e.name}: ${e.mentions.map((m) => `${m.text}@${m.start}`).join(', ')}`);
  for (const t of gold.times) console.log(`  time ${t.text}@${t.start} = ${t.value}`);
}
