// "Hailey Bieber is pregnant with her and Justin Bieber's first child. The two broke the news on Instagram…" (E! News):
// the article states the news in its own voice, then says the principals announced it. The announcement is theirs, so
// the claim is on record; it is the commonest way a pregnancy, an engagement or a birth reaches the news.
import type { Claim } from '../types.ts';
import type { ClaimRefiner, RefineContext } from './refine.ts';
import { entityOf, mentionsIn } from './entity-index.ts';
import { firstIndex } from '../text/index.ts';
import { ANNOUNCES_OWN, cues, madeOfficial, PARTNER } from './lexicon.ts';
import { outsideQuotes } from './quotes.ts';
import { at } from '../../invariant/index.ts';

/** Who announces, when not named: the pair or the parents, by the article's anaphora. */
const PLURAL_ANNOUNCER = /^(?:the\s+(?:couple|two|pair|duo|newlyweds|parents(?:-to-be)?|happy\s+couple)|they|both)\b/i;
/**
 * The announcement: a verb of going public, with "the news" or "it" for the object (an explicit object, "revealed the
 * pregnancy", is a claim of its own) and a channel that is theirs ("on Instagram", "in a joint statement").
 */
const ANNOUNCES = new RegExp(
  String.raw`^\s*(?:\w+ly\s+)?(?:(?:have|has|had)\s+)?` +
    String.raw`(?:broke|break|shared|share|announced|announce|revealed|reveal|confirmed|confirm)` +
    String.raw`(?:\s+(?:the|their)\s+(?:happy\s+|exciting\s+|big\s+|joyful\s+)?news|\s+it)?` +
    String.raw`\s+(?:on|via|in|with|through|to)\s+(?:(?:a|an|their|her|his|the|joint|shared|own|separate)\s+)*` +
    String.raw`(?:Instagram|social\s+media|Twitter|X|TikTok|Facebook|statement|post|posts|video|photo|photos|interview|message)\b`,
  'i',
);
const TYPES = new Set(['pregnancy', 'relationship']);
/** How far after the claim's sentence the announcement may come: "…has arrived. A source told People… The couple broke
 * the news on social media" (97.1 The River). */
const REACH = 2;

function announcer(claim: Claim, ctx: RefineContext, start: number, end: number): string | null {
  const opening = ctx.doc.text.slice(start, end).trimStart();
  const plural = PLURAL_ANNOUNCER.exec(opening);
  if (plural) return ANNOUNCES.test(opening.slice(plural[0].length)) ? (claim.subjects[0] ?? null) : null;
  // "Hailey announced the news on Instagram": a subject named first.
  for (const id of claim.subjects) {
    const entity = entityOf(ctx, id);
    const first = entity?.mentions.find(
      (m) => m.start >= start && m.end <= end && !ctx.doc.text.slice(start, m.start).trim(),
    );
    if (first && ANNOUNCES.test(ctx.doc.text.slice(first.end, end))) return id;
  }
  return null;
}

// Between an announcer's name and "announced his engagement": auxiliaries, an adverb, the channel they took to.
// "in the cover interview of GQ's June/July edition the rapper makes it official" (A$AP Rocky of Rihanna, a desk stream
// article): one of the pair making it official is their own announcement.
const MADE_OFFICIAL = madeOfficial(String.raw`it|things|their\s+(?:relationship|romance)`);
// …in words of their own: an interview, a statement, a post. "Selena and The Weeknd made their romance official in the
// celebrity world by kissing and cuddling in front of a room full of A-listers" (celebrity-023fake) is an act seen.
const WORDS_CHANNEL = /\b(?:interview|statement|post(?:ed|s)?|Instagram|Twitter|told|said|says|wrote|caption)\b/i;
const BEFORE_OWN_NEWS =
  /^\s*(?:(?:has|have|had|just|finally|officially|formally|publicly|happily|proudly)\s+)*(?:(?:took|takes|taking|went|has taken|have taken)\s+to\s+(?:\p{Lu}[\p{L}]*|social\s+media)\s+(?:on\s+\w+\s+)?to\s+)?$/u;

