import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
const f = readdirSync(dir).find(x => x.endsWith('.cpuprofile'));
const p = JSON.parse(readFileSync(dir + '/' + f, 'utf8'));
const urls = new Set(p.nodes.map(n => n.callFrame.url).filter(u => u && !u.startsWith('node:')));
const byPkg = {};
for (const u of urls) { const m = u.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const k = m ? m[1] : u.replace(/.*\/(build|src)\/.*/, '$1'); byPkg[k] = (byPkg[k] ?? 0) + 1; }
console.log(byPkg);
