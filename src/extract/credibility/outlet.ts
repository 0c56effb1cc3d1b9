import type { CredibilityInput } from './cues.ts';

// Scraped headlines often end with the site's name: "… Divorce! | Celeb Dirty Laundry", "… - Variety".
const SUFFIX = /\s(?:\||[-–—]{1,2})\s+([\p{Lu}][\p{L}\p{N}!.&' ]{1,40})$/u;

/** The outlet that published the article: the input's source, else a site name closing the headline. */
export function outletOf(input: CredibilityInput): string | null {
  if (input.source) return input.source.trim();
  const match = input.title?.trim().match(SUFFIX);
  const name = match?.[1]?.trim();
  // "- Report", "- EXCLUSIVE" close a headline too; an outlet name is a short proper name, not a tag.
  if (!name || name.split(/\s+/).length > 5 || /^(report|exclusive|photos?|video|watch|update)$/i.test(name))
    return null;
  return name;
}
