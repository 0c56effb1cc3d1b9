import lexicon from '../../../data/lexicons/claims.json' with { type: 'json' };
import { PhraseMatcher } from '../events/index.ts';

/** What a claim is about: relationship/dating, pregnancy/pregnant… */
export type Proposition = { type: string; value: string; strong: boolean };

type Group = Proposition & { forms: string[] };

export const propositions = new PhraseMatcher<Proposition>((lexicon.propositions as Group[]).flatMap((g) =>
  g.forms.map((form) => ({ form, entry: { type: g.type, value: g.value, strong: g.strong } }))));

const p = lexicon.patterns;
const any = (sources: string[]): RegExp => new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'i');

/** Clause-level cue patterns (case-insensitive), compiled once. */
export const cues = {
  unconfirmed: any(p.unconfirmed),
  denies: any(p.denies),
  reporting: new RegExp(p.reporting, 'i'),
  saying: new RegExp(p.saying, 'i'),
  anonymous: new RegExp(p.anonymous, 'i'),
  representative: new RegExp(p.representative, 'i'),
  fans: new RegExp(p.fans, 'i'),
  pluralAnaphor: new RegExp(p.pluralAnaphor, 'i'),
  firstPerson: new RegExp(p.firstPerson, 'i'),
};
