import { isIgnored, type Doc } from '../doc.ts';
import type { Entity, Mention } from '../types.ts';
import { cues, genderOf, titles } from '../names/index.ts';
import { givenName, titleCaseSentence } from './scan.ts';

// Rule "quoted-nickname". 'Rap mogul Marion "Suge" Knight has been arrested' (bbc-entertainment-110), 'Former Korn
// guitarist Brian 'Head' Welch', 'Her husband Giuseppe “Joe” Giudice': a nickname in quotes between a given name and
// a surname is part of one person's name, not a given name alone, a quoted title and a surname apart. The person is
// named by given name and surname ("Marion Knight", so "Mr Knight" finds them); the mention spans the whole.

// A given name, a quoted capitalised nickname of up to three words, a surname of one or two capitalised words.
const QUOTED_NICKNAME =
  /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) (["“‘'])(\p{Lu}[\p{L}\p{N}.-]*(?: [\p{L}\p{N}.-]+){0,2})(["”’']) ((?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: (?:Jr|Sr|II|III)\b)?)(?![\p{L}-])/gu;

const CLOSES: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

/** The entities with every `Given "Nick" Surname` made one person and the parts found apart taken from the others. */
export function quotedNicknames(doc: Doc, entities: Entity[]): Entity[] {
  const spans: Array<{ start: number; end: number; name: string; given: string }> = [];
  for (const m of doc.text.matchAll(QUOTED_NICKNAME)) {
    const [whole, given = '', open = '', , close = '', surname = ''] = m;
    // 'her plastic surgeon husband Dr. Lenny "Boob God" Hochstein' (celebrity-066fake): a title before it is in the span.
    const title = /(\p{Lu}[\p{L}]*\.?) $/u.exec(doc.text.slice(Math.max(0, m.index - 12), m.index));
    const start = title && titles.has(title[1] ?? '') ? m.index - title[0].length : m.index;
    const end = m.index + whole.length;
    if (CLOSES[open] !== close || isIgnored(doc, start, end)) continue;
    // "No 'American Idol' For …", "Americanised "Jimmy" Bond": a given name opens it, in prose, not in a title-case line.
    if (!givenName(doc, given) || cues.headlineWords.has(surname.toLowerCase())) continue;
    const token = doc.tokens.find((t) => t.start === m.index);
    if (!token || titleCaseSentence(doc, token.sentence)) continue;
    spans.push({ start, end, name: `${given} ${surname}`, given });
  }
  if (spans.length === 0) return entities;
  const inside = (m: Mention): boolean => spans.some((s) => m.start >= s.start && m.end <= s.end);
  const out = entities
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => !inside(m)) }))
    .filter((e) => e.mentions.length > 0);
  for (const s of spans) {
    const mention: Mention = {
      text: doc.text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      kind: 'name',
      rule: 'quoted-nickname',
    };
    const same = out.find((e) => e.type === 'person' && e.name === s.name);
    if (same) {
      same.mentions = [...same.mentions, mention].sort((a, b) => a.start - b.start);
      continue;
    }
    out.push({
      id: `e${out.length + entities.length + 1}`,
      name: s.name,
      type: 'person',
      gender: genderOf(s.given),
      mentions: [mention],
      rule: 'quoted-nickname',
    });
  }
  return out;
}
