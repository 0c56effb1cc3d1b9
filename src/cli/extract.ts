import { type Command, Option } from 'commander';
// What the command's options need, from their own modules; the readers are loaded when it runs (see index.ts).
import { badDay } from '../read/date.ts';
import { FORMATS, type Format } from '../read/detect.ts';
import type { ReadResult } from '../read/index.ts';
import { workersOption } from './options.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print one Extraction JSON per article (JSONL), nothing stored')
    .argument('<files...>', 'articles: house format, .txt, .html, .jsonl, RSS/Atom, or directories')
    .option('--date <YYYY-MM-DD>', 'publication date for plain text without one')
    .addOption(
      new Option('--format <format>', 'read every input as this format instead of detecting it').choices(FORMATS),
    )
    .option('--pretty', 'indent the JSON')
    .addOption(workersOption())
    .action(async (files: string[], options: { date?: string; format?: Format; pretty?: boolean; workers: number }) => {
      // Checked here, before any output, so a typo in --date does not print a run of undated articles.
      const wrongDate = options.date === undefined ? null : badDay(options.date);
      if (wrongDate) {
        process.stderr.write(`rumourmill: --date: ${wrongDate}\n`);
        process.exitCode = 1;
        return;
      }
      let failed = 0;
      // The readers and the extractor are loaded here, not with the command: `rumourmill --help` needs neither.
      const [{ describeFailure, readInputs }, { batchExtractor, inOrder }] = await Promise.all([
        import('../read/index.ts'),
        import('../pool/ordered.ts'),
      ]);
      // Extracted in the pool a window ahead, printed in input order: the same bytes as one worker gives.
      const extractor = batchExtractor(options.workers);
      const start = async (result: ReadResult) => (result.ok ? extractor.extract(result.article) : undefined);
      try {
        for await (const { item: result, result: extracted } of inOrder(
          readInputs(files, { date: options.date, format: options.format }),
          start,
          extractor.window,
        )) {
          if (!result.ok) {
            failed++;
            process.stderr.write(`rumourmill: ${describeFailure(result.failure)}\n`);
            continue;
          }
          if (extracted.status === 'rejected') throw extracted.reason;
          process.stdout.write(JSON.stringify(extracted.value, null, options.pretty ? 2 : undefined) + '\n');
        }
      } finally {
        await extractor.close();
      }
      if (failed > 0) process.exitCode = 1;
    });
}
