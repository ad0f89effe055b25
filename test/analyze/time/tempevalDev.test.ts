// Floors on TempEval-3 training data (TimeBank + AQUAINT): a guard against regressions, set a little
// below what the tagger reaches (see the report printed by `chronicle eval timex`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateTimexCorpus } from '../../../src/evaluate/tempeval.js';
import { sharedData } from '../../../src/util/paths.js';

const STRICT_F1_FLOOR = 0.865;
const RELAXED_F1_FLOOR = 0.93;
const VALUE_F1_FLOOR = 0.795;

test('TempEval-3 dev: strict span F1 and value F1 stay above their floors', (t) => {
  const dir = sharedData('tempeval3-dev');
  if (!dir) return t.skip('../shared/data/tempeval3-dev absent');
  const report = evaluateTimexCorpus(dir);
  const s = report.overall;
  assert.equal(s.docs, 256);
  assert.ok(s.strict.f1 >= STRICT_F1_FLOOR, `strict F1 ${s.strict.f1.toFixed(3)}`);
  assert.ok(s.relaxed.f1 >= RELAXED_F1_FLOOR, `relaxed F1 ${s.relaxed.f1.toFixed(3)}`);
  assert.ok(s.valueF1 >= VALUE_F1_FLOOR, `value F1 ${s.valueF1.toFixed(3)}`);
});
