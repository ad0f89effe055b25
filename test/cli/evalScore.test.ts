// `chronicle eval score` end to end (in-process, see helpers/cli.ts): the score table, --json, and a clear
// error for a missing file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, sharedData } from '../../src/util/paths.js';
import { cli as chronicle } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const DASHES = '-'.repeat(32);

test('eval score on hand-made timelines: table, --json, several references', async (t) => {
  if (!sharedData('rouge-1.5.5')) return t.skip('../shared/data/rouge-1.5.5 absent');
  const dir = tempDir('chronicle-evalscore-');
  const pred = join(dir, 'pred.txt');
  const ref = join(dir, 'ref.txt');
  writeFileSync(pred, `2010-04-20\nThe rig exploded in the Gulf .\n${DASHES}\n`);
  writeFileSync(ref, `2010-04-20\nThe rig exploded in the Gulf .\n${DASHES}\n`);

  const table = await chronicle(['eval', 'score', '--pred', pred, '--ref', ref]);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /^concat\s+100\.00\s+100\.00\s+100\.00/m);
  assert.match(table.stdout, /^date_f1\s+100\.00/m);

  const json = await chronicle(['eval', 'score', '--pred', pred, '--ref', ref, ref, '--json']);
  assert.equal(json.status, 0, json.stderr);
  const scores = JSON.parse(json.stdout) as Record<string, Record<string, { f_score: number }>>;
  assert.deepEqual(Object.keys(scores), ['concat', 'agreement', 'align_date_content_costs', 'align_date_content_costs_many_to_one', 'date_f1']);
  assert.equal(scores.concat!.rouge_1!.f_score, 1);
});

test('eval score --json reproduces REFERENCE.json for one task; bad input fails clearly', async (t) => {
  const refPath = sharedData('sdf-tls-t17', 'REFERENCE.json');
  const pred = sharedData('sdf-tls-t17', 'TL17_bestsumm_bpoil_bbc.txt');
  const gold = sharedData('t17', 'bpoil_bbc', 'timelines', 'bbc.txt');
  if (!refPath || !pred || !gold || !sharedData('rouge-1.5.5')) return t.skip('../shared/data absent');
  const r = await chronicle(['eval', 'score', '--pred', pred, '--ref', gold, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const expected = (JSON.parse(readFileSync(refPath, 'utf8')) as { tasks: Record<string, { scores: unknown }> }).tasks.bpoil_bbc!.scores;
  const got = JSON.parse(r.stdout) as typeof expected;
  const walk = (e: unknown, g: unknown, path: string): void => {
    if (typeof e === 'number') {
      assert.ok(Math.abs(e - (g as number)) <= 1e-4, `${path}: ${e} vs ${g}`);
      return;
    }
    for (const [k, v] of Object.entries(e as Record<string, unknown>)) walk(v, (g as Record<string, unknown>)[k], `${path}.${k}`);
  };
  walk(expected, got, 'bpoil_bbc');

  const missing = await chronicle(['eval', 'score', '--pred', join(repoRoot, 'no-such-file.txt'), '--ref', gold]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read timeline .*no-such-file\.txt/);
});
