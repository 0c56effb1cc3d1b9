import { insideAny } from '../../text/index.ts';
import { cues } from '../lexicon.ts';
import type { AttributionRule } from './types.ts';

const author = { kind: 'author' as const, entity: null };
// What a character in a plot can do too: love, expect a child, fight, fall ill.
const FICTION_PRONE: ReadonlySet<string> = new Set(['relationship', 'pregnancy', 'feud', 'health']);

export const authorRules: AttributionRule[] = [
  {
    // "Sophie Okonedo, who plays Cheadle's wife Tatiana": a part's relationships are fiction. A career is not:
    // "Imelda Staunton has again been recognised for her role in Vera Drake" is an award.
    name: 'fiction',
    apply: (f) => (FICTION_PRONE.has(f.p.type) && cues.role.test(f.clause.text) ? 'no-claim' : null),
  },
  {
    // Words inside quotation marks with no attribution we could read are someone's, not the article's.
    name: 'unattributed-quote',
    apply: (f) => (insideAny(f.quoted, f.clause.start, f.clause.end) ? 'no-claim' : null),
  },
  {
    name: 'author-questions',
    apply: (f) => (f.question ? { holder: author, stance: 'questions', rule: 'claim-author:questions' } : null),
  },
  {
    // "recent outings hint at a deepening connection", "It's rumored that…".
    name: 'author-hedges',
    apply: (f) => (f.hedged ? { holder: author, stance: 'hedges', rule: 'claim-author:hedges' } : null),
  },
  {
    // "Wedding rumors for Miley and Liam are heating up": talk of a rumour speculates, like a hedge.
    name: 'author-rumour',
    apply: (f) => (f.rumoured ? { holder: author, stance: 'hedges', rule: 'claim-author:rumour' } : null),
  },
  {
    // Only a predicated proposition is the article's own assertion ("Miley and Liam are engaged"):
    // a word that merely names it ("their romance") makes no claim in the article's voice.
    name: 'author-asserts',
    apply: (f) => (f.p.strong && f.own ? { holder: author, stance: 'asserts', rule: 'claim-author:asserts' } : null),
  },
];
