// Document-level canonical names and the corpus-level resolver (no tagger involved: the inputs are mentions).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityKind, EntityMention } from '../../../src/types.js';
import { canonicalizeDocument, cleanName, foldKey, stripTitles } from '../../../src/analyze/entities/names.js';
import { EntityResolver } from '../../../src/analyze/entities/index.js';

function mention(kind: EntityKind, text: string, at = 0): EntityMention {
  return { kind, name: cleanName(text), start: at, end: at + text.length, text };
}

test('titles are stripped from people only, and never the last word', () => {
  assert.equal(stripTitles('Foreign Minister Wang Yi'), 'Wang Yi');
  assert.equal(stripTitles('Mr. Kovrig'), 'Kovrig');
  assert.equal(stripTitles('Prime Minister Justin Trudeau'), 'Justin Trudeau');
  assert.equal(stripTitles('President'), 'President');
  const doc = [mention('PERSON', 'Foreign Minister Wang Yi'), mention('ORG', 'General Motors', 30)];
  canonicalizeDocument(doc);
  assert.equal(doc[0]!.name, 'Wang Yi');
  assert.equal(doc[1]!.name, 'General Motors');
});

test('short forms take the full name used in the same document; hyphenated names stay whole', () => {
  const doc = [
    mention('PERSON', 'Francois-Philippe Champagne', 0),
    mention('PERSON', 'Michael Kovrig', 40),
    mention('PERSON', 'Meng Wanzhou', 60),
    mention('PERSON', 'Champagne', 80),
    mention('ORG', 'Kovrig', 100), // a tagger slip: the kind follows the person
    mention('PERSON', 'Meng', 120), // family name first
    mention('PERSON', 'Mr. Spavor', 140), // no full name in this document: only the title goes
  ];
  canonicalizeDocument(doc);
  assert.deepEqual(doc.map((m) => m.name), ['Francois-Philippe Champagne', 'Michael Kovrig', 'Meng Wanzhou',
    'Francois-Philippe Champagne', 'Michael Kovrig', 'Meng Wanzhou', 'Spavor']);
  assert.equal(doc[4]!.kind, 'PERSON');
  // spans and texts are never changed by naming
  assert.equal(doc[3]!.text, 'Champagne');
});

test('an ambiguous surname is left alone; acronyms take the spelled-out organisation', () => {
  const doc = [mention('PERSON', 'George Bush'), mention('PERSON', 'Laura Bush', 20), mention('PERSON', 'Bush', 40),
    mention('ORG', 'World Health Organization', 60), mention('ORG', 'WHO', 90)];
  canonicalizeDocument(doc);
  assert.equal(doc[2]!.name, 'Bush');
  assert.equal(doc[4]!.name, 'World Health Organization');
});

test('one kind per name: the majority of its mentions', () => {
  const doc = [mention('ORG', 'Huawei'), mention('PLACE', 'Huawei', 10), mention('ORG', 'Huawei', 20)];
  canonicalizeDocument(doc);
  assert.deepEqual(doc.map((m) => m.kind), ['ORG', 'ORG', 'ORG']);
});

test('folded keys ignore case, accents, periods, hyphens and a leading "the"; common aliases meet', () => {
  assert.equal(foldKey('François-Philippe Champagne'), foldKey('Francois Philippe Champagne'));
  assert.equal(foldKey('U.S.'), foldKey('the United States'));
  assert.equal(foldKey('Britain'), foldKey('United Kingdom'));
  assert.notEqual(foldKey('Michael Kovrig'), foldKey('Michael Spavor'));
});

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
