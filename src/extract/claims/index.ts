// The claims stage's only door.
//
// Decisions a reader of the output should know:
// - A claim is a proposition about named people or works (a relationship stage, a pregnancy, a casting, a feud,
//   health, and open types: career, legal, money, award, …), read in its own clause (clauses.ts), with who holds it
//   and how (holder kind, holder entity, stance). The lexicon (data/lexicons/claims.json, open-claims.json) names the
//   propositions; the article's own facts (charts, money, awards) come from asserted.ts. A predicate no list names is
//   still a claim when the article's own hearsay cue qualifies it ("Kim is said to be still angry after Kanye flew…"):
//   type `rumour`, its value the predicate's head word, the author hedging (find.ts rumouredIn). The article's lede
//   is news whatever its verb: the first sentence's main clause about named people that no other rule reads is a
//   claim of type `news`, its value the predicate's head word, in the article's voice or its cited source's (lede.ts).
// - Who holds it is decided by ordered rules (attribution/index.ts ATTRIBUTION_RULES): a quote's words are its
//   speaker's; a denial or an explicit "not confirmed" comes next; fans hold only what they wonder about, under their
//   own hedges ("Wedding rumors…" is no wondering of theirs); a reporting verb names its speaker; what is left is the
//   article's voice. A representative speaking for a subject is that subject, `principal` (holders.ts), but not for
//   the subject's kin ("a lawyer for Prince's half-siblings").
// - On record is decided here, not in the ledger: a principal confirms or denies only with their own words about
//   this proposition (refine.ts 'own-words'); a denial that points back ("deny it", "never took place") denies the
//   report it points to (referred.ts).
// - What is only supposed, joked, performed in a promo or asked of readers (hypothetical.ts, unasserted.ts) is no
//   claim. History told in passing keeps `claim.time` = PAST_REF ('background-cue', 'dated-in-the-past'), so the
//   ledger shows it apart; a proposition in a ", who …," aside is the article's, not the speaker's ("Nicole, who is
//   married to Keith Urban, has denied…" denies no marriage: attribution/aside.ts).
// - After attribution, named refiners (refine.ts CLAIM_REFINERS, in order) correct what a clause alone gets wrong:
//   kin and co-stars are no couple ('siblings', 'parent-and-child', 'kin-possessor'), a relationship is between two
//   ('relationship-of-two'), "his relationship with … ended" is a split ('relationship-ended'). Every claim carries the
//   id of the rule that made or last changed it in `claim.rule`.
export { findClaims } from './find.ts';
