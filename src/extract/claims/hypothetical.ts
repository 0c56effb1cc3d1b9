// What someone only supposes is no claim of it, whoever says it: a proposition in the "if" of a conditional, or one a
// speaker said "would" (or "was going to") happen. Read where a proposition is found (find.ts for the lexicon's
// propositions, open.ts for open predicates), on the words before it in its clause.
import type { Doc } from '../doc.ts';
import type { Clause } from './clauses.ts';
import { at as atIndex } from '../../invariant/index.ts';

const norm = (t: string) => t.toLowerCase().replace(/’/g, "'");

/** One way a proposition can be only supposed: `test` reads the clause's words before the proposition's first token. */
export type HypotheticalRule = { name: string; test: (doc: Doc, first: number, clause: Clause) => boolean };

// "wondering if Fergie's album was inspired by her breakup" (celebrity-167fake), "no official confirmation from Meyer
// yet if she will be releasing a new book" (celebrity-010legit) ask whether it is so: that is the question rules'
// business (whether-asks), not a supposition.
const ASKING =
  /^(?:wonder|wonders|wondered|wondering|ask|asks|asked|asking|see|seeing|know|knows|knew|sure|unclear|clear|check|checking|decide|decided|tell|doubt|question|questioned|confirmation|confirm|confirmed|word|comment)$/;
const CONDITION = /^(?:if|unless)$/;
// What may stand between a speaker's "would" and the proposition: "would retire", "it would be to get married", "would
// finally get to marry", "was also going to donate".
const BETWEEN = /^(?:be|to|get|have|go|finally|also|soon|then|never|ever|just|still|one|day|eventually|really)$/;
const PRONOUN = /^(?:i|we|he|she|they|it)$/;
// "He said he would retire after The Black Album, but has just released an album" (bbc-entertainment-117): a
// reported "would" is what was meant then, not what happened.
const SAYING =
  /^(?:said|says|say|told|tells|added|explained|insisted|vowed|promised|claimed|announced|revealed|admitted|joked|wrote|that)$/;

