// Relabelling a restored clusterer from its articles: stale candidates and closed events' labels are replaced by
// what the current labeller draws from the same articles; no article moves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer } from '../../src/stories/clusterer.js';
import type { StoryInput } from '../../src/stories/model.js';

const inputs: StoryInput[] = [
  ['2011-08-07', 'Saudi Arabia recalls ambassador to Syria over the crackdown in Hama and Deir al-Zour.'],
  ['2011-08-08', 'Saudi Arabia recalls ambassador to Syria as the crackdown in Hama and Deir al-Zour goes on.'],
  ['2011-11-20', 'The Arab League suspends Syria over the crackdown in Hama and Homs.'],
].map(([published, text], i) => ({ id: i + 1, published: published!, text: text!, entities: [{ kind: 'location', name: 'Syria' }] }));

test('a relabelled clusterer drops the stale labels of its stories and its closed events, and keeps its stories', () => {
  const c = new StoryClusterer();
  const assigned = c.add(inputs);
  const fresh = c.stories();
  // The state an older labeller saved: other candidates, other closed labels.
  const staleJson = JSON.stringify(c.toJSON()).replace(/"(headlines|label)":(\[[^\]]*\]|"[^"]*")/g,
    (_, key: string) => (key === 'label' ? '"label":"Stale label NEW"' : '"headlines":["Stale label NEW"]'));
  const stale = StoryClusterer.fromJSON(JSON.parse(staleJson));
  assert.ok(stale.stories().some((s) => s.label === 'Stale label NEW'));
  const r = stale.relabel();
  for (const [i, a] of assigned.entries()) r.add(inputs[i]!, a.storyId, a.eventId);
  r.finish();
  const relabelled = stale.stories();
  assert.deepEqual(relabelled.map((s) => [s.id, s.articles, s.events.map((e) => e.articles)]),
    fresh.map((s) => [s.id, s.articles, s.events.map((e) => e.articles)]));
  const labels = relabelled.flatMap((s) => [s.label, ...s.events.map((e) => e.label)]);
  assert.ok(!labels.includes('Stale label NEW'), labels.join(' | '));
  assert.deepEqual(labels, fresh.flatMap((s) => [s.label, ...s.events.map((e) => e.label)]));
});
