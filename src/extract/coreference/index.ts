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
//   Order of evidence: an apposed name, the birthday's owner, an age given in the text, a role
//   the text gave someone ("singer Ian Curtis" → "the musician"), then the most prominent
//   compatible person not named in the same sentence.
// - they/them/their and "the pair"/"the couple" become a mention of both of the last two people.
// - Mention spans exclude the possessive 's/’s/'; such mentions have kind 'possessive'.
export { resolveCoreference } from './resolve.ts';
