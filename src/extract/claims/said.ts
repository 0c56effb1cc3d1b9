import type { Located } from '../text/index.ts';
import type { Span } from '../types.ts';
import type { Clause } from './clauses.ts';
import type { Speaker } from './holders.ts';
import { cues } from './lexicon.ts';
import type { Quote } from './quotes.ts';
import { cues as nameCues } from '../names/index.ts';

/**
 * What someone is reported to have said about named people when no word list names the proposition: "Agent Simon
 * Beresford said: “She was just an absolutely favourite client…”" (bbc-entertainment-307), "Spears claimed that other
 * magazines were approached with the pictures but chose to contact her instead" (bbc-entertainment-345). The speaker
 * holds it; its subjects are only the people the reported words themselves name.
 */
export type Said = { speaker: Speaker; subjects: string[]; content: Span };

/** What the rules read of a clause. */
export type SaidFacts = {
  text: string;
  clause: Clause;
  located: Located[];
  quote: Quote | undefined;
  question: boolean;
  speaker: () => Speaker | null;
};

// An aside inside the reported words is not what they are about: "Blake – who replaced … – said", "(Gwen's ex)",
// ", who married in Los Angeles last September,".
const ASIDES = /\s[–—-]\s[^–—]{1,120}?\s[–—-]\s|\([^()]{1,120}\)|,\s*(?:who|which|whose)\b[^,]{1,160}(?:,|$)/g;
// A speaker's own first person: "There’s a lot of my life, and my vulnerable side" is about the speaker. As the one who
// acts ("I", "we") it always is; only as an object or possessor ("the singer threw the bottle at the left side of my
// face", Kristin King of Courtney Love, bbc-entertainment-258) when the words name no one else.
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|me|my|myself|mine)(?![\p{L}'’])/u;
const FIRST_PERSON_ACTING = /(?<![\p{L}'’])(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll)(?![\p{L}'’])/u;
const FIRST_PERSON_OBJECT = /^(?:me|my|myself|mine)$/i;
const POSSESSOR = /^['’]s?(?![\p{L}])/u;
// Whom a possessive names when it names a person (data/lexicons/cues.json relations: kin, partners, friends, reps), up
// to two describing words before: "Obama’s daughter", "her 12-year-old daughter", "Ronan's sister".
const PERSON_POSSESSED = new RegExp(
  String.raw`^['’]s?\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:${[...nameCues.relations].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})s?(?![\p{L}])`,
  'iu',
);
/** Whether the words right after a name make it the possessor of a person ("Obama’s daughter"). */
const possessesPerson = (text: string, at: number): boolean =>
  POSSESSOR.test(text.slice(at, at + 2)) && PERSON_POSSESSED.test(text.slice(at, at + 60));
const PLURAL = /^(?:they|them|their|theirs|themselves)$/i;
const AUDIENCE = /^(?:told|tells|tell|telling)$/i;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+|once again\s+|again\s+)*$/i;
// A reported clause of more than a few words: "she said" alone, or a one-word scare quote, reports nothing.
const WORDS = 4;
// More people than a claim's parties is a list or a story of its own ("featured guests including …"); a speaker may
// be on record with two others.
const MOST = 2;

/** A rule of the fallback, in order: the first to give an answer decides. */
type SaidRule = { name: string; apply: (f: SaidFacts) => Said | 'none' | null };

// A speaker's kin named by a possessive ("her father", "her youngest son", "her kids"): the words are about them.
const KIN_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?(?:${[...nameCues.kin].join('|')})s?\b`, 'iu');
const kinOfSpeaker = (f: SaidFacts, l: Located): boolean =>
  /^(?:his|her|their)$/i.test(l.mention.text) && KIN_AFTER.test(f.text.slice(l.mention.end, l.mention.end + 60));

/** The people a stretch of reported words names (asides blanked), the speaker and whom they talk to left out. */
function namedIn(f: SaidFacts, span: Span, speaker: Speaker): string[] {
  // A possessor is the least of what the words are about: "He was upset that Taylor exploited Kim’s robbery" is still a
  // source's word on the two it names when the possessor would make them more than a claim's parties.
  const all = namedWith(f, span, speaker, true);
  return all.length > mostFor(speaker, all) ? namedWith(f, span, speaker, false) : all;
}

/** The most subjects a statement has: a claim's parties, and the speaker on record with them. */
const mostFor = (speaker: Speaker, subjects: string[]): number =>
  speaker.kind === 'person' && subjects.includes(speaker.entity) ? MOST + 1 : MOST;

function namedWith(f: SaidFacts, span: Span, speaker: Speaker, possessors: boolean): string[] {
  const asides: Span[] = [...span.text.matchAll(ASIDES)].map((m) => ({
    text: m[0],
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
  const ids = f.located
    .filter((l) => l.entity.type === 'person' && l.mention.start >= span.start && l.mention.end <= span.end)
    .filter((l) => !asides.some((a) => l.mention.start >= a.start && l.mention.end <= a.end))
    // "rumors he tried to DM President Obama’s daughter" (celebrity-145legit) are about the daughter, not Obama; but what
    // is no person of someone's is theirs: "she understood Pitt’s need to “self-medicate”" (celebrity-149legit) is about
    // Pitt, "Kim's apparent reliance on hair extensions" (celebrity-126fake) about Kim.
    .filter((l) =>
      possessors
        ? !possessesPerson(f.text, l.mention.end)
        : !POSSESSOR.test(f.text.slice(l.mention.end, l.mention.end + 2)),
    )
    // "Jane Kelly Misel said that her father never tired of the song" (bbc-entertainment-177): a speaker's "her father"
    // is about the father; "his relationship with co-star Dakota Johnson" is still about the speaker.
    .filter((l) => !(speaker.kind === 'person' && l.entity.id === speaker.entity && kinOfSpeaker(f, l)))
    // "“They saying that I DM’d the President’s daughter”": a plural pronoun is a person's only by a coreference slip.
    .filter((l) => !PLURAL.test(l.mention.text))
    // The speaker's own "my", "me" (coreference gives them to the speaker) weigh as FIRST_PERSON does below, not as a
    // naming of the speaker: "the singer threw the bottle at … my face" is still King's word on Love.
    .filter(
      (l) => !(speaker.kind === 'person' && l.entity.id === speaker.entity && FIRST_PERSON_OBJECT.test(l.mention.text)),
    )
    .map((l) => l.entity.id);
  if (speaker.kind !== 'person') return [...new Set(ids)];
  // A person speaks of others (a named source on them), else of themselves: "The heavy metal star said he could
  // have met the same fate" is Osbourne's word on himself, Jane Kelly Misel's "He'd sing it at birthdays" her word on
  // her father.
  // One who speaks of themselves with others is on record about them all: "Guitarist Brian May has said he expects to
  // be on the road with Rodgers and drummer Roger Taylor from April" (bbc-entertainment-138).
  const others = [...new Set(ids.filter((id) => id !== speaker.entity))];
  const self =
    ids.includes(speaker.entity) ||
    FIRST_PERSON_ACTING.test(span.text) ||
    (others.length === 0 && FIRST_PERSON.test(span.text));
  return self ? [speaker.entity, ...others] : others;
}

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

// How someone looked: "“Bleary-eyed Tom appeared to find the whole thing quite amusing,” the Daily Mail noted" (the
// seed) describes a scene, it tells nothing a fact-checker could rate.
const LOOKED = /^\W*(?:[\p{L}'’-]+\s+){1,3}(?:appeared|appears|seemed|seems|looked|looks)\b/u;

export const SAID_RULES: SaidRule[] = [
  {
    // "[Master of horror fiction Stephen King says ‘Trump presidency scares me to death’]" (celebrity-128legit): a
    // bracketed line is a link to another story, not this one's.
    name: 'not-a-link',
    apply: (f) => (/^\s*\[/.test(f.clause.text) ? 'none' : null),
  },
  {
    // "Do you think Gwen should…?": the article asks; no one is on record.
    name: 'not-a-question',
    apply: (f) => (f.question ? 'none' : null),
  },
  {
    // "“…they invited Gwen back on the show,” the source said" (celebrity-038fake): a quotation's words, as far as they
    // run inside the clause, are its speaker's.
    name: 'quoted',
    apply: (f) => {
      const q = f.quote;
      if (!q || q.speaker.kind === 'fans') return null;
      const start = Math.max(q.start, f.clause.start);
      const end = Math.min(q.end, f.clause.end);
      if (end <= start) return null;
      const content = { text: f.text.slice(start, end), start, end };
      return { speaker: q.speaker, subjects: namedIn(f, content, q.speaker), content };
    },
  },
  {
    // "Spears claimed that other magazines were approached…": the words after a reporting verb whose speaker stands
    // before it.
    name: 'reported',
    apply: (f) => {
      const speaker = f.speaker();
      if (!speaker || speaker.kind === 'fans') return null;
      const verb = cues.reporting.exec(f.clause.text);
      if (!verb) return null;
      // "Beyoncé is once again being called out for faking her pregnancy!" (celebrity-061): a passive has no speaker
      // of its own. "Star magazine is reporting in their latest issue that…" (celebrity-057legit) is no passive: a
      // verb in -ing after "is" is its speaker's, going on.
      if (!/ing$/i.test(verb[0]) && PASSIVE_BEFORE.test(f.clause.text.slice(Math.max(0, verb.index - 30), verb.index)))
        return null;
      // Whom one tells is the audience, not what is told: "the comedian told Jimmy Fallon it was true".
      const after = f.clause.start + verb.index + verb[0].length;
      const audience = AUDIENCE.test(verb[0])
        ? f.located.find((l) => l.mention.start >= after && l.mention.start <= after + 2)
        : undefined;
      const start = audience ? audience.mention.end : after;
      const content = { text: f.text.slice(start, f.clause.end), start, end: f.clause.end };
      return { speaker, subjects: namedIn(f, content, speaker), content };
    },
  },
];

/** The reported proposition of a clause, or null when there is none worth a claim. */
export function saidIn(f: SaidFacts, rules: SaidRule[] = SAID_RULES): Said | null {
  for (const rule of rules) {
    const out = rule.apply(f);
    if (out === 'none') return null;
    if (!out) continue;
    if (
      words(out.content.text) < WORDS ||
      out.subjects.length === 0 ||
      out.subjects.length > mostFor(out.speaker, out.subjects)
    )
      return null;
    if (LOOKED.test(out.content.text)) return null;
    return out;
  }
  return null;
}
