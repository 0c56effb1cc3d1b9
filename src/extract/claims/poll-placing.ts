// A place in a poll, a vote or a contest is a result a fact-checker rates like a prize; a place on a sales chart is the
// chart's own tally. A refiner in the house pattern (refine.ts CLAIM_REFINERS).
import type { ClaimRefiner } from './refine.ts';

/**
 * Words of a sales chart or a box office: "Doves went straight in at number one in the UK album chart", "Horror film
 * heads US box office". A placing told with none of them is a poll's, a vote's or a show's.
 */
const SALES_CHART =
  /\b(?:charts?|box[- ]office|singles?|albums?|billboard|hot 100|top (?:40|20|100)|number (?:one|1)|no\.? ?1|sales|sold|copies|downloads?|takings|grossed|grosses|ratings|viewers|rich list|earners?|paid|weeks?|weekend|best[- ]selling|selling|sellers?)\b|[$£€]\s?\d/i;
/**
 * A chart's movement from one week to the next: "Destiny's Child also slipped one place to four with Lose My Breath",
 * "Coach Carter fell two places to number four". A poll's place is won once ("came fifth", "who was third").
 */
const MOVEMENT =
  /\b(?:slip(?:s|ped)?|f[ae]ll(?:s|en)?|climb(?:s|ed)?|r[io]se[sn]?|drop(?:s|ped)?|mov(?:e|es|ed)\s+up|jump(?:s|ed)?|debut(?:s|ed)?|enter(?:s|ed)?|ris(?:ing|ers?)|climbing|falling|slipping|dropping|held\s+on|holds\s+on|straight\s+in|stay(?:s|ed)?|remain(?:s|ed)?|peak(?:s|ed)?|(?:one|two|three|four|five|\d+)\s+places?)\b/i;

/**
 * Rule 'poll-placing': "Leeds group Kaiser Chiefs came fifth with a promise to lead a Britpop revival" (the BBC's
 * Sound of 2005 poll, bbc-entertainment-142), "Comic Pasquale beat former Royal butler Paul Burrell who came second"
 * (I'm A Celebrity, bbc-entertainment-207): a chart claim whose sentence names no sales chart is a ranking, the place
 * as its value (asserted-claims.json ranking-place), so the ledger keeps it as a story (ledger/evidence.ts STORYLESS keeps charts out).
 */
export const POLL_PLACING: ClaimRefiner = {
  name: 'poll-placing',
  apply: (c) =>
    c.type !== 'chart' || SALES_CHART.test(c.evidence.text) || MOVEMENT.test(c.evidence.text)
      ? c
      : { ...c, type: 'ranking', value: 'placing', rule: `${c.rule ?? 'claim'}+poll-placing` },
};
