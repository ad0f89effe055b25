// Our port against the original: every number tilse + ROUGE-1.5.5 gave the published SDF-TLS
// outputs on Timeline17 (../shared/data/sdf-tls-t17/REFERENCE.json) must come out the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRougeResources } from '../../src/evaluate/rouge155.js';
import { parseTilseTimeline } from '../../src/formats/tilse.js';
import { scoreTimeline } from '../../src/evaluate/tilseMetrics.js';
import { sharedData, sharedDataDir } from '../../src/util/paths.js';

const TOLERANCE = 1e-4;

interface ReferenceTask { pred: string; gold: string; scores: Record<string, unknown> }

/** Every numeric leaf of `expected` as [path, expected, actual]. */
function leaves(expected: unknown, actual: unknown, path: string, out: Array<[string, number, unknown]>): void {
  if (typeof expected === 'number') {
    out.push([path, expected, actual]);
    return;
  }
  for (const [k, v] of Object.entries(expected as Record<string, unknown>)) {
    leaves(v, (actual as Record<string, unknown> | undefined)?.[k], `${path}.${k}`, out);
  }
}

test('tilse scores of the 19 SDF-TLS timelines equal REFERENCE.json', (t) => {
  const refPath = sharedData('sdf-tls-t17', 'REFERENCE.json');
  const rougeDir = sharedData('rouge-1.5.5');
  const data = sharedDataDir();
  if (!refPath || !rougeDir || !data || !sharedData('t17')) return t.skip('../shared/data (sdf-tls-t17, t17, rouge-1.5.5) absent');

  const tasks = (JSON.parse(readFileSync(refPath, 'utf8')) as { tasks: Record<string, ReferenceTask> }).tasks;
  const rouge = loadRougeResources(rougeDir);
  const started = performance.now();
  let checked = 0;
  let maxDeviation = 0;
  for (const [name, task] of Object.entries(tasks)) {
    const pred = parseTilseTimeline(readFileSync(join(data, task.pred), 'utf8'), task.pred).timeline;
    const gold = parseTilseTimeline(readFileSync(join(data, task.gold), 'utf8'), task.gold).timeline;
    const scores = scoreTimeline(pred, [gold], rouge);
    const found: Array<[string, number, unknown]> = [];
    leaves(task.scores, scores, name, found);
    for (const [path, expected, actual] of found) {
      assert.equal(typeof actual, 'number', `${path} missing`);
      const deviation = Math.abs(expected - (actual as number));
      maxDeviation = Math.max(maxDeviation, deviation);
      assert.ok(deviation <= TOLERANCE, `${path}: expected ${expected}, got ${actual}`);
      checked++;
    }
  }
  assert.ok(Object.keys(tasks).length >= 18 && checked >= 18 * 27, `only ${checked} numbers checked`);
  t.diagnostic(`${checked} numbers over ${Object.keys(tasks).length} tasks, max |Δ| = ${maxDeviation.toExponential(2)}, ` +
    `scored in ${Math.round(performance.now() - started)} ms`);
});

test('MJ_bbc gold (malformed date 2011-04-0) is read with a warning, not a crash', (t) => {
  const path = sharedData('t17', 'MJ_bbc', 'timelines', 'bbc.co.uk.txt');
  if (!path) return t.skip('../shared/data/t17 absent');
  const { timeline, warnings } = parseTilseTimeline(readFileSync(path, 'utf8'), 't17/MJ_bbc/timelines/bbc.co.uk.txt');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /bbc\.co\.uk\.txt:\d+: malformed date/);
  assert.ok(timeline.entries.size > 10);
  assert.ok(![...timeline.entries.keys()].some((d) => d.startsWith('2011-04-0')));
});
