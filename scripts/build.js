// `npm run build` (also run by `npm install` as `prepare`, and before `npm start` and `npm test`): compiles src/ to
// plain JavaScript in build/, which bin/rumourmill.js runs instead of compiling the sources through tsx at every
// start (tsx's loader thread and on-the-fly compile cost ~0.3 s of CPU per command).
//
// Bundled, from the few modules loaded by path (ENTRIES), with the code they share split into build/chunks/ and each
// command's own code loaded when it runs, as from the sources: `rumourmill extract` loads a handful of files instead
// of ~100 modules (resolving and linking each cost ~30 ms of every start). Every output file is one directory deep in
// build/, and every `new URL('…', import.meta.url)` is rewritten to name what it named from its source file, as seen
// from there (data/, a table beside the module in build/, a .ts file in src/). Not dist/: vite empties dist/web on
// every UI build. JSON imports are inlined, so build/stamp.json lists every input (sources and data files) for
// bin/rumourmill.js to check that none changed since.
//
// `rumourmill extract` starts from a V8 startup snapshot made here too (build/snapshot/; buildSnapshot below).
//
// Plain JavaScript so that it runs before anything is compiled. esbuild comes with tsx (a dependency); an install
// without it, or a failed build, leaves no build/ and the CLI runs the sources through tsx as before.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpSync, mkdirSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
// `--out NAME`: another directory beside src/ (the build test compiles into its own, leaving build/ alone).
const outArg = process.argv.indexOf('--out');
const out = join(root, outArg > 0 ? (process.argv[outArg + 1] ?? '') : 'build');
if (dirname(out) !== root) throw new Error('build: --out must name a directory in the repository root, beside src/');

// What is loaded by path: the CLI (bin/rumourmill.js), the pool's task (its worker.js, copied as it is, imports it), the
// tables' writer (below) and the UI's Node side (the web build test reads it).
const ENTRIES = ['cli/index.ts', 'pool/task.ts', 'extract/build-prebuilt.ts', 'web/build.ts'];
const COPIED = ['pool/worker.js'];

