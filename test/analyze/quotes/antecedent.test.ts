// The whole-word test speaksOf uses (antecedent.ts holdsWord) must answer exactly as the Unicode regex it
// replaced, letters beyond ASCII and surrogate pairs included: a difference would change which speakers resolve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holdsWord } from '../../../src/analyze/quotes/antecedent.js';

const byRegex = (body: string, word: string): boolean =>
  new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(body);

test('a name counts only where no letter touches it, as the regex says', () => {
  const cases: Array<[string, string]> = [
    ['Obama said he would', 'Obama'], ['Obamas said', 'Obama'], ['the Obama', 'Obama'], ['xObama', 'Obama'],
    ['Obama', 'Obama'], ['Obama-era rules', 'Obama'], ["Obama's plan", 'Obama'], ['ÉObama', 'Obama'],
    ['Obamaé', 'Obama'], ['Obama1', 'Obama'], ['ObamaObama Obama', 'Obama'], ['Müller sagte', 'Müller'],
    ['Herr Müllers', 'Müller'], ['𝐀Obama', 'Obama'], ['Obama𝐀', 'Obama'], ['😀Obama😀', 'Obama'],
    ['\ud835Obama', 'Obama'], ['Obama\udc00', 'Obama'], ['Dr. J. (AP) said', 'Dr. J. (AP)'], ['a+b c', 'a+b'],
    ['Ab 𝐀b', '𝐀b'], ['', 'Obama'], ['abc', ''], ['a.b', '.'], ['ŁÓDŹ said', 'ŁÓDŹ'], ['ΑθήναΑ', 'Αθήνα'],
  ];
  for (const [body, word] of cases) assert.equal(holdsWord(body, word), byRegex(body, word), `${JSON.stringify(word)} in ${JSON.stringify(body)}`);
  assert.equal(holdsWord('the Obama plan', 'Obama'), true);
  assert.equal(holdsWord('the Obamas plan', 'Obama'), false);
});
