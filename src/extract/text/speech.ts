// Speech verbs, written once (data/lexicons/speech.json): each form with the uses it has. The claims stage, the names
// and coreference stages and the events stage each read the forms of their uses, so "snitched" is added in one place
// and 'said' means the same to all of them.
import { z } from 'zod';
import speechJson from '../../../data/lexicons/speech.json' with { type: 'json' };
import { parseData, provenance } from '../data.ts';
import { lazy } from '../../invariant/lazy.ts';

/** What a speech form is for; speech.json `uses` says what each means, with examples. */
export const SPEECH_USES = ['quote', 'report', 'ownWord', 'statement', 'speaker', 'telling', 'speaking'] as const;
export type SpeechUse = (typeof SPEECH_USES)[number];

const use = z.enum(SPEECH_USES);
const speech = lazy(() =>
  parseData(
    z.object({
      ...provenance,
      uses: z.record(use, z.string().min(1)),
      notWork: z.string().min(1),
      forms: z.record(z.string().min(1), z.array(use).min(1)),
    }),
    speechJson,
    'data/lexicons/speech.json',
  ),
);

/**
 * The forms that have `use`, in the file's order, {notWork} spelled out: regular-expression fragments, to be matched
 * case-insensitively as whole words (the `speaker` and `telling` forms are plain words, the `speaking` forms plain words
 * or phrases of them).
 * @example speechForms('speaker').includes('said') // true
 */
export function speechForms(wanted: SpeechUse): string[] {
  const { forms, notWork } = speech();
  return Object.entries(forms)
    .filter(([, uses]) => uses.includes(wanted))
    .map(([form]) => form.replaceAll('{notWork}', notWork));
}
