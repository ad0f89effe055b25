import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DfTable, Vocabulary } from '../../src/stories/vocabulary.js';

const keys = (...ks: string[]): Map<string, string> => new Map(ks.map((k) => [k, k.toUpperCase()]));

test('a key counts once per document and keeps the first display form seen', () => {
  const t = new DfTable(100);
  t.countDocument(new Map([['bp', 'BP']]));
  t.countDocument(new Map([['bp', 'Bp'], ['spill', 'spill']]));
  assert.deepEqual(t.entries.get('bp'), { df: 2, display: 'BP' });
  assert.equal(t.display('bp'), 'BP');
  assert.equal(t.display('unseen'), 'unseen');
});

test('idf is higher for rarer keys and stays positive for a key in every document', () => {
  const t = new DfTable(100);
  for (let i = 0; i < 9; i++) t.countDocument(keys('common', ...(i === 0 ? ['rare'] : [])));
  assert.ok(t.idf('unseen', 9) > t.idf('rare', 9));
  assert.ok(t.idf('rare', 9) > t.idf('common', 9));
  assert.ok(t.idf('common', 9) > 0);
  assert.equal(t.idf('common', 9), Math.log(10 / 9.5));
});

test('beyond its bound a table drops its rarest keys until it is back to half the bound', () => {
  const t = new DfTable(10);
  // Four keys seen twice, then one new key per document.
  t.countDocument(keys('a', 'b', 'c', 'd'));
  t.countDocument(keys('a', 'b', 'c', 'd'));
  for (let i = 0; i < 6; i++) t.countDocument(keys(`x${i}`));
  assert.equal(t.entries.size, 10, 'thinned before passing the bound');
  t.countDocument(keys('x6'));
  // Dropping the keys seen once leaves the four seen twice: at most half the bound.
  assert.deepEqual([...t.entries.keys()], ['a', 'b', 'c', 'd']);
});

test('thinning raises its cutoff until enough keys are gone', () => {
  const t = new DfTable(4);
  for (let i = 0; i < 3; i++) t.countDocument(keys('a', 'b', 'c', 'd'));
  t.countDocument(keys('a'));
  t.countDocument(keys('e'));
  // df: a 4, b/c/d 3, e 1. Cutoff 1 leaves four keys (above 2), cutoff 2 the same, cutoff 4 none.
  assert.equal(t.entries.size, 0);
});

test('a vocabulary counts documents and both tables together', () => {
  const v = new Vocabulary();
  v.countDocument(keys('quak'), keys('chile'));
  v.countDocument(keys('quak', 'rescu'), new Map());
  assert.equal(v.docs, 2);
  assert.equal(v.terms.entries.get('quak')?.df, 2);
  assert.equal(v.entities.entries.get('chile')?.df, 1);
});