// `new URL('../../../data/model/x.json', import.meta.url)` in src/extract/credibility/shipped.ts names data/model/x.json;
// from a bundled file one directory deep in build/ that is '../../data/model/x.json'. A table beside its module
// ('./credibility.pack') is named in build/ at the module's place (build/extract/credibility/credibility.pack); a
// TypeScript file named by URL (the UI's vite.config.ts, which vite reads itself) stays in src/.
/** A source's text with each `new URL('…', import.meta.url)` naming what it named, as seen from a file in build/. */
function withUrlsFromBuild(path, text) {
  const dir = relative(src, dirname(path)).split(sep).join('/');
  return text.replace(/new URL\((['"])([^'"]+)\1, import\.meta\.url\)/g, (_, quote, target) => {
    const named = target.endsWith('.ts') ? posix.join('../src', dir, target) : posix.join(dir, target);
    return `new URL(${quote}../${named}${quote}, import.meta.url)`;
  });
}

const urlsFromBuild = {
  name: 'urls-from-build',
  setup(build) {
    build.onLoad({ filter: /\.(ts|js)$/ }, (args) => {
      if (!args.path.startsWith(src)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!/new URL\((['"])([^'"]+)\1, import\.meta\.url\)/.test(text)) return undefined;
      return { contents: withUrlsFromBuild(args.path, text), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

// Pure-JavaScript packages every command's start loads, each bundled once into build/vendor/NAME.js, which the compiled
// modules import in its place: zod is ~100 ES modules, and resolving, reading and linking each cost ~20 ms of every
// `rumourmill extract`, where one file costs a few. One copy for all, so its classes are the same for every importer.
const VENDORED = ['zod'];

/** Imports of a vendored package, pointed at its bundle: `../vendor/zod.js` from any file of the build. */
const vendored = {
  name: 'vendored-packages',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(?:${VENDORED.join('|')})$`) }, (args) => ({
      path: `../vendor/${args.path}.js`,
      external: true,
    }));
  },
};

// The startup snapshot `rumourmill extract` starts from (src/cli/snapshot.ts tells how; bin/snapshot.js starts it):
// src/cli/snapshot.ts bundled alone into one CommonJS file, build/snapshot/cli.cjs, which `node --build-snapshot` runs
// to write build/snapshot/cli.blob. Made after the build is in place (the warm-up reads its tables at their places in
// build/), checked against the build's own extraction of an article, and described in build/snapshot/snapshot.json,
// written last: the CLI uses the blob only with the node binary, the version and the checkout it was made with. When
// any step fails the build goes on without it, and `extract` starts as it did before. RUMOURMILL_SNAPSHOT=0 skips it.
//
// Everything the warm-up loads must be in the bundle: the builder has a require() for Node's own modules only, and a
// heap holding a package loaded from node_modules cannot be started from. What only a run may load (piscina, the HTML
// and feed readers) is required then, from node_modules.
const SNAPSHOT_BUNDLED = ['commander', 'zod', 'wink-nlp', 'wink-eng-lite-web-model'];
/**
 * V8 options the snapshot is made and started with (V8 refuses a snapshot under other options, so snapshot.json lists
 * them for bin/snapshot.js):
 * - a heap that starts at 128 MB: V8 sized it for an empty one, and began marking the 30 MB read from the snapshot
 *   before the first article was done (-0.03 CPU s; 670 articles: the same output, 8% less peak RSS);
 * - one hash seed, drawn when the snapshot is made, and no rehashing: V8 otherwise draws a seed per process and
 *   rehashes every table and string read from the snapshot (wink's 88k-word lexicon above all; -0.06 CPU s). The seed
 *   is what keeps an attacker from choosing keys that collide: it stays on this machine, in build/snapshot/, and
 *   changes with each build. V8 refuses the blob under another seed, so it cannot be read with wrong hashes.
 */
const snapshotV8Options = () => [
  '--initial-heap-size=128',
  `--hash-seed=${randomInt(1, 2 ** 31)}`,
  '--no-rehash-snapshot',
];

const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * The sources as the snapshot's bundle takes them: URLs as from build/, and a createRequire()'d require of a bundled
 * package (`requireCjs('wink-nlp')`) as a plain require(), which esbuild follows into the package.
 */
const snapshotSources = {
  name: 'snapshot-sources',
  setup(build) {
    const required = /\brequireCjs\((['"])([^'"]+)\1\)/g;
    build.onLoad({ filter: /\.(ts|js)$/ }, (args) => {
      if (!args.path.startsWith(src)) return undefined;
      const text = withUrlsFromBuild(args.path, readFileSync(args.path, 'utf8')).replace(required, (call, quote, id) =>
        SNAPSHOT_BUNDLED.includes(packageOf(id)) ? `require(${quote}${id}${quote})` : call,
      );
      return { contents: text, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      isBuiltin(args.path) || !SNAPSHOT_BUNDLED.includes(packageOf(args.path))
        ? { path: args.path, external: true }
        : undefined,
    );
  },
};

// The builder runs the bundle as a function of (require, __filename, __dirname), where `require` knows Node's own
// modules only; this `var` takes the parameter's value and puts a require() in its place that asks node_modules, beside
// this file, for the rest (at run time: the build checks that the warm-up asked for none).
const SNAPSHOT_BANNER = `var require = ((builtin) => {
  let fromHere;
  const user = () => (fromHere ??= builtin('node:module').createRequire(__filename));
  const load = (id) => (builtin('node:module').isBuiltin(id) ? builtin(id) : user()(id));
  return Object.assign(load, { resolve: (id, options) => user().resolve(id, options) });
})(require);
var __importMetaUrl = require('node:url').pathToFileURL(__filename).href;`;

/**
 * `text` in ASCII. esbuild's output is ASCII but for the regular expression literals: one character past it anywhere
 * makes V8 hold the whole source as two-byte text, in the heap and in the snapshot. Each such character is written as
 * its \u escape, which stands for the same character in a string, a template or a regular expression; one after a
 * backslash ("\’", an identity escape, legal outside /u) loses that backslash.
 */
function ascii(text) {
  return text.replace(/(\\*)([^\0-\x7f])/gu, (_, slashes, character) => {
    // A character past the BMP as its two surrogates, which a /u expression reads back as one.
    const escaped = character
      .split('')
      .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join('');
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escaped;
  });
}

/** The last lines of a process's stderr, for a one-line reason. */
const lastLines = (text) => (text ?? '').trim().split('\n').slice(-3).join(' / ');

/** Builds `out`/snapshot (see above); returns why it could not, or null. */
async function buildSnapshot(esbuild, out) {
  const dir = join(out, 'snapshot');
  const bundle = join(dir, 'cli.cjs');
  const blob = join(dir, 'cli.blob');
  const made = `${blob}.tmp-${process.pid}`;
  const options = snapshotV8Options();
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(src, 'cli/snapshot.ts')],
    outfile: bundle,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // import() as require(): code from a snapshot cannot import(); a package the run needs is CommonJS.
    supported: { 'regexp-unicode-property-escapes': true, 'dynamic-import': false },
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: SNAPSHOT_BANNER },
    // Smaller source text, held whole in the snapshot; names are kept for stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    plugins: [snapshotSources],
    logLevel: 'warning',
  });
  writeFileSync(bundle, ascii(readFileSync(bundle, 'utf8')));
  // Without NODE_OPTIONS: V8 flags are part of what a snapshot must be started with. Not building: the warm-up's heap is
  // what a run's is (src/extract/data.ts keeps what it checks while building).
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.RUMOURMILL_BUILDING;
  const node = (args) => spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', timeout: 300_000 });
  try {
    const builder = spawnSync(process.execPath, [...options, '--snapshot-blob', made, '--build-snapshot', bundle], {
      cwd: root,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 300_000,
    });
    if (builder.status !== 0 || !existsSync(made))
      return `node --build-snapshot: ${builder.error?.message ?? `exit ${builder.status ?? builder.signal}`}: ${lastLines(builder.stderr)}`;
    // An article the warm-up did not read, extracted from the snapshot and by the build: the same bytes, or no snapshot.
    const article = join(root, 'data/samples/celebrity-092legit.txt');
    const started = node([...options, '--snapshot-blob', made, 'extract', article]);
    const entry = pathToFileURL(join(out, 'cli/index.js')).href;
    const expected = node([
      '--input-type=module',
      '-e',
      `const { main } = await import(${JSON.stringify(entry)}); process.exitCode = await main(['extract', ${JSON.stringify(article)}]);`,
    ]);
    if (started.status !== 0)
      return `started from the snapshot, extract failed: exit ${started.status ?? started.signal}: ${lastLines(started.stderr)}`;
    if (expected.status !== 0 || started.stdout !== expected.stdout || started.stdout === '')
      return "extract from the snapshot does not give the build's output";
    renameSync(made, blob);
    const { size, mtimeMs } = statSync(blob);
    const description = {
      node: process.version,
      v8: process.versions.v8,
      execPath: process.execPath,
      root,
      options,
      size,
      mtimeMs,
    };
    writeFileSync(join(dir, 'snapshot.json'), `${JSON.stringify(description, null, 1)}\n`);
    return null;
  } finally {
    rmSync(made, { force: true });
  }
}

async function main() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    process.stderr.write('build: esbuild is not installed; the CLI will run the sources through tsx\n');
    return 0;
  }
  // Taken before reading any source: a file saved during the build counts as newer than it.
  const builtAt = Date.now();
  const staging = `${out}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    const vendorInputs = [];
    for (const name of VENDORED) {
      const vendor = await esbuild.build({
        absWorkingDir: root,
        stdin: { contents: `export * from ${JSON.stringify(name)};`, resolveDir: root },
        outfile: join(staging, 'vendor', `${name}.js`),
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        metafile: true,
        logLevel: 'warning',
      });
      vendorInputs.push(...Object.keys(vendor.metafile.inputs).filter((input) => input !== '<stdin>'));
    }
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: ENTRIES.map((entry) => join(src, entry)),
      outdir: staging,
      outbase: src,
      bundle: true,
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      packages: 'external',
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Node 20 has \p{…} escapes; without this esbuild rewrites each such literal as a `new RegExp(…)` built at every
      // call (121 in extraction: −3.8% extraction CPU, output identical).
      supported: { 'regexp-unicode-property-escapes': true },
      metafile: true,
      logLevel: 'warning',
      plugins: [urlsFromBuild, vendored],
    });
    for (const output of Object.keys(result.metafile.outputs))
      if (relative(staging, join(root, output)).split(sep).length !== 2)
        throw new Error(`${output} is not one directory deep in the build: the URLs rewritten for it would be wrong`);
    for (const file of COPIED) {
      mkdirSync(dirname(join(staging, file)), { recursive: true });
      cpSync(join(src, file), join(staging, file));
    }
    // Tables the extractor would otherwise compute at every start (src/extract/prebuilt.ts), written by the compiled
    // code itself beside its modules; the files they are made from become inputs of the build too.
    process.env.RUMOURMILL_BUILDING = '1'; // src/extract/data.ts notes which data files parse to themselves
    const prebuilt = await import(pathToFileURL(join(staging, 'extract/build-prebuilt.js')).href);
    const inputs = [
      ...new Set([...Object.keys(result.metafile.inputs), ...vendorInputs, ...prebuilt.writePrebuilt()]),
    ].sort();
    writeFileSync(join(staging, 'stamp.json'), `${JSON.stringify({ builtAt, inputs }, null, 1)}\n`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    process.stderr.write(`build: ${error.message}\n`);
    return 1;
  }
  // Swapped in whole, by two renames: a CLI started meanwhile finds the old build, none (and runs the sources) for a
  // moment, or this one; one already running from the old build still finds its lazily loaded modules at their paths.
  const old = `${out}.tmp-old-${process.pid}`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
  if (!existsSync(join(out, 'cli', 'index.js'))) throw new Error('build: build/cli/index.js was not written');
  if (process.env.RUMOURMILL_SNAPSHOT !== '0') {
    let why;
    try {
      why = await buildSnapshot(esbuild, out);
    } catch (error) {
      why = error.message;
    }
    if (why) process.stderr.write(`build: no startup snapshot (${why}); \`rumourmill extract\` starts without it\n`);
  }
  return 0;
}

process.exitCode = await main();
