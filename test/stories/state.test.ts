// The saved state is stored in users' databases: a state written by this version must load and be written back
// byte for byte, the same batches must still produce it, and a state of the previous version (2) is migrated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { StoryClusterer } from '../../src/stories/index.js';
import { freshState, loadState, saveState, STATE_VERSION, type SavedStoryState } from '../../src/stories/state.js';
import { DEFAULT_STORY_OPTIONS } from '../../src/stories/options.js';
import { weekOf } from '../../src/stories/when.js';
import { fixtureBatches, FIXTURE_OPTIONS } from './streams.js';

const FIXTURE = new URL('./fixtures/state-v3.json', import.meta.url);
const FIXTURE_V2 = new URL('./fixtures/state-v2.json', import.meta.url);
const saved = (): string => readFileSync(FIXTURE, 'utf8').trimEnd();

test('a saved state loads and is saved again byte for byte', () => {
  const text = saved();
  const c = StoryClusterer.fromJSON(JSON.parse(text), FIXTURE_OPTIONS);
  assert.equal(JSON.stringify(c), text);
  // The fixture exercises every part of the format.
  const st = JSON.parse(text) as SavedStoryState;
  assert.equal(st.version, STATE_VERSION);
  assert.ok(st.aliases.length > 0, 'no merged story in the fixture');
  const events = st.stories.flatMap((s) => s.events);
  assert.ok(events.some((e) => e.label !== undefined && e.terms === undefined), 'no closed event in the fixture');
  assert.ok(events.some((e) => e.terms !== undefined && (e.headlines?.length ?? 0) > 0), 'no open event in the fixture');
  assert.ok(st.stories.some((s) => s.whenWeeks.length > 1), 'no story reporting on several weeks in the fixture');
  assert.ok(st.stories.every((s) => s.headlines.length > 0), 'a story without headline candidates in the fixture');
});

test('the batches behind the fixture still produce it byte for byte', () => {
  let c = new StoryClusterer(FIXTURE_OPTIONS);
  for (const batch of fixtureBatches()) {
    c.add(batch);
    c = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(c)), FIXTURE_OPTIONS);
  }
  assert.equal(JSON.stringify(c), saved());
});

test('a version-2 state is migrated: its stories keep their ids, report on their publication weeks and continue', () => {
  const old = JSON.parse(readFileSync(FIXTURE_V2, 'utf8')) as { version: number; stories: { id: number; first: number; last: number }[] };
  assert.equal(old.version, 2);
  const c = StoryClusterer.fromJSON(old, FIXTURE_OPTIONS);
  const st = c.toJSON();
  assert.equal(st.version, STATE_VERSION);
  assert.deepEqual(st.stories.map((s) => s.id), old.stories.map((s) => s.id));
  for (const [i, s] of st.stories.entries()) {
    const o = old.stories[i]!;
    assert.equal(s.whenWeeks[0], weekOf(o.first));
    assert.equal(s.whenWeeks.at(-1), weekOf(o.last));
    assert.deepEqual(s.headlines, []);
  }
  // Without candidates, labels fall back to names and terms; a new article brings its headline.
  assert.ok(c.stories().every((s) => s.label.length > 0));
  const [a] = c.add([{ id: 500, published: '2021-05-21', text: 'Rescuers in Concepción pulled survivors from homes after the Chile earthquake, President Sebastián Piñera said.' }]);
  assert.ok(a !== undefined && old.stories.some((s) => s.id === a.storyId), 'the follow-up joins a migrated story');
});

test('a clusterer continued from a saved state places articles as the one that saved it', () => {
  const [first, second, third] = fixtureBatches();
  const kept = new StoryClusterer(FIXTURE_OPTIONS);
  kept.add(first!);
  const restored = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(kept)), FIXTURE_OPTIONS);
  // Saved weights are rounded, so the two states drift in the last decimals; the placements must not.
  for (const batch of [second!, third!]) assert.deepEqual(restored.add(batch), kept.add(batch));
  assert.deepEqual(restored.stories().map((s) => s.label), kept.stories().map((s) => s.label));
});

test('an empty state saves its newest day as null and loads back empty', () => {
  const st = saveState(freshState(DEFAULT_STORY_OPTIONS));
  assert.equal(st.newestDay, null);
  assert.equal(st.version, STATE_VERSION);
  const back = loadState(JSON.parse(JSON.stringify(st)), DEFAULT_STORY_OPTIONS);
  assert.equal(back.newestDay, -Infinity);
  assert.deepEqual(saveState(back), st);
});

