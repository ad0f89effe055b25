// `chronicle eval score` end to end: runs bin/chronicle.js (compiled code in dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, sharedData } from '../../src/util/paths.js';
import { tempDir } from '../helpers/tmp.js';

const BIN = join(repoRoot, 'bin', 'chronicle.js');
const BUILT = join(repoRoot, 'dist', 'cli', 'evalScore.js');
const SOURCES = ['src/cli/evalScore.ts', 'src/cli/eval.ts', 'src/evaluate/tilseMetrics.ts', 'src/evaluate/rouge155.ts',
  'src/formats/tilse.ts', 'src/text/porter.ts'].map((p) => join(repoRoot, p));

/** Build dist/ when it is missing or older than our sources (npm test builds first anyway). */
function ensureBuilt(): boolean {
  const stale = !existsSync(BUILT) || SOURCES.some((s) => statSync(s).mtimeMs > statSync(BUILT).mtimeMs);
  if (stale) {
    // other areas may have type errors; tsc still emits, so only the output file matters
    spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', repoRoot], { stdio: 'ignore' });
  }
  return existsSync(BUILT);
}

function chronicle(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: repoRoot });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const DASHES = '-'.repeat(32);

test('eval score on hand-made timelines: table, --json, several references', (t) => {
  if (!ensureBuilt()) return t.skip('dist/ could not be built');
  if (!sharedData('rouge-1.5.5')) return t.skip('../shared/data/rouge-1.5.5 absent');
  const dir = tempDir('chronicle-evalscore-');
  const pred = join(dir, 'pred.txt');
  const ref = join(dir, 'ref.txt');
  writeFileSync(pred, `2010-04-20\nThe rig exploded in the Gulf .\n${DASHES}\n`);
  writeFileSync(ref, `2010-04-20\nThe rig exploded in the Gulf .\n${DASHES}\n`);

  const table = chronicle(['eval', 'score', '--pred', pred, '--ref', ref]);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /^concat\s+100\.00\s+100\.00\s+100\.00/m);
  assert.match(table.stdout, /^date_f1\s+100\.00/m);

  const json = chronicle(['eval', 'score', '--pred', pred, '--ref', ref, ref, '--json']);
  assert.equal(json.status, 0, json.stderr);
  const scores = JSON.parse(json.stdout) as Record<string, Record<string, { f_score: number }>>;
  assert.deepEqual(Object.keys(scores), ['concat', 'agreement', 'align_date_content_costs', 'align_date_content_costs_many_to_one', 'date_f1']);
  assert.equal(scores.concat!.rouge_1!.f_score, 1);
});

test('eval score --json reproduces REFERENCE.json for one task; bad input fails clearly', (t) => {
  if (!ensureBuilt()) return t.skip('dist/ could not be built');
  const refPath = sharedData('sdf-tls-t17', 'REFERENCE.json');
  const pred = sharedData('sdf-tls-t17', 'TL17_bestsumm_bpoil_bbc.txt');
  const gold = sharedData('t17', 'bpoil_bbc', 'timelines', 'bbc.txt');
  if (!refPath || !pred || !gold || !sharedData('rouge-1.5.5')) return t.skip('../shared/data absent');
  const r = chronicle(['eval', 'score', '--pred', pred, '--ref', gold, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const expected = (JSON.parse(readFileSync(refPath, 'utf8')) as { tasks: Record<string, { scores: unknown }> }).tasks.bpoil_bbc!.scores;
  const got = JSON.parse(r.stdout) as typeof expected;
  const walk = (e: unknown, g: unknown, path: string): void => {
    if (typeof e === 'number') return assert.ok(Math.abs(e - (g as number)) <= 1e-4, `${path}: ${e} vs ${g}`);
    for (const [k, v] of Object.entries(e as Record<string, unknown>)) walk(v, (g as Record<string, unknown>)[k], `${path}.${k}`);
  };
  walk(expected, got, 'bpoil_bbc');

  const missing = chronicle(['eval', 'score', '--pred', join(repoRoot, 'no-such-file.txt'), '--ref', gold]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read timeline .*no-such-file\.txt/);
});
