// The clusterer end to end: storylines that must stay apart or come together, incremental runs through saved
// state, labels, and bounded state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer, type StoryInput, type StoryOptions } from '../../src/stories/index.js';
import { bcubed, purity } from '../../src/evaluate/stories.js';
import { background, stream } from './streams.js';

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

test('names alone do not join: a story sharing only a ubiquitous name with another stays apart', () => {
  // A carmaker's restructuring and a stock-market day both name the United States (as most news does: the
  // background names it too), and nothing else. Without the minimum text similarity the market report joins the carmaker.
  const carmaker: StoryInput[] = [0, 1, 2].map((k) => ({
    id: k,
    published: `2009-05-0${k + 1}`,
    text:
      `Zorvex Motors filed for bankruptcy protection in the United States, and its chief executive Dara Kolvin ` +
      `promised to close ${['four plants', 'two assembly lines', 'hundreds of dealerships'][k]} under a restructuring backed by creditors.`,
  }));
  const market: StoryInput = {
    id: 10,
    published: '2009-05-04',
    text: 'Shares tumbled in the United States on Monday as investors sold bank stocks, and bond yields fell to a record low on the Nasdaq exchange.',
  };
  const run = (opts: Partial<StoryOptions>): Map<number, number> => {
    const c = new StoryClusterer(opts);
    // Enough background that "United States" is known to be common (more than the imagined prior documents).
    for (let k = 0; k < 5; k++) c.add(background(`2009-04-${10 + k}`, 100 + 10 * k, ' It was welcomed in the United States.'));
    return new Map(c.add([...carmaker, market]).map((a) => [a.articleId, c.canonical(a.storyId)]));
  };
  const withRule = run({});
  assert.equal(withRule.get(1), withRule.get(0), 'the carmaker story split');
  assert.notEqual(withRule.get(10), withRule.get(0), 'the market report joined the carmaker story on "United States" alone');
  const withoutRule = run({ minTextSimilarity: 0 });
  assert.equal(withoutRule.get(10), withoutRule.get(0), 'the scenario no longer exercises the rule: it stays apart without it');
});

test('one storyline resumes after a long pause with the same core names; a look-alike with other names does not join', () => {
  // A doctor is charged over a singer's death in February; the trial opens in November, nine months later.
  // Meanwhile another doctor is charged over another death, in another city: same kind of event, other names.
  const charged: StoryInput[] = [0, 1, 2, 3].map((k) => ({
    id: k,
    published: `2010-02-0${k + 1}`,
    text:
      `Prosecutors in Marlow City charged Dr Elias Brandt with involuntary manslaughter over the death of the singer Nadia Voss, ` +
      `${['who died of an overdose of sedatives', 'whose family welcomed the charge', 'after a police inquiry lasting months', 'and Brandt pleaded not guilty'][k]}.`,
  }));
  const trial: StoryInput = {
    id: 20,
    published: '2010-11-08',
    text: 'The trial of Dr Elias Brandt over the death of Nadia Voss opened in Marlow City, with prosecutors telling jurors he gave the singer sedatives and left her alone.',
  };
  const other: StoryInput = {
    id: 30,
    published: '2010-11-08',
    text: 'Prosecutors in Port Selwyn charged Dr Hanna Okafor with involuntary manslaughter over the death of the boxer Tomas Reyes, who died after surgery.',
  };
  const c = new StoryClusterer();
  c.add(background('2010-01-20', 100));
  const story = c.canonical(c.add(charged)[0]!.storyId);
  c.add(background('2010-06-01', 200));
  const later = new Map(c.add([trial, other]).map((a) => [a.articleId, c.canonical(a.storyId)]));
  assert.equal(later.get(20), story, 'the trial nine months later did not join the storyline it continues');
  assert.notEqual(later.get(30), story, 'another doctor charged over another death joined the storyline');
});

test('cold start: the first articles of a new stream about one happening form one story', () => {
  // With two documents seen, every word they share looks as common as a word in every document; without a
  // prior on document counts the second report of the collapse starts a story of its own.
  const first: StoryInput = {
    id: 1,
    published: '2023-03-14',
    text: 'The Harrow Street bridge in Velden collapsed into the river on Tuesday morning, and rescuers searched the water for survivors of the collapse.',
  };
  const second: StoryInput = {
    id: 2,
    published: '2023-03-15',
    text:
      'Engineers blamed corroded steel cables for the Harrow Street disaster in Velden, where divers recovered ' +
      'seven bodies overnight. Mayor Ilse Brant ordered inspections of tunnels, viaducts and overpasses citywide, ' +
      'closed two ferry piers, and promised compensation to families who lost relatives.',
  };
  const run = (opts: Partial<StoryOptions>): number[] => {
    const c = new StoryClusterer(opts);
    return c.add([first, second]).map((a) => c.canonical(a.storyId));
  };
  const [a, b] = run({});
  assert.equal(b, a, 'the second report of the collapse started another story');
  const [x, y] = run({ idfPriorDocs: 0 });
  assert.notEqual(y, x, 'the scenario no longer exercises the cold-start prior: the reports join without it');
});

test('an article arriving long after newer stories still joins its old story, whatever shares its common words', () => {
  const quake = (id: number, published: string): StoryInput => ({
    id, published, title: `Concepcion earthquake rescuers dig through rubble`,
    text: 'Rescuers in Concepcion dug through rubble after the earthquake, Chile said. Aftershocks shook Concepcion.',
  });
  const inputs: StoryInput[] = [quake(1, '2010-02-27'), quake(2, '2010-02-28'), quake(3, '2010-03-01')];
  // Two years of other news, sharing the common words "said" and "Chile".
  for (let i = 0; i < 40; i++) {
    inputs.push({ id: 10 + i, published: `2012-${String(1 + (i % 12)).padStart(2, '0')}-10`, title: `Vote count ${i} in Santiago district ${i}`,
      text: `Officials in Chile said the count in district ${i} of Santiago went on. Candidate${i} Party${i} leads.` });
  }
  let c = new StoryClusterer();
  const first = new Map(c.add(inputs).map((a) => [a.articleId, a.storyId]));
  c = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(c)));
  const [late] = c.add([quake(99, '2010-03-02')]);
  assert.equal(c.canonical(late!.storyId), c.canonical(first.get(1)!));
});
