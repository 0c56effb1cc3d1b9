import lexicon from '../../../data/lexicons/claims.json' with { type: 'json' };
import record from '../../../data/lexicons/record.json' with { type: 'json' };
import { execAll, PhraseMatcher } from '../text/index.ts';
import { speechForms } from '../text/speech.ts';
import { at } from '../../invariant/index.ts';

/** What a claim is about: relationship/dating, pregnancy/pregnant… */
export type Proposition = { type: string; value: string; strong: boolean };

type Group = Proposition & { forms: string[] };

export const propositions = new PhraseMatcher<Proposition>(
  (lexicon.propositions as Group[]).flatMap((g) =>
    g.forms.map((form) => ({ form, entry: { type: g.type, value: g.value, strong: g.strong } })),
  ),
);

/**
 * "Seal has been linked to Erica Packer" is a romance; "Ye, who has himself been linked to several women since"
 * (kim-kardashian-pete-davidson stream) names no one, and "linked with ridiculous stories" no lover: "linked to/with"
 * is a proposition only when a name follows it, after a few lower-case words at most ("linked to sports reporter
 * Rosalyn Gold-Onwude").
 */
const LINKED_WORDS = 'linked (?:to|with)';
// The few lower-case words that may stand between "linked to" and the name: "sports reporter".
const DESCRIBING = String.raw`(?:[\p{Ll}-]+\s+){0,3}`;
const LINKED_FORM = new RegExp(`^${LINKED_WORDS}$`, 'i');
const NAME_FOLLOWS = new RegExp(String.raw`^\s+${DESCRIBING}\p{Lu}`, 'u');
/** "linked to/with" in a text, anywhere (`LINKED_ALL`: every one), and right before a name (`LINKED_BEFORE`). */
export const LINKED = new RegExp(String.raw`\b${LINKED_WORDS}\b`, 'iu');
export const LINKED_ALL = new RegExp(LINKED.source, 'giu');
export const LINKED_BEFORE = new RegExp(String.raw`\b${LINKED_WORDS}\s+${DESCRIBING}$`, 'u');
export const namesNoOne = (text: string, f: { form: string; end: number }): boolean =>
  LINKED_FORM.test(f.form) && !NAME_FOLLOWS.test(text.slice(f.end, f.end + 60));

const p = lexicon.patterns;

/**
 * Partner nouns as one alternation (claims.json partners: husband, wife, boyfriend, girlfriend, fiancé(e), spouse). Every
 * rule that names a partner builds on it ("my husband", "his former fiancée Ariana Grande", "her husband, Kilgore").
 */
export const PARTNER = lexicon.partners.forms.join('|');

/** A record.json pattern with its {partner} placeholder spelled out (record.json placeholders). */
export const withPartners = (source: string): string => source.replaceAll('{partner}', PARTNER);
const any = (sources: string[]): RegExp => new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'i');

/**
 * People announcing their own news: "When Aniston and Theroux announced their break-up". Their word on record for the
 * news, and no denial of it, whatever the statement goes on to deny ("the gossip business … making things up").
 */
export const ANNOUNCES_OWN =
  /(?<!\b(?:asked|refused|declined|failed|yet|not|never|unable|reluctant)\s+(?:to\s+)?)\b(?:announced|announce|announces|confirmed|confirms|confirm|revealed|reveals)\s+(?:(?:their|his|her|the)\s+(?:\w+\s+)?(?:break-?up|split|separation|divorce|engagement|marriage|wedding|pregnancy|romance|relationship)|the\s+(?:arrival|birth)\s+of\s+(?:their|his|her))\b/i;

/**
 * Making an object "official": "he made it official", "the rapper makes it official" (find.ts reads "it" as a
 * relationship told before; announced.ts reads any of its objects as one of the pair's own announcement).
 */
export const madeOfficial = (objects: string): RegExp =>
  new RegExp(String.raw`\b(?:made|makes|making|make)\s+(?:${objects})\s+(?:\w+\s+)?official\b`, 'i');

/**
 * Speech verbs of one use (speech.json): "said" attributes a quote and introduces a report, "added" only attributes a
 * quote, "according to" only introduces a report.
 */
