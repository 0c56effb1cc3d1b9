import type { Command } from 'commander';
import { extract } from '../extract/index.ts';
import { readInputs } from '../read/index.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print one Extraction JSON per article (JSONL), nothing stored')
    .argument('<files...>', 'articles: house format, .txt, .html, .jsonl, RSS/Atom, or directories')
    .option('--date <YYYY-MM-DD>', 'publication date for plain text without one')
    .option('--pretty', 'indent the JSON')
    .action(async (files: string[], options: { date?: string; pretty?: boolean }) => {
      let failed = 0;
      for await (const result of readInputs(files, { date: options.date })) {
        if (!result.ok) {
          failed++;
          const where = result.failure.line ? `${result.failure.file}:${result.failure.line}` : result.failure.file;
          process.stderr.write(`rumourmill: ${where}: ${result.failure.message}\n`);
          continue;
        }
        const extraction = extract(result.article);
        process.stdout.write(JSON.stringify(extraction, null, options.pretty ? 2 : undefined) + '\n');
      }
      if (failed > 0) process.exitCode = 1;
    });
}
