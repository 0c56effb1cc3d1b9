// The compiled build (scripts/build.js → build/) that bin/rumourmill.js runs when it is current: the same output as
// the sources, never used once a source it was built from changed, and each command loading only its own module.
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { must } from '../../src/invariant/index.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const seed = join(root, 'test/fixtures/seed.txt');
const samples = ['celebrity-011legit.txt', 'celebrity-092legit.txt'].map((f) => join(root, 'data/samples', f));
const fromSource = { ...process.env, RUMOURMILL_FROM_SOURCE: '1' };
const dir = mkdtempSync(join(tmpdir(), 'rumourmill-build-'));
// Beside src/, as build/ is (data/ is found relative to each compiled file); its own name, so build/ is left alone.
const out = `build.test-${process.pid}`;
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(root, out), { recursive: true, force: true });
});

type Outcome = { code: number; stdout: string; stderr: string };

async function node(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: root, env, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The CLI of the build in `out`, run as bin/rumourmill.js runs build/. */
const built = (args: string[]): Promise<Outcome> =>
  node([
    '--input-type=module',
    '-e',
    `const { main } = await import(${JSON.stringify(pathToFileURL(join(root, out, 'cli/index.js')).href)});
     process.exitCode = await main(${JSON.stringify(args)});`,
  ]);

describe('the compiled build', () => {
  it('extracts byte for byte what the sources do, in the main thread and in worker threads', async () => {
    expect((await node(['scripts/build.js', '--out', out])).code).toBe(0);
    // The tables the built extractor reads instead of computing them (src/extract/build-prebuilt.ts), and the model
    // files the pack is made from among the inputs, so a retrained model is not shadowed by an old pack.
    for (const table of [
      'credibility/credibility.pack',
      'text/phrase-words.json',
      'names/package-genders.json',
      'data-checked.json',
    ])
      expect(existsSync(join(root, out, 'extract', table)), table).toBe(true);
    const stamp = JSON.parse(readFileSync(join(root, out, 'stamp.json'), 'utf8')) as { inputs: string[] };
    expect(stamp.inputs).toEqual(
      expect.arrayContaining(['data/model/credibility.json', 'data/model/word-meaning.tsv']),
    );
    const one = await built(['extract', '--workers', '1', seed]);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe((await node(['bin/rumourmill.js', 'extract', '--workers', '1', seed], fromSource)).stdout);
    expect(JSON.parse(one.stdout)).toMatchObject({ article: { published: '2025-05-07' } });
    // Two workers: the threads load the build's worker, which must find its compiled task without tsx.
    const pooled = await built(['extract', '--workers', '2', seed, ...samples]);
    expect(pooled.code).toBe(0);
    expect(pooled.stdout.trim().split('\n')).toHaveLength(3);
    expect(pooled.stdout).toBe(
      (await node(['bin/rumourmill.js', 'extract', '--workers', '1', seed, ...samples], fromSource)).stdout,
    );
  });

  it('rewrites every URL a bundled file names to what its source named: data/, the tables, the vite config in src/', () => {
    const named = readdirSync(join(root, out), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .flatMap((file) =>
        [...readFileSync(join(root, out, file), 'utf8').matchAll(/new URL\("([^"]+)", import\.meta\.url\)/g)].map(
          ([, target]) => ({ file, url: new URL(must(target, 'a URL'), pathToFileURL(join(root, out, file))) }),
        ),
      );
    const paths = named.map(({ url }) => relative(root, fileURLToPath(url)));
    expect(paths).toEqual(
      expect.arrayContaining([
        'data/model/credibility.json',
        `${out}/extract/credibility/credibility.pack`,
        `${out}/pool/worker.js`,
        'src/web/vite.config.ts',
      ]),
    );
    // All there, but the UI's build directory, which `serve` makes when it is missing.
    expect(named.filter(({ url }) => !existsSync(url) && !url.pathname.endsWith('/dist/web'))).toEqual([]);
  });
});

describe('the startup snapshot `extract` starts from (src/cli/snapshot.ts, bin/snapshot.js)', () => {
  const snapshot = (): URL => pathToFileURL(join(root, out, 'snapshot/'));
  // A script of its own rather than `node -e`, and without NODE_OPTIONS: bin/snapshot.js leaves the snapshot alone when
  // node has options.
  const script = join(dir, 'from-snapshot.mjs');
  const plain = { ...process.env };
  delete plain.NODE_OPTIONS;
  delete plain.RUMOURMILL_SNAPSHOT;
  const fromSnapshot = (args: string[], where: URL = snapshot()): Promise<Outcome> => {
    writeFileSync(
      script,
      `import { runFromSnapshot } from ${JSON.stringify(pathToFileURL(join(root, 'bin/snapshot.js')).href)};
       const ended = await runFromSnapshot(process.argv.slice(2), { dir: new URL(${JSON.stringify(where.href)}) });
       if (ended === null) process.stdout.write('not from the snapshot\\n');
       process.exitCode = ended ? ended.code : 3;`,
    );
    return node([script, ...args], plain);
  };
  const problem = async (where: URL): Promise<string | null> =>
    (
      (await import(pathToFileURL(join(root, 'bin/snapshot.js')).href)) as {
        snapshotProblem: (d: URL) => string | null;
      }
    ).snapshotProblem(where);

  it('is made by the build, and extracts byte for byte what the sources do, readers, errors and threads included', async () => {
    expect(await problem(snapshot())).toBeNull();
    const inputs = [seed, ...samples, join(root, 'test/fixtures/read'), join(root, 'test/fixtures/determinism.jsonl')];
    const args = ['extract', '--date', '2020-01-01', '--workers', '2', ...inputs];
    const started = await fromSnapshot(args);
    const sources = await node(['bin/rumourmill.js', ...args], fromSource);
    expect(started.stdout).not.toContain('not from the snapshot');
    expect(started).toEqual(sources);
    expect(started.stdout.trim().split('\n').length).toBeGreaterThan(15);
    // A bad option: the same message and exit code.
    const bad = ['extract', '--date', '2020-02-30', seed];
    expect(await fromSnapshot(bad)).toEqual(await node(['bin/rumourmill.js', ...bad], fromSource));
  });

  it('is not used when missing, made by another node or elsewhere, or changed since', async () => {
    const copy = join(dir, 'snapshot');
    const made = JSON.parse(readFileSync(join(root, out, 'snapshot/snapshot.json'), 'utf8')) as Record<string, unknown>;
    const described = (changes: Record<string, unknown>): URL => {
      mkdirSync(copy, { recursive: true });
      writeFileSync(join(copy, 'snapshot.json'), JSON.stringify({ ...made, ...changes }));
      return pathToFileURL(`${copy}/`);
    };
    expect(await problem(pathToFileURL(join(dir, 'nowhere/')))).toBe('none');
    expect(await problem(described({ node: 'v18.0.0' }))).toBe('made by node v18.0.0');
    expect(await problem(described({ execPath: '/opt/node' }))).toBe('made by /opt/node');
    expect(await problem(described({ root: '/elsewhere' }))).toBe('made in /elsewhere');
    expect(await problem(described({ options: undefined }))).toBe('no V8 options listed');
    // The copy has no blob beside it: as if it had been deleted or replaced since.
    expect(await problem(described({}))).toBe('the blob changed since it was made');
    const fallback = await fromSnapshot(['extract', seed], described({ node: 'v18.0.0' }));
    expect(fallback.stdout).toBe('not from the snapshot\n');
  });

  it('a blob this node cannot start from after all (exit 14) leaves the command to the process', async () => {
    // Made with another V8 option: node refuses it at start, before any of the program runs.
    const foreign = join(dir, 'foreign');
    mkdirSync(foreign, { recursive: true });
    writeFileSync(
      join(foreign, 'main.cjs'),
      "require('node:v8').startupSnapshot.setDeserializeMainFunction(() => {});\n",
    );
    const blob = join(foreign, 'cli.blob');
    const made = await node([
      '--regexp-tier-up-ticks=2',
      '--snapshot-blob',
      blob,
      '--build-snapshot',
      join(foreign, 'main.cjs'),
    ]);
    expect(made.code).toBe(0);
    const { size, mtimeMs } = statSync(blob);
    // Listed as made without it: the child is started without it too.
    const description = {
      node: process.version,
      v8: process.versions.v8,
      execPath: process.execPath,
      root: root.replace(/\/$/, ''),
      options: [],
      size,
      mtimeMs,
    };
    writeFileSync(join(foreign, 'snapshot.json'), JSON.stringify(description));
    const where = pathToFileURL(`${foreign}/`);
    expect(await problem(where)).toBeNull();
    expect((await fromSnapshot(['extract', seed], where)).stdout).toBe('not from the snapshot\n');
  });
});

describe('bin/rumourmill.js picks the build only while it is current', () => {
  // A copy of bin/built.js over a made-up tree, so the real build/ and src/ are not touched.
  const tree = join(dir, 'tree');
  mkdirSync(join(tree, 'bin'), { recursive: true });
  mkdirSync(join(tree, 'build'), { recursive: true });
  mkdirSync(join(tree, 'src'), { recursive: true });
  cpSync(join(root, 'bin/built.js'), join(tree, 'bin/built.js'));
  const source = join(tree, 'src/a.ts');
  const stamp = join(tree, 'build/stamp.json');
  const staleness = async (): Promise<string | null> =>
    ((await import(pathToFileURL(join(tree, 'bin/built.js')).href)) as { staleness: () => string | null }).staleness();

  it('says missing without a stamp, current when no input is newer, stale when one was saved or deleted', async () => {
    writeFileSync(source, 'export const a = 1;\n');
    expect(await staleness()).toBe('missing');
    const builtAt = Date.now();
    writeFileSync(stamp, JSON.stringify({ builtAt, inputs: ['src/a.ts'] }));
    utimesSync(source, new Date(builtAt - 5_000), new Date(builtAt - 5_000));
    expect(await staleness()).toBeNull();
    // Saved 10 ms after the build: mtimes are compared in milliseconds, not whole seconds.
    utimesSync(source, new Date(builtAt + 10), new Date(builtAt + 10));
    expect(await staleness()).toBe('stale: src/a.ts');
    rmSync(source);
    expect(await staleness()).toBe('stale: src/a.ts');
  });
});

describe('commands are loaded one at a time', () => {
  it('--help still lists every command, and a misspelt one gets a suggestion', async () => {
    const help = await node(['bin/rumourmill.js', '--help']);
    expect(help.code).toBe(0);
    for (const command of ['extract', 'ingest', 'stories', 'story', 'db', 'serve', 'worker'])
      expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    const typo = await node(['bin/rumourmill.js', 'storise']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('Did you mean stories?');
  });

  it('a command alone keeps its own options and help', async () => {
    const help = await node(['bin/rumourmill.js', 'stories', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--person <name>');
    const bad = await node(['bin/rumourmill.js', 'extract', '--workers', '0', seed]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--workers');
  });
});
