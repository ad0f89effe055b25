import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze/index.js';
import { cleanText } from '../../src/clean/index.js';

const PAGE = 'Swine flu fears rise as Mexico toll reaches 80 Sunday 26 April 2009 10.40 BST A couple wearing masks kiss in ' +
  'Mexico City on Saturday.\nYES | NO Egyptian President Hosni Mubarak stepped down on February 11.\n' +
  'Comments are not pre-screened before they post.\nMALVEAUX: Mubarak gave Bush troops in 1991.\nKURTZ: Thank you.';

test('analysis keeps the stored text and offsets, and no layer starts in furniture', () => {
  const doc = analyzeDoc(PAGE, '2009-04-26');
  assert.equal(doc.text, PAGE);
  for (const s of doc.sentences) assert.equal(PAGE.slice(s.start, s.end), s.text);
  const texts = doc.sentences.map((s) => s.text);
  assert.deepEqual(texts, [
    'Swine flu fears rise as Mexico toll reaches 80',
    'A couple wearing masks kiss in Mexico City on Saturday.',
    'Egyptian President Hosni Mubarak stepped down on February 11.',
    'Mubarak gave Bush troops in 1991.',
    'Thank you.',
  ]);
  const stamp = PAGE.indexOf('Sunday 26');
  assert.ok(!doc.timexes.some((t) => t.start >= stamp && t.start < stamp + 28), 'the page stamp is no timex');
  assert.ok(!doc.entities.some((e) => e.text === 'MALVEAUX' || e.text === 'KURTZ'));
  assert.deepEqual(doc.turns?.map((t) => t.speaker), ['MALVEAUX', 'KURTZ']);
  const { furniture } = cleanText(PAGE);
  for (const x of [...doc.sentences, ...doc.timexes, ...doc.entities, ...doc.quotes]) {
    assert.ok(!furniture.some(([s, e]) => x.start >= s && x.start < e), `${x.text} starts in furniture`);
  }
});

test('spans the caller passes (the learned repeat model) are set aside too', () => {
  const text = 'Enter your email address to follow this blog.\nThe rebels took Brega on Friday.';
  const doc = analyzeDoc(text, '2011-03-04', [[0, text.indexOf('\n')]]);
  assert.deepEqual(doc.sentences.map((s) => s.text), ['The rebels took Brega on Friday.']);
  assert.equal(doc.turns, undefined);
});
