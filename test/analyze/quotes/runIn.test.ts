// Scraped pages run a headline or a caption into the text with no stop, and live pages put a time stamp before
// each entry: a quote must not run across either, and a stamp is no part of what anyone said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/analyze/quotes.js';
import { buildUnits } from '../../../src/analyze/quotes/units.js';
import { findQuotations } from '../../../src/analyze/quotes/quotations.js';
import { splitSentences } from '../../../src/analyze/sentences.js';
import type { EntityKind } from '../../../src/types.js';
import { ents } from '../../helpers/mentions.js';

const units = (text: string) => buildUnits(text, splitSentences(text), findQuotations(text)).map((u) => text.slice(u.start, u.end).trim());
const run = (text: string, list: Array<[string, EntityKind, string?]> = []) => extractQuotes(text, splitSentences(text), ents(text, list));

test('a headline run into a caption and the first sentence is three units', () => {
  const text = 'Qatar calls for Arabs to send in troops Under the emir, Qatar was the first Arab country to join the intervention in Libya ' +
    'The ruler of Qatar has said Arab countries should send troops into Syria.';
  assert.deepEqual(units(text), ['Qatar calls for Arabs to send in troops', 'Under the emir, Qatar was the first Arab country to join the intervention in Libya',
    'The ruler of Qatar has said Arab countries should send troops into Syria.']);
});

test('a capital that belongs to a name, or opens words given without quotation marks, cuts nothing', () => {
  assert.deepEqual(units('The minister told The Associated Press the talks would go on in The Hague next week.').length, 1);
  const qs = run('McCain said We should never again allow the country to be in this position.', [['McCain', 'PERSON']]);
  assert.equal(qs[0]?.text, 'We should never again allow the country to be in this position');
});

test('what a cue reports stops where the next run-in sentence starts', () => {
  const text = 'The three men were at a meeting of security heads, state TV said The reported attack could mark a turning point.';
  const qs = run(text);
  assert.ok(!qs.some((q) => /turning point/.test(q.text) && q.speakerText === 'state TV'), JSON.stringify(qs));
});

test('a publication or live time stamp is no part of the words', () => {
  const poll = run('Tuesday, September 30, 2008; 10:10 AM Most Americans see the situation as a crisis, according to a new poll.');
  assert.equal(poll[0]?.text, 'Most Americans see the situation as a crisis');
  const live = run('Hayward says his company was not responsible 7.57 pm: Jan Shakowsky, a Democrat, notes that the widows are angry.',
    [['Hayward', 'PERSON'], ['Jan Shakowsky', 'PERSON']]);
  assert.equal(live.find((q) => q.speakerText === 'Hayward')?.text, 'his company was not responsible');
});
