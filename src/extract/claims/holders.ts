import { execAll, type Located } from '../text/index.ts';
import type { Claim, HolderKind } from '../types.ts';
import { cues } from './lexicon.ts';
import { broadcasterNames, cues as nameCues, epithetHeads } from '../names/index.ts';

/** Who speaks, before we know the claim's subjects (a person is a principal only if the claim is about them). */
export type Speaker =
  | { kind: 'outlet' | 'anonymous' | 'fans' | 'named-source'; entity: string | null; text: string }
  | { kind: 'person'; entity: string; text: string }
  | { kind: 'rep'; entity: string | null; text: string };

// The representative cue's global copy, made once (it was compiled again for every stretch a speaker was sought in).
const REPRESENTATIVE = new RegExp(cues.representative.source, 'gi');

// "Friends actress Lisa Kudrow is to play the lead role…, according to the Hollywood reporter" (bbc-entertainment-176):
// a capitalised cue right before a role noun ("actress", "star") is a show's title, not the sources it is in lower case.
const NEXT_WORD = /^\s+([\p{L}-]+)/u;
function titleOfRole(text: string, cue: RegExpExecArray): boolean {
  if (!/^\p{Lu}/u.test(cue[0])) return false;
  const next = NEXT_WORD.exec(text.slice(cue.index + cue[0].length))?.[1];
  return next !== undefined && epithetHeads.has(next.toLowerCase());
}

// A body's name right before a representative word: "A BBC spokeswoman", "RCA spokeswoman" (not "The", "Her").
const BODY_BEFORE = /(?:^|\s)(?!(?:The|A|An|Her|His|Their|Its)\s)\p{Lu}[\p{L}&.-]*\s+$/u;