test('a state of another version starts fresh, with story and event ids after the old story ids', () => {
  const c = StoryClusterer.fromJSON({ version: 1, stories: [{ id: 4 }, { id: 9 }, { id: 'x' }] });
  const st = c.toJSON();
  assert.equal(st.nextStoryId, 10);
  assert.equal(st.nextEventId, 10);
  assert.deepEqual(st.stories, []);
  const [a] = c.add([{ id: 1, published: '2021-01-01', text: 'Fresh start for the river ferry service in Velden.' }]);
  assert.equal(a!.storyId, 10);
});

test('malformed states are rejected with a message naming the part', () => {
  const base = { version: STATE_VERSION, docs: 1, nextStoryId: 2, nextEventId: 2, newestDay: 1, aliases: [], termVocab: [], entityVocab: [], stories: [] };
  const story = { id: 1, first: 1, last: 1, whenWeeks: [0], articles: 1, joins: 0, joinScoreSum: 0, terms: [], entities: [], headlines: [] };
  const cases: [unknown, RegExp][] = [
    [null, /not a JSON object/],
    [{ ...base, docs: 'many' }, /docs is not a number/],
    [{ ...base, newestDay: Infinity }, /newestDay is not a number/],
    [{ ...base, aliases: [[1]] }, /aliases holds a malformed entry \[1\]/],
    [{ ...base, termVocab: {} }, /termVocab is not a list/],
    [{ ...base, entityVocab: [['bp']] }, /entityVocab holds a malformed entry/],
    [{ ...base, stories: {} }, /stories is not a list/],
    [{ ...base, stories: [{ ...story, joins: null }] }, /story 1 joins is not a number/],
    [{ ...base, stories: [{ ...story, terms: [['x']] }] }, /story 1 terms holds a malformed entry/],
    [{ ...base, stories: [{ ...story, events: [{ id: 3, first: 'x' }] }] }, /event 3 first is not a number/],
    [{ ...base, stories: [{ ...story, whenWeeks: [] }] }, /story 1 whenWeeks is not a list of weeks/],
    [{ ...base, stories: [{ ...story, headlines: [3] }] }, /story 1 headlines is not a list of strings/],
  ];
  for (const [state, message] of cases) assert.throws(() => StoryClusterer.fromJSON(state), message);
});

test('a vocabulary entry whose display form is its key is saved with an empty display', () => {
  const c = new StoryClusterer();
  c.add([{ id: 1, published: '2021-01-01', text: 'Protesters marched on Velden Bridge.' }]);
  const st = c.toJSON();
  assert.deepEqual(st.entityVocab.find((r) => r[0] === 'velden bridge'), ['velden bridge', 1, 'Velden Bridge']);
  assert.ok(st.termVocab.some((r) => r[0] === 'bridg' && r[2] === 'bridge'));
  assert.ok(st.termVocab.some((r) => r[0] === 'velden' && r[2] === ''), JSON.stringify(st.termVocab));
});

test("a saved state's merges give a story's members without restoring the stories, as the restored clusterer does", () => {
  const st = freshState(DEFAULT_STORY_OPTIONS);
  const [a, b, c, d] = [1, 2, 3, 4].map(() => st.stories.create(1));
  st.stories.merge(b!, c!);
  st.stories.merge(a!, b!);
  const text = JSON.stringify(saveState(st));
  const saved = JSON.parse(text) as SavedStoryState;
  const restored = StoryClusterer.fromJSON(saved);
  for (const id of [a!.id, c!.id, d!.id, 99]) assert.deepEqual(StoryClusterer.membersIn(text, id), restored.members(id));
  assert.deepEqual(StoryClusterer.membersIn(text, c!.id), [1, 2, 3]);
  // Read from the head of the text: a state whose later fields are cut off still gives its merges.
  assert.deepEqual(StoryClusterer.membersIn(text.slice(0, text.indexOf('"termVocab"') + 5), c!.id), [1, 2, 3]);
  // Another layout (keys in another order) is read whole, with the same answer.
  const { aliases, ...rest } = saved;
  assert.deepEqual(StoryClusterer.membersIn(JSON.stringify({ aliases, ...rest }), c!.id), [1, 2, 3]);
  // A state of a format that cannot be continued restarts without merges, as loadState does.
  assert.deepEqual(StoryClusterer.membersIn(JSON.stringify({ ...saved, version: 0 }), c!.id), [c!.id]);
  assert.throws(() => StoryClusterer.membersIn(JSON.stringify({ ...saved, aliases: [[1, 'x']] }), 1), /malformed|JSON/);
});
