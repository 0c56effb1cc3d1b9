import { cues } from '../lexicon.ts';
import type { AttributionRule } from './types.ts';

// Fans only hold what they wonder about or read into: "eagle-eyed fans noticed…", "fans speculated". A hearsay
// cue alone ("Wedding rumors…") is no wondering of theirs: only the speaker's own hedges count.
// Every form of the verb: "has fans wondering whether his wife … is expecting" (New York Daily News) is theirs too.
const WONDER =
  /\b(notic(?:e|es|ed|ing)|spott(?:ed|ing)|speculat(?:e|es|ed|ing|ion)|wonder(?:s|ed|ing)?|think(?:s|ing)?|believ(?:e|es|ed|ing)|convinced|theori[sz](?:e|es|ed|ing))\b/i;

// Someone's participle of speech right before the fans: ", saying viewers may…", ", adding that fans…".
const SAYING_BEFORE =
  /,\s*(?:saying|adding|claiming|insisting|arguing|warning|suggesting)\s+(?:that\s+)?(?:\w+\s+){0,3}$/i;

const SPEAKS_OF_SELF =
  /\b(?:announc(?:ed|es|e)|confirm(?:ed|s)?|reveal(?:ed|s)?|said|says|told|wrote|posted|shared)\s+(?:that\s+)?(?:he|she|they|we|i)\b/i;

export const fansRules: AttributionRule[] = [
  {
    // "Could it be a sweet gesture from Tom?" after "eagle-eyed fans noticed something else": the fans ask.
    name: 'fans',
    apply: (f) => {
      const fans = f.fans();
      if (!fans || !(f.question || f.speakerHedged || WONDER.test(f.sentence.text))) return null;
      // "But Clooney accused O'Reilly of creating a fuss for his own personal gain, saying viewers may now be “afraid
      // that their money will do no good”" (bbc-entertainment-182): fans named in what someone says are not its holder.
      const named = cues.fans.exec(f.sentence.text);
      if (named && SAYING_BEFORE.test(f.sentence.text.slice(0, named.index))) return null;
      // "Zayn Malik's followers sensed something was wrong before he said a word. On Tuesday, March 13, the singer
      // announced that he and Gigi Hadid have ended their relationship" (a Gigi Hadid desk stream article): fans of the
      // sentence before hold nothing a clause has someone announce of themselves.
      // (The speaker is a person named right before the verb: "One wrote that they didn't believe Miley and Liam married"
      // is a fan's.)
      const self = cues.fans.test(f.clause.text) ? null : SPEAKS_OF_SELF.exec(f.clause.text);
      const at = self ? f.clause.start + self.index : -1;
      if (
        self &&
        f.located.some(
          (l) => l.entity.type === 'person' && l.mention.end <= at && /^\s*$/.test(f.doc.text.slice(l.mention.end, at)),
        )
      )
        return null;
      const stance = f.question ? 'questions' : 'hedges';
      return { holder: { kind: 'fans', entity: null, text: fans[0] }, stance, rule: `claim-fans:${stance}` };
    },
  },
];
