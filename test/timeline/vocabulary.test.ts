// The vocabulary reads words where they stand in a text, lowercasing as it reads: a word must get the id its
// lowercased string gets, whatever its capitals, and a word with characters outside ASCII must too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Vocabulary } from '../../src/timeline/vocabulary.js';

test('a word read in place gets the id of its lowercased string', () => {
  const v = new Vocabulary();
  const harbour = v.idOf('harbour');
  const text = 'The HARBOUR Bridge; harbour, Harbour.';
  assert.equal(v.idAt(text, 4, 7), harbour);
  assert.equal(v.idAt(text, 20, 7), harbour);
  assert.equal(v.idAt(text, 29, 7), harbour);
  assert.equal(v.idAt(text, 12, 6), v.idOf('bridge'));
  assert.equal(v.size, 2);
});

test('a new word read in place is kept lowercased', () => {
  const v = new Vocabulary();
  const id = v.idAt('Port ALDER', 5, 5);
  assert.equal(v.idOf('alder'), id);
  assert.equal(v.known('ALDER'), -1);
  assert.equal(v.known('alder'), id);
});

test('words with characters outside ASCII are lowercased as strings', () => {
  const v = new Vocabulary();
  const text = 'ÉCOLE École école ΟΔΟΣ οδος';
  const ecole = v.idAt(text, 0, 5);
  assert.equal(v.idAt(text, 6, 5), ecole);
  assert.equal(v.idAt(text, 12, 5), ecole);
  assert.equal(v.idOf('école'), ecole);
  assert.equal(v.idAt(text, 18, 4), v.idOf('ΟΔΟΣ'.toLowerCase()));
  assert.equal(v.size, 2);
});

test('ids follow first use and survive the table growing', () => {
  const v = new Vocabulary();
  const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`);
  for (let i = 0; i < words.length; i++) assert.equal(v.idOf(words[i]!), i);
  for (let i = 0; i < words.length; i++) assert.equal(v.idAt(` ${words[i]!.toUpperCase()} `, 1, words[i]!.length), i);
  assert.equal(v.size, words.length);
});
