// A synthetic stream of any length for measuring ingest at scale: development articles retold about made-up people
// (as test/reliability/corpus.ts retells the seed), on later and later days. About a third of the articles are about
// one of 200 recurring casts chosen with a Zipf skew, so a few stories get very busy (the busiest takes ~2% of
// the stream, thousands of evidence rows at 100k articles); the rest name people drawn from a pool of 2,400, so
// most stories stay small. Each template is extracted once; an article's extraction is the template's with the
// names rewritten, so a 100k-article ledger builds in minutes (bench: ingest-sqlite-100k).
import type { Extraction } from '../../src/extract/index.ts';
import type { Article } from '../../src/read/index.ts';
import { at, must } from '../../src/invariant/index.ts';
import { seeded } from '../../src/math/index.ts';

const FIRST = [
  'Mara',
  'Ines',
  'Kit',
  'Rafe',
  'Nico',
  'Tess',
  'Juno',
  'Otto',
  'Lena',
  'Ivo',
  'Ayla',
  'Dev',
  'Pia',
  'Bram',
  'Cleo',
  'Soren',
  'Wren',
  'Hale',
  'Esme',
  'Tobin',
  'Vera',
  'Lior',
  'Nell',
  'Cass',
  'Remy',
  'Odile',
  'Fenn',
  'Greta',
  'Milo',
  'Anouk',
];
const LAST = [
  'Quill',
  'Halloran',
  'Varga',
  'Brandt',
  'Morrow',
  'Sato',
  'Dunmore',
  'Krin',
  'Ferrante',
  'Blake',
  'Calder',
  'Marsh',
  'Ostrow',
  'Pellan',
  'Reyes',
  'Thorne',
  'Ashby',
  'Kovac',
  'Lindqvist',
  'Mercer',
  'Navarro',
  'Okafor',
  'Prewitt',
  'Roswell',
  'Strand',
  'Tavish',
  'Ulrich',
  'Vance',
  'Whitlow',
  'Yardley',
  'Zeller',
  'Abernot',
  'Belcourt',
  'Crane',
  'Dorsey',
  'Elwood',
  'Fairbank',
  'Garnet',
  'Holm',
  'Iverson',
  'Jessop',
  'Kettle',
  'Lowry',
  'Maddox',
  'Norcott',
  'Orrin',
  'Pryce',
  'Quarry',
  'Rook',
  'Sallow',
  'Tamsin',
  'Upton',
  'Vail',
  'Wexley',
  'Yeats',
  'Zorn',
  'Ambry',
  'Bexley',
  'Colfax',
  'Dray',
  'Eames',
  'Frome',
  'Gaunt',
  'Hoyle',
  'Ince',
  'Jarrow',
  'Keld',
  'Lisle',
  'Moss',
  'Nye',
  'Orme',
  'Penn',
  'Quist',
  'Rudd',
  'Sayle',
  'Tull',
  'Usk',
  'Venn',
  'Wold',
  'Yell',
];
const POOL = FIRST.length * LAST.length;
const CASTS = 200;

const person = (n: number) => `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces each name (longest first) and each of its words, whole words only. */
function renamer(map: Map<string, string>): (s: string) => string {
  const words = new Map<string, string>();
  for (const [from, to] of map) {
    const a = from.split(/\s+/);
    const b = to.split(' ');
    words.set(from, to);
    if (a.length > 1) {
      words.set(at(a, 0), at(b, 0));
      words.set(must(a.at(-1), 'expected a.at(-1)'), must(b.at(-1), 'expected b.at(-1)'));
    }
  }
  const keys = [...words.keys()].filter((k) => k.length > 2).sort((x, y) => y.length - x.length);
  if (!keys.length) return (s) => s;
  const re = new RegExp(`(?<![\\p{L}])(?:${keys.map(escape).join('|')})(?![\\p{L}])`, 'gu');
  return (s) => s.replace(re, (m) => words.get(m) ?? m);
}

export type Template = { article: Article; extraction: Extraction };
export type Synthetic = { article: Article; extraction: Extraction };

/** The i-th article of the stream over `templates` (deterministic in i). */
export function syntheticArticle(templates: Template[], i: number): Synthetic {
  const random = seeded(i * 2654435761);
  const t = at(templates, i % templates.length);
  const people = t.extraction.entities.filter((e) => e.type === 'person').map((e) => e.name);
  // A third of the stream about a recurring cast (Zipf: cast k is chosen in proportion to 1/(k+1)), the rest anyone.
  const busy = random() < 0.35;
  const cast = busy ? Math.floor(Math.pow(CASTS + 1, random())) - 1 : -1;
  const map = new Map<string, string>();
  people.forEach((name, k) => map.set(name, person(busy ? (cast * 7 + k * 13) % POOL : Math.floor(random() * POOL))));
  const rename = renamer(map);
  const day = new Date(Date.UTC(2010, 0, 1) + Math.floor(i / 20) * 86_400_000).toISOString().slice(0, 10);
  const id = `syn-${i}`;
  const text = `${rename(t.article.text)}\n\n(${i})`;
  const extraction = JSON.parse(rename(JSON.stringify(t.extraction))) as Extraction;
  extraction.article = { ...extraction.article, id, published: day };
  return { article: { ...t.article, id, published: day, text, origin: { file: id } }, extraction };
}
