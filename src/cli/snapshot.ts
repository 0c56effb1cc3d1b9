// `rumourmill extract` from a V8 startup snapshot (Node's --build-snapshot), the start of issue 14's "under 0.5 s for
// `extract` on one article". `npm run build` bundles this file alone into build/snapshot/cli.cjs and runs it once
// with --build-snapshot (scripts/build.js buildSnapshot): it loads the extractor, wink's model and every table, extracts
// one article (data/samples/seed.txt) so that V8 has compiled the functions it runs, and hands the heap to V8, which
// writes it to build/snapshot/cli.blob. bin/rumourmill.js then starts `extract` as `node --snapshot-blob cli.blob
// extract …` (bin/snapshot.js): the heap is read back in a few tens of milliseconds instead of being rebuilt, and
// `main` below runs on it. Without the blob, or when it was made by another node, extract runs as before.
//
// The heap after one extraction is what every later article in a process is extracted on already (the CLI and
// `ingest` extract one article after another, and test/extract/unchanged.test.ts hashes 750 in one process), so the
// output is the same; build.test.ts compares it with the sources', byte for byte.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startupSnapshot } from 'node:v8';
import { registerExtract } from './extract.ts';
import { run } from './program.ts';

// Only `extract` is carried: bin/snapshot.js starts the snapshot for no other command.
const COMMANDS = { extract: () => Promise.resolve(registerExtract) };

/** V8 compiles a regular expression for machine code at once when the subject is this long (JSRegExp). */
const MACHINE_CODE_AT_LENGTH = 1000;

/**
 * Runs `warm` with each regular expression it executes run once at most, on a short subject, and every other execution
 * run on a copy of it that is thrown away. V8 cannot write a regular expression compiled to machine code into a
 * snapshot (it stops with "unreachable code"), and it compiles one so at its second execution: once, V8 only compiles
 * it to bytecode, which is kept, and marks it to be compiled to machine code at its next execution, after the start.
 * Each copy gets a source of its own (`(?:)` before it), so that V8 does not share the original's compiled data with
 * it; it matches exactly as the original does, and its lastIndex is carried over both ways.
 */
async function withRegExpsOnce<T>(warm: () => Promise<T>): Promise<T> {
  // Called below with the expression it belongs to.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { exec } = RegExp.prototype;
  const ran = new Set<string>();
  RegExp.prototype.exec = function (this: RegExp, subject: string): RegExpExecArray | null {
    const text = String(subject);
    const key = `${this.flags}/${this.source}`;
    if (text.length < MACHINE_CODE_AT_LENGTH && !ran.has(key)) {
      ran.add(key);
      return exec.call(this, text);
    }
    const copy = new RegExp(`(?:)${this.source}`, this.flags);
    copy.lastIndex = this.lastIndex;
    const found = exec.call(copy, text);
    this.lastIndex = copy.lastIndex;
    return found;
  };
  try {
    return await warm();
  } finally {
    RegExp.prototype.exec = exec;
  }
}

async function warmUp(): Promise<void> {
  const article = fileURLToPath(new URL('../../data/samples/seed.txt', import.meta.url));
  // As `rumourmill extract seed.txt` runs; its JSON goes to the builder's stdout, which the build discards.
  const code = await withRegExpsOnce(() => run(['extract', article], COMMANDS));
  if (code !== 0) throw new Error(`the warm-up extraction failed (exit ${code})`);
  // A package loaded here through require() would leave the snapshot unusable (Node refuses to start from a heap
  // that holds a user module): the build bundles every package the warm-up reaches (SNAPSHOT_BUNDLED).
  const loaded = Object.keys(createRequire(import.meta.url).cache);
  if (loaded.length > 0) throw new Error(`the warm-up loaded packages the snapshot cannot hold: ${loaded.join(', ')}`);
}

// Not top-level await: the bundle is CommonJS, as --build-snapshot requires. A failed warm-up rejects, and the builder
// exits with it, before any snapshot is written.
void warmUp().then(() =>
  startupSnapshot.setDeserializeMainFunction(() => {
    // argv is [node, ...arguments]: no script path.
    void run(process.argv.slice(1), COMMANDS).then((code) => {
      process.exitCode = code;
    });
  }),
);
