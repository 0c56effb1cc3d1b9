import type { AttributionRule } from './types.ts';

// Fans only hold what they wonder about or read into: "eagle-eyed fans noticed…", "fans speculated".
const WONDER = /\b(noticed|spotted|speculated|wondered|think|believe|convinced)\b/i;

export const fansRules: AttributionRule[] = [
  {
    // "Could it be a sweet gesture from Tom?" after "eagle-eyed fans noticed something else": the fans ask.
    name: 'fans',
    apply: (f) => {
      const fans = f.fans();
      if (!fans || !(f.question || f.hedged || WONDER.test(f.sentence.text))) return null;
      const stance = f.question ? 'questions' : 'hedges';
      return { holder: { kind: 'fans', entity: null, text: fans[0] }, stance, rule: `claim-fans:${stance}` };
    },
  },
];
