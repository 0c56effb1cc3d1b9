// `npm run build` (also run by `npm install` as `prepare`, and before `npm start` and `npm test`): compiles src/ to
// plain JavaScript in build/, which bin/rumourmill.js runs instead of compiling the sources through tsx at every
// start (tsx's loader thread and on-the-fly compile cost ~0.3 s of CPU per command).
//
// One output file per source file, at the same depth as in src/ (src/extract/credibility/shipped.ts →
// build/extract/credibility/shipped.js), so every `new URL('../../../data/…', import.meta.url)` still finds data/.
// Not dist/: vite empties dist/web on every UI build. JSON imports are inlined, so build/stamp.json lists every input
// (sources and data files) for bin/rumourmill.js to check that none changed since.
//
// Plain JavaScript so that it runs before anything is compiled. esbuild comes with tsx (a dependency); an install
// without it, or a failed build, leaves no build/ and the CLI runs the sources through tsx as before.
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
// `--out NAME`: another directory beside src/ (the build test compiles into its own, leaving build/ alone).
const outArg = process.argv.indexOf('--out');
const out = join(root, outArg > 0 ? (process.argv[outArg + 1] ?? '') : 'build');
if (dirname(out) !== root) throw new Error('build: --out must name a directory in the repository root, beside src/');

/** The files to compile: everything under src/ except tests, their helpers and the browser UI (built by vite). */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    if (!/\.(ts|js)$/.test(entry.name) || /\.test(-helper)?\.ts$/.test(entry.name)) return [];
    // The UI's browser code; only its Node side (index.ts, build.ts) is part of the CLI.
    if (relative(src, dir) === 'web' && !['index.ts', 'build.ts'].includes(entry.name)) return [];
    return [path];
  });
}

// Relative imports of code stay imports, renamed .ts → .js; anything else (JSON data) is inlined.
const keepRelative = {
  name: 'keep-relative-imports',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.(ts|js)$/ }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: args.path.replace(/\.ts$/, '.js'), external: true },
    );
  },
};

// A TypeScript file named by URL rather than imported stays a source file: `new URL('./vite.config.ts',
// import.meta.url)` in src/web/build.ts (vite reads that config itself) would name build/web/vite.config.ts, which
// does not exist. It is pointed back at src/, the same depth up from build/.
const sourceUrls = {
  name: 'source-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const named = /new URL\((['"])\.\/([^'"]+\.ts)\1, import\.meta\.url\)/g;
      if (!named.test(text)) return undefined;
      const dir = relative(src, dirname(args.path));
      const up = '../'.repeat(dir.split('/').filter(Boolean).length + 1);
      const contents = text.replace(
        named,
        (_, quote, file) => `new URL(${quote}${up}src/${dir ? `${dir}/` : ''}${file}${quote}, import.meta.url)`,
      );
      return { contents, loader: 'ts' };
    });
  },
};

// Pure-JavaScript packages every command's start loads, each bundled once into build/vendor/NAME.js, which the compiled
// modules import in its place: zod is ~100 ES modules, and resolving, reading and linking each cost ~20 ms of every
// `rumourmill extract`, where one file costs a few. One copy for all, so its classes are the same for every importer.
const VENDORED = ['zod'];

/** Imports of a vendored package, pointed at its bundle: `../vendor/zod.js` from build/extract/data.js. */
const vendored = {
  name: 'vendored-packages',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(?:${VENDORED.join('|')})$`) }, (args) => {
      const path = relative(dirname(args.importer), join(src, 'vendor', `${args.path}.js`)).replaceAll('\\', '/');
      return { path: path.startsWith('.') ? path : `./${path}`, external: true };
    });
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
      entryPoints: sources(src),
      outdir: staging,
      outbase: src,
      bundle: true,
      packages: 'external',
      format: 'esm',
      platform: 'node',
      target: 'node20',
      metafile: true,
      logLevel: 'warning',
      plugins: [keepRelative, sourceUrls, vendored],
    });
    // Tables the extractor would otherwise compute at every start (src/extract/prebuilt.ts), written by the compiled
    // code itself beside its modules; the files they are made from become inputs of the build too.
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