const speechVerbs = (forms: string[]): RegExp => new RegExp(`\\b(${forms.join('|')})\\b`, 'i');

/** Clause-level cue patterns (case-insensitive), compiled once. */
export const cues = {
  unconfirmed: any(p.unconfirmed),
  denies: any(p.denies),
  reporting: speechVerbs(speechForms('report')),
  saying: speechVerbs(speechForms('quote')),
  anonymous: new RegExp(p.anonymous, 'i'),
  representative: new RegExp(p.representative, 'i'),
  fans: new RegExp(p.fans, 'i'),
  pluralAnaphor: new RegExp(p.pluralAnaphor, 'i'),
  firstPerson: new RegExp(p.firstPerson, 'i'),
  outletNoun: new RegExp(p.outletNoun, 'i'),
  denyingVerb: new RegExp(p.denyingVerb, 'i'),
  onRecord: speechVerbs(speechForms('ownWord')),
  notQuite: new RegExp(p.notQuite, 'i'),
  denialCue: new RegExp(p.denialCue, 'i'),
  negation: new RegExp(p.negation, 'i'),
  aboutRumour: new RegExp(p.aboutRumour, 'i'),
  speculation: new RegExp(p.speculation, 'i'),
  role: new RegExp(p.role, 'i'),
  performance: new RegExp(p.performance, 'i'),
  // "He also looked back at his very public break-up with his former fiancée": one's own relationship, talked about.
  talksOfOwn: new RegExp(p.talksOfOwn, 'i'),
  // "break-up with his former ": a partner noun after it names the other party, not the relationship's stage.
  governedPartner: new RegExp(p.governedPartner, 'i'),
  // "Brad and I are pals. We're friends.": friends, not lovers (record.json friendsNotLovers) denies a romance.
  friendsNotLovers: new RegExp(`(?<![\\p{L}\\p{N}])(?:${record.friendsNotLovers.join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
};

// "When they are not together, they keep in touch over the phone" (celebrity-119legit, a source on Kendall Jenner and
// Blake Griffin): a negation inside a "when"/"if" clause tells how things go, it denies nothing.
const CONDITION_BEFORE = /\b(?:when|whenever|if|unless|until|once)\b[^,.;:!?“”"]*$/i;

// Each pattern's global copy, made once: saysOutright runs for every clause and compiling it each time was ~2% of
// extraction under the profiler.
const GLOBAL = new WeakMap<RegExp, RegExp>();
const globalOf = (re: RegExp): RegExp => {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  return g;
};

/** Whether `re` matches `text` somewhere outside a "when"/"if" clause. */
export function saysOutright(re: RegExp, text: string): boolean {
  // execAll on the one global copy, not matchAll: matchAll clones the pattern at every call, and this runs for every
  // clause and claim.
  return execAll(globalOf(re), text).some(
    (m) => !CONDITION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)),
  );
}

/** Relationship nouns that state the relationship when they stand right beside a name. */
export const appositives: ReadonlySet<string> = new Set(lexicon.appositives.forms);

/** Weak forms that predicate when the tagger reads them as a verb ("Kris Jenner later married Caitlyn"). */
export const verbal: ReadonlySet<string> = new Set(lexicon.verbal.forms);

const negated = lexicon.negatedValues as unknown as Record<string, [string, string]>;

/** The proposition a negation denies ("is not expecting" → pregnancy), or undefined. */
const negatedPattern = new RegExp(at(p.denies, 1), 'i');

export function deniedProposition(text: string): Proposition | undefined {
  const m = negatedPattern.exec(text);
  const hit = m?.[2] ? negated[m[2].toLowerCase()] : undefined;
  return hit ? { type: hit[0], value: hit[1], strong: true } : undefined;
}

const priority: Record<string, string[]> = { relationship: lexicon.priority.relationship };

/** The proposition a clause is about when it names several: predicated ones first, then by the lexicon's priority. */
export function mainProposition(found: Proposition[]): Proposition | undefined {
  const rank = (x: Proposition) => (x.strong ? 0 : 100) + (priority[x.type]?.indexOf(x.value) ?? 0);
  return [...found].sort((a, b) => rank(a) - rank(b))[0];
}
