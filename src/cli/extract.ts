import { type Command, Option } from 'commander';
import { extract } from '../extract/index.ts';
import { FORMATS, badDay, describeFailure, readInputs, type Format } from '../read/index.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print one Extraction JSON per article (JSONL), nothing stored')
    .argument('<files...>', 'articles: house format, .txt, .html, .jsonl, RSS/Atom, or directories')
    .option('--date <YYYY-MM-DD>', 'publication date for plain text without one')
    .addOption(new Option('--format <format>', 'read every input as this format instead of detecting it').choices(FORMATS))
    .option('--pretty', 'indent the JSON')
    .action(async (files: string[], options: { date?: string; format?: Format; pretty?: boolean }) => {
      // Checked here, before any output, so a typo in --date does not print a run of undated articles.
      const wrongDate = options.date === undefined ? null : badDay(options.date);
      if (wrongDate) {
        process.stderr.write(`rumourmill: --date: ${wrongDate}\n`);
        process.exitCode = 1;
        return;
      }
      let failed = 0;
      for await (const result of readInputs(files, { date: options.date, format: options.format })) {
        if (!result.ok) {
          failed++;
          process.stderr.write(`rumourmill: ${describeFailure(result.failure)}\n`);
          continue;
        }
        const extraction = extract(result.article);
        process.stdout.write(JSON.stringify(extraction, null, options.pretty ? 2 : undefined) + '\n');
      }
      if (failed > 0) process.exitCode = 1;
    });
}
