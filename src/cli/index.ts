import { Command, CommanderError } from 'commander';
import { registerDb } from './db.ts';
import { registerExtract } from './extract.ts';
import { registerIngest } from './ingest.ts';
import { registerStories } from './stories.ts';
import { registerStory } from './story.ts';
import { registerServe } from './serve.ts';
import { registerWorker } from './worker.ts';

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('rumourmill').description('a ledger of evidence about celebrity rumours').exitOverride();
  registerExtract(program);
  registerIngest(program);
  registerStories(program);
  registerStory(program);
  registerDb(program);
  registerServe(program);
  registerWorker(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(`rumourmill: ${(error as Error).message}\n`);
    return 1;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