// "Mrs. Obama, who promotes healthy lifestyles, said it's possible she would consider plastic surgery"
// (celebrity-148legit): a relative clause in commas may stand between the speaker and the verb.
const RELATIVE_ASIDE = /^,\s*(?:who|whose)\s[^,;:“”"]{1,80},\s*$/i;

/**
 * The speaker named in a stretch of text ("a source noted", "the Daily Mail reported",
 * "Ana's rep told People"), from the entity mentions inside it and the lexicon's patterns.
 * The speaker stands before the saying verb, or right after it ("said Gomez"); whoever is
 * "told" is the audience, not the speaker. A representative speaks for the person they name.
 */
export function speakerIn(text: string, offset: number, located: Located[], outlets: Located[] = []): Speaker | null {
  const verb = speakingVerb(text);
  const verbAt = verb ? verb.index : text.length;
  const audience = verb && /^(told|tells|telling|to)$/i.test(verb[0]) ? verb.index + verb[0].length : -1;
  const inside = located.filter(
    (l) =>
      l.mention.start >= offset &&
      l.mention.end <= offset + text.length &&
      !(audience >= 0 && l.mention.start - offset >= audience && l.mention.start - offset <= audience + 1),
  );
  // The representative nearest the verb speaks ("his team called a specialist…, an attorney working for the
  // specialist said": the attorney).
  const reps = execAll(REPRESENTATIVE, text);
  const rep = reps.filter((r) => r.index < verbAt).at(-1) ?? reps[0] ?? null;
  // "was debunked by Gaga's representative": a passive names its speaker after the verb.
  // Right after a quote ("…,” said Aguilera's agent"), or after a comma, the speaker follows the verb.
  // "And according to hair extension expert Tatiana Karelina, it could be…" (celebrity-126fake): a connective may open
  // "according to" (not "…, but said he is delighted", where the name after the verb is what was said).
  const inverted =
    /(^\s*|[,”"]\s*)$/.test(text.slice(0, verbAt)) ||
    (/^according to$/i.test(verb?.[0] ?? '') && CONNECTIVE_ONLY.test(text.slice(0, verbAt)));
  const verbEnd = verbAt + (verb?.[0].length ?? 0);
  if (
    rep &&
    (rep.index < verbAt || /\bby\b/i.test(text.slice(verbAt, rep.index)) || (inverted && rep.index - verbEnd <= 40))
  ) {
    const repEnd = rep.index + rep[0].length;
    // "attorney William Mauzy told reporters": the name right after the word is the representative's own.
    const own = inside.find(
      (l) => l.entity.type === 'person' && l.mention.start - offset >= repEnd && l.mention.start - offset - repEnd <= 2,
    );
    // Whom the word names: the possessor right before it ("Cyrus's representative", "her rep"), else the person right
    // after it ("a representative for Cyrus"), else the first of the stretch. In "Miley Cyrus and Liam Hemsworth have
    // called off their engagement, a representative for Cyrus said" the first of the stretch is the clause's subject.
    const possessed = POSSESSED.test(text.slice(Math.max(0, rep.index - 40), rep.index));
    const person = (l: Located) => l !== own && l.entity.type === 'person';
    const at = (l: Located) => l.mention.start - offset;
    const owner =
      (possessed
        ? inside.filter((l) => person(l) && l.mention.end - offset <= rep.index && rep.index - at(l) <= 40).at(-1)
        : inside.find(
            (l) => person(l) && at(l) >= repEnd && FOR_SOMEONE.test(text.slice(repEnd, at(l))) && at(l) <= repEnd + 30,
          )) ?? inside.find((l) => person(l) && at(l) <= repEnd + 30);
    // Someone's representative speaks for them ("her rep", "the singer's agent", "a spokesperson for Gomez"); "a
    // spokesperson for the San Francisco Police Department" or "an attorney working for the specialist" does not.
    const tied =
      possessed || (owner !== undefined && FOR_SOMEONE.test(text.slice(repEnd, owner.mention.start - offset)));
    // "…, representatives for both stars confirm" (a Miley Cyrus stream article): they speak for the claim's pair.
    if (!tied && FOR_THE_PAIR.test(text.slice(repEnd))) return { kind: 'rep', entity: null, text: rep[0] };
    // "An attorney for Prince's half-siblings said…" (celebrity corpus): the lawyer is his kin's, not his.
    if (tied && owner !== undefined && KIN_OF.test(text.slice(owner.mention.end - offset)))
      return { kind: 'named-source', entity: null, text: rep[0] };
    if (tied) return { kind: 'rep', entity: owner?.entity.id ?? null, text: rep[0] };
    if (own) return { kind: 'person', entity: own.entity.id, text: own.mention.text };
    // "The BBC spokeswoman said Graham Norton's Strictly Dance Fever would be a priority" (bbc-entertainment-186): a
    // body's spokeswoman speaks for the body; a name after her saying verb is what was said ("The representative told
    // Rumor Fix tabloid that Gaga is not expecting", celebrity-094legit, is Gaga's representative, named before).
    const bodys = BODY_BEFORE.test(text.slice(Math.max(0, rep.index - 25), rep.index));
    if (owner && !(bodys && owner.mention.start - offset > verbAt) && !FOR_ANYONE.test(text.slice(repEnd)))
      return { kind: 'rep', entity: owner.entity.id, text: rep[0] };
    return { kind: 'named-source', entity: null, text: rep[0] };
  }
  const statement = statementSpeaker(text, offset, inside);
  if (statement) return statement;
  const cue = cues.anonymous.exec(text);
  const anonymous = cue && !titleOfRole(text, cue) ? cue : null;
  // "… met each other's families and told friends an engagement is on the way" (celebrity-036legit): whom one tells is
  // the audience, not the source.
  const told = anonymous !== null && audience >= 0 && anonymous.index >= audience && anonymous.index <= audience + 1;
  if (anonymous && !told && (anonymous.index < verbAt || !verb || anonymous.index <= verbAt + verb[0].length + 1)) {
    return { kind: 'anonymous', entity: null, text: anonymous[0] };
  }
  const fans = cues.fans.exec(text);
  if (fans && fans.index < verbAt) return { kind: 'fans', entity: null, text: fans[0] };
  // "The pair are said to have got together in May": a passive report names no speaker, and the one before it is
  // its subject (The Indian Express; "the pair" had been read as the last person named, Robert Pattinson).
  if (verb && PASSIVE.test(text.slice(0, verbAt)) && /^\s+to\b/i.test(text.slice(verbEnd))) return null;
  const speakers = inside.filter((l) => l.entity.type === 'outlet' || l.entity.type === 'person');
  // "People goes further than TMZ, saying Styles and Wilde…" (Uproxx): a participle after a comma is the saying of
  // the clause's subject, not of the name nearest it; so is one after "after" or "before" ("Katie Holmes glows after
  // confirming Jamie Foxx romance", a GossipCop headline).
  if (verb && /ing$/i.test(verb[0]) && /(?:,|\b(?:after|before|while))\s*$/i.test(text.slice(0, verbAt))) {
    // "Last year Hailey pre-empted an Us Weekly story on Instagram, telling the magazine she was not pregnant" (Bustle):
    // a time may open the clause before its subject; a name after a preposition is no subject.
    const subject = speakers.find(
      (l) =>
        l.mention.start - offset < verbAt &&
        l.mention.kind !== 'possessive' &&
        SUBJECT_OPENING.test(text.slice(0, l.mention.start - offset)),
    );
    if (subject)
      return subject.entity.type === 'outlet'
        ? { kind: 'outlet', entity: subject.entity.id, text: subject.mention.text }
        : { kind: 'person', entity: subject.entity.id, text: subject.mention.text };
  }
  // The subject stands right before its verb ("Pitt has revealed", "Pitt, 53, said"); a name further
  // back ("their reported split is because of Jamie Dornan's…") is not who speaks.
  const before = speakers
    .filter((l) => {
      const gap = text.slice(l.mention.end - offset, verbAt);
      const aside = RELATIVE_ASIDE.test(gap);
      return (
        l.mention.end - offset <= verbAt &&
        (gap.length <= 30 || aside) &&
        (!/[.;:,“”"]/.test(gap) || /^,\s*\d{1,3},\s*$/.test(gap) || aside)
      );
    })
    .at(-1);
  // "A magazine claimed…", "According to the American paper…": an outlet the entities stage has no name for.
  const unnamed = cues.outletNoun.exec(text);
  const named =
    unnamed &&
    speakers.find(
      (l) =>
        l.entity.type === 'outlet' &&
        l.mention.start - offset < unnamed.index + unnamed[0].length &&
        l.mention.end - offset > unnamed.index,
    );
  if (named) return { kind: 'outlet', entity: named.entity.id, text: named.mention.text };
  if (
    unnamed &&
    (!before || before.mention.end - offset < unnamed.index) &&
    // "reports emerged that Kardashian was thinking of voting for Trump": the unnamed reports are their own reporting word.
    (unnamed.index <= verbAt || /^according to$/i.test(verb?.[0] ?? ''))
  ) {
    return { kind: 'outlet', entity: antecedentOutlet(unnamed[0], offset + unnamed.index, outlets), text: unnamed[0] };
  }
  // "according to Hollywood newspaper Daily Variety": a descriptor may stand between "according to" and the outlet.
  const reach = /^according to$/i.test(verb?.[0] ?? '') ? 40 : 12;
  const after = speakers.find(
    (l) =>
      l.mention.start - offset >= verbAt &&
      l.mention.start - offset <= verbAt + (verb?.[0].length ?? 0) + reach &&
      !/[.;:,“”"]|\bthat\b/i.test(text.slice(verbEnd, l.mention.start - offset)),
  );
  // "When Aniston and Theroux announced their break-up": two people saying it together; the first stands for the pair
  // (Theroux alone is no named source of his own split).
  const partner =
    before && before.entity.type === 'person'
      ? speakers.find(
          (l) =>
            l.entity.type === 'person' &&
            l.entity.id !== before.entity.id &&
            /^\s+(?:and|&)\s+$/.test(text.slice(l.mention.end - offset, before.mention.start - offset)),
        )
      : undefined;
  const pick = (inverted && after) || partner || before;
  if (!pick) return null;
  return pick.entity.type === 'outlet'
    ? { kind: 'outlet', entity: pick.entity.id, text: pick.mention.text }
    : { kind: 'person', entity: pick.entity.id, text: pick.mention.text };
}

// "Issued through the singer's communications agency, the brief statement read: "We are sorry to confirm that we are
// going our separate ways."" (a Shakira desk stream article): a statement that reads or says its words speaks for whose
// it is, the one the stretch names as its owner before it ("the singer's agency", "her statement"), or for the pair
// the claim is about when it is joint.
const STATEMENT_SPEAKS =
  /\b((?:(?:joint|brief|short|official|formal|public|written)\s+)*)statement\s+(?:read|reads|said|says|stated)\b/i;
function statementSpeaker(text: string, offset: number, inside: Located[]): Speaker | null {
  const statement = STATEMENT_SPEAKS.exec(text);
  if (!statement) return null;
  if (/\bjoint\b/i.test(statement[1] ?? '')) return { kind: 'rep', entity: null, text: 'joint statement' };
  const owner = inside
    .filter(
      (l) =>
        l.entity.type === 'person' &&
        l.mention.end - offset <= statement.index &&
        /^['’]s?\s/.test(text.slice(l.mention.end - offset, l.mention.end - offset + 3)),
    )
    .at(-1);
  return owner ? { kind: 'rep', entity: owner.entity.id, text: 'statement' } : null;
}

// Rule outlet-anaphor: "Ariana Grande and Pete Davidson's five-month romance is over, TMZ reports. According to the
// site, the singer and the comedian ended things on Sunday" (ariana-grande-pete-davidson stream): "the site", "the
// magazine", "that outlet" name the outlet named last before them, a few sentences back at most; it is one source, not
// a second one beside it. "A magazine claimed…" names none.
// Not "the network": a network is most often the show's broadcaster ("The network confirmed to E!…", celebrity-177legit).
const DEFINITE = /^(?:the|that|this)\s(?!.*\bnetwork$)/i;
const ANAPHOR_REACH = 600;
// A paper is no broadcaster: "the magazine" after "HBO's new documentary" is not HBO (celebrity-159fake).
const PRINT = /\b(?:magazine|mag|tabloid|newspaper|paper)$/i;
/** `outlets`: the outlets named before the clause (find.ts outletsBefore). */
function antecedentOutlet(noun: string, at: number, outlets: Located[]): string | null {
  if (!DEFINITE.test(noun)) return null;
  const print = PRINT.test(noun);
  const fits = (l: Located): boolean =>
    l.mention.end <= at && at - l.mention.end <= ANAPHOR_REACH && !(print && broadcasterNames.has(l.entity.name));
  let last: Located | null = null;
  for (const l of outlets) if (fits(l) && (!last || l.mention.start > last.mention.start)) last = l;
  return last?.entity.id ?? null;
}

// What may stand before a clause's subject: nothing, "the", or a time ("Last year", "In 2019", "On Monday,").
const SUBJECT_OPENING =
  /^\s*(?:(?:(?:last|this|next|that)\s+(?:year|month|week|summer|spring|fall|autumn|winter|weekend)|(?:in|on|back in)\s+(?:\w+\s+)?\w+|earlier|later|recently|then|now|yesterday|today)\s*,?\s*)?(?:the\s+)?$/i;
// "his rep", "Gomez's agent", "the singer's spokesperson", "her longtime publicist".
const POSSESSED = /(?:\b(?:his|her|their|its)|['’]s?)\s+(?:[\w-]+\s+){0,2}$/i;
// A household named as a whole ("Jolie's family said…"): no kin word, but whoever speaks for it is not the name.
const HOUSEHOLD = ['family'];
// A possessor's kin after a name ("Prince's half-siblings", "Jolie's father", "Pitt's children"; a kin word's plural
// starts with it): whoever is theirs is not the name's.
const KIN_OF = new RegExp(
  String.raw`^['’]s?\s+(?:[\p{L}-]+\s+)?(?:half-|step-?)?(?:${[...nameCues.kin, ...HOUSEHOLD].join('|')})`,
  'iu',
);
const CONNECTIVE_ONLY = /^\s*(?:and|but|yet|so|now|however|still)\b\s*,?\s*$/i;
const FOR_SOMEONE = /^\s*(?:for|of|to|representing)\s+(?:\S+\s+){0,2}$/i;
const FOR_ANYONE = /^\s+(?:working\s+)?(?:for|of|representing)\b/i;
const FOR_THE_PAIR =
  /^\s+(?:for|of|representing)\s+(?:both(?:\s+(?:stars|of them|parties))?|the\s+(?:couple|pair|duo|two(?:\s+stars)?))\b/i;

const CALLED_SOMEONE =
  /^\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:specialist|doctor|lawyer|attorney|friend|agent|manager|police|ambulance|number)\b|^\s+(?:off|up|in|for|back)\b/i;
const global = (re: RegExp) => new RegExp(re.source, 'gi');
const VERBS = [global(cues.saying), global(cues.reporting), global(cues.denyingVerb)];
// "after Jenner's pregnancy was revealed, multiple sources confirmed to PEOPLE…": a passive names no speaker
// before it, unless its agent follows ("was debunked by Gaga's representative").
const PASSIVE = /\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$/i;

/** The first saying, reporting or denying verb of the text that is not an agentless passive. */
function speakingVerb(text: string): RegExpExecArray | undefined {
  // "his team called an eminent specialist…, an attorney … said": a call is no saying; "called the reports false" is.
  const all = VERBS.flatMap((re) => execAll(re, text))
    .sort((a, b) => a.index - b.index)
    .filter((m) => !/^call/i.test(m[0]) || !CALLED_SOMEONE.test(text.slice(m.index + m[0].length)))
    // "After several days of reports that the pair were going to be parents, the model has now confirmed that she is
    // pregnant" (a Gigi Hadid desk stream article): "reports" after "of" or a determiner is a noun, not the verb.
    .filter((m) => !/^reports$/i.test(m[0]) || !NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)));
  const active = all.find(
    (m) =>
      !PASSIVE.test(text.slice(Math.max(0, m.index - 25), m.index)) ||
      /^\s+(?:\w+\s+){0,2}by\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)),
  );
  return active ?? all[0];
}

const NOUN_BEFORE = /\b(?:of|the|these|those|such|many|recent|earlier|latest)\s+$/i;

/** The holder of a claim about `subjects`, said by `speaker`. */
export function holderOf(speaker: Speaker, subjects: string[]): Claim['holder'] {
  let kind: HolderKind;
  let entity = speaker.entity;
  if (speaker.kind === 'person') kind = subjects.includes(speaker.entity) ? 'principal' : 'named-source';
  else if (speaker.kind === 'rep') {
    kind = 'principal';
    entity ??= subjects[0] ?? null; // "her rep": the claim's subject is whom they speak for
  } else kind = speaker.kind;
  return { kind, entity, text: speaker.text };
}
