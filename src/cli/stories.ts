import { type Command, Option } from 'commander';
import type { EditorialState } from '../ledger/editorial.ts';
import type { Ledger, StorySummary } from '../ledger/index.ts';
import { STORY_STATUSES, type StoryStatus } from '../ledger/types.ts';
import { leftOutNote, storiesTable } from './format.ts';
import { wholeNumber } from './options.ts';

const isStatus = (value: string): value is StoryStatus => (STORY_STATUSES as readonly string[]).includes(value);

type Listed = { stories: StorySummary[]; leftOut: { dismissed: number; merged: number } };

/**
 * The stories a journalist is shown: every match is read (pages of 500) so that what the desk took out (merged into
 * another story, dismissed) neither leaves the page short nor goes uncounted; `all` keeps them in.
 */
async function listed(
  ledger: Ledger,
  state: EditorialState | null,
  filter: { person?: string; status?: StoryStatus; limit: number; all: boolean },
): Promise<Listed> {
  const leftOut = { dismissed: 0, merged: 0 };
  const stories: StorySummary[] = [];
  let cursor: string | null = null;
  do {
    const page = await ledger.stories({ person: filter.person, status: filter.status, limit: 500, cursor });
    for (const s of page.stories) {
      // A merged story lives on in the one it joined; a dismissed one was judged not to be a story.
      const merged = state?.mergedInto.has(s.id) ?? false;
      const dismissed = !merged && (state?.dismissed.has(s.id) ?? false);
      if (!filter.all && (merged || dismissed)) {
        leftOut[merged ? 'merged' : 'dismissed']++;
        continue;
      }
      if (stories.length < filter.limit) stories.push(s);
    }
    cursor = page.next;
  } while (cursor !== null);
  return { stories, leftOut };
}

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('the stories, most recently active first (not those dismissed or merged into another: see --all)')
    .option('--db <url>', 'SQLite path or postgres:// URL')
    .option('--json', 'print the story summaries as JSON')
    .option('--person <name>', 'only stories about this person')
    .option('--status <status>', `only stories with this status (${STORY_STATUSES.join(', ')})`)
    .option('--all', 'also list stories an editor dismissed or merged into another')
    .addOption(new Option('--limit <n>', 'at most this many (1-500)').argParser(wholeNumber(1, 500)).default(50))
    .action(
      async (options: {
        db?: string;
        json?: boolean;
        person?: string;
        status?: string;
        all?: boolean;
        limit: number;
      }) => {
        const status = options.status;
        if (status !== undefined && !isStatus(status))
          throw new Error(`unknown status "${status}"; use one of ${STORY_STATUSES.join(', ')}`);
        // The store and the ledger are loaded here, not with the command: `rumourmill --help` needs neither.
        const [{ openStore }, { ledgerOver }, { deskOf }] = await Promise.all([
          import('../store/index.ts'),
          import('../ledger/ledger.ts'),
          import('../ledger/editorial.ts'),
        ]);
        // Read-only when the ledger cannot be written (a read-only directory); a missing file is still created, as
        // the ledger suite expects of \`stories\` on a fresh path (db check and db stats refuse one).
        const ledger = ledgerOver(await openStore(options.db, { access: 'read' }));
        try {
          const state = (await deskOf(ledger)?.state()) ?? null;
          const { stories, leftOut } = await listed(ledger, state, {
            person: options.person,
            status,
            limit: options.limit,
            all: options.all ?? false,
          });
          const note = leftOutNote(leftOut);
          if (options.json) {
            // The JSON stays the list of summaries it always was; the note goes to stderr.
            process.stdout.write(`${JSON.stringify(stories, null, 2)}\n`);
            if (note) process.stderr.write(`${note}\n`);
          } else {
            process.stdout.write(storiesTable(stories, state ?? undefined));
            if (note) process.stdout.write(`${note}\n`);
          }
        } finally {
          await ledger.close();
        }
      },
    );
}
