// Written forms of one name (util/nameForms.ts): short forms, acronyms and one-letter spellings of long words
// are one name; look-alike names the entity resolver may tie together are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameNameForms } from '../../src/util/nameForms.js';

test('a short form, a titled form, an acronym or a spelling variant is the same name', () => {
  for (const [a, b] of [['Obama', 'Barack Obama'], ['Mr Hayward', 'Tony Hayward'], ['George W Bush', 'George W. Bush'],
    ['UN', 'United Nations'], ['U.N.', 'UN'], ['Bureau of Ocean Energy Management', 'BOEM'],
    ['Moammar Gadhafi', 'Moammar Gaddafi'], ['Muammar Qaddafi', 'Moammar Gaddafi'], ['Gadhafi', 'Moammar Gaddafi']]) {
    assert.ok(sameNameForms(a!, b!), `${a} / ${b}`);
  }
});

test('look-alike names of other people or things are not', () => {
  for (const [a, b] of [['Martha', 'John Murtha'], ['Tories', 'Vicente Torres'], ['Nilsson', 'Bill Nelson'],
    ['Bashar', 'Omar Hassan al-Bashir'], ['BBB-plus', 'BP'], ['Stephanie Mueller', 'Stephan Miller'], ['UK', 'Britain']]) {
    assert.ok(!sameNameForms(a!, b!), `${a} / ${b}`);
  }
});
