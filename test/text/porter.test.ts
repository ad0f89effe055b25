import { test } from 'node:test';
import assert from 'node:assert/strict';
import { porterStem } from '../../src/text/porter.js';

// Examples from Porter (1980), one or more per rule; these hold for ROUGE's variant too.
const PORTER_1980: Array<[string, string]> = [
  // 1a
  ['caresses', 'caress'], ['ponies', 'poni'], ['ties', 'ti'], ['caress', 'caress'], ['cats', 'cat'],
  // 1b
  ['feed', 'feed'], ['agreed', 'agre'], ['plastered', 'plaster'], ['bled', 'bled'], ['motoring', 'motor'],
  ['sing', 'sing'], ['conflated', 'conflat'], ['troubled', 'troubl'], ['sized', 'size'], ['hopping', 'hop'],
  ['tanned', 'tan'], ['falling', 'fall'], ['hissing', 'hiss'], ['fizzed', 'fizz'], ['failing', 'fail'], ['filing', 'file'],
  // 1c
  ['happy', 'happi'], ['sky', 'sky'],
  // 2
  ['relational', 'relat'], ['conditional', 'condit'], ['rational', 'ration'], ['digitizer', 'digit'],
  ['vietnamization', 'vietnam'], ['predication', 'predic'], ['operator', 'oper'], ['feudalism', 'feudal'],
  ['decisiveness', 'decis'], ['hopefulness', 'hope'], ['callousness', 'callous'], ['sensibiliti', 'sensibl'],
  // 3
  ['triplicate', 'triplic'], ['formative', 'form'], ['formalize', 'formal'], ['electrical', 'electr'],
  ['hopeful', 'hope'], ['goodness', 'good'],
  // 4
  ['revival', 'reviv'], ['allowance', 'allow'], ['inference', 'infer'], ['airliner', 'airlin'],
  ['adjustable', 'adjust'], ['defensible', 'defens'], ['irritant', 'irrit'], ['replacement', 'replac'],
  ['adjustment', 'adjust'], ['dependent', 'depend'], ['adoption', 'adopt'], ['communism', 'commun'],
  ['activate', 'activ'], ['homologous', 'homolog'], ['effective', 'effect'], ['bowdlerize', 'bowdler'],
  // 5
  ['probate', 'probat'], ['rate', 'rate'], ['cease', 'ceas'], ['controll', 'control'], ['roll', 'roll'],
];

test('Porter 1980 examples', () => {
  for (const [word, stem] of PORTER_1980) assert.equal(porterStem(word), stem, word);
});

test('ROUGE step-4 change: -ement, then -ment, then -ent may each be tried', () => {
  // Textbook Porter keeps these whole ("-ement" matches, its stem has m=1, nothing else is tried).
  // ROUGE-1.5.5 goes on to "-ment" and then "-ent", which strips "ent" here.
  assert.equal(porterStem('movement'), 'movem');
  assert.equal(porterStem('agreement'), 'agreem');
  // "-ment" and "-ent" in sequence when both stems are long enough
  assert.equal(porterStem('establishment'), 'establish');
});

test('initial y is a consonant and comes back lower-case', () => {
  assert.equal(porterStem('yelling'), 'yell');
  assert.equal(porterStem('youth'), 'youth');
  assert.equal(porterStem('yearly'), 'yearli');
});

test('short words and digits pass through', () => {
  assert.equal(porterStem('as'), 'as');
  assert.equal(porterStem('2010'), '2010');
  assert.equal(porterStem('5bn'), '5bn');
});
