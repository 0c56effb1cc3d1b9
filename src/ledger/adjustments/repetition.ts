import type { EvidenceRow } from '../../store/index.ts';
import { REPEAT_FACTOR } from '../priors.ts';
import { because, sourceOf, type Adjustment, type State, type Step } from './adjustment.ts';

/** The source, the holder and the stance: anonymous sources are one voice whatever the article calls them. */
function voiceOf(row: EvidenceRow, source: { key: string }): string {
  return `${source.key}|${row.holderKind}|${row.holderKind === 'anonymous' ? '' : (row.holderName ?? '')}|${row.stance}`;
}

function heard(step: Step, row: EvidenceRow, state: State, source: { key: string; name: string }, voice: string): Step {
  // The Daily Mail's second "they are dating", or the same sentence syndicated by another site: not independent.
  if (state.voices.has(voice)) {
    return because(
      step,
      `repeats ${row.holderKind === 'outlet' ? source.name : 'the same voice'}, not independent`,
      step.value * REPEAT_FACTOR,
    );
  }
  // A copy whose original is not among these rows (it bears on another stage) stands in for it.
  if (source.key !== row.sourceKey) return because(step, `copy of ${source.name}`);
  if (!state.heard.has(source.key)) return because(step, `first from ${source.name}`);
  // Zendaya telling KIIS FM "It's friendship, no romance" after the host's own take: someone on record, heard in full.
  if (row.holderKind === 'principal' || row.holderKind === 'named-source')
    return because(step, `another voice in ${source.name}`);
  // The author, "the report", "a source" and "a second source" of one article are one chain of reporting, not five
  // (one article scored 0.97 on them alone).
  return because(step, `another voice in ${source.name}, not independent of it`, step.value * REPEAT_FACTOR);
}

/** A voice saying the same again, or another unnamed voice of a source already heard, adds little. */
export const repetition: Adjustment = {
  name: 'repetition',
  apply: (step, row, state) => {
    const source = sourceOf(row, state);
    const voice = voiceOf(row, source);
    const out = heard(step, row, state, source, voice);
    state.voices.add(voice);
    state.heard.add(source.key);
    return out;
  },
};
