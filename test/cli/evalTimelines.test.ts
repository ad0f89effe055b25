// `chronicle eval timelines` end to end (in-process, see helpers/cli.ts): --json shape on the tiny fixture,
// a clear error for a folder that is no dataset, and a smoke run on one small Timeline17 folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTilseTimeline } from '../../src/formats/tilse.js';
import { repoRoot, sharedData } from '../../src/util/paths.js';
import { cli as chronicle } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const FIXTURE = join(repoRoot, 'test', 'evaluate', 'fixtures', 'tiny-tilse');

interface JsonOut {
  tasks: { topic: string; timeline: string; ar1_f: number; ar2_f: number; date_f1: number; dates: number; perDate: number; predictedDates: number }[];
  mean: { ar1_f: number; ar2_f: number; date_f1: number };
  seconds: number;
}

test('eval timelines --json on the fixture: per-task and mean scores, malformed gold date reported', async (t) => {
  if (!sharedData('rouge-1.5.5')) return t.skip('../shared/data/rouge-1.5.5 absent');
  const r = await chronicle(['eval', 'timelines', FIXTURE, '--json', '--threads', '0']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as JsonOut;
  assert.deepEqual(out.tasks.map((x) => x.timeline).sort(), ['flood_news/flood.txt', 'quake_radio/radio.txt']);
  const quake = out.tasks.find((x) => x.topic === 'quake')!;
  assert.equal(quake.dates, 2);
  assert.equal(quake.perDate, 2);
  for (const k of ['ar1_f', 'ar2_f', 'date_f1'] as const) assert.ok(out.mean[k] >= 0 && out.mean[k] <= 1, k);
  assert.ok(out.seconds > 0);
  assert.match(r.stderr, /radio\.txt:5: malformed date line; entry skipped/);
});

test('eval timelines on a folder that is no dataset fails with a message naming it', async () => {
  const r = await chronicle(['eval', 'timelines', join(repoRoot, 'src', 'timeline')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /src\/timeline: neither a tilse dataset/);
});

test('Timeline17 smoke: H1N1_guardian scores like a working timeline', async (t) => {
  const dir = sharedData('t17', 'H1N1_guardian');
  if (!dir || !sharedData('rouge-1.5.5')) return t.skip('../shared/data/t17 or rouge-1.5.5 absent');
  const r = await chronicle(['eval', 'timelines', dir, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as JsonOut;
  assert.equal(out.tasks.length, 1);
  const task = out.tasks[0]!;
  const gold = parseTilseTimeline(readFileSync(join(dir, 'timelines', 'swine_flu_guardian.txt'), 'utf8'), 'gold').timeline;
  assert.equal(task.dates, gold.entries.size, 'L = number of gold dates');
  // Measured 0.82 / 0.21 with the shipped weights; a broken ranker or summariser falls far below.
  assert.ok(task.date_f1 >= 0.5, `Date-F1 ${task.date_f1}`);
  assert.ok(task.ar1_f >= 0.12, `AR1-F ${task.ar1_f}`);
});

test('eval timelines --date-trainer: an unknown learner fails with a message naming the known ones', async () => {
  const r = await chronicle(['eval', 'timelines', FIXTURE, '--date-trainer', 'magic', '--threads', '0']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /--date-trainer magic: expected meandiff or ascent/);
});

test('eval timelines --user-path scores the timeline `chronicle timeline --query <keywords>` gives', async (t) => {
  if (!sharedData('rouge-1.5.5')) return t.skip('../shared/data/rouge-1.5.5 absent');
  const r = await chronicle(['eval', 'timelines', FIXTURE, '--user-path', '--json', '--threads', '0']);
  assert.equal(r.status, 0, r.stderr);
  const quake = (JSON.parse(r.stdout) as JsonOut).tasks.find((x) => x.topic === 'quake')!;
  const db = join(tempDir('chronicle-userpath-'), 'quake.db');
  const ingest = await chronicle(['--db', db, 'ingest', join(FIXTURE, 'quake_paper'), join(FIXTURE, 'quake_radio')]);
  assert.equal(ingest.status, 0, ingest.stderr);
  const keywords = JSON.parse(readFileSync(join(FIXTURE, 'quake_radio', 'keywords.json'), 'utf8')) as string[];
  const user = await chronicle(['--db', db, 'timeline', '--query', keywords.join(' '), '--format', 'json']);
  assert.equal(user.status, 0, user.stderr);
  // The protocol would ask for the gold's 2 dates; the user's default size gives more, and the eval scores those.
  assert.equal(quake.predictedDates, (JSON.parse(user.stdout) as { entries: unknown[] }).entries.length);
  assert.notEqual(quake.predictedDates, quake.dates);
});

test('eval timelines --method clust: the retired method is refused with the reason and what to use', async () => {
  const r = await chronicle(['eval', 'timelines', FIXTURE, '--method', 'clust', '--threads', '0']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^chronicle eval timelines: --method clust: the 'clust' method was retired because .*use 'datewise'/m);
});
