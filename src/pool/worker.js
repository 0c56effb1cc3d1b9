// The pool's worker entry, plain JavaScript on purpose: a worker thread does not get the main thread's tsx hooks
// on Node 20, so from src/ it registers them itself (as bin/rumourmill.js does) before loading the TypeScript
// extractor. From build/ (scripts/build.js) task.js beside it is already JavaScript, and tsx is not loaded at all.
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

const built = existsSync(new URL('./task.js', import.meta.url));
if (!built) (await import('tsx/esm/api')).register();
const { extractTask } = await import(built ? './task.js' : './task.ts');
export default extractTask;
