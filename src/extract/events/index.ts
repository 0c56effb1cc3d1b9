// The events stage's only door.
//
// Decisions a reader of the output should know:
// - An event is found from a trigger of data/lexicons/event-triggers.json ("posted", "party", "split"), read in its
//   own clause (clauses.ts, from POS tags and punctuation, no parser): in "Kevin Hart tweeted Tuesday that his wife
//   had given birth" the birth is not Hart's tweet, and the clause's time dates it.
// - After the lexicon, the open verb rule (open.ts): a past-tense verb with a named doer in a clause no trigger took tells
//   a happening of its own kind ("The singer grabbed an intruder" → 'grabbed'); reporting verbs, states and describing
//   participles are left out (speech.json's verbs of telling and the lexicon's words.states).
// - Named guards keep a trigger from telling an event (guards.ts): wishes and possibilities ("would love to work
//   with him", "could split"), habits ("whenever they tour"), plots ("tells the story of…"), and reported talk of
//   a happening ("engagement rumours"). "will" and "is set to" stay: an announced event is news.
// - An event needs someone in it: a named participant, a report's outlet, a party's time or place, or the couple
//   the story is about. Participants are people, groups and animals; the place is one entity, a venue before a
//   district ("the Core restaurant" over "Notting Hill").
// - Who an unnamed subject phrase is comes from named head rules (heads.ts): "The mom of six underwent…",
//   "the actress, director and philanthropist tells…", "Ocean's Twelve, the crime caper sequel starring…", and for a
//   saying "…, the magazine reported" (the outlet named last).
// - A proper name (or "the couple") before a relative or participle clause set off by commas does the verb after it
//   ("Actress Patsy Rowlands, known to millions for her roles…, has died"); a couple told as one speaks as both.
// - Each saying of a named speaker is a statement of its own ("…, Kapranos said" twice is two); only one that goes on
//   from the last ("He added…", "…, she says") joins it. A saying by someone unnamed ("a venue spokesman said") is
//   dropped, but a bare definite description ("The feminist writer and broadcaster said") is the speaker being quoted.
// - Mentions of one event across the article merge when they share a participant ("the birthday party", "the
//   Notting Hill celebration", "the event"); sharing only a work or an award does not make two events one, and a
//   performance, release, tour, chart or role told again by a verb several sentences on is another one. An outlet's
//   reports merge unless dated apart, but each time an unnamed source tells it something ("a source told Radar") is a
//   report of its own.
// - Dates: a trigger takes a time of its own clause; named dating rules (dating.ts) then give the undated ones the time
//   of a clause of time beside them, of the action they are the purpose of, of the clause a participle or a "when"
//   clause hangs on. A time in brackets or in a relative clause ("the awards, which will be held on 8 December") and
//   an edition year ("the … Awards 2017") date nothing outside them. What happens at a party (arriving, being seen, a
//   gift, a proposal) takes the party's date; the
//   narrative carries the story's own happenings to the next sentence; a present or future reference ("currently",
//   "at a later date") dates only the happening next to it; a statement is dated by its own words,
//   and an outlet's report with no time of its own stays undated ("BuzzFeed reports that…" may be from any day).
export { findEvents } from './find.ts';
