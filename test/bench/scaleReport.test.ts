// bench/scaleReport.ts marks a cloned store (bench/scaleClone.ts) as such in the table and the plot, beside ingests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordRun, type Run } from '../../bench/scaleReport.js';
import type { MixFigures } from '../../bench/scaleMix.js';
import { tempDir } from '../helpers/tmp.js';

const mix = (p50: number): MixFigures => ({ requests: 30, failed: 0, p50, p95: 4 * p50, max: 5 * p50, rssMB: 400, slowest: [] });

test('a cloned store is reported with its copies and drawn hollow; an ingest is not', () => {
  const dir = tempDir('chronicle-scale-report-');
  writeFileSync(join(dir, 'RESULTS.md'), '# Results\n');
  const ingested: Run = { label: 'main', store: 'sqlite', size: 100_000, seed: 1, date: '2026-12-08T01:00', load: 2,
    ingest: { articles: 100_000, cpu: 1500, wall: 900, rssMB: 900, perCpuSecond: 66.7, kbPerArticle: 20 },
    requests: {}, mix: mix(0.15) };
  recordRun(dir, ingested);
  const before = readFileSync(join(dir, 'scale.svg'), 'utf8');
  assert.doesNotMatch(before, /cloned/);
  assert.doesNotMatch(before, /fill="white"/);
  recordRun(dir, { label: 'main', store: 'sqlite', size: 1_000_000, seed: 1, date: '2026-12-08T02:00', load: 3,
    requests: {}, mix: mix(0.2), cloned: { copies: 10, baseSize: 100_000, cpu: 700, wall: 1200 } });
  const svg = readFileSync(join(dir, 'scale.svg'), 'utf8');
  assert.match(svg, /hollow point: cloned store/);
  assert.equal(svg.match(/fill="white"/g)?.length, 1, 'one hollow point: the clone\'s mix p50');
  const section = readFileSync(join(dir, 'RESULTS.md'), 'utf8');
  assert.match(section, /\| main \| sqlite \| 1000000 \(cloned: 10 × 100000\) \| 3 \| no ingest: cloned in 700 CPU-s/);
  assert.match(section, /\| main \| sqlite \| 100000 \| 2 \| 1500 \|/);
  const runs = JSON.parse(readFileSync(join(dir, 'scale-results.json'), 'utf8')) as Run[];
  assert.deepEqual(runs.map((r) => [r.size, r.cloned?.copies]), [[100_000, undefined], [1_000_000, 10]]);
});
