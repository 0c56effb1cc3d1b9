import lexicon from '../../../data/lexicons/debris.json' with { type: 'json' };

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Site furniture lines ("READ MORE: …", "Advertisement", newsletter pleas). */
export const BOILERPLATE: RegExp[] = lexicon.boilerplate.map((source) => new RegExp(source, 'i'));

// Longest names first, so "Getty Images" wins over "Getty".
const names = [...lexicon.creditNames].sort((a, b) => b.length - a.length).map(escape).join('|');

/** "(AFP)", "(Getty Images)", "(AFP via Getty Images)": an agency credit in parentheses (case matters: "(AP)"). */
export const INLINE_AGENCY = new RegExp(`\\((?:${names})(?:\\s*(?:/|via|for)\\s*[^()\\n]{1,50})?\\)`, 'g');

/** "(Photo: Splash News)", "(Photo Credit: Getty Images)": a caption credit in parentheses. */
export const INLINE_CAPTION = /\((?:photo(?:graph)?s?|image|picture|photo credit|credit)\s*:[^()\n]{1,80}\)/gi;

/** A line of its own that ends in an agency name: "Tristan Fewings / Getty Images", "Rex/Getty". */
export const CREDIT_LINE_END = new RegExp(`(?:^|[\\s/;,])(?:${names})\\.?$`);

/** A caption ending in its credit: "… the Will & Grace cast. (Photo Credit: Getty Images)". */
export const CAPTION_CREDIT_END = new RegExp(`\\((?:[^()]*\\b(?:${names})\\b[^()]*|(?:photo(?:graph)?s?|image|picture|photo credit|credit)\\s*:[^()]*)\\)$`, 'i');

/** "Photo: Splash", "Photo Credit: …", "Image: Instagram Stories". */
export const CREDIT_LINE_START = /^(?:photo(?:graph)?s?|image|picture|credit|photo credit)\s*(?:credit)?\s*:/i;

/** "READ NEXT", "SEE ALSO", "Related stories": a line that only announces links to other stories. */
export const MARKERS: RegExp[] = lexicon.markers.map((source) => new RegExp(source, 'i'));
