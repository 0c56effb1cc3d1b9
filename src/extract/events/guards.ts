import type { Doc } from '../doc.ts';
import type { Token } from '../tokens/index.ts';
import type { EventType } from '../types.ts';
import type { ClauseRoles } from './roles.ts';
import { at } from '../../invariant/index.ts';

/**
 * What keeps a trigger from telling an event: each guard is named, tried in order, and looks at the
 * trigger's own clause. The first that fires names why nothing happened.
 */
type Guard = { name: string; fires: (doc: Doc, roles: ClauseRoles, head: number, type: EventType) => boolean };

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase().replace(/’/g, "'") : '');

// The words of a trigger's clause before it, outside quotations and names: a wish or a habit is a word of the
// sentence, not part of someone's name ("Guitarist Brian May has said he expects…" is a statement, bbc-entertainment-158;
// so is "Courtney Love said…").
function clauseTokens(doc: Doc, roles: ClauseRoles, head: number): Token[] {
  // Once per clause reading and trigger: four guards ask for them, for every trigger of the sentence.
  let byHead = clauseTokenCache.get(roles);
  if (!byHead) clauseTokenCache.set(roles, (byHead = new Map<number, Token[]>()));
  const known = byHead.get(head);
  if (known) return known;
  const c = roles.clause(head);
  const tokens = doc.tokens
    .slice(c.first, head)
    .filter((_, k) => !roles.parts.quoted(c.first + k) && !named(roles, c.first + k));
  byHead.set(head, tokens);
  return tokens;
}
const clauseTokenCache = new WeakMap<ClauseRoles, Map<number, Token[]>>();

function named(roles: ClauseRoles, token: number): boolean {
  const l = roles.at(token);
  return l !== undefined && !/^(he|she|it|they|we|i|you|him|her|them|me|us)$/i.test(l.mention.text);
}

