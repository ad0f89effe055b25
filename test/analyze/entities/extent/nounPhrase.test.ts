// The noun phrase around a name (extent/nounPhrase.ts): titles, descriptors and "the".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitAtTitle, theBelongs, withPremodifiers } from '../../../../src/analyze/entities/extent/index.js';
import { tokenize } from '../../../../src/analyze/entities/tokens.js';
import { extentText, spanOf } from './spans.js';

test('"the" belongs to a name that ends its noun phrase, not to a name that premodifies a noun', () => {
  const check = (text: string, name: string, expected: boolean): void => {
    const { tokens, s } = spanOf(text, name, 'PLACE');
    assert.equal(theBelongs(text, tokens, s.nameTo), expected, `the ${name} in "${text}"`);
  };
  check('He asked the US government for aid.', 'US', false);
  check('The UK\'s index fell.', 'UK', false);
  check('It was sold in the United States.', 'United States', true);
  check('Exports to the United States rose.', 'United States', true);
  check('the European Central Bank said it would act', 'European Central Bank', true);
  check('the US says it will act', 'US', true);
  check('the Airbus website', 'Airbus', false);
});

test('capitalised titles and organisation descriptors are part of the mention; the name stays the name', () => {
  const text = 'Shares rose after U.S. automaker Chrysler and President Vladimir Putin met founder Steve Jobs and said aircraft manufacturer Boeing.';
  const tokens = tokenize(text);
  const spans = [
    spanOf(text, 'U.S.', 'PLACE').s, spanOf(text, 'Chrysler', 'ORG').s, spanOf(text, 'Vladimir Putin', 'PERSON').s,
    spanOf(text, 'Steve Jobs', 'PERSON').s, spanOf(text, 'Boeing', 'ORG').s,
  ];
  const out = spans.map((s) => withPremodifiers(text, tokens, s, spans));
  assert.equal(extentText(text, tokens, out[0]!), 'U.S.', 'places do not take premodifiers');
  assert.equal(extentText(text, tokens, out[1]!), 'U.S. automaker Chrysler');
  assert.equal(extentText(text, tokens, out[2]!), 'President Vladimir Putin');
  assert.equal(extentText(text, tokens, out[3]!), 'Steve Jobs', 'a lowercase job description is an apposition');
  assert.equal(extentText(text, tokens, out[4]!), 'aircraft manufacturer Boeing', 'the run stops at the verb "said"');
  assert.equal(text.slice(tokens[out[2]!.nameFrom]!.start, tokens[out[2]!.nameTo - 1]!.end), 'Vladimir Putin');
});

test('a title an organisation or a common word modifies is an apposition: the person mention is the name', () => {
  const text = 'Apple CEO Steve Jobs met company CEO Tim Cook and U.S. President Barack Obama.';
  const tokens = tokenize(text);
  const spans = [spanOf(text, 'Apple', 'ORG').s, spanOf(text, 'Steve Jobs', 'PERSON').s, spanOf(text, 'Tim Cook', 'PERSON').s,
    spanOf(text, 'U.S.', 'PLACE').s, spanOf(text, 'Barack Obama', 'PERSON').s];
  const out = spans.map((s) => withPremodifiers(text, tokens, s, spans));
  assert.equal(extentText(text, tokens, out[1]!), 'Steve Jobs');
  assert.equal(extentText(text, tokens, out[2]!), 'Tim Cook');
  assert.equal(extentText(text, tokens, out[4]!), 'U.S. President Barack Obama', 'a place before a title keeps it a title');
});

test('an organisation, a title and a person run together are split', () => {
  const text = 'Chrysler Chief Executive Robert Nardelli said so.';
  const { tokens, s } = spanOf(text, 'Chrysler Chief Executive Robert Nardelli', 'ORG');
  const parts = splitAtTitle(tokens, s);
  assert.deepEqual(parts.map((p) => [extentText(text, tokens, p), p.kind]), [['Chrysler', 'ORG'], ['Robert Nardelli', 'PERSON']]);
  const plain = spanOf('Bank of England Governor said', 'Bank of England', 'ORG');
  assert.deepEqual(splitAtTitle(plain.tokens, plain.s), [plain.s]);
});

test('no premodifiers for a name that determines another phrase, stands in a list, or follows an untagged name', () => {
  const text = "Airbus took the title from rival Boeing's 747. US automakers GM and Chrysler asked. Apple Computer CEO Steve Jobs spoke.";
  const tokens = tokenize(text);
  const spans = [spanOf(text, 'Boeing', 'ORG').s, spanOf(text, 'GM', 'ORG').s, spanOf(text, 'Steve Jobs', 'PERSON').s];
  const out = spans.map((s) => withPremodifiers(text, tokens, s, spans));
  assert.deepEqual(out.map((s) => extentText(text, tokens, s)), ['Boeing', 'GM', 'Steve Jobs']);
  const single = "Rival Boeing said so; U.S. automaker GM asked.";
  const t2 = tokenize(single);
  const s2 = [spanOf(single, 'Boeing', 'ORG').s, spanOf(single, 'U.S.', 'PLACE').s, spanOf(single, 'GM', 'ORG').s];
  assert.deepEqual(s2.map((s) => extentText(single, t2, withPremodifiers(single, t2, s, s2))), ['Rival Boeing', 'U.S.', 'U.S. automaker GM']);
});
