import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripDateline, buildCollection } from '../../src/timeline/collection.js';

test('stripDateline removes wire-service datelines and what precedes them', () => {
  assert.equal(stripDateline('LONDON (Reuters) - BP shares fell on Tuesday.'), 'BP shares fell on Tuesday.');
  assert.equal(
    stripDateline('LONDON | Tue Apr 27 , 2010 4:08 am EDT LONDON -LRB- Reuters -RRB- - BP Plc reported profits .'),
    'BP Plc reported profits .',
  );
  assert.equal(stripDateline('Cairo , Egypt -LRB- CNN -RRB- -- Protesters filled the square .'), 'Protesters filled the square .');
  assert.equal(stripDateline('AP NEW ORLEANS -- Oil reached the marshes .'), 'Oil reached the marshes .');
  assert.equal(stripDateline('WASHINGTON -- The Senate voted .'), 'The Senate voted .');
});

test('stripDateline leaves ordinary sentences and bare datelines alone', () => {
  for (const s of [
    'The spill -- the worst in U.S. history -- grew on Tuesday .',
    'But -- as Reuters reported -- the talks failed .',
    'Officials told CNN the well was capped .',
    'LONDON -LRB- Reuters -RRB- -',
  ]) {
    assert.equal(stripDateline(s), s);
  }
});

test('collected sentence text stays a substring of its article after stripping', () => {
  const text = 'WASHINGTON -LRB- Reuters -RRB- - The Fed cut rates on March 18 , 2008 . Markets rose .';
  const cut = text.indexOf(' Markets');
  const col = buildCollection([
    {
      id: 1,
      published: '2008-03-18',
      text,
      sentences: [
        { index: 0, start: 0, end: cut, text: text.slice(0, cut) },
        { index: 1, start: cut + 1, end: text.length, text: text.slice(cut + 1) },
      ],
      timexes: [],
    },
  ]);
  const first = col.sentences[0]!;
  assert.equal(first.text, 'The Fed cut rates on March 18 , 2008 .');
  assert.ok(text.includes(first.text));
  assert.equal(col.sentences[1]!.text, 'Markets rose .');
});
