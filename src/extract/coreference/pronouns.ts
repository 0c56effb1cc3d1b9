import type { Gender } from '../names/index.ts';

/** Third-person pronouns and what they agree with; 'pair' for they/them/their. */
export const PRONOUNS = new Map<string, Gender | 'pair'>([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
  ['they', 'pair'],
  ['them', 'pair'],
  ['their', 'pair'],
  ['theirs', 'pair'],
  ['themselves', 'pair'],
]);

/** Possessive pronouns: "her April 30th birthday" makes her the birthday's owner. */
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);
