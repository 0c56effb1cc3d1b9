// The coreference stage's only door.
//
// Decisions a reader of the output should know:
// - One entity per person. Bare first names, surnames and short forms ("Tom", "Cruise", "Jen")
//   are mentions of the full name containing them; a surname shared by two people ("Beckham")
//   goes to the more recent and prominent of them at that point of the text.
// - A surname used as a modifier ("Beckham party", "the Beckham celebration", "Trump Tower",
//   "a Trump insider") is no person mention: it names a family event or a thing. Events own it.
// - Epithets ("the Bond girl", "the birthday boy", "the 67-year-old") open with "the"/"this";
//   "neither Hollywood star"/"both stars" speak of several people and are left alone.
//   One opening the article before anyone is named ("The guitarist with US rock band Korn has quit…", or "A British
//   author…") stands for the name opening the next sentence, when the title names no one who fits (cataphora.ts).
//   Order of evidence: an apposed name, the birthday's owner, an age given in the text, a role
//   the text gave someone ("singer Ian Curtis" → "the musician"), then the most prominent
//   compatible person not named in the same sentence.
//   An epithet is never the subject of its own clause ("Harry met the songstress"), nor someone of another known
//   age; as an object it names the one person its sentence named before it, outside a "who" clause.
// - Gender: the names list's, unless the text says otherwise more than once and never agrees (gender.ts: "Jean
//   Reno … His roles"); a name no list knows takes the text's word.
// - A quotation's I/me/my are its speaker, named by the saying verb beside it or in the reported speech just before
//   (speakers.ts); a quotation inside a quotation, or with no speaker, is left alone.
// - they/them/their and "the pair"/"the couple" become a joint mention of both of the last two people.
// - A subject "it" or an "its" is the work, organization, event or outlet its sentence (or the one before) is about
//   (things.ts); an "it" in a quotation, in a sentence about a person, or in "It is thought that…" is no one's.
// - Mention spans exclude the possessive 's/’s/'; such mentions have kind 'possessive'.
export { resolveCoreference } from './resolve.ts';
