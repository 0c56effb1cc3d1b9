import { type Commands, run } from './program.ts';

// Each command's module is loaded only when that command runs: `stories` never loads the extractor, and `extract`
// never loads the stores, the server or the job queue. In the order `--help` lists them.
const COMMANDS: Commands = {
  extract: async () => (await import('./extract.ts')).registerExtract,
  ingest: async () => (await import('./ingest.ts')).registerIngest,
  stories: async () => (await import('./stories.ts')).registerStories,
  story: async () => (await import('./story.ts')).registerStory,
  db: async () => (await import('./db.ts')).registerDb,
  serve: async () => (await import('./serve.ts')).registerServe,
  worker: async () => (await import('./worker.ts')).registerWorker,
};

/** Runs the CLI; returns the exit code. */
export const main = (argv: string[]): Promise<number> => run(argv, COMMANDS);
