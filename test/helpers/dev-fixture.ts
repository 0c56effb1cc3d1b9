// Entities of the development articles in test/fixtures/celebrity-dev-claims.jsonl (Perez-Rosas
// et al. 2018, pairs 001-200), written by hand: src/extract/claims/dev-articles.test.ts tests the claims
// stage on these, so a claims failure there is the claims stage's, whatever the entities stage finds.
import type { HandEntity } from './hand-doc.ts';

export const devEntities: Record<string, HandEntity[]> = {
  'celebrity-003legit': [
    {
      id: 'e1',
      type: 'person',
      name: 'Jennifer Aniston',
      mentions: ['Jennifer Aniston', 'Aniston', 'Jen', 'the 47-year-old actress', 'the actress'],
    },
    { id: 'e2', type: 'person', name: 'Justin Theroux', mentions: ['Justin'] },
    { id: 'e3', type: 'outlet', name: 'New York Post', mentions: ['the New York Post'] },
    { id: 'e4', type: 'outlet', name: 'InTouch', mentions: ['InTouch magazine', 'the magazine', 'The magazine'] },
    { id: 'e5', type: 'person', name: 'Nancy Dow', mentions: ['Nancy Dow'] },
  ],
  'celebrity-094legit': [
    { id: 'e1', type: 'person', name: 'Lady Gaga', mentions: ['Lady Gaga', 'Gaga', 'the singer', 'the 29-year-old'] },
    { id: 'e2', type: 'person', name: 'Taylor Kinney', mentions: ['Taylor Kinney', 'Kinney'] },
    { id: 'e3', type: 'outlet', name: 'Rumor Fix', mentions: ['Rumor Fix'] },
    { id: 'e4', type: 'outlet', name: 'AceShowbiz', mentions: ['aceshowbiz.com'] },
    { id: 'e5', type: 'platform', name: 'Twitter', mentions: ['Twitter'] },
    { id: 'e6', type: 'platform', name: 'Instagram', mentions: ['Instagram'] },
    { id: 'e7', type: 'place', name: 'Malibu', mentions: ['Malibu beach'] },
    { id: 'e8', type: 'place', name: 'Los Angeles', mentions: ['LOS ANGELES'] },
  ],
  'celebrity-184fake': [
    { id: 'e1', type: 'person', name: 'Justin Timberlake', mentions: ['Justin Timberlake', 'Justin', 'Timberlake'] },
    { id: 'e2', type: 'person', name: 'Jessica Biel', mentions: ['Jessica Biel', 'Jessica', 'Biel', 'Jess'] },
    { id: 'e3', type: 'outlet', name: 'OK!', mentions: ['The American magazine OK!', 'OK!', 'the American paper'] },
    { id: 'e4', type: 'event', name: 'Emmy Awards', mentions: ['the Emmy’s Awards Gala', 'The Emmy Gala'] },
    { id: 'e5', type: 'place', name: 'Brazil', mentions: ['Brazil'] },
    { id: 'e6', type: 'place', name: 'Italy', mentions: ['southern Italy'] },
    { id: 'e7', type: 'person', name: 'Silas Randall Timberlake', mentions: ['Silas Randall Timberlake'] },
  ],
  'celebrity-137fake': [
    { id: 'e1', type: 'person', name: 'Miley Cyrus', mentions: ['Miley Cyrus', 'Miley', 'Cyrus'] },
    { id: 'e2', type: 'person', name: 'Liam Hemsworth', mentions: ['Liam Hemsworth', 'Liam', 'Hemsworth'] },
    { id: 'e3', type: 'person', name: 'Tish Cyrus', mentions: ['Tish Cyrus'] },
    { id: 'e4', type: 'outlet', name: 'The Sun on Sunday', mentions: ['The Sun on Sunday'] },
    { id: 'e5', type: 'outlet', name: 'NW Magazine', mentions: ['NW Magazine', 'the outlet'] },
    { id: 'e6', type: 'outlet', name: 'The Sun', mentions: ['The Sun'] },
    { id: 'e7', type: 'outlet', name: 'Daily Mail', mentions: ['The Daily Mail'] },
    { id: 'e8', type: 'outlet', name: 'People', mentions: ['People'] },
    { id: 'e9', type: 'outlet', name: 'E!', mentions: ['E!'] },
    { id: 'e10', type: 'place', name: 'Malibu', mentions: ['Malibu'] },
    { id: 'e11', type: 'place', name: 'Australia', mentions: ['Australia'] },
  ],
};
