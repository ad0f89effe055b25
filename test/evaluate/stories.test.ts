// Story metrics (B-cubed, purity, breakdown) on hand-computed examples, and the story evaluation end to end
// on a small gold set written to a temp folder: loading (each subfolder one gold story, articles in seed
// format), clustering as ingest would, and scoring.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bcubed, loadGoldSet, purity, runStoryEval, storyBreakdown } from '../../src/evaluate/stories.js';

function writeSet(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-stories-'));
  const groups: Record<string, string[]> = {
    spill: [
      'BP said oil from the Deepwater Horizon well kept leaking into the Gulf of Mexico as Tony Hayward promised a cleanup.',
      'Tony Hayward of BP faced Congress over the Deepwater Horizon spill and the oil reaching Louisiana beaches.',
      'BP capped the Deepwater Horizon well in the Gulf of Mexico; Tony Hayward said no more oil was leaking.',
    ],
    jackson: [
      'Michael Jackson died in Los Angeles after a cardiac arrest at his home, his brother Jermaine Jackson said.',
      'Fans gathered in Los Angeles to mourn Michael Jackson as doctors investigated the cardiac arrest.',
      'Police in Los Angeles questioned Dr Conrad Murray about the death of Michael Jackson.',
    ],
  };
  for (const [g, texts] of Object.entries(groups)) {
    mkdirSync(join(dir, g));
    texts.forEach((t, i) => {
      writeFileSync(join(dir, g, `${i}.txt`), `date 2010-06-2${i}\n${t}\n`);
    });
  }
  writeFileSync(join(dir, 'spill', 'broken.txt'), 'no date line here\n');
  return dir;
}

test('a gold set is read per subfolder, bad files reported, and clustered and scored', async () => {
  const dir = writeSet();
  const { articles, rejects } = await loadGoldSet(dir);
  assert.equal(articles.length, 6);
  assert.deepEqual([...new Set(articles.map((a) => a.gold))].sort(), ['jackson', 'spill']);
  assert.equal(rejects.length, 1);
  assert.match(rejects[0]!.origin, /broken\.txt/);
  const run = runStoryEval(articles, { page: 2 });
  assert.equal(run.scores.gold_clusters, 2);
  assert.equal(run.scores.purity, 1, `stories ${JSON.stringify(run.stories)}`);
  assert.equal(run.scores.b3.f1, 1, `stories ${JSON.stringify(run.stories)}`);
});

test('a folder without subfolders is refused with its name', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-stories-flat-'));
  writeFileSync(join(dir, 'a.txt'), 'date 2010-01-01\ntext\n');
  await assert.rejects(loadGoldSet(dir), (err: Error) => err.message.includes(dir) && /no subfolders/.test(err.message));
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

test('the breakdown shows where each gold group went and the story sizes', () => {
  // gold a: 4 articles, 3 in story 1 (size 4, one b) and 1 alone in story 3; gold b: 1 in story 1, 2 in story 2.
  const gold = ['a', 'a', 'a', 'a', 'b', 'b', 'b'];
  const pred = [1, 1, 1, 3, 1, 2, 2];
  const { groups, sizes } = storyBreakdown(pred, gold, 2);
  assert.deepEqual(groups[0], { gold: 'a', articles: 4, main: { articles: 3, storySize: 4 }, others: [[1, 1]], inSmallStories: 1, stories: 2 });
  assert.deepEqual(groups[1], { gold: 'b', articles: 3, main: { articles: 2, storySize: 2 }, others: [[1, 4]], inSmallStories: 2, stories: 2 });
  assert.deepEqual(sizes.slice(0, 4).map((b) => [b.stories, b.articles]), [[1, 1], [1, 2], [0, 0], [1, 4]]);
});
