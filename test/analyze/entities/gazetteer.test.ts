// The silver gazetteer (gazetteer.ts): which names get a kind, and how names are looked up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer, GazetteerBuilder, gazetteerKey } from '../../../src/analyze/entities/gazetteer.js';

test('gazetteer: majority kind of frequent names only; lookups ignore case and a leading "the"', () => {
  const b = new GazetteerBuilder();
  for (let i = 0; i < 4; i++) b.add('Indonesia', 'PLACE');
  b.add('Indonesia', 'PERSON');
  for (let i = 0; i < 3; i++) b.add('the White House', i === 0 ? 'ORG' : 'PLACE');
  b.add('Rare Name', 'ORG');
  b.add('Rare Name', 'ORG');
  for (let i = 0; i < 3; i++) b.add('iPhone', 'OTHER');
  const g = new Gazetteer(b.build(3, 0.8));
  assert.equal(g.kindOf('INDONESIA'), 'PLACE');
  assert.equal(g.kindOf('White House'), undefined, '2 of 3 is not a clear majority');
  assert.equal(g.kindOf('Rare Name'), undefined, 'seen twice only');
  assert.equal(g.kindOf('the iPhone'), 'OTHER');
  assert.equal(gazetteerKey('The U.S. Air Force'), 'u.s. air force');
  assert.ok(Gazetteer.load().size > 100, 'the repository gazetteer loads');
  assert.throws(() => Gazetteer.load('/nonexistent/'), /cannot read \/nonexistent\/gazetteer\.json/);
});

test('gazetteerKey: lowercased words without a leading "the", plain names and tokenized ones alike', () => {
  const cases: Array<[string, string]> = [
    ['New York', 'new york'], ['The United States', 'united states'], ['THE Hague', 'hague'], ['the', ''], ['Theo', 'theo'],
    ['U.S.', 'u.s.'], ["McDonald's", "mcdonald 's"], ['Wal-Mart', 'wal - mart'], ['New  York', 'new york'],
  ];
  for (const [name, key] of cases) assert.equal(gazetteerKey(name), key, name);
});
