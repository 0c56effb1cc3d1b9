import { z } from 'zod';
import data from '../../../data/lexicons/debris.json' with { type: 'json' };
import { parseData, provenance, words } from '../data.ts';
import { alternation, escapeRegExp } from '../text/index.ts';
import { at } from '../../invariant/index.ts';

// boilerplate, markers, embedMarkers and links are regex sources; creditNames and captionOpeners plain words.
const lexicon = parseData(
  z.object({
    ...provenance,
    boilerplate: words,
    creditNames: words,
    markers: words,
    embedMarkers: words,
    links: words,
    captionOpeners: words,
  }),
  data,
  'data/lexicons/debris.json',
);

/** Site furniture lines ("READ MORE: …", "Advertisement", newsletter pleas). */
export const BOILERPLATE: RegExp[] = lexicon.boilerplate.map((source) => new RegExp(source, 'i'));

// Longest names first, so "Getty Images" wins over "Getty".
const names = alternation(lexicon.creditNames, escapeRegExp);

/** "(AFP)", "(Getty Images)", "(AFP via Getty Images)": an agency credit in parentheses (case matters: "(AP)"). */
export const INLINE_AGENCY = new RegExp(`\\((?:${names})(?:\\s*(?:/|via|for)\\s*[^()\\n]{1,50})?\\)`, 'g');

/** "(Photo: Splash News)", "(Photo Credit: Getty Images)": a caption credit in parentheses. */
export const INLINE_CAPTION = /\((?:photo(?:graph)?s?|image|picture|photo credit|credit)\s*:[^()\n]{1,80}\)/gi;

/** A line of its own that ends in an agency name: "Tristan Fewings / Getty Images", "Rex/Getty". */
export const CREDIT_LINE_END = new RegExp(`(?:^|[\\s/;,])(?:${names})\\.?$`);

/** A caption ending in its credit: "… the Will & Grace cast. (Photo Credit: Getty Images)". */
export const CAPTION_CREDIT_END = new RegExp(
  `\\((?:[^()]*\\b(?:${names})\\b[^()]*|(?:photo(?:graph)?s?|image|picture|photo credit|credit)\\s*:[^()]*)\\)$`,
  'i',
);

/** "Photo: Splash", "Photo Credit: …", "Image: Instagram Stories". */
export const CREDIT_LINE_START = /^(?:photo(?:graph)?s?|image|picture|credit|photo credit)\s*(?:credit)?\s*:/i;

/** "READ NEXT", "SEE ALSO", "Related stories": a line that only announces links to other stories. */
export const MARKERS: RegExp[] = lexicon.markers.map((source) => new RegExp(source, 'i'));

/** "View this post on Instagram": the frame an embedded post leaves. */
export const EMBED_MARKERS: RegExp[] = lexicon.embedMarkers.map((source) => new RegExp(source, 'i'));

/** "pic.twitter.com/QEaYmlOFUj", "https://t.co/…": a bare link, read by no one. */
export const LINKS = new RegExp(lexicon.links.join('|'), 'giu');

/** "(Jamie McCarthy/Getty Images)": a photographer's credit before the agency. */
export const INLINE_PHOTOGRAPHER = new RegExp(`\\([\\p{Lu}][^()\\n/]{1,50}\\s*/\\s*(?:${names})\\)`, 'gu');

// "… in New York. Photo: Pete Davidson and Ariana Grande at the 2018 MTV Video Music Awards …":
// a caption opened after a sentence's end, running to the end of its line.
// Written as is, Capitalised or in capitals; no /i, which would let \p{Lu} match any letter.
const openers = lexicon.captionOpeners
  .flatMap((w) => [w, at(w, 0).toUpperCase() + w.slice(1), w.toUpperCase()])
  .map(escapeRegExp)
  .join('|');
export const INLINE_PHOTO_CAPTION = new RegExp(
  `(?<=[.!?]["”’)]?[ \\t\\u00a0]+)(?:${openers})[ \\t\\u00a0]*:[ \\t\\u00a0]+\\p{Lu}[^\\n]{2,300}$`,
  'gmu',
);
