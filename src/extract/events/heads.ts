import type { Doc } from '../doc.ts';
import type { Token } from '../tokens/index.ts';
import type { Entity } from '../types.ts';
import type { Located } from '../text/index.ts';
import { at } from '../../invariant/index.ts';
import { triggerLexicon } from './lexicon.ts';

/**
 * Who an unnamed subject is: the word just before a verb names no one ("six" in "The mom of six underwent",
 * "philanthropist" in "the actress, director and philanthropist tells", "magazine" in "the magazine reported"), yet
 * the noun phrase it ends is about someone the article names. Each rule is named and tried in order; the first that
 * finds someone gives the subject (roles.ts, after the rules that read a name before the verb).
 */
export type HeadRule = {
  name: string;
  find: (view: HeadView, last: number, floor: number, speech: boolean) => Entity | null;
};

/** What the rules may read of a clause: the tokens, the mention at a token, and outlets named earlier. */
export type HeadView = {
  doc: Doc;
  at: (token: number) => Located | undefined;
  /** The last token a mention covers. */
  lastOf: (l: Located) => number;
  possessive: (l: Located) => boolean;
  /** The entity of the latest mention of a type before `token`, within `sentences` sentences back. */
  latestBefore: (token: number, type: Entity['type'], sentences: number) => Entity | null;
};

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const isPerson = (l: Located | undefined): l is Located => l !== undefined && l.entity.type === 'person';

// Words an "of" complement of a person may have: "of six", "of two young children", "of the year".
const COMPLEMENT = (t: Token): boolean => /^(NUM|ADJ|NOUN|DET)$/.test(t.pos);
// A press noun that stands for an outlet already named ("Rolling Stone … the magazine reported").
// (Not "the network", "the channel": in entertainment news they are mostly a TV company the article names as an
// organization, "The network confirmed to E!" after People was named.)
const PRESS = /^(magazine|newspaper|paper|tabloid|outlet|publication|site|website|webzine|glossy)$/;
// Sentences back an outlet's epithet may point.
const PRESS_REACH = 5;

// What a work is called when the article names it again ("the crime caper sequel", "a quirky comedy").
const CREATION: ReadonlySet<string> = new Set(
  (triggerLexicon.words.creation ?? []).filter((w) => !w.startsWith('@')).map((w) => w.toLowerCase()),
);

export const HEAD_RULES: HeadRule[] = [
  {
    // "The mom of six underwent a preventive double mastectomy", "the father of three said": a person's epithet with
    // an "of" complement that names no one.
    name: 'of-complement',
    find: (view, last, floor) => {
      const { tokens } = view.doc;
      let j = last;
      while (j > floor && last - j < 4 && !view.at(j) && COMPLEMENT(at(tokens, j))) j--;
      if (j === last || lower(tokens[j]) !== 'of') return null;
      const head = view.at(j - 1);
      return isPerson(head) && view.lastOf(head) === j - 1 && !view.possessive(head) ? head.entity : null;
    },
  },
  {
    // "the actress, director and philanthropist tells PEOPLE": descriptors listed after a person's epithet, the
    // list opened by a comma ("Jolie and friends arrived" is two parties, not one).
    name: 'descriptor-list',
    find: (view, last, floor) => {
      const { tokens } = view.doc;
      let j = last;
      let nouns = 0;
      let and = false;
      while (j > floor && last - j < 8 && !view.at(j)) {
        const t = at(tokens, j);
        if (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text)) nouns++;
        else if (lower(t) === 'and') and = true;
        else if (t.text !== ',' && t.pos !== 'ADJ') return null;
        j--;
      }
      // ("have no link to Edwards, police say": one noun after a comma is a new clause's subject, not a list.)
      const head = view.at(j);
      if (!isPerson(head) || view.possessive(head) || view.lastOf(head) !== j || nouns < 2 || !and) return null;
      return tokens[j + 1]?.text === ',' && at(tokens, last).pos === 'NOUN' ? head.entity : null;
    },
  },
  {
    // "Ocean's Twelve, the crime caper sequel starring George Clooney…", "The Life Aquatic, a quirky comedy starring
    // Bill Murray": a work's kind, set beside its name, is that work.
    name: 'work-appositive',
    find: (view, last, floor) => {
      const { tokens } = view.doc;
      if (!CREATION.has(lower(tokens[last]))) return null;
      let j = last - 1;
      while (j > floor && last - j < 6 && !view.at(j) && /^(NOUN|ADJ|DET|NUM|PROPN)$/.test(at(tokens, j).pos)) j--;
      if (tokens[j]?.text !== ',') return null;
      const work = view.at(j - 1);
      return work && work.entity.type === 'work' && view.lastOf(work) === j - 1 ? work.entity : null;
    },
  },
  {
    // "'Prince returned to centre stage…,' the magazine reported": the press noun stands for the outlet named last.
    // Only for a saying: "after the site posted a sex tape" may be a site the article never named.
    name: 'outlet-epithet',
    find: (view, last, _floor, speech) => {
      const { tokens } = view.doc;
      if (!speech || !PRESS.test(lower(tokens[last])) || !/^(the|this)$/.test(lower(tokens[last - 1]))) return null;
      return view.latestBefore(last - 1, 'outlet', PRESS_REACH);
    },
  },
];

/** The first head rule that names the subject whose phrase ends at `last`, with its name. */
export function unnamedHead(
  view: HeadView,
  last: number,
  floor: number,
  speech: boolean,
): { entity: Entity; rule: string } | null {
  for (const rule of HEAD_RULES) {
    const entity = rule.find(view, last, floor, speech);
    if (entity) return { entity, rule: rule.name };
  }
  return null;
}
