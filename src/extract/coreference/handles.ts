import { socialPosts } from '../debris/index.ts';
import type { Doc } from '../doc.ts';
import { cues, titles } from '../names/index.ts';
import type { Mention } from '../types.ts';
import type { Referent } from './salience.ts';
import { at } from '../../invariant/index.ts';

// "@AnnaKFaris", "@PortiadeRossi", "@tomholland2013" (celebrity 026legit, 174legit): a handle
// that spells a person's name is a mention of them. So is the handle of an embedded post's
// attribution ("- Jennifer Lopez (@JLo) December 8, 2016", 032legit), which names its owner.

// "@" not inside an e-mail address or a word ("tips@radaronline.com").
const HANDLE = /(?<![\p{L}\p{N}_.@])@([A-Za-z0-9_.]{2,30}[A-Za-z0-9_])/gu;
// Words that decorate handles: "@therealzendaya", "@beyonceofficial", "@rihannamusic".
const DECORATION = /^(?:the|real|its|official|iam|im)+|(?:official|music|tv|hq|real|world|news|films?)+$/g;

const letters = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
const nameParts = (name: string): string[] =>
  name
    .split(/\s+/)
    .filter((w) => !titles.has(w) && !cues.suffixes.has(w))
    .map(letters)
    .filter((w) => w.length > 0);

/** True when the handle spells the person's name: the whole of a one-word name, or a surname with the given name or its initial. */
export function handleNames(handle: string, name: string): boolean {
  const bare = letters(handle.replace(/^@/, ''));
  const parts = nameParts(name);
  if (parts.length === 0) return false;
  if (parts.length === 1) {
    const stripped = bare.replace(DECORATION, '');
    return at(parts, 0).length >= 3 && (bare === parts[0] || stripped === parts[0]);
  }
  const given = at(parts, 0);
  const surname = parts.filter((p) => !cues.particles.has(p)).pop();
  // A name of particles only ("de la") has no surname to find in a handle.
  if (!surname || surname.length < 4 || !bare.includes(surname)) return false;
  return bare.includes(given) || bare.startsWith(at(given, 0));
}

const sameName = (a: string, b: string): boolean => letters(a) === letters(b);

/**
 * The people a handle may spell, found by their name's words, not by trying every person of the text on each handle (a
 * long article has thousands of both): a superset of those handleNames accepts, which the caller then asks it about.
 */
function spellers(people: Referent[]): (handle: string) => Set<Referent> {
  const single = new Map<string, Referent[]>();
  const bySurname = new Map<string, Referent[]>();
  const push = (map: Map<string, Referent[]>, key: string, r: Referent): void => {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  };
  let longest = 0;
  for (const r of people) {
    const parts = nameParts(r.entity.name);
    if (parts.length === 1) push(single, at(parts, 0), r);
    const surname = parts.filter((p) => !cues.particles.has(p)).pop();
    if (parts.length > 1 && surname && surname.length >= 4) {
      push(bySurname, surname, r);
      longest = Math.max(longest, surname.length);
    }
  }
  return (handle) => {
    const bare = letters(handle.replace(/^@/, ''));
    const out = new Set<Referent>([...(single.get(bare) ?? []), ...(single.get(bare.replace(DECORATION, '')) ?? [])]);
    // A surname handleNames finds in the handle is one of its stretches of four letters or more.
    for (let from = 0; from + 4 <= bare.length; from++)
      for (let to = from + 4; to <= Math.min(bare.length, from + longest); to++)
        for (const r of bySurname.get(bare.slice(from, to)) ?? []) out.add(r);
    return out;
  };
}

/**
 * Adds handle mentions (and the author's name in a post's attribution) to the people they name.
 * A handle that could be several people, or no one the article names, is left alone.
 */
export function linkHandles(doc: Doc, referents: Referent[]): void {
  const people = referents.filter((r) => r.entity.type === 'person');
  // Built at the first handle: most articles have none.
  let index: ((handle: string) => Set<Referent>) | undefined;
  const spelling = (handle: string): Set<Referent> => (index ??= spellers(people))(handle);
  let byLetters: Map<string, Referent[]> | undefined;
  const namedAs = (text: string): Referent[] => {
    if (!byLetters) {
      byLetters = new Map();
      for (const r of people) {
        const key = letters(r.entity.name);
        byLetters.set(key, [...(byLetters.get(key) ?? []), r]);
      }
    }
    return byLetters.get(letters(text)) ?? [];
  };
  // Each person's mention starts, read once and kept as handles are added.
  const starts = new Map<Referent, Set<number>>();
  const add = (r: Referent, mention: Mention): void => {
    let known = starts.get(r);
    if (!known) starts.set(r, (known = new Set(r.entity.mentions.map((m) => m.start))));
    if (known.has(mention.start)) return;
    r.entity.mentions.push(mention);
    known.add(mention.start);
  };
  const attributed = new Set<number>();
  for (const post of socialPosts(doc.ignored)) {
    const author = post.author;
    if (!author) continue;
    const candidates = new Set([...namedAs(author.text), ...spelling(post.handle.text)]);
    const owners = [...candidates].filter(
      (r) => sameName(r.entity.name, author.text) || handleNames(post.handle.text, r.entity.name),
    );
    if (owners.length !== 1) continue;
    const [owner] = owners as [Referent];
    if (sameName(owner.entity.name, author.text)) add(owner, { ...author, kind: 'name', rule: 'post-author' });
    add(owner, { ...post.handle, kind: 'alias', rule: 'post-handle' });
    attributed.add(post.handle.start);
  }
  for (const match of doc.text.matchAll(HANDLE)) {
    const start = match.index;
    if (attributed.has(start)) continue;
    const text = match[0];
    const owners = [...spelling(text)].filter((r) => handleNames(text, r.entity.name));
    if (owners.length !== 1) continue;
    add(at(owners, 0), { text, start, end: start + text.length, kind: 'alias', rule: 'handle' });
  }
}
