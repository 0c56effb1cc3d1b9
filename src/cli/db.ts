import type { Command } from 'commander';

// The store is loaded when a subcommand runs, not with the command: `rumourmill --help` does not need it.
const store = () => import('../store/index.ts');

export function registerDb(program: Command): void {
  const db = program.command('db').description('the ledger database: counts and consistency');
  db.command('check')
    .description('integrity check (SQLite) and the ledger invariants; exit 1 on any problem')
    .option('--db <url>', 'SQLite path or postgres:// URL')
    .action(async (options: { db?: string }) => {
      const [{ openStore }, { ledgerOver }] = await Promise.all([store(), import('../ledger/ledger.ts')]);
      // Never creates a ledger: `db check --db typo.db` said "ok" of the empty one it had just made.
      const ledger = ledgerOver(await openStore(options.db, { mustExist: true, access: 'read' }));
      try {
        const problems = await ledger.check();
        for (const problem of problems) process.stdout.write(`problem: ${problem}\n`);
        process.stdout.write(problems.length ? `${problems.length} problem(s)\n` : 'ok\n');
        if (problems.length) process.exitCode = 1;
      } finally {
        await ledger.close();
      }
    });
  db.command('stats')
    .description('how many articles, evidence items, stories and entities are stored')
    .option('--db <url>', 'SQLite path or postgres:// URL')
    .option('--json', 'as JSON')
    .action(async (options: { db?: string; json?: boolean }) => {
      const { openStore } = await store();
      const opened = await openStore(options.db, { mustExist: true, access: 'read' });
      try {
        const counts = await opened.counts();
        process.stdout.write(
          options.json
            ? `${JSON.stringify(counts)}\n`
            : `${Object.entries(counts)
                .map(([k, v]) => `${k} ${v}`)
                .join(', ')}\n`,
        );
      } finally {
        await opened.close();
      }
    });
}
