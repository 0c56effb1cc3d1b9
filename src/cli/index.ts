import { Command, CommanderError } from 'commander';

type Register = (program: Command) => void;

// Each command's module is loaded only when that command runs: `stories` never loads the extractor, and `extract`
// never loads the stores, the server or the job queue. In the order `--help` lists them.
const COMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import('./extract.ts')).registerExtract,
  ingest: async () => (await import('./ingest.ts')).registerIngest,
  stories: async () => (await import('./stories.ts')).registerStories,
  story: async () => (await import('./story.ts')).registerStory,
  db: async () => (await import('./db.ts')).registerDb,
  serve: async () => (await import('./serve.ts')).registerServe,
  worker: async () => (await import('./worker.ts')).registerWorker,
};

/**
 * The commands `argv` needs registered: the one it names, or all of them for `--help`, `help …`, no command or an
 * unknown one (commander lists them, or suggests the nearest name).
 */
function commandsFor(argv: string[]): Array<() => Promise<Register>> {
  const [first] = argv;
  const named = Object.entries(COMMANDS).filter(([name]) => name === first);
  return (named.length > 0 ? named : Object.entries(COMMANDS)).map(([, load]) => load);
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('rumourmill').description('a ledger of evidence about celebrity rumours').exitOverride();
  try {
    const registers = await Promise.all(commandsFor(argv).map((load) => load()));
    for (const register of registers) register(program);
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(`rumourmill: ${(error as Error).message}\n`);
    return 1;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
