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
 * Adds handle mentions (and the author's name in a post's attribution) to the people they name.
 * A handle that could be several people, or no one the article names, is left alone.
 */
export function linkHandles(doc: Doc, referents: Referent[]): void {
  const people = referents.filter((r) => r.entity.type === 'person');
  const add = (r: Referent, mention: Mention): void => {
    if (r.entity.mentions.some((m) => m.start === mention.start)) return;
    r.entity.mentions.push(mention);
  };
  const attributed = new Set<number>();
  for (const post of socialPosts(doc.ignored)) {
    const author = post.author;
    if (!author) continue;
    const owners = people.filter(
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
    const owners = people.filter((r) => handleNames(text, r.entity.name));
    if (owners.length !== 1) continue;
    add(at(owners, 0), { text, start, end: start + text.length, kind: 'alias', rule: 'handle' });
  }
}
