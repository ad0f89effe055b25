import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDoc, analyzeDocs, type DocInput } from '../../src/analyze/index.js';
import { repoRoot } from '../../src/util/paths.js';

/** The example corpus as analysis inputs: "date YYYY-MM-DD" on the first line, the text after it. */
function examples(): DocInput[] {
  const dir = join(repoRoot, 'examples', 'harbour-bridge');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const raw = readFileSync(join(dir, f), 'utf8');
    const nl = raw.indexOf('\n');
    return { published: raw.slice(5, nl).trim(), text: raw.slice(nl + 1).trim() };
  });
}

test('analyzeDocs gives, stage by stage over a batch, the Docs analyzeDoc gives one by one', () => {
  const inputs = examples();
  assert.ok(inputs.length >= 10);
  // furniture the caller knows of (the repeat model's spans) is passed on per article
  inputs[1] = { ...inputs[1]!, furniture: [[0, 20]] };
  const batch = analyzeDocs(inputs);
  assert.equal(batch.length, inputs.length);
  inputs.forEach((d, i) => {
    assert.deepEqual(batch[i], analyzeDoc(d.text, d.published, d.furniture), `article ${i}`);
  });
  assert.ok(batch.some((d) => !(d instanceof Error) && d.quotes.length > 0 && d.timexes.length > 0));
});

test('an article whose analysis throws gets its error; the rest of the batch is analysed', () => {
  const inputs = examples().slice(0, 3);
  const broken = { text: inputs[0]!.text, published: undefined as unknown as string };
  let thrown: unknown;
  try {
    analyzeDoc(broken.text, broken.published);
  } catch (err) {
    thrown = err;
  }
  assert.ok(thrown instanceof Error);
  const batch = analyzeDocs([inputs[0]!, broken, inputs[2]!]);
  assert.ok(batch[1] instanceof Error);
  assert.equal((batch[1] as Error).message, thrown.message);
  assert.deepEqual(batch[0], analyzeDoc(inputs[0]!.text, inputs[0]!.published));
  assert.deepEqual(batch[2], analyzeDoc(inputs[2]!.text, inputs[2]!.published));
});
