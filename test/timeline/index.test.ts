// The timeline's method names: the one list users pick from, and methods retired from it, which a request is
// refused with a reason and a replacement while a stored definition is mapped to the replacement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline, currentMethod, methodProblem, RETIRED_METHODS, TIMELINE_METHODS } from '../../src/timeline/index.js';

test('every offered method is accepted; a retired one is refused with why and what to use', () => {
  for (const m of TIMELINE_METHODS) assert.equal(methodProblem(m), undefined, m);
  assert.ok(Object.keys(RETIRED_METHODS).includes('clust'));
  assert.match(methodProblem('clust') ?? '', /'clust' method was retired because .*Timeline17.*; use 'datewise'/);
  assert.match(methodProblem('magic') ?? '', /unknown timeline method 'magic' \(known: datewise\)/);
  // Names that are properties of every object are not methods, retired or not.
  assert.match(methodProblem('toString') ?? '', /unknown timeline method/);
});

test('a retired method stands for its replacement in stored definitions; other names are kept as they are', () => {
  assert.equal(currentMethod('clust'), 'datewise');
  assert.equal(currentMethod('datewise'), 'datewise');
  assert.equal(currentMethod('constructor'), 'constructor');
});

test('buildTimeline with a retired method builds nothing and says why', () => {
  const built = buildTimeline([], { method: 'clust' });
  assert.deepEqual(built.entries, []);
  assert.match(built.reason ?? '', /retired.*use 'datewise'/);
});
