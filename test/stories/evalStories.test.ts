// The story evaluation end to end on a small gold set written to a temp folder: loading (each subfolder
// one gold story, articles in seed format), clustering as ingest would, and scoring.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGoldSet, runStoryEval } from '../../src/evaluate/stories.js';

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
    texts.forEach((t, i) => writeFileSync(join(dir, g, `${i}.txt`), `date 2010-06-2${i}\n${t}\n`));
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
