import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineStartMatches } from '../../src/text/lineStarts.js';

/** What matchAll gives, as [index, text] pairs, and the same from lineStartMatches. */
const both = (text: string, re: RegExp): [Array<[number, string]>, Array<[number, string]> | undefined] => [
  [...text.matchAll(re)].map((m) => [m.index, m[0]]),
  lineStartMatches(text, re)?.map((m) => [m.index, m[0]]),
];

test('line-anchored patterns give the matches matchAll gives, at every kind of line start', () => {
  const texts = [
    'By the CNN Wire Staff\nBy the Associated Press Writers\n  By no one\nBy Reporters',
    'Share this story\r\nFollow us on twitter\u2028Join the discussion\u2029Email us your photos\rShare',
    '', '\n\n\n', 'no line start matches here\nnor here',
    'x\ny\nz', 'Editor\'s note: one.\nCORRECTION: two\ncorrection: three',
  ];
  const patterns = [
    /^By (?:the )?(?:[A-Z][\w.'&-]* ){0,3}?(?:Wire |News )?(?:Staff|Writers?|Reporters?)\b/gm,
    /^(?:Share|Follow|Join|Email us)\b(?=[ ,])/gm,
    /^(?:Editor'?s note:|Correction:)/gim,
    // a match that runs over line starts: the ones inside it are passed over, as the global scan does
    /^[^\n]{1,40}?(?=\n|$)/gm,
    /^[\s\S]{3}/gm,
    // an empty match steps on by one
    /^/gm,
  ];
  for (const text of texts) {
    for (const re of patterns) {
      const [expected, got] = both(text, re);
      assert.deepEqual(got, expected, `${re} on ${JSON.stringify(text)}`);
    }
  }
});

test('patterns not anchored as a whole are left to matchAll', () => {
  assert.equal(lineStartMatches('a\nb', /^a|b/gm), undefined);
  assert.equal(lineStartMatches('a\nb', /^a/g), undefined);
  assert.equal(lineStartMatches('a\nb', /a/gm), undefined);
  // a bar inside a group or a class does not unanchor the pattern
  assert.deepEqual(lineStartMatches('ab\nb|', /^(?:a|b)[|b]/gm)?.map((m) => m.index), [0, 3]);
});
