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

test('the event-date layer re-reads own days and makes undated live-blog sentences candidates of their update day', async () => {
  const { analyzeDoc } = await import('../../src/analyze/index.js');
  const { indexCandidates } = await import('../../src/timeline/candidates.js');
  const { dayNumber } = await import('../../src/timeline/dates.js');
  const text = [
    'Egypt live blog.',
    '(Update 4:33 a.m. Thursday in Cairo, 9:33 p.m. ET Wednesday) Heavy gunfire reverberated in central Cairo.',
    'Ambulances also are coming into the square.',
    'The Health Ministry said three people died in Wednesday\'s clashes in Cairo.',
    '(Update 3:15 a.m. Thursday in Cairo, 8:15 p.m. ET Wednesday) Suleiman asked protesters to go home.',
  ].join('\n');
  const doc = analyzeDoc(text, '2011-02-01');
  const base = { id: 1, published: '2011-02-01', text, sentences: doc.sentences, timexes: doc.timexes };
  const withLayer = buildCollection([{ ...base, sentenceDates: doc.sentenceDates! }]);
  const clashes = withLayer.sentences.find((s) => s.text.includes('clashes'))!;
  assert.deepEqual(clashes.days, [dayNumber('2011-02-02')]);
  const index = indexCandidates(withLayer);
  assert.ok(index.published.get(dayNumber('2011-02-03'))?.some((s) => s.text.startsWith('Ambulances')));
  // Without the layer (an analysis stored before it), the weekday is the one before publication.
  const without = buildCollection([base]).sentences.find((s) => s.text.includes('clashes'))!;
  assert.deepEqual(without.days, [dayNumber('2011-01-26')]);
});