// A post of one's own that shows the partner by a partner noun: "Minaj shared a photo of boyfriend Meek Mill, writing…"
// (celebrity-048legit), "posted a selfie with her new husband".
const POSTS_PARTNER = new RegExp(
  String.raw`^\s*(?:(?:has|have|had|just|also|then|later)\s+)*(?:shared|shares|posted|posts|uploaded|uploads)\s+(?:a|an|another|this|the|two|several)\s+(?:[\w-]+\s+){0,2}?(?:photos?|pictures?|pics?|snaps?|selfies?|videos?|clips?|images?|shots?)\s+(?:of|with)\s+(?:(?:her|his|their)\s+)?(?:new\s+)?(?:${PARTNER}|beau|partner)\b`,
  'i',
);

/** The subject whose own post shows the other subject as their partner, named right before the post's verb. */
function postedPartner(c: Claim, ctx: RefineContext): string | null {
  const { start, end } = c.evidence;
  const posts = (id: string) =>
    mentionsIn(ctx, id, start, end).some(
      (m) => m.kind !== 'possessive' && POSTS_PARTNER.test(ctx.doc.text.slice(m.end, end)),
    );
  return c.subjects.find(posts) ?? null;
}

/**
 * "Justin Bieber took to Instagram to announce his engagement to Hailey Baldwin": a subject announcing their own stage
 * in the claim's own sentence is on record, as the announcement of the sentences after is.
 */
function ownAnnouncement(c: Claim, ctx: RefineContext): string | null {
  const posted = c.type === 'relationship' ? postedPartner(c, ctx) : null;
  if (posted) return posted;
  const hit =
    ANNOUNCES_OWN.exec(c.evidence.text) ??
    (c.type === 'relationship' && WORDS_CHANNEL.test(c.evidence.text) ? MADE_OFFICIAL.exec(c.evidence.text) : null);
  if (!hit) return null;
  const at = c.evidence.start + hit.index;
  for (const id of c.subjects) {
    const entity = entityOf(ctx, id);
    const named = entity?.mentions.some(
      (m) =>
        m.kind !== 'possessive' &&
        m.end <= at &&
        m.start >= c.evidence.start &&
        BEFORE_OWN_NEWS.test(ctx.doc.text.slice(m.end, at)),
    );
    if (named) return id;
  }
  return null;
}

export const ANNOUNCED_BY_PRINCIPALS: ClaimRefiner = {
  name: 'announced-by-principals',
  apply: (c, ctx) => {
    if (c.holder.kind !== 'author' || (c.stance !== 'asserts' && c.stance !== 'hedges') || !TYPES.has(c.type)) return c;
    const self = ownAnnouncement(c, ctx);
    if (self)
      return {
        ...c,
        holder: { kind: 'principal', entity: self },
        stance: 'confirms',
        rule: `${c.rule ?? 'claim'}+announced`,
      };
    const sentences = ctx.doc.sentences;
    // Sentences are in text order: a binary search, not a scan of the article per claim.
    const own = firstIndex(sentences.length, (k) => at(sentences, k).end > c.evidence.start);
    if (own >= sentences.length || at(sentences, own).start > c.evidence.start) return c;
    for (const s of sentences.slice(own + 1, own + 1 + REACH)) {
      const who = announcer(c, ctx, s.start, s.end);
      if (!who) continue;
      const text = ctx.doc.text.slice(c.evidence.start, s.end);
      return {
        ...c,
        holder: { kind: 'principal', entity: who },
        stance: 'confirms',
        evidence: { start: c.evidence.start, end: s.end, text },
        rule: `${c.rule ?? 'claim'}+announced`,
      };
    }
    return c;
  },
};

