// The seed article with entities and times annotated by hand (what the entities and times
// stages should produce), for testing events and claims on their own.
import type { Entity, Time } from '../../src/extract/types.ts';
import { handEntities, handTime, makeDoc, readHouse } from './hand-doc.ts';

export function seedFixture() {
  const { text, published } = readHouse('seed.txt');
  const doc = makeDoc(text, published);
  const entities: Entity[] = handEntities(text, [
    {
      id: 'e1',
      type: 'person',
      name: 'Tom Cruise',
      mentions: ['Tom Cruise', 'Tom', 'the Mission: Impossible star', 'The Hollywood legend', 'Bleary-eyed Tom'],
    },
    { id: 'e2', type: 'person', name: 'Ana de Armas', mentions: ['Ana de Armas', 'Ana', 'the Bond girl'] },
    {
      id: 'e3',
      type: 'person',
      name: 'David Beckham',
      mentions: ['David Beckham', 'David', 'the birthday boy', 'Beckham'],
    },
    { id: 'e4', type: 'person', name: 'Victoria Beckham', mentions: ['Victoria Beckham'] },
    { id: 'e5', type: 'outlet', name: 'Daily Mail', mentions: ['the Daily Mail'] },
    { id: 'e6', type: 'outlet', name: 'AFP', mentions: ['AFP'] },
    { id: 'e7', type: 'platform', name: 'Instagram', mentions: ['Instagram Stories', 'Instagram'] },
    { id: 'e8', type: 'place', name: 'Notting Hill', mentions: ['Notting Hill'] },
    { id: 'e9', type: 'place', name: 'Core restaurant', mentions: ['the Core restaurant'] },
    { id: 'e10', type: 'place', name: 'London', mentions: ['London'] },
    { id: 'e11', type: 'place', name: 'Vermont', mentions: ['Vermont'] },
    { id: 'e12', type: 'animal', name: 'Salsita', mentions: ['Salsita'] },
  ]);
  const times: Time[] = [
    handTime(text, 'this week', '2025-W19'),
    handTime(text, 'around 3 AM', '2025-05-04T03:00', 'TIME'),
    handTime(text, 'Saturday', '2025-05-03'),
    handTime(text, 'Earlier that week', '2025-W18'),
    handTime(text, 'April 30th', '2025-04-30'),
    handTime(text, 'Monday', '2025-05-05'),
    handTime(text, 'earlier this month', '2025-05'),
  ];
  return { text, doc, entities, times };
}
