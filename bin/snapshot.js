// `rumourmill extract` started from the build's V8 startup snapshot (build/snapshot/, made by `npm run build`; see
// src/cli/snapshot.ts): `node <its V8 options> --snapshot-blob build/snapshot/cli.blob extract …` in a child process
// that shares this one's terminal, its exit code passed on (the options are listed in build/snapshot/snapshot.json;
// scripts/build.js says why each). A heap with the extractor loaded and compiled is read back instead of being
// built again: about 0.3 s of CPU less per start. The child is not used, and the command runs in this process as
// before, when:
// - there is no snapshot, or build/snapshot/snapshot.json says it was made by another node binary or version, in
//   another checkout, or the blob's size or time has changed since;
// - this node was started with options of its own (`node --cpu-prof bin/rumourmill.js …`) or NODE_OPTIONS is set: a
//   snapshot starts only with the V8 options it was made with, and the user's would be lost;
// - RUMOURMILL_SNAPSHOT=0;
// - node cannot start the child, or cannot load the blob after all (exit 14, its message printed, nothing else run).
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../', import.meta.url)));
const SNAPSHOT = new URL('../build/snapshot/', import.meta.url);
const BLOB = 'cli.blob';
/** Node's exit code when it cannot load a snapshot. */
const SNAPSHOT_FAILURE = 14;

/**
 * Why the snapshot in `dir` cannot start a command of this node here (`none`, `made by node v20.1.0`, …), or null.
 * @example snapshotProblem() // null after `npm run build`
 */
export function snapshotProblem(dir = SNAPSHOT) {
  let made;
  try {
    made = JSON.parse(readFileSync(new URL('snapshot.json', dir), 'utf8'));
  } catch {
    return 'none';
  }
  if (made?.node !== process.version || made.v8 !== process.versions.v8) return `made by node ${made?.node}`;
  if (made.execPath !== process.execPath) return `made by ${made.execPath}`;
  if (made.root !== ROOT) return `made in ${made.root}`;
  if (!Array.isArray(made.options) || !made.options.every((option) => typeof option === 'string'))
    return 'no V8 options listed';
  const blob = statSync(new URL(BLOB, dir), { throwIfNoEntry: false });
  if (blob?.size !== made.size || blob.mtimeMs !== made.mtimeMs) return 'the blob changed since it was made';
  return null;
}

/** What a terminal, `timeout` or a supervisor sends to stop the command: passed on to the child. */
const STOPPING = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs `args` (`extract …`) in a node started from the snapshot in `dir`, sharing this process's stdin, stdout and
 * stderr; resolves to how the child ended, or to null when the snapshot is not to be used or the child could not be
 * started from it (run the command in this process then).
 * @example const ended = await runFromSnapshot(['extract', 'seed.txt']); if (ended) process.exitCode = ended.code ?? 1;
 */
export function runFromSnapshot(args, { dir = SNAPSHOT } = {}) {
  if (process.env.RUMOURMILL_SNAPSHOT === '0' || process.execArgv.length > 0 || process.env.NODE_OPTIONS)
    return Promise.resolve(null);
  if (snapshotProblem(dir) !== null) return Promise.resolve(null);
  const { options } = JSON.parse(readFileSync(new URL('snapshot.json', dir), 'utf8'));
  const blob = fileURLToPath(new URL(BLOB, dir));
  return new Promise((done) => {
    // With the V8 options it was made with: V8 refuses it under others.
    const child = spawn(process.execPath, [...options, '--snapshot-blob', blob, ...args], { stdio: 'inherit' });
    const pass = (signal) => child.kill(signal);
    for (const signal of STOPPING) process.on(signal, pass);
    const settle = (ended) => {
      for (const signal of STOPPING) process.off(signal, pass);
      done(ended);
    };
    child.on('error', () => settle(null));
    child.on('exit', (code, signal) => settle(code === SNAPSHOT_FAILURE ? null : { code, signal }));
  });
}
