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
// Plain JavaScript so that it runs before anything is compiled. esbuild comes with tsx (a dependency); an install
// without it, or a failed build, leaves no build/ and the CLI runs the sources through tsx as before.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpSync, mkdirSync } from 'node:fs';
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
const urlsFromBuild = {
  name: 'urls-from-build',
  setup(build) {
    build.onLoad({ filter: /\.(ts|js)$/ }, (args) => {
      if (!args.path.startsWith(src)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      const named = /new URL\((['"])([^'"]+)\1, import\.meta\.url\)/g;
      if (!named.test(text)) return undefined;
      const dir = relative(src, dirname(args.path)).split(sep).join('/');
      const contents = text.replace(named, (_, quote, target) => {
        const path = target.endsWith('.ts') ? posix.join('../src', dir, target) : posix.join(dir, target);
        return `new URL(${quote}../${path}${quote}, import.meta.url)`;
      });
      return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
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
  return 0;
}

process.exitCode = await main();
