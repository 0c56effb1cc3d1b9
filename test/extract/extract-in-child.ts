// Run by determinism.test.ts in a second process: extracts the fixtures (or the dev corpus) in
// reverse order and prints one JSON object {id: extraction}.
import { FIXTURES, devArticles, extractAll } from './corpus.ts';

const rows = process.argv[2] === 'dev' ? (devArticles() ?? []) : FIXTURES;
process.stdout.write(JSON.stringify(Object.fromEntries(extractAll([...rows].reverse()))));
