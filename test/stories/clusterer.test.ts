import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer, type StoryInput, type StoryOptions } from '../../src/stories/index.js';
import { bcubed, purity } from '../../src/evaluate/stories.js';

// Two earthquakes and two elections in the same month: the topic words are shared by both of each pair,
// the places and people are not. Wording varies inside each storyline, as different outlets would write it.
function quake(id: number, day: number, place: string, city: string, official: string, variant: number): StoryInput {
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

function election(id: number, day: number, country: string, a: string, b: string, capital: string, variant: number): StoryInput {
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

function stream(): { inputs: StoryInput[]; gold: string[] } {
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

function storiesOf(inputs: StoryInput[], batch: number): Map<number, number> {
  let c = new StoryClusterer();
  const out = new Map<number, number>();
  for (let i = 0; i < inputs.length; i += batch) {
    for (const a of c.add(inputs.slice(i, i + batch))) out.set(a.articleId, a.storyId);
    c = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(c)));
  }
  return out;
}

test('two earthquakes and two elections in the same month stay four stories', () => {
  const { inputs, gold } = stream();
  const assigned = storiesOf(inputs, inputs.length);
  const pred = inputs.map((a) => assigned.get(a.id)!);
  // No story mixes two gold storylines …
  assert.equal(purity(pred, gold), 1, `mixed stories: ${JSON.stringify(pred)}`);
  // … and each storyline is mostly one story.
  const b3 = bcubed(pred, gold);
  assert.ok(b3.recall >= 0.75, `storylines split too much: recall ${b3.recall.toFixed(3)}, stories ${JSON.stringify(pred)}`);
});

test('an incremental run in small batches through saved state matches one pass', () => {
  const { inputs } = stream();
  const whole = storiesOf(inputs, inputs.length);
  const paged = storiesOf(inputs, 3);
  const pairs = (m: Map<number, number>): string[] =>
    inputs.map((a) => inputs.filter((b) => m.get(b.id) === m.get(a.id)).map((b) => b.id).join(','));
  assert.deepEqual(pairs(paged), pairs(whole));
});

test('stories are labelled from their entities and terms, with dated events', () => {
  const { inputs } = stream();
  const c = new StoryClusterer();
  c.add(inputs);
  const stories = c.stories();
  const chile = stories.find((s) => /chile|concepción/i.test(s.label));
  assert.ok(chile, `no story labelled with Chile: ${stories.map((s) => s.label).join(' | ')}`);
  assert.ok(chile.first <= chile.last);
  const eventArticles = chile.events.reduce((n, e) => n + e.articles, 0);
  assert.equal(eventArticles, chile.articles);
  for (const e of chile.events) assert.match(e.date, /^2021-03-\d\d$/);
});

test('state stays bounded: centroids keep at most their top-k entries', () => {
  const c = new StoryClusterer({ storyTerms: 20, storyEntities: 5 });
  const inputs: StoryInput[] = [];
  for (let i = 0; i < 60; i++) {
    // One storyline (shared names) whose vocabulary keeps changing.
    inputs.push({
      id: i,
      published: '2021-05-01',
      text: `Acme Corporation and Globex Industries announced item${i}a item${i}b item${i}c widget${i} in their merger talks.`,
    });
  }
  c.add(inputs);
  const state = JSON.parse(JSON.stringify(c)) as { stories: { terms: unknown[]; entities: unknown[] }[] };
  for (const s of state.stories) {
    assert.ok(s.terms.length <= 20, `story keeps ${s.terms.length} terms`);
    assert.ok(s.entities.length <= 5, `story keeps ${s.entities.length} entities`);
  }
});

test('a malformed state is rejected with a clear message', () => {
  assert.throws(
    () => StoryClusterer.fromJSON({ version: 2, docs: 1, nextStoryId: 2, nextEventId: 2, newestDay: 1, termVocab: [], entityVocab: [], stories: [{ id: 1, first: 1, last: 1, articles: 1, joins: 0, joinScoreSum: 0, terms: [['x']], entities: [] }] }),
    /story 1 terms holds a malformed entry/,
  );
});

test('B-cubed and purity on a hand-computed example', () => {
  // gold: a a a b b ; pred: 1 1 2 2 2
  const gold = ['a', 'a', 'a', 'b', 'b'];
  const pred = [1, 1, 2, 2, 2];
  const s = bcubed(pred, gold);
  // precision: items 1,2: 2/2; item 3: 1/3; items 4,5: 2/3 → (1+1+1/3+2/3+2/3)/5 = 11/15
  assert.ok(Math.abs(s.precision - 11 / 15) < 1e-12);
  // recall: items 1,2: 2/3; item 3: 1/3; items 4,5: 2/2 → (2/3+2/3+1/3+1+1)/5 = 11/15
  assert.ok(Math.abs(s.recall - 11 / 15) < 1e-12);
  assert.ok(Math.abs(purity(pred, gold) - 4 / 5) < 1e-12);
  assert.deepEqual(bcubed(gold, gold), { precision: 1, recall: 1, f1: 1 });
});

test('a straggler story that names a large recent story joins it; a parallel happening does not', () => {
  // Background news first, so that names have meaningful rarity; then an oil spill followed for twelve days.
  const teams = ['Arsenal', 'Chelsea', 'Liverpool', 'Everton', 'Fulham', 'Wolves', 'Leeds', 'Burnley', 'Stoke', 'Wigan'];
  const background: StoryInput[] = teams.map((t, k) => ({
    id: 200 + k,
    published: '2010-04-20',
    text: `${t} beat ${teams[(k + 3) % 10]} at home on Saturday, with ${['Smith', 'Jones', 'Brown', 'Taylor', 'Wilson'][k % 5]} scoring twice.`,
  }));
  const spill: StoryInput[] = [];
  for (let k = 0; k < 12; k++) {
    spill.push({
      id: k,
      published: `2010-05-${String(1 + k).padStart(2, '0')}`,
      text:
        `Oil kept gushing from the Deepwater Horizon well as Transocean and BP engineers tried ${['a containment dome', 'a top kill', 'a riser tube', 'dispersants'][k % 4]}. ` +
        `Crude slicks reached the Louisiana marshes, and fishermen in the Gulf of Mexico counted their losses from the spill.`,
    });
  }
  const followUp: StoryInput = {
    id: 100,
    published: '2010-05-14',
    text: 'Lawyers filed a class action in New Orleans against BP and Transocean, owners of the Deepwater Horizon rig, on behalf of shrimpers and hotel owners seeking damages.',
  };
  const other: StoryInput = {
    id: 101,
    published: '2010-05-14',
    text: 'Oil from a ruptured pipeline operated by Sinopec spilled into the Yangtze near Wuhan, and Chinese officials closed fisheries as slicks spread downstream.',
  };
  const first = new StoryClusterer();
  first.add(background);
  const spillStory = first.add(spill)[0]!.storyId;
  const state = JSON.parse(JSON.stringify(first)) as unknown;
  // The later batch runs with an article-level bar no single article clears, so only the batch-end
  // straggler step can bring the follow-up in.
  const run = (opts: Partial<StoryOptions>): Map<number, number> => {
    const c = StoryClusterer.fromJSON(state, { joinThreshold: 0.9, ...opts });
    return new Map(c.add([followUp, other]).map((a) => [a.articleId, c.canonical(a.storyId)]));
  };
  const without = run({ stragglerMaxArticles: 0 });
  assert.notEqual(without.get(100), spillStory, 'the follow-up joined the spill story without straggler attachment');
  const withStragglers = run({});
  assert.equal(withStragglers.get(100), spillStory, 'the follow-up naming Deepwater Horizon, BP, Transocean stayed apart');
  assert.notEqual(withStragglers.get(101), spillStory, 'another spill with other names joined the Deepwater Horizon story');
});
