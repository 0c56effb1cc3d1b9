// A principal's own act is their word on record, even told in the article's voice: "Angelina Jolie filed for divorce"
// (a court filing is hers), "Pitt and Jolie announced they had filed for divorce", "A statement on the star's Facebook
// site read: …" (a post on one's own channel). The claim finder reads these as the author's assertion; these ordered,
// named rules give them to the principal who acted, as confirming. Hearsay ("reportedly filed") and hedges stay.
import type { Claim, Entity } from '../types.ts';
import type { ClaimRefiner, RefineContext } from './refine.ts';
import { entityOf } from './entity-index.ts';
import { OWN_NEWS } from './own-news.ts';
import { WORK_SIDE_ON_RECORD } from './announced.ts';
import { OWN_QUOTES } from './own-quote.ts';
import { outsideQuotes } from './quotes.ts';

/** The claim's subject whose mention (a name, alias or pronoun) ends right before `at`, `gap` telling what may stand between. */
function actorBefore(c: Claim, ctx: RefineContext, at: number, gap: RegExp): string | null {
  // Inside a quotation the sentence left open ('In fact, "He isn't going to cave in… Angie is the one who filed for
  // divorce', a source's words): not the article's report of an act.
  if ((ctx.doc.text.slice(c.evidence.start, at).match(/["“”]/g) ?? []).length % 2 === 1) return null;
  let best: { id: string; end: number; start: number } | null = null;
  for (const id of c.subjects) {
    const e: Entity | undefined = ctx.entities.find((x) => x.id === id);
    for (const m of e?.mentions ?? []) {
      if (m.kind === 'possessive' || m.end > at || m.start < c.evidence.start) continue;
      if (!gap.test(ctx.doc.text.slice(m.end, at))) continue;
      if (!best || m.end > best.end) best = { id, end: m.end, start: m.start };
    }
  }
  if (!best || NOT_DONE.test(ctx.doc.text.slice(Math.max(c.evidence.start, best.start - 40), best.start))) return null;
  return best.id;
}

/**
 * A claim the article (or, reporting it, one of the pair: "She filed for divorce on Monday stating September 15 was the
 * day they split", celebrity-030fake) asserts.
 */
const reportedAct = (c: Claim): boolean =>
  c.stance === 'asserts' &&
  (c.holder.kind === 'author' ||
    (c.holder.kind === 'named-source' && c.holder.entity !== null && c.subjects.includes(c.holder.entity)));

const onRecord = (c: Claim, who: string, reason: string): Claim => ({
  ...c,
  holder: { kind: 'principal', entity: who },
  stance: 'confirms',
  rule: `${c.rule ?? 'claim'}+act:${reason}`,
});

// Between the one who files and "filed": a relative pronoun, auxiliaries, adverbs ("who officially filed").
// A name inside a parenthesis that closes right before the verb names the actor too ("Brangelina (that's Brad Pitt
// and Angelina Jolie for anyone who has been living under a rock …) announced their split").
const CLOSING_PARENTHESIS = String.raw`(?:[^()]{0,100}\)\s*)?`;
const FILER_GAP =
  /^\s*(?:\([^)]{0,80}\)\s*)?,?\s*(?:(?:who|has|have|had|just|finally|officially|formally|quietly|then|also|first)\s+)*$/i;
const FILED = /\b(?:filed|files|filing)\s+(?:for\s+(?:divorce|legal separation|separation)|divorce papers)\b/i;
// "Pitt and Jolie announced they had filed for divorce", "she and ex Blake Shelton announced they were separating",
// "Brangelina (that's Brad Pitt and Angelina Jolie …) announced their split".
const ANNOUNCED_SPLIT =
  /\b(?:announced|confirmed|revealed)\s+(?:that\s+)?(?:(?:they|he|she)\s+(?:had|have|were|are|was|is|would|will)\s+(?:\w+ly\s+)?(?:filed for divorce|separating|splitting|divorcing|split(?:ting)? up|breaking up|parting ways|going their separate ways|ending their \w+)|their\s+(?:\w+\s+)?(?:split|separation|divorce|break-?up))\b/i;
// Between the pair and "announced": the pair named first, with a parenthesis or an appositive at most.
const ANNOUNCER_GAP = new RegExp(
  String.raw`^${CLOSING_PARENTHESIS}\s*(?:\([^)]{0,120}\)\s*)?(?:,[^,.;]{0,60},\s*)?(?:(?:have|has|had|just|finally|officially|jointly|publicly)\s+)*$`,
  'i',
);
// Right before the actor, a word that the act is only rumoured or asked: "rumours that Jolie filed", "whether they
// announced". The gaps above already keep out "reportedly filed" and "will file".
const NOT_DONE = /\b(?:if|whether|rumou?rs?|reports?|reported|claims?|claimed|alleg\w+|denied|deny|denies|that)\s*$/i;

// "A statement on the star's Facebook site read", "posted on his official Twitter account": the principal's channel.
const OWN_CHANNEL =
  /\b(?:statement|post|message|note)\s+(?:posted\s+)?(?:on|to)\s+(?:the\s+)?(?:[\p{L}.'’ -]{1,40}?['’]s\s+)?(?:official\s+)?(?:Facebook|Instagram|Twitter|website|web site|site|page|account|blog)\b[^.]{0,40}?\b(?:read|reads|said|says|stated)\b/iu;

// "…, though she put the kibosh on that for real Monday night, telling Trevor Noah, “Let me clear this up: I am not with
// Drake.”" (celebrity-011legit): one of the pair, opening a clause after a connective, then a participle of speech and
// their quotation.
const OWN_QUOTE =
  /(?:^|[,;]\s*(?:though|although|but|and|while|yet)\s+)([^,;“”"]{1,60}?)[^“”";]{0,80},\s*(?:telling|saying|writing|adding|insisting)\b[^“”".!?;]{0,50}?[,:]?\s*[“"]([^“”"]{2,300})[”"]/iu;
const FIRST_PERSON = /\b(?:I|I'm|I’m|we|we're|we’re|me|us|my|our)\b/;
const NEGATED = /\b(?:not|never|no)\b|n['’]t\b/i;

// One of a feud's pair attacking the other in words, told by the article: "Clooney accused O'Reilly of creating a fuss
// for his own personal gain" (bbc-entertainment-182), "slammed", "hit back at", "took a swipe at", "lashed out at".
const ATTACKED =
  /\b(?:accused|slammed|blasted|criticised|criticized|attacked|hit back at|took a swipe at|takes a swipe at|lashed out at|mocked|ridiculed)\s+$/i;
const ATTACKER_GAP = /^\s*(?:,[^,.;]{0,60},\s*)?(?:(?:has|have|had|also|then|publicly|once)\s+)*$/i;

// Leaving a show, a band or a post, done: "Germaine Greer has criticised Celebrity Big Brother's "bullying" of housemates
// after quitting the reality TV show" (bbc-entertainment-203), "Cat Deeley has resigned as host of ITV1's … CD:UK". Only
// a plain past or participle: not "planning to quit", "forced to pull out", "had to", "due to retire"; and "quit" with
// what was quit after it, not a habit ("he has since quit after being turned off by smoking", celebrity-141fake).
const QUIT =
  /\b(?:(?:quit|quitting)(?!\s+(?:after|before|because|when|while|since|and|but|so|smoking|drinking)\b|\s*[,.;!?])|resigned|resigning|stepped down|stepping down|(?:left|leaving|walked out of|walking out of)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:show|programme|program|series|band|group|production|role|post|job))\b/i;
const NOT_OWN_CHOICE =
  /\b(?:plan(?:s|ning|ned)?|forced|had|has|have|due|set|going|wants?|wanted|threaten(?:s|ed|ing)?|expected|said|reportedly|will|would|could|may|might)\s+to\s+(?:\w+\s+)?$/i;

// One's own announcement, named as theirs: "Beyoncé's elaborate Instagram pregnancy reveal" (celebrity-061fake),
// "her pregnancy announcement", "the couple's engagement announcement".
const OWN_REVEAL =
  /['’]s?\s+(?:(?:[\w-]+)\s+){0,3}?(?:pregnancy|engagement|wedding|split|divorce|baby)\s+(?:reveal|announcement)\b/i;

// A lawsuit is its plaintiff's own act in court: "Austin Aitken is taking action against NBC" (bbc-entertainment-209),
// "has sued", "filed a $10m lawsuit". The verb right after the plaintiff, auxiliaries between; or the one named after
// "sued by" ("Mick Mars is being sued by his ex-girlfriend", bbc-entertainment-252).
const SUES =
  /\b(?:suing|sued|sues|countersued|(?:filed|files|filing|launched|launches|launching|lodged|brought|bringing)\s+(?:an?\s+)?(?:[\w$£€.,-]+\s+){0,3}?(?:lawsuit|suit|legal\s+action|complaint)|(?:taking|took|taken|takes|take)\s+(?:legal\s+)?action\s+against)\b/i;
const SUER_GAP =
  /^\s*,?\s*(?:(?:who|is|are|was|were|has|have|had|now|also|just|finally|officially|formally|then)\s+)*$/i;
const SUED_GAP = /^\s*,?\s*(?:(?:is|are|was|were|has|have|had|been|being|now|also|reportedly)\s+)+$/i;
const SUED_BY = /\bsued\s+by\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/**
 * A claim `applies` keeps, told as an act (`act`) whose doer is named right before it, within `gap`: the doer is on
 * record.
 */
function actBy(name: string, applies: (c: Claim) => boolean, act: RegExp, gap: RegExp, reason: string): ClaimRefiner {
  return {
    name,
    apply: (c, ctx) => {
      if (!applies(c)) return c;
      const hit = act.exec(outsideQuotes(c.evidence.text));
      if (!hit) return c;
      const who = actorBefore(c, ctx, c.evidence.start + hit.index, gap);
      return who ? onRecord(c, who, reason) : c;
    },
  };
}

/** A split told as an act: its doer is on record. */
const splitActBy = (name: string, act: RegExp, gap: RegExp, reason: string): ClaimRefiner =>
  actBy(name, (c) => c.type === 'relationship' && c.value === 'split' && reportedAct(c), act, gap, reason);

// Calling off one's own dates: "Justin Bieber … abruptly canceled the remainder of his Purpose tour" (celebrity-194legit).
const CALLED_OFF =
  /\b(?:cancell?ed|cancels|called off|calls off|postponed|postpones|scrapped|axed)\s+(?:the\s+(?:rest|remainder)\s+of\s+)?(?:his|her|their)\b/i;
const CANCELLER_GAP =
  /^\s*(?:,[^,.;]{0,60},\s*)?(?:(?:has|have|had|abruptly|suddenly|just|officially|now|also|then|unexpectedly|reluctantly)\s+)*$/i;

/**
 * Rule lawsuit-own-act: a lawsuit the article tells is its plaintiff's word on record (SUES, SUED_BY). Run after the
 * other party is named (refine.ts OTHER_PARTY_NAMED_NEXT): "Mick Mars is being sued by his ex-girlfriend …, claiming
 * … The woman, Robin Mantooth, said …" (bbc-entertainment-252) names the plaintiff a sentence later.
 */
export const LAWSUIT_OWN_ACT: ClaimRefiner = {
  name: 'lawsuit-own-act',
  apply: (c, ctx) => {
    if (c.type !== 'legal' || c.value !== 'sue' || c.holder.kind !== 'author' || c.stance !== 'asserts') return c;
    const text = outsideQuotes(c.evidence.text);
    const hit = SUES.exec(text);
    if (!hit) return c;
    const at = c.evidence.start + hit.index;
    if (/^sued$/i.test(hit[0])) {
      const after = at + hit[0].length;
      const by = c.subjects.find((id) =>
        entityOf(ctx, id)?.mentions.some(
          (m) =>
            m.kind !== 'possessive' &&
            m.kind !== 'pronoun' &&
            m.start >= after &&
            m.start - after <= 40 &&
            SUED_BY.test(ctx.doc.text.slice(at, m.start)),
        ),
      );
      if (by) return onRecord(c, by, 'sued');
      // The one sued, named before a passive, leaves the pair's other as the plaintiff.
      const sued = actorBefore(c, ctx, at, SUED_GAP);
      const [plaintiff, ...more] = c.subjects.filter((id) => id !== sued);
      if (sued && plaintiff !== undefined && more.length === 0 && /^\s+by\b/i.test(text.slice(hit.index + 4)))
        return onRecord(c, plaintiff, 'sued');
      if (sued) return c;
    }
    if (NOT_OWN_CHOICE.test(text.slice(0, hit.index))) return c;
    const who = actorBefore(c, ctx, at, SUER_GAP);
    return who ? onRecord(c, who, 'sued') : c;
  },
};

export const OWN_ACTS: ClaimRefiner[] = [
  // Rule tour-called-off: one who calls off their own tour or dates does it on record, as one who quits does.
  actBy(
    'tour-called-off',
    (c) => c.type === 'career' && c.value === 'tour' && c.holder.kind === 'author' && c.stance === 'asserts',
    CALLED_OFF,
    CANCELLER_GAP,
    'called-off',
  ),

  {
    // "Everyone went crazy for Beyoncé's elaborate Instagram pregnancy reveal last week" (celebrity-061fake): the
    // subject's own announcement, named with their possessive, is their word on record.
    name: 'own-reveal',
    apply: (c, ctx) => {
      if (!reportedAct(c) || c.holder.kind !== 'author') return c;
      const text = outsideQuotes(c.evidence.text);
      const hit = OWN_REVEAL.exec(text);
      if (!hit) return c;
      const at = c.evidence.start + hit.index;
      // The possessor is one of the subjects, its mention ending right at the "'s".
      const who = c.subjects.find((id) =>
        entityOf(ctx, id)?.mentions.some((m) => m.end === at || m.end === at + hit[0].indexOf(' ')),
      );
      return who ? onRecord(c, who, 'own-reveal') : c;
    },
  },

  {
    // "Germaine Greer has criticised … after quitting the reality TV show" (bbc-entertainment-203): one who quits does it
    // on record; the sentence's subject, named before the verb, is the one who quit.
    name: 'quit-own-act',
    apply: (c, ctx) => {
      if (c.type !== 'career' || c.value !== 'quit' || c.subjects.length !== 1 || !reportedAct(c)) return c;
      if (c.holder.kind !== 'author') return c;
      const subject = c.subjects[0];
      const text = outsideQuotes(c.evidence.text);
      const hit = QUIT.exec(text);
      if (!hit || subject === undefined || NOT_OWN_CHOICE.test(text.slice(0, hit.index))) return c;
      // "Former "View" star Sherri Shepherd, who left the program in August, inspired Goldberg…" (celebrity-082legit): a
      // quitting in a ", who …" aside says who someone is; the sentence's news is something else.
      if (/,\s*who\s+(?:\p{L}+\s+){0,2}$/u.test(text.slice(0, hit.index))) return c;
      // The first person named in the sentence is the subject, named before the verb.
      const at = c.evidence.start + hit.index;
      const first = ctx.entities
        .filter((e) => e.type === 'person')
        .flatMap((e) => e.mentions.filter((m) => m.start >= c.evidence.start && m.end <= at).map((m) => ({ e, m })))
        .sort((a, b) => a.m.start - b.m.start)[0];
      if (!first || first.e.id !== subject || first.m.kind === 'possessive') return c;
      return onRecord(c, subject, 'quit');
    },
  },

  {
    // "But Clooney accused O'Reilly of creating a fuss for his own personal gain, saying viewers may now be …"
    // (bbc-entertainment-182): one of the pair attacking the other is their own word on the feud.
    name: 'attacked-the-other',
    apply: (c, ctx) => {
      if (c.type !== 'feud' || c.holder.kind !== 'author' || c.subjects.length !== 2) return c;
      if (c.stance !== 'asserts' && c.stance !== 'hedges') return c;
      const text = outsideQuotes(c.evidence.text);
      for (const target of c.subjects) {
        const e = ctx.entities.find((x) => x.id === target);
        for (const m of e?.mentions ?? []) {
          if (m.start < c.evidence.start || m.end > c.evidence.end || m.kind === 'pronoun') continue;
          const verb = ATTACKED.exec(text.slice(0, m.start - c.evidence.start));
          if (!verb) continue;
          const attacker = actorBefore(
            { ...c, subjects: c.subjects.filter((s) => s !== target) },
            ctx,
            c.evidence.start + verb.index,
            ATTACKER_GAP,
          );
          if (attacker) return onRecord(c, attacker, 'attacked');
        }
      }
      return c;
    },
  },

  {
    // A rumour the article tells of, then one of the pair's own first-person denial in the same sentence that names the
    // other: "Lopez's outings with Drake had dating rumors swirling …, though she put the kibosh on that …, telling
    // Trevor Noah, “… I am not with Drake.”" (celebrity-011legit) is Lopez's denial, not the author's hedge.
    name: 'denied-in-own-quote',
    apply: (c, ctx) => {
      if (c.holder.kind !== 'author' || c.stance === 'denies' || c.subjects.length !== 2) return c;
      const hit = OWN_QUOTE.exec(c.evidence.text);
      const opener = hit?.[1];
      const words = hit?.[2];
      if (!hit || opener === undefined || words === undefined) return c;
      if (!FIRST_PERSON.test(words) || !NEGATED.test(words)) return c;
      const openerAt = c.evidence.start + hit.index + hit[0].indexOf(opener);
      const quoteAt = c.evidence.start + hit.index + hit[0].lastIndexOf(words);
      const mentioned = (id: string, from: number, to: number) =>
        entityOf(ctx, id)?.mentions.some((m) => m.kind !== 'possessive' && m.start >= from && m.end <= to) ?? false;
      const opensAt = (id: string, at: number) =>
        entityOf(ctx, id)?.mentions.some((m) => m.kind !== 'possessive' && m.start === at) ?? false;
      // The speaker opens the clause; the other is named in the quotation.
      const speaker = c.subjects.find((id) => opensAt(id, openerAt));
      const other = c.subjects.find((id) => id !== speaker);
      if (speaker === undefined || other === undefined || !mentioned(other, quoteAt, quoteAt + words.length)) return c;
      // From the speaker to the end of the quotation: who said it to whom, and the words.
      const start = openerAt;
      const end = quoteAt + words.length + 1;
      return {
        ...c,
        holder: { kind: 'principal', entity: speaker },
        stance: 'denies',
        evidence: { text: ctx.doc.text.slice(start, end), start, end },
        rule: `${c.rule ?? 'claim'}+act:denied-in-own-quote`,
      };
    },
  },
  // "Jolie filed for divorce from Pitt in September 2016" (celebrity-008legit): the filing is the filer's act.
  splitActBy('filed-for-divorce', FILED, FILER_GAP, 'filed'),
  // "It has been six months since Brangelina (that's Brad Pitt and Angelina Jolie …) announced their split"
  // (celebrity-002legit): the pair's own announcement, named right before it.
  splitActBy('announced-own-split', ANNOUNCED_SPLIT, ANNOUNCER_GAP, 'announced'),
  {
    // "A statement on the star's Facebook site read: “… Justin Bieber will cancel the remainder of the Purpose World
    // Tour concerts”" (celebrity-194fake): one subject's own channel speaks for them.
    name: 'statement-on-own-channel',
    apply: (c) => {
      if (c.holder.kind !== 'author' || c.stance !== 'asserts' || c.subjects.length !== 1) return c;
      const subject = c.subjects[0];
      return subject !== undefined && OWN_CHANNEL.test(outsideQuotes(c.evidence.text))
        ? onRecord(c, subject, 'own-channel')
        : c;
    },
  },
  // Last, after the narrower rules above ("Pitt and Jolie announced they had filed for divorce" is announced-own-split):
  // "Kid Cudi publicly announced on his Facebook page that he checked himself into rehabilitation" (celebrity-014legit):
  // a principal going public with their own news, in a complement clause about themselves (own-news.ts).
  OWN_NEWS,
  // Then a quotation of a principal elsewhere in the article about the same work or event (own-quote.ts).
  ...OWN_QUOTES,
  // Last, the work's side: "…, the show announced Tuesday", "the cast was announced on Good Morning America"
  // (announced.ts): the casting is on the record of those who make the work.
  WORK_SIDE_ON_RECORD,
];
