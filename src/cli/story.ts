import { type Command, Option } from 'commander';
import { storyReport } from './format.ts';
import { calendarDay } from './options.ts';
import { at } from '../invariant/index.ts';

export function registerStory(program: Command): void {
  program
    .command('story')
    .description('one story: status, score and its explanation, timeline')
    .argument('<key...>', 'a story id, or the names of its subjects ("Tom Cruise" "Ana de Armas")')
    .option('--db <url>', 'SQLite path or postgres:// URL')
    .option('--json', 'print the Story JSON')
    .addOption(new Option('--as-of <YYYY-MM-DD>', 'the story as it stood on that date').argParser(calendarDay('as-of')))
    .action(async (key: string[], options: { db?: string; json?: boolean; asOf?: string }) => {
      // The store and the ledger are loaded here, not with the command: `rumourmill --help` needs neither.
      const [{ openStore }, { ledgerOver }] = await Promise.all([
        import('../store/index.ts'),
        import('../ledger/ledger.ts'),
      ]);
      const ledger = ledgerOver(await openStore(options.db, { access: 'read' }));
      try {
        const story = await ledger.story(key.length === 1 ? at(key, 0) : key, { asOf: options.asOf });
        if (!story) {
          process.stderr.write(
            `rumourmill: no story for ${key.map((k) => `"${k}"`).join(' ')}${options.asOf ? ` as of ${options.asOf}` : ''}; see \`rumourmill stories\`\n`,
          );
          process.exitCode = 1;
          return;
        }
        process.stdout.write(options.json ? `${JSON.stringify(story, null, 2)}\n` : storyReport(story));
      } finally {
        await ledger.close();
      }
    });
}