// Words that make what follows them a wish or an expectation, not a fact: "I wanted her to adopt me" (Loung Ung of
// Angelina Jolie), "a lot of people expected me to write a song about [West]" (Taylor Swift). (open.ts reads them too.)
export const WISHING =
  /^(?:want|wants|wanted|wanting|expect|expects|expected|hope|hopes|hoped|wish|wishes|wished|like|liked|asked|begged|urged|told|tell|tells|would|'d)$/i;
// Words of striving or wanting that govern a change of state still to come: "Kim is going to try harder than ever right
// now to get pregnant" (celebrity-016fake), "she is not keen on getting pregnant anymore" (celebrity-079fake).
const STRIVING =
  /^(?:try|tries|tried|trying|plan|plans|planned|planning|keen|eager|desperate|hoping|attempt|attempts|attempting|pressure|pressured|pressuring|ready)$/;
// The change of state a striving governs: "to get pregnant", "to become pregnant", "on getting pregnant".
const BECOMING = /^(?:get|become|getting|becoming)$/;
// The words that join a striving to its change of state: "to", "on", "about", "of".
const JOINING = /^(?:to|on|about|of)$/;
// A striving may stand this many words before its "to": "try harder than ever right now to get pregnant" (5).
const STRIVING_REACH = 7;

// Verbs of imagining: what follows them is pictured, not told ("Another imagined Ben Affleck being crowned the worst
// Batman", a Batman casting stream article). Not "pictured": "was pictured leaving" is a photograph.
const IMAGINING =
  /^(?:imagine|imagines|imagined|imagining|envision|envisions|envisioned|envisioning|fantasi[sz]e|fantasi[sz]es|fantasi[sz]ed|fantasi[sz]ing|daydream|daydreams|daydreamed|daydreaming|pretend|pretends|pretended|pretending)$/;

/** The index of the nearest token before `first` (within the clause, before any comma) that `ok` accepts, else -1. */
function backTo(doc: Doc, first: number, clause: Clause, ok: (w: string) => boolean, stop: (w: string) => boolean) {
  for (let k = first - 1; k >= clause.first; k--) {
    const w = norm(atIndex(doc.tokens, k).text);
    if (ok(w)) return k;
    if (stop(w)) return -1;
  }
  return -1;
}

export const HYPOTHETICAL_RULES: HypotheticalRule[] = [
  {
    // "We always said that if we ever got back together, it would be to get married" (Hailey Bieber, hailey-bieber-
    // pregnancy stream): the reunion is supposed, not told. The "if" governs up to its comma.
    name: 'if-clause',
    test: (doc, first, clause) => {
      const k = backTo(
        doc,
        first,
        clause,
        (w) => CONDITION.test(w),
        (w) => /^[,;:.!?"“”]$/.test(w),
      );
      if (k === -1) return false;
      // "When asked by People at the Emmy Awards last week if him and Taylor had remained on friendly terms since the
      // split" (celebrity-045legit): the asking verb may stand a few words before its "if".
      for (let j = k - 1; j >= Math.max(clause.first, k - 12); j--)
        if (ASKING.test(norm(atIndex(doc.tokens, j).text))) return false;
      return true;
    },
  },
  {
    // "…, it would be to get married": the consequence of a supposition is supposed too; "He said he would retire",
    // "Selena said she was also going to donate money" (celebrity-088fake): a speaker's plan as it stood then.
    name: 'would-of-a-speaker',
    test: (doc, first, clause) => {
      let k = first - 1;
      while (k >= clause.first && BETWEEN.test(norm(atIndex(doc.tokens, k).text))) k--;
      if (k < clause.first) return false;
      const w = norm(atIndex(doc.tokens, k).text);
      let modal = k;
      if (w === 'going') {
        modal = k - 1;
        while (modal >= clause.first && BETWEEN.test(norm(atIndex(doc.tokens, modal).text))) modal--;
        if (modal < clause.first || !/^(?:was|were)$/.test(norm(atIndex(doc.tokens, modal).text))) return false;
      } else if (w !== 'would' && w !== "'d") return false;
      // Skip "also" and the like between the pronoun and its verb: "she was also going to".
      let p = modal - 1;
      while (p >= clause.first && BETWEEN.test(norm(atIndex(doc.tokens, p).text))) p--;
      if (p < clause.first || !PRONOUN.test(norm(atIndex(doc.tokens, p).text))) return false;
      // Someone's words: inside a quotation, or right after a verb of saying ("he said (that) he would").
      const quoted = /["“]/.test(doc.text.slice(clause.start, atIndex(doc.tokens, p).start));
      const said = p - 1 >= clause.first && SAYING.test(norm(atIndex(doc.tokens, p - 1).text));
      return quoted || said;
    },
  },
  {
    // "Kim is going to try harder than ever right now to get pregnant" (celebrity-016fake), "Actress and former Modern
    // Family star wants to get pregnant as soon as possible" (celebrity-175fake), "she is not keen on getting pregnant
    // anymore" (celebrity-079fake): a state someone strives or wishes to reach ("to get", "on getting") is not the
    // state; so is a proposition that is itself the striving ("trying for a baby", "trying to conceive").
    name: 'striving-for-a-state',
    test: (doc, first, clause) => {
      const word = (k: number) => (k >= clause.first ? norm(atIndex(doc.tokens, k).text) : '');
      if (/^(?:try|tries|tried|trying)$/.test(word(first))) return true;
      if (!BECOMING.test(word(first - 1)) || !JOINING.test(word(first - 2))) return false;
      for (let k = first - 3; k >= Math.max(clause.first, first - 3 - STRIVING_REACH); k--) {
        const w = word(k);
        if (STRIVING.test(w) || WISHING.test(w)) return true;
        if (/^[,;:.!?"“”]$/.test(w)) return false;
      }
      return false;
    },
  },
  {
    // "If a tray of cookies is enough to settle things with Swift, …, then perhaps Kanye West and Kim Kardashian should
    // book a celebrity pastry chef, and the exes she has written songs about … might want to club together for
    // cupcakes" (a Swift–Perry feud stream article): what follows the ", then" of a sentence that opens with "if" is supposed too, and so is all it coordinates.
    name: 'then-of-an-if',
    test: (doc, first, clause) => {
      const opens = atIndex(doc.sentences, clause.sentence).firstToken;
      if (!CONDITION.test(norm(atIndex(doc.tokens, opens).text))) return false;
      for (let k = first - 1; k > opens; k--)
        if (norm(atIndex(doc.tokens, k).text) === 'then' && atIndex(doc.tokens, k - 1).text === ',') return true;
      return false;
    },
  },
  {
    // "Another imagined Ben Affleck being crowned the worst Batman, only for Pattinson to answer…" (a Batman casting
    // stream article, fans' jokes about the casting): a verb of imagining earlier in the clause governs it.
    name: 'imagined',
    test: (doc, first, clause) =>
      backTo(
        doc,
        first,
        clause,
        (w) => IMAGINING.test(w),
        (w) => /^[;:.!?"“”]$/.test(w),
      ) !== -1,
  },
];

/** The name of the rule by which the proposition starting at token `first` is only supposed, or null. */
export function hypothetical(doc: Doc, first: number, clause: Clause): string | null {
  return HYPOTHETICAL_RULES.find((r) => r.test(doc, first, clause))?.name ?? null;
}
