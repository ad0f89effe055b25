// The timeline evaluator's protocol on a tiny tilse-layout fixture written for it (test/evaluate/fixtures/
// tiny-tilse): folders sharing a prefix form one topic, each gold timeline is a task clipped to its first and
// last date, L = gold dates, K = mean sentences per date rounded half to even, a malformed gold date is
// reported and skipped, a repeated gold date keeps its later entry; means average P and R, then take F.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readEvalDataset, roundHalfEven, tasksOf, parseNewsTlsTimeline } from '../../src/evaluate/datasets.js';
import { EVAL_METHODS, evaluateTimelines, meanScores, type MetricSet } from '../../src/evaluate/timelines.js';
import { repoRoot, sharedData } from '../../src/util/paths.js';

const FIXTURE = join(repoRoot, 'test', 'evaluate', 'fixtures', 'tiny-tilse');

test('roundHalfEven rounds as Python 3 round() does', () => {
  assert.deepEqual([0.5, 1.5, 2.5, 3.5, 2.4, 2.6, 1, 7 / 3].map(roundHalfEven), [0, 2, 2, 4, 2, 3, 1, 2]);
});

test('tilse fixture: topics are unions of prefixed folders; tasks are clipped, sized L and K', async () => {
  const ds = await readEvalDataset(FIXTURE);
  assert.equal(ds.layout, 'tilse');
  assert.deepEqual(ds.topics.map((t) => t.name).sort(), ['flood', 'quake']);
  const quake = ds.topics.find((t) => t.name === 'quake')!;
  assert.equal(quake.articles.length, 7, 'both quake_* folders are read into one topic');
  assert.deepEqual(quake.keywords.sort(), ['earthquake', 'quake']);
  const malformed = ds.warnings.filter((w) => w.includes('radio.txt:5:') && w.includes('malformed date'));
  assert.equal(malformed.length, 1, `the malformed gold date is reported with file and line: ${ds.warnings.join(' | ')}`);

  const tasks = tasksOf(ds);
  assert.equal(tasks.length, 2);
  const t = tasks.find((x) => x.topic === 'quake')!;
  assert.equal(t.timeline, 'quake_radio/radio.txt');
  assert.deepEqual([...t.gold.entries.keys()].sort(), ['2020-01-02', '2020-01-04'], 'malformed entry skipped');
  assert.equal(t.gold.entries.get('2020-01-04')!.length, 3, 'the later entry of a repeated date wins');
  assert.equal(t.start, '2020-01-02');
  assert.equal(t.end, '2020-01-04');
  assert.equal(t.dates, 2);
  assert.equal(t.perDate, 2, '(2 + 3) / 2 = 2.5 rounds half to even: 2');
  assert.deepEqual(t.articles.map((a) => a.published).sort(), ['2020-01-02', '2020-01-02', '2020-01-03', '2020-01-04', '2020-01-04'],
    'articles of 2020-01-01 and 2020-01-06 lie outside the gold span');
});

test('news-tls timelines: later entry of a repeated date wins, malformed dates are skipped with a warning', () => {
  const warnings: string[] = [];
  const tl = parseNewsTlsTimeline(JSON.stringify([
    ['2018-02-03T00:00:00', ['first']], ['2018-02-0', ['bad']], ['2018-02-03', ['second', 'third']],
  ]), 'topic/timelines.jsonl:1', warnings);
  assert.deepEqual([...tl.entries], [['2018-02-03', ['second', 'third']]]);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /timelines\.jsonl:1: entry 2 has a malformed date/);
});

test('means average precision and recall over tasks before taking F (news-tls)', () => {
  const prf = (precision: number, recall: number) => ({ precision, recall, f_score: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 });
  const set = (p: number, r: number): MetricSet => ({ ar1: prf(p, r), ar2: prf(p, r), date: prf(p, r), concat1: prf(p, r),
    concat2: prf(p, r), agree1: prf(p, r), agree2: prf(p, r) });
  const mean = meanScores([{ metrics: set(1, 0) }, { metrics: set(0, 1) }]);
  assert.equal(mean.ar1_f, 0.5, 'F of (P 0.5, R 0.5), not the mean of two zero Fs');
  assert.equal(mean.date_f1, 0.5);
});

test('evaluating the fixture builds and scores one timeline per task, in memory', async (t) => {
  if (!sharedData('rouge-1.5.5')) return t.skip('../shared/data/rouge-1.5.5 absent (ROUGE-1.5.5 stopwords and exceptions)');
  const ds = await readEvalDataset(FIXTURE);
  const result = await evaluateTimelines(ds, { methods: [...EVAL_METHODS], threads: 0 });
  assert.deepEqual(result.reports.map((r) => r.method), [...EVAL_METHODS]);
  for (const r of result.reports) {
    assert.equal(r.tasks.length, 2);
    const quake = r.tasks.find((x) => x.topic === 'quake')!;
    assert.equal(quake.articles, 5);
    assert.ok(quake.predictedDates <= 2, `${r.method}: at most L = 2 dates, got ${quake.predictedDates}`);
    for (const x of r.tasks) for (const v of [x.ar1_f, x.ar2_f, x.date_f1]) assert.ok(v >= 0 && v <= 1);
  }
  const datewise = result.reports.find((r) => r.method === 'datewise')!;
  const quake = datewise.tasks.find((x) => x.topic === 'quake')!;
  assert.equal(quake.date_f1, 1, 'the two days the articles name and report are the gold days');
  assert.ok(quake.ar1_f > 0.3, `datewise AR1-F on the quake task ${quake.ar1_f}`);
});

test('a retired method is refused before any work, with the reason', async () => {
  const ds = await readEvalDataset(FIXTURE);
  await assert.rejects(evaluateTimelines(ds, { methods: ['clust'], threads: 0 }), /'clust' method was retired/);
});
