// Hand-written article streams for the story clusterer's tests: storylines that share topic words but not
// names, and background news that gives names and words a meaningful rarity.
import type { StoryInput, StoryOptions } from '../../src/stories/index.js';

// Two earthquakes and two elections in the same month: the topic words are shared by both of each pair,
// the places and people are not. Wording varies inside each storyline, as different outlets would write it.
export function quake(id: number, day: number, place: string, city: string, official: string, variant: number): StoryInput {
  const d = `2021-03-${String(day).padStart(2, '0')}`;
  const texts = [
    `A powerful earthquake struck ${place} on Tuesday, killing dozens of people and collapsing buildings in ${city}. ` +
      `${official} said rescue teams were searching the rubble for survivors. The magnitude 7.1 quake was felt across the region.`,
    `Rescuers in ${city} pulled survivors from collapsed homes after the quake. ${official} declared a state of emergency in ${place} ` +
      `as the death toll rose and aftershocks rattled residents who slept outdoors.`,
    `Aid arrived in ${place} two days after the earthquake. ${official} thanked foreign teams working in ${city}, ` +
      `where thousands remain homeless and hospitals are overwhelmed with injured people.`,
    `The death toll from the ${place} earthquake passed 200, ${official} said, as crews in ${city} cleared debris ` +
      `and engineers inspected damaged bridges and schools.`,
  ];
  return { id, published: d, text: texts[variant % texts.length]! };
}

export function election(id: number, day: number, country: string, a: string, b: string, capital: string, variant: number): StoryInput {
  const d = `2021-03-${String(day).padStart(2, '0')}`;
  const texts = [
    `Voters in ${country} went to the polls on Sunday in a presidential election between ${a} and ${b}. ` +
      `Turnout in ${capital} was high, election officials said.`,
    `${a} claimed victory in ${country}'s presidential election as early results showed a lead over ${b}. ` +
      `Supporters celebrated in the streets of ${capital}.`,
    `${b} refused to concede the ${country} vote, alleging irregularities at polling stations in ${capital}, ` +
      `while ${a} called for calm and national unity.`,
    `Final results confirmed ${a} as the winner of the ${country} presidential election with 54 percent of the ballots; ` +
      `${b} said he would challenge the count in court in ${capital}.`,
  ];
  return { id, published: d, text: texts[variant % texts.length]! };
}

export function stream(): { inputs: StoryInput[]; gold: string[] } {
  const inputs: StoryInput[] = [];
  const gold: string[] = [];
  let id = 1;
  for (let k = 0; k < 8; k++) {
    const day = 2 + k;
    inputs.push(quake(id++, day, 'Chile', 'Concepción', 'President Sebastián Piñera', k));
    gold.push('chile-quake');
    inputs.push(quake(id++, day, 'Turkey', 'Izmir', 'Minister Süleyman Soylu', k + 1));
    gold.push('turkey-quake');
    inputs.push(election(id++, 10 + k, 'Peru', 'Pedro Castillo', 'Keiko Fujimori', 'Lima', k));
    gold.push('peru-election');
    inputs.push(election(id++, 10 + k, 'Ecuador', 'Guillermo Lasso', 'Andrés Arauz', 'Quito', k + 2));
    gold.push('ecuador-election');
  }
  return { inputs, gold };
}

// Background news on many subjects, so that names and words have meaningful rarity before a test stream.
export function background(day: string, firstId: number, tail = ''): StoryInput[] {
  const subjects = [
    'The museum in Florence reopened its Renaissance gallery after restoration of frescoes by Giotto.',
    'Arsenal beat Chelsea at the Emirates Stadium, with Bukayo Saka scoring twice in the second half.',
    'Farmers in Punjab began harvesting wheat early as a heatwave scorched fields across northern India.',
    'The Royal Ballet premiered a new production of Giselle at Covent Garden to a standing ovation.',
    'Astronomers at the Paranal Observatory in Chile reported a comet brightening near Jupiter.',
    'A ferry operator in Norway ordered three electric vessels for routes along the Oslofjord.',
    'The Louvre in Paris lent two paintings by Vermeer to the Rijksmuseum in Amsterdam.',
    'Volkswagen opened a battery plant in Salzgitter, hiring engineers from Bosch and Siemens.',
  ];
  return subjects.map((text, k) => ({ id: firstId + k, published: day, text: text + tail }));
}

/**
 * Options of the saved-state fixture: small centroids keep it small; strict text bars and a low straggler
 * bar make the run merge one story into another, so the fixture holds an alias.
 */
export const FIXTURE_OPTIONS: Partial<StoryOptions> = {
  storyTerms: 12,
  storyEntities: 6,
  eventTerms: 6,
  textOnlyThreshold: 0.5,
  minTextSimilarity: 0.2,
  stragglerMinTarget: 2,
  stragglerThreshold: 0.05,
};

/**
 * The batches behind test/stories/fixtures/state-v3.json (state-v2.json was saved from them by the previous format): the four
 * storylines in two batches, then background news and a follow-up of the Chile earthquake two months later,
 * which closes that story's March events.
 */
export function fixtureBatches(): StoryInput[][] {
  const { inputs } = stream();
  const followUp = { ...quake(90, 1, 'Chile', 'Concepción', 'President Sebastián Piñera', 3), published: '2021-05-20' };
  return [inputs.slice(0, 16), inputs.slice(16), [...background('2021-05-20', 100), followUp]];
}
