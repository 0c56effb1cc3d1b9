// The web stage's door for Node (the browser entry is main.ts, loaded by index.html).
export { ensureWebBuild, webDir } from './build.ts';
