// Whether a principal's word is on record: the ledger's own rule for "confirmed" and a principal's denial.
import type { EvidenceRow } from '../store/index.ts';
import priors from '../../data/priors.json' with { type: 'json' };
import { nameKey } from './ids.ts';

const words = (list: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const HEARSAY = words(priors.onRecord.hearsay);
const SPEECH = words(priors.onRecord.speech);
const QUOTE = /["“”]/;
const REPRESENTATIVE = words(priors.onRecord.representatives);

/** A row as the ledger counts it: a principal not on record is demoted to the article's own voice, with the reason. */
export type CountedRow = EvidenceRow & { offRecord?: string };

const tokens = (name: string) => nameKey(name).split(' ').filter((t) => t.length > 1);

/** "Trump" is Donald Trump, "Miley Cyrus" is Miley Cyrus: a name shares a word with a subject's name. */
function namesSubject(name: string, subjects: Array<{ name: string }>): boolean {
  const held = new Set(tokens(name));
  return subjects.some((s) => tokens(s.name).some((t) => held.has(t)));
}

/** Why a principal row is not on record, or null when it is. */
export function offRecordReason(row: EvidenceRow, subjects: Array<{ name: string }>): string | null {
  const hearsay = HEARSAY.exec(row.text);
  if (hearsay) return `hearsay ("${hearsay[0]}")`;
  if (!SPEECH.test(row.text) && !QUOTE.test(row.text)) return 'no statement in the sentence';
  const representative = REPRESENTATIVE.test(row.text) || (row.holderName !== null && REPRESENTATIVE.test(row.holderName));
  const who = row.holderName ?? row.text;
  if (!representative && !namesSubject(who, subjects)) return `${row.holderName ?? 'the speaker'} is not a subject or their representative`;
  return null;
}

/**
 * Principal rows not on record (hearsay, no statement, a speaker who is not a subject) count as the
 * article's own report: a confirmation becomes an assertion, and the story cannot be confirmed by it.
 */
export function countedRows(rows: EvidenceRow[], subjects: Array<{ name: string }>): CountedRow[] {
  return rows.map((row) => {
    if (row.holderKind !== 'principal') return row;
    const reason = offRecordReason(row, subjects);
    if (!reason) return row;
    const stance = row.stance === 'confirms' ? 'asserts' : row.stance;
    const offRecord = `${row.holderName ?? 'a principal'} not on record: ${reason}`;
    return { ...row, holderKind: 'author', holderName: null, stance, offRecord };
  });
}
