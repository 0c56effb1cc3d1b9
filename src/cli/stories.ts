import type { Command } from 'commander';
import { z } from 'zod';
import { openLedger } from '../ledger/index.ts';
import { storiesTable } from './format.ts';

const STATUS = z.enum(['speculated', 'reported', 'corroborated', 'confirmed', 'denied', 'contested', 'ended']);

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('the stories, most recently active first')
    .option('--db <url>', 'SQLite path or postgres:// URL')
    .option('--json', 'print the story summaries as JSON')
    .option('--person <name>', 'only stories about this person')
    .option('--status <status>', `only stories with this status (${STATUS.options.join(', ')})`)
    .option('--limit <n>', 'at most this many', '50')
    .action(async (options: { db?: string; json?: boolean; person?: string; status?: string; limit: string }) => {
      const status = options.status === undefined ? undefined : STATUS.safeParse(options.status);
      if (status && !status.success) throw new Error(`unknown status "${options.status}"; use one of ${STATUS.options.join(', ')}`);
      const ledger = await openLedger(options.db);
      try {
        const { stories } = await ledger.stories({ person: options.person, status: status?.data, limit: Number(options.limit) || 50 });
        process.stdout.write(options.json ? `${JSON.stringify(stories, null, 2)}\n` : storiesTable(stories));
      } finally {
        await ledger.close();
      }
    });
}
