import type { Doc } from '../../doc.ts';
import type { Span } from '../../types.ts';
import { holderOf } from '../holders.ts';
import { cues } from '../lexicon.ts';
import type { Quote } from '../quotes.ts';
import { applyRules } from './apply.ts';
import { authorRules } from './author.ts';
import { onRecord } from './stance.ts';
import type { AttributionRule } from './types.ts';

/** The quotation with its attribution, as the claim's evidence. */
export function quoteSpan(doc: Doc, q: Quote): Span {
  const start = Math.min(q.start, q.attribution.start);
  const end = Math.max(q.end, q.attribution.end);
  return { text: doc.text.slice(start, end), start, end };
}

// A participle of saying after a comma, right before the quote it brings in.
const QUOTE_BROUGHT_IN =
  /,\s+(?:writing|saying|adding|captioning|telling\s+\w+|noting|explaining|gushing)(?:\s+(?:that|in\s+the\s+caption))?[,:]?\s*[“"]?$/i;

export const quoteRules: AttributionRule[] = [
  {
    // "“She has been traveling with Tom…,” a source noted": the quote's speaker holds it.
    // "Sources tell Star, “…”": the evidential cue names the speaker, as in reported speech.
    name: 'quote',
    apply: (f) => {
      if (!f.quote) return null;
      // Rule quote-narrative-proposition: "Minaj shared a photo of boyfriend Meek Mill, writing, “I love a good joke…”"
      // (celebrity-048legit): what the narrative tells before a participle of saying that brings the quote in is the
      // article's, not the speaker's; a denial or a withheld comment there is still read by the principal rules.
      // Not a proposition inside the quoted words, nor one in the attribution after them ('"…," Melania Trump said,
      // referring to her husband and Bush').
      if (
        f.own &&
        f.at &&
        f.at.start < f.quote.start &&
        QUOTE_BROUGHT_IN.test(f.doc.text.slice(f.at.start, f.quote.start))
      ) {
        if (f.denied || f.unconfirmed) return null;
        return applyRules(f, authorRules) ?? 'no-claim';
      }
      const holder = holderOf(f.quote.speaker, f.subjects);
      // "Bush refused to comment on the article to Page Six, telling the site: 'I cannot take this call.'"
      // (celebrity-049fake): a principal's refusal to comment, quoted, is theirs to decide by the principal rules.
      // The refusal in the attribution, not in the words: Kris Jenner's "She's not confirmed anything" is her word.
      if (holder.kind === 'principal' && f.unconfirmed && cues.unconfirmed.test(f.quote.attribution.text)) return null;
      const stance = f.denied
        ? 'denies'
        : holder.kind === 'principal'
          ? onRecord(f.lead)
          : f.speakerHedged
            ? 'hedges'
            : 'asserts';
      return { holder, stance, rule: `claim-quote:${stance}`, evidence: quoteSpan(f.doc, f.quote) };
    },
  },
];
