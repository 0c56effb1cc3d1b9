// `npm run eval`: prints accuracy figures, one section per scripts/eval/<name>.ts, in this order.
// A section that fails is reported and the others still run; the exit code is then 1.
// The credibility section scores the held-out celebrity pairs: it runs only with --credibility-heldout, for a final
// recipe (those pairs are scored rarely, so they stay a fair test).
type Section = { file: string; fn: string };

const SECTIONS: Section[] = [
  { file: 'extraction.ts', fn: 'evalExtraction' },
  // The held-out extraction gold: scored only for a finished change (`npm run eval -- --heldout`).
  ...(process.argv.includes('--heldout') ? [{ file: 'extraction.ts', fn: 'evalExtractionHeldOut' }] : []),
  { file: 'times.ts', fn: 'evalTimes' },
  { file: 'stories.ts', fn: 'evalStories' },
  { file: 'streams.ts', fn: 'evalStreams' },
  { file: 'streams.ts', fn: 'evalDeskStreams' },
  { file: 'confirmed.ts', fn: 'evalConfirmed' },
  ...(process.argv.includes('--credibility-heldout') ? [{ file: 'credibility.ts', fn: 'evalCredibility' }] : []),
];
if (!process.argv.includes('--credibility-heldout')) {
  console.log(
    'credibility: held-out pairs not scored (run `npm run eval -- --credibility-heldout` for a final recipe only)',
  );
}

let failed = false;
for (const { file, fn } of SECTIONS) {
  const url = new URL(`./eval/${file}`, import.meta.url);
  try {
    const section = (await import(url.href)) as Record<string, unknown>;
    const run = section[fn];
    if (typeof run !== 'function') throw new Error(`scripts/eval/${file} does not export ${fn}()`);
    await (run as () => Promise<void>)();
  } catch (error) {
    failed = true;
    console.error(`\n== ${file} failed: ${(error as Error).stack ?? String(error)}`);
  }
}
if (failed) process.exitCode = 1;
