import { type Command, Option } from 'commander';
import { z } from 'zod';
import { ledgerOver } from '../ledger/ledger.ts';
import { STORY_STATUSES } from '../ledger/types.ts';
import { openStore } from '../store/index.ts';
import { storiesTable } from './format.ts';
import { wholeNumber } from './options.ts';

const STATUS = z.enum(STORY_STATUSES);

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('the stories, most recently active first')
    .option('--db <url>', 'SQLite path or postgres:// URL')
    .option('--json', 'print the story summaries as JSON')
    .option('--person <name>', 'only stories about this person')
    .option('--status <status>', `only stories with this status (${STATUS.options.join(', ')})`)
    .addOption(new Option('--limit <n>', 'at most this many (1-500)').argParser(wholeNumber(1, 500)).default(50))
    .action(async (options: { db?: string; json?: boolean; person?: string; status?: string; limit: number }) => {
      const status = options.status === undefined ? undefined : STATUS.safeParse(options.status);
      if (status && !status.success)
        throw new Error(`unknown status "${options.status}"; use one of ${STATUS.options.join(', ')}`);
      // Read-only when the ledger cannot be written (a read-only directory); a missing file is still created, as
      // the ledger suite expects of \`stories\` on a fresh path (db check and db stats refuse one).
      const ledger = ledgerOver(await openStore(options.db, { access: 'read' }));
      try {
        const { stories } = await ledger.stories({
          person: options.person,
          status: status?.data,
          limit: options.limit,
        });
        process.stdout.write(options.json ? `${JSON.stringify(stories, null, 2)}\n` : storiesTable(stories));
      } finally {
        await ledger.close();
      }
    });
}
