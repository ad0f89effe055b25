import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, MAX_SENTENCE_CHARS } from '../../src/analyze/sentences.js';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

test('splits on sentence-final punctuation followed by a capital', () => {
  assert.deepEqual(texts('The bridge fell. Rescuers came! Was anyone hurt? Yes.'), [
    'The bridge fell.', 'Rescuers came!', 'Was anyone hurt?', 'Yes.',
  ]);
});

test('keeps abbreviations, initials, acronyms and decimals inside a sentence', () => {
  assert.deepEqual(texts('Mr. Kovrig met Dr. J. Smith in the U.S. on Dec. 5 at 3.5 p.m. today. He left.'), [
    'Mr. Kovrig met Dr. J. Smith in the U.S. on Dec. 5 at 3.5 p.m. today.', 'He left.',
  ]);
});

test('closing quotes stay with their sentence', () => {
  assert.deepEqual(texts('"We are ready." The minister said so.'), ['"We are ready."', 'The minister said so.']);
});

test('a blank line ends a sentence (headlines have no final period)', () => {
  assert.deepEqual(texts('Bridge collapses in Port Alder\n\nA bridge fell on Tuesday.'), [
    'Bridge collapses in Port Alder', 'A bridge fell on Tuesday.',
  ]);
});

test('offsets point into the original text', () => {
  const text = '  One here.   Two there.  ';
  for (const s of splitSentences(text)) assert.equal(text.slice(s.start, s.end), s.text);
  assert.equal(splitSentences(text).length, 2);
});

test('empty text gives no sentences; a huge paragraph is cut into bounded pieces', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences('   \n\n '), []);
  const huge = 'word '.repeat(20000);
  const started = Date.now();
  const parts = splitSentences(huge);
  assert.ok(Date.now() - started < 1000);
  assert.ok(parts.length > 1);
  for (const p of parts) assert.ok(p.text.length <= MAX_SENTENCE_CHARS + 10);
});

test('lowercase after a period does not split', () => {
  assert.deepEqual(texts('He said the plan was approx. ten days long. Then it ended.'), [
    'He said the plan was approx. ten days long.', 'Then it ended.',
  ]);
});
