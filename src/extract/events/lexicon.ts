import { z } from 'zod';
import data from '../../../data/lexicons/event-triggers.json' with { type: 'json' };
import { parseData, provenance, words } from '../data.ts';
import { isEntityType } from '../types.ts';

// data/lexicons/event-triggers.json, checked at load. In `clause`, `retype` and `words`, "$prize" stands for the
// word list `words.prize` and "@event" for an entity of that type.
const need = z
  .string()
  .min(1)
  .refine((item) => !item.startsWith('@') || isEntityType(item.slice(1)), 'an @ must name an entity type');

export const triggerLexicon = parseData(
  z.object({
    ...provenance,
    triggers: z.array(
      z.object({
        type: z.string().min(1),
        forms: words,
        anaphor: z.boolean().optional(),
        /** Who the trigger needs named in its sentence: a speaker (said, told) or an outlet (reported). */
        needs: z.enum(['speaker', 'outlet']).optional(),
        verb: z.boolean().optional(),
        clause: z.array(need).optional(),
        retype: z.record(z.string(), need).optional(),
        subject: z.array(z.string().refine(isEntityType, 'an entity type')).optional(),
        /** More entity types its objects may have than people, works and events ("sued The Sun", "signed with Columbia"). */
        objects: z.array(z.string().refine(isEntityType, 'an entity type')).optional(),
      }),
    ),
    words: z.record(z.string(), z.array(need)),
  }),
  data,
  'data/lexicons/event-triggers.json',
);

export type TriggerGroup = (typeof triggerLexicon.triggers)[number];