// "She would love to work with him", "he wants to marry her", "they could split": wishes, plans and
// possibilities, not happenings. "will" and "is set to" stay: an announced event is news.
const MODAL = /^(would|could|might|may|should|can|must|'d|wo|ca|cannot)$/;
const WISH =
  /^(love|like|want|wants|wanted|hope|hopes|hoped|hoping|wish|wishes|wished|dream|dreams|dreaming|plan|plans|planning|intend|intends|try|tries|tried|trying|refused|refuses|failed|fails|decline|declined|considering|consider|considers|aims|aim|ready|eager|desperate|keen|determined|urged|urge|asked|encouraged|begged|pushing|pressure|likely|unlikely|advised|advise|threatened|threatens|threatening|vowed|vows|promised|promises|offered|offers|chance|able|unable|needs|need|tipped|rumoured|rumored|decided|decides|agreed|agrees|chose|chooses|expected|preparing|prepares|persuaded|convinced|hired|accused|accuses|accusing|suspected|denied|denies|prevent|prevents|prevented|stop|stops|block|blocks|blocked|banned|attempting|attempt|attempts|bid|seeking|seeks|sought)$/;
// "every time he performs", "she usually attends", "whenever they tour": habits, not events.
const HABIT =
  /^(usually|often|always|typically|generally|regularly|sometimes|frequently|whenever|tends|tend|used|continually|constantly|routinely|habitually|rarely|seldom|hardly)$/;
// "tells the story of two adolescent boys who…": a plot, told of characters.
const PLOT =
  /\b(tells? the story of|is the story of|is about|was about|centres on|centers on|revolves around|the plot|follows the (?:story|life|lives|adventures) of)\b/i;
// Reported talk of a happening is not the happening ("engagement rumours", "rumored to be dating").
const TALK = /^(rumou?red|speculated|alleged|supposedly|reportedly)$/;

const BELIEF =
  /^(believe|believes|believed|believing|suspect|suspects|suspected|assume|assumes|assumed|fear|fears|feared|speculate|speculated|wonder|wonders|wondered|guess|imagine|imagined)$/;
// Sentence-opening imperatives that point the reader at a gallery or a clip.
const INVITATION = /^(see|watch|check|click|scroll|look|tap|swipe|take)$/;

export const GUARDS: Guard[] = [
  {
    // "Do you think Lady Gaga should have a baby after her split?": a question asks, it tells nothing. In
    // "In Touch revealed that … - but has she really been cheating?" only the last clause asks.
    name: 'question',
    fires: (doc, roles, head) => {
      const s = at(doc.sentences, at(doc.tokens, head).sentence);
      if (!/\?\s*["”’']?\s*$/.test(s.text)) return false;
      const asks =
        /^(do|does|did|is|are|was|were|will|would|could|can|should|has|have|had|who|what|why|how|when|where|which)$/i.test(
          at(doc.tokens, s.firstToken).text,
        );
      return asks || roles.clause(head) === roles.parts.clauses.at(-1);
    },
  },
  {
    // A quotation is someone's words: what it tells is their statement, not an event the article reports. Its own
    // sayings too: in “He was staring into her eyes… They spoke for a long time,” says an insider, only the
    // insider speaks (when the quotation surely is one: a saying outside it is what tells whose words they are).
    name: 'quoted',
    fires: (_doc, roles, head, type) =>
      type === 'statement' || type === 'report' ? roles.parts.quotedSurely(head) : roles.parts.quoted(head),
  },
  {
    // "See pictures of Selena and Justin's cutest moments here!" (celebrity-143fake), "Check out the video below": the
    // site asks the reader to look; a gallery link tells nothing that happened.
    name: 'invitation',
    fires: (doc, _roles, head) => {
      const s = at(doc.sentences, at(doc.tokens, head).sentence);
      const first = at(doc.tokens, s.firstToken);
      return (
        INVITATION.test(lower(first)) && head - s.firstToken <= 6 && !/^(sees|saw|watched|checked)$/i.test(first.text)
      );
    },
  },
  {
    name: 'condition',
    // ('"… will evaluate whether an investigation … will be pursued," the FBI said in a statement', celebrity-030legit:
    // a condition inside the quotation is the speaker's words, not a condition on the saying.)
    fires: (doc, roles, head) => {
      const first = roles.clause(head).first;
      return (
        /^(if|unless|whether)$/.test(lower(doc.tokens[first])) &&
        (!roles.parts.quoted(first) || roles.parts.quoted(head))
      );
    },
  },
  {
    name: 'hypothetical',
    // "advised the star to say", "likely to sue", "asked not to have a public memorial": a wish or a likelihood
    // anywhere before an infinitive.
    fires: (doc, roles, head) => {
      const before = clauseTokens(doc, roles, head);
      const infinitive =
        lower(before.at(-1)) === 'to' || (lower(before.at(-2)) === 'to' && before.at(-1)?.pos === 'ADV');
      // "requires them to sing", "asked her to marry him": someone else's wish for them.
      if (infinitive && /^(him|her|them|me|us)$/.test(lower(before.at(-2)))) return true;
      return before.some(
        (t, k, all) =>
          MODAL.test(lower(t)) ||
          (WISH.test(lower(t)) &&
            (infinitive || /^(to|of|for|not|never)$/.test(lower(all[k + 1])) || k + 1 === all.length)),
      );
    },
  },
  {
    // "The discovery leads many to believe he has killed himself" (bbc-entertainment-244), "fans suspect they have
    // split": what someone believes happened is their belief, not a happening the article tells.
    name: 'belief',
    fires: (doc, roles, head, type) =>
      type !== 'statement' && type !== 'report' && clauseTokens(doc, roles, head).some((t) => BELIEF.test(lower(t))),
  },
  {
    // "an Insta of himself singing Swift's song", "a photo of her leaving": what a picture shows.
    name: 'depicted',
    fires: (doc, roles, head) => {
      const { tokens } = doc;
      if (!/ing$/i.test(at(tokens, head).text)) return false;
      const shown = roles.at(head - 1);
      return (
        shown !== undefined &&
        /^(of|showing|shows|featuring|features|captures|capturing)$/i.test(tokens[shown.token - 1]?.text ?? '')
      );
    },
  },
  {
    name: 'habit',
    fires: (doc, roles, head) => clauseTokens(doc, roles, head).some((t) => HABIT.test(lower(t))),
  },
  {
    name: 'talk',
    fires: (doc, roles, head, type) =>
      type !== 'statement' &&
      type !== 'report' &&
      clauseTokens(doc, roles, head)
        .slice(-3)
        .some((t) => TALK.test(lower(t)) && t.pos !== 'ADV'),
  },
  {
    // "The film tells the story of two adolescent boys who are subjected to a harsh regime…"
    name: 'plot',
    fires: (doc, roles, head) => {
      const c = roles.clause(head);
      const s = at(doc.sentences, at(doc.tokens, head).sentence);
      const cue = PLOT.exec(s.text);
      return (
        cue !== null &&
        s.start + cue.index + cue[0].length <= at(doc.tokens, c.first).start &&
        /^(who|which|that|where|whose)$/.test(lower(doc.tokens[c.first]))
      );
    },
  },
  {
    // "Last week Oliver Stone's film met with scathing reviews from US critics" (bbc-entertainment-072), "Liam is
    // definitely meeting her in the middle" (celebrity-009fake): meeting a reception or a compromise is no one meeting.
    name: 'met-with-reception',
    fires: (doc, _roles, head, type) => {
      if (type !== 'meeting') return false;
      const next = doc.tokens
        .slice(head + 1, head + 5)
        .map(lower)
        .join(' ');
      return RECEPTION.test(next);
    },
  },
];

// What is met that is no one: a reception, a fate, a halfway point ("met with criticism", "meet her in the middle").
const RECEPTION =
  /^(?:with )?(?:(?:a|an|the|some|mixed|scathing|rave|glowing|harsh|fierce|widespread|strong|little|great|much|huge|positive|negative|critical|warm|cool|lukewarm)\s+){0,2}(?:reviews?|criticism|criticisms|praise|acclaim|success|approval|resistance|opposition|derision|disapproval|backlash|outrage|skepticism|scepticism|silence|applause|response|reaction|fate|end|demands?|deadline|expectations|criteria|target)\b|^(?:\w+ )?(?:in the middle|halfway)\b/;

/** The name of the first guard that keeps the trigger at `head` from telling an event, or null. */
export function guardFor(doc: Doc, roles: ClauseRoles, head: number, type: EventType): string | null {
  return GUARDS.find((g) => g.fires(doc, roles, head, type))?.name ?? null;
}