// The work's side on record. A casting, a booking or a deal has two sides: the person and the work (or the event, the
// studio). The ones who make the work or stage the event announcing it ("…for the twelfth season of the NBC singing
// competition, the show announced Tuesday", celebrity-038legit) are principals on record, not a named source:
// EVAL-STORIES.md, "a principal is a subject or their representative, on record", and a casting's subjects are the
// person and the work. Only the work's side as a body is named here; a named network or studio is an entity the
// extractor cannot tell from a news outlet of the same name, and is left to own-quote.ts's member quotations.
const WORK_SIDE = String.raw`(?:(?:the\s+)?(?:[\p{Lu}][\p{L}'’]*\s+)?(?:organi[sz]ers|producers|promoters|show\s+bosses|film-?makers)|the\s+(?:show|network|studio|channel|broadcaster|production))`;
const SAYS = String.raw`(?:(?:has|have|had)\s+)?(?:officially\s+)?(?:said|announced|confirmed|revealed|unveiled)`;
/** ", organisers have said." / ", the show announced Tuesday.": the sentence's report, attributed at its end. */
const WORK_SIDE_AFTER = new RegExp(String.raw`,\s+${WORK_SIDE}\s+${SAYS}\b[^,;:“”"]{0,30}$`, 'iu');
/** "However, the organisers have revealed Scots favourites Travis … will also appear": attributed at its opening. */
const WORK_SIDE_BEFORE = new RegExp(
  String.raw`^(?:[\p{L}]+,?\s+){0,2}?${WORK_SIDE}\s+${SAYS}\s+(?:to\s+\S+\s+)?(?:that\s+)?`,
  'iu',
);
/**
 * "The new Dancing with the Stars 2017 cast was announced on Good Morning America!" (celebrity-031legit): a cast or
 * line-up announced, agentless, is the work's own announcement: no one else announces a cast. Not "the contestants were
 * revealed to be…", a finding about them.
 */
const CAST_ANNOUNCED =
  /\b(?:cast|line-?up|contestants)\b[^.!?]{0,30}?\b(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+)?(?:announced|revealed|unveiled)\b(?!\s+to\b)/iu;
/** What the work's side can put on record: a role, a booking, a deal. Not a private life. */
const WORK_SIDE_TYPES = new Set(['casting', 'career', 'money']);

/** The claim's work (a subject or implied entity that is not a person), if any. */
function workOf(c: Claim, ctx: RefineContext): string | null {
  for (const id of [...c.subjects, ...(c.implied ?? [])]) {
    const e = entityOf(ctx, id);
    if (e && e.type !== 'person') return id;
  }
  return null;
}

/** The article's sentences that announce a cast, read once per document (not once per casting claim). */
const announcing = new WeakMap<RefineContext['doc'], Array<{ start: number; end: number }>>();

/** A sentence of the article announcing the cast of the claim's work, naming it. */
function castAnnounced(ctx: RefineContext, work: string): boolean {
  let sentences = announcing.get(ctx.doc);
  if (!sentences) {
    sentences = ctx.doc.sentences.filter((s) => CAST_ANNOUNCED.test(ctx.doc.text.slice(s.start, s.end)));
    announcing.set(ctx.doc, sentences);
  }
  return sentences.some((s) => mentionsIn(ctx, work, s.start, s.end).some((m) => m.kind !== 'pronoun'));
}

export const WORK_SIDE_ON_RECORD: ClaimRefiner = {
  name: 'work-side-on-record',
  apply: (c, ctx) => {
    if (c.holder.kind !== 'author' || c.stance !== 'asserts' || !WORK_SIDE_TYPES.has(c.type)) return c;
    const text = c.evidence.text.trim();
    const work = workOf(c, ctx);
    // "Producers say no decision has yet been made on who will become the seventh actor … to play Bond"
    // (bbc-entertainment-347): what the work's side says is no casting when it is negated.
    const said =
      !cues.negation.test(outsideQuotes(text)) &&
      (WORK_SIDE_AFTER.test(text.replace(/[.!]+$/, '')) || WORK_SIDE_BEFORE.test(text));
    const cast = !said && c.type === 'casting' && work !== null && castAnnounced(ctx, work);
    if (!said && !cast) return c;
    return {
      ...c,
      holder: { kind: 'principal', entity: work },
      stance: 'confirms',
      rule: `${c.rule ?? 'claim'}+act:${said ? 'work-side-said' : 'cast-announced'}`,
    };
  },
};
