// The extract stage's only door.
export { extract } from './pipeline.ts';
export { articleId, normaliseText } from './id.ts';
export { analyse } from './tokens/index.ts';
export type { Analysis, Sentence, Token } from './tokens/index.ts';
export type { Doc } from './doc.ts';
export type * from './types.ts';
export { ENTITY_TYPES, HEDGE_CATEGORIES, RELATIONSHIP_VALUES, TIME_MODS } from './types.ts';
