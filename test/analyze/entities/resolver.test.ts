// The corpus-level resolver (resolver.ts): one stable key per entity across documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityResolver } from '../../../src/analyze/entities/resolver.js';

test('resolver: short forms and titled forms reach the corpus entity', () => {
  const r = new EntityResolver();
  const kovrig = r.resolve({ kind: 'PERSON', name: 'Michael Kovrig' });
  const meng = r.resolve({ kind: 'PERSON', name: 'Meng Wanzhou' });
  const champagne = r.resolve({ kind: 'PERSON', name: 'Foreign Minister Francois-Philippe Champagne' });
  assert.equal(champagne.name, 'Francois-Philippe Champagne');
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Kovrig' }).key, kovrig.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Mr. Kovrig' }).key, kovrig.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Meng' }).key, meng.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Champagne' }).key, champagne.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'François-Philippe Champagne' }).key, champagne.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Champagne' }).name, 'Francois-Philippe Champagne');
  // a different person and a different kind stay apart
  assert.notEqual(r.resolve({ kind: 'PERSON', name: 'Michael Spavor' }).key, kovrig.key);
  assert.notEqual(r.resolve({ kind: 'ORG', name: 'Kovrig' }).key, kovrig.key);
  // "Michael" is the first word of two people: no guess
  const michael = r.resolve({ kind: 'PERSON', name: 'Michael' });
  assert.notEqual(michael.key, kovrig.key);
});

test('resolver: a multi-word name typed ORG in a later article joins the person it names elsewhere', () => {
  const r = new EntityResolver();
  const talia = r.resolve({ kind: 'PERSON', name: 'Talia Verhoef' });
  const again = r.resolve({ kind: 'ORG', name: 'Talia Verhoef' });
  assert.equal(again.key, talia.key);
  assert.equal(again.kind, 'PERSON');
  // one-word names and names never seen as a person keep their own organisation entity
  assert.notEqual(r.resolve({ kind: 'ORG', name: 'Verhoef' }).key, talia.key);
  assert.equal(r.resolve({ kind: 'ORG', name: 'Marrowland Water Authority' }).kind, 'ORG');
});

test('resolver: a surname shared by two people goes to the one that clearly dominates, else to neither', () => {
  const r = new EntityResolver();
  const george = r.resolve({ kind: 'PERSON', name: 'George Bush' });
  r.resolve({ kind: 'PERSON', name: 'Laura Bush' });
  assert.notEqual(r.resolve({ kind: 'PERSON', name: 'Bush' }).key, george.key);
  const r2 = new EntityResolver();
  for (let i = 0; i < 5; i++) r2.resolve({ kind: 'PERSON', name: 'George Bush' });
  r2.resolve({ kind: 'PERSON', name: 'Laura Bush' });
  assert.equal(r2.resolve({ kind: 'PERSON', name: 'Bush' }).key, r2.resolve({ kind: 'PERSON', name: 'George Bush' }).key);
});

test('resolver round-trips through JSON with the same answers', () => {
  const r = new EntityResolver();
  const kovrig = r.resolve({ kind: 'PERSON', name: 'Michael Kovrig' });
  const wang = r.resolve({ kind: 'PERSON', name: 'Wang Yi' });
  const china = r.resolve({ kind: 'PLACE', name: 'China' });
  const back = EntityResolver.fromJSON(JSON.stringify(r));
  assert.deepEqual(back.toJSON(), r.toJSON());
  assert.deepEqual(back.resolve({ kind: 'PERSON', name: 'Kovrig' }), kovrig);
  assert.deepEqual(back.resolve({ kind: 'PERSON', name: 'Foreign Minister Wang Yi' }), wang);
  assert.deepEqual(back.resolve({ kind: 'PLACE', name: 'china' }), china);
  const fresh = back.resolve({ kind: 'ORG', name: 'Huawei' });
  assert.equal(fresh.name, 'Huawei');
  // the first version's state ({entities: EntityRef[]}) still loads
  const old = EntityResolver.fromJSON(JSON.stringify({ entities: [{ key: 'PERSON:meng wanzhou', kind: 'PERSON', name: 'Meng Wanzhou' }] }));
  assert.equal(old.resolve({ kind: 'PERSON', name: 'Meng' }).key, 'PERSON:meng wanzhou');
});

test('resolver state that is not ours is refused with a clear error', () => {
  assert.throws(() => EntityResolver.fromJSON('not json'), /entity resolver state: not JSON/);
  assert.throws(() => EntityResolver.fromJSON('{}'), /no "entities" array/);
  assert.throws(() => EntityResolver.fromJSON('{"entities":[{"key":"x","name":"X","kind":"THING"}]}'), /entity 0/);
});
