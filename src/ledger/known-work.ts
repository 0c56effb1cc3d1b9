// A casting claim that names the person but not the work joins the person's casting story the ledger already holds,
// when the article names that work: "Now Mike Fleming Jr. at Deadline says a decision has been taken, and Pattinson
// has the role" (robert-pattinson-batman-casting-06, an article on "Warner Bros. has picked its new Batman") is Deadline
// on Pattinson's casting in The Batman, a second outlet beside Variety. Without a work a casting is no story
// (evidence.ts SHAPES), so the claim was dropped. The stored extraction is left as it is: only the evidence filed
// from it names the work.
import type { Claim, Extraction } from '../extract/index.ts';
import { escapeRegExp } from '../extract/text/patterns.ts';
import type { EntityRow, StoreTx } from '../store/index.ts';

/** The ways an article may name a known work, in order; the first that applies names why. */
export const KNOWN_WORK_RULES: Array<{ name: string; names: (text: string, work: string) => boolean }> = [
  // "The Batman" named in full, or by its words without the article ("its new Batman"), capitalised as a title is.
  {
    name: 'work-named',
    names: (text, work) => {
      const bare = work.replace(/^(?:The|A|An)\s+/u, '');
      if (!/^\p{Lu}/u.test(bare)) return false;
      return new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(bare)}(?![\p{L}\p{N}])`, 'u').test(text);
    },
  },
];

/** The id under which a known work is lent to the article's entities (never an extraction id). */
const lentId = (work: EntityRow): string => `known:${work.id}`;

/**
 * The extraction and entities evidence is filed from: each casting claim on one person and no work gets, as implied,
 * the one work of that person's stored casting stories the article names (KNOWN_WORK_RULES); none or several: as is.
 */
export async function withKnownWorks(
  tx: StoreTx,
  extraction: Extraction,
  entities: Map<string, EntityRow>,
  text: string,
): Promise<{ extraction: Extraction; entities: Map<string, EntityRow> }> {
  const lent = new Map(entities);
  let changed = false;
  const claims: Claim[] = [];
  for (const claim of extraction.claims) {
    const resolved = [...claim.subjects, ...(claim.implied ?? [])]
      .map((id) => entities.get(id))
      .filter((e): e is EntityRow => !!e);
    const people = [...new Map(resolved.filter((e) => e.type === 'person').map((e) => [e.id, e])).values()];
    const person = people[0];
    if (claim.type !== 'casting' || people.length !== 1 || !person || resolved.some((e) => e.type !== 'person')) {
      claims.push(claim);
      continue;
    }
    const works = new Map<string, { id: string; name: string }>();
    for (const story of await tx.storiesOf(person.id))
      if (story.type === 'casting')
        for (const s of story.subjects)
          if (s.id !== person.id && KNOWN_WORK_RULES.some((r) => r.names(text, s.name))) works.set(s.id, s);
    const only = works.size === 1 ? [...works.values()][0] : undefined;
    const row = only ? await tx.entity(only.id) : null;
    if (!row || row.type === 'person') {
      claims.push(claim);
      continue;
    }
    const work: EntityRow = { id: row.id, name: row.name, type: row.type };
    lent.set(lentId(work), work);
    claims.push({ ...claim, implied: [...(claim.implied ?? []), lentId(work)] });
    changed = true;
  }
  return changed ? { extraction: { ...extraction, claims }, entities: lent } : { extraction, entities };
}
