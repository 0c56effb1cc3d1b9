// The pool's worker entry, plain JavaScript on purpose: a worker thread does not get the main thread's tsx hooks
// on Node 20, so it registers them itself (as bin/rumourmill.js does) before loading the TypeScript extractor.
import { register } from 'tsx/esm/api';

register();
const { extractTask } = await import('./task.ts');
export default extractTask;
