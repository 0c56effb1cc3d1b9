import { z } from 'zod';
import data from '../../../data/lexicons/event-triggers.json' with { type: 'json' };
import { parseData, provenance, words } from '../data.ts';
import { SPEECH_USES, speechForms } from '../text/speech.ts';
import { isEntityType } from '../types.ts';

// data/lexicons/event-triggers.json, checked at load. In `clause`, `retype` and `words`, "$prize" stands for the
// word list `words.prize` and "@event" for an entity of that type.
const need = z
  .string()
  .min(1)
  .refine((item) => !item.startsWith('@') || isEntityType(item.slice(1)), 'an @ must name an entity type');

const parsed = parseData(
  z.object({
    ...provenance,
    triggers: z.array(
      z
        .object({
          type: z.string().min(1),
          forms: words.optional(),
          /** Forms read from data/lexicons/speech.json, the forms of this use: the speech verbs are written there once. */
          speechUse: z.enum(SPEECH_USES).optional(),
          anaphor: z.boolean().optional(),
          /** Who the trigger needs named in its sentence: a speaker (said, told) or an outlet (reported). */
          needs: z.enum(['speaker', 'outlet']).optional(),
          verb: z.boolean().optional(),
          clause: z.array(need).optional(),
          retype: z.record(z.string(), need).optional(),
          subject: z.array(z.string().refine(isEntityType, 'an entity type')).optional(),
          /** More entity types its objects may have than people, works and events ("sued The Sun", "signed with Columbia"). */
          objects: z.array(z.string().refine(isEntityType, 'an entity type')).optional(),
        })
        .refine(
          (g) => (g.forms === undefined) !== (g.speechUse === undefined),
          'a group has `forms` or `speechUse`, not both',
        ),
    ),
    words: z.record(z.string(), z.array(need)),
  }),
  data,
  'data/lexicons/event-triggers.json',
);

/** The trigger lexicon, a `speechUse` group's forms read from speech.json. */
export const triggerLexicon = {
  ...parsed,
  triggers: parsed.triggers.map(({ forms, ...group }) => ({
    ...group,
    forms: group.speechUse ? speechForms(group.speechUse) : (forms ?? []),
  })),
};

export type TriggerGroup = (typeof triggerLexicon.triggers)[number];
