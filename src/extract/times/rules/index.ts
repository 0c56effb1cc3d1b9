import type { Rule } from '../rule.ts';
import { absoluteRules } from './absolute.ts';
import { clockRules } from './clock.ts';
import { durationRules } from './durations.ts';
import { genericRules } from './generic.ts';
import { narrativeRules } from './narrative.ts';
import { quarterRules } from './quarters.ts';
import { relativeRules } from './relative.ts';
import { yearRules } from './years.ts';

/**
 * Every rule, in priority order: when two matches have the same extent the earlier rule wins,
 * so narrative anchors ("that week") and specific dates come before the generic references.
 */
export const RULES: Rule[] = [
  ...narrativeRules,
  ...absoluteRules,
  ...quarterRules,
  ...relativeRules,
  ...yearRules,
  ...clockRules,
  ...genericRules,
  ...durationRules,
];
