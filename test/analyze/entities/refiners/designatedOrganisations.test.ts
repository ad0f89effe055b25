// An organisation the tagger never saw is still found when its name ends in an organisation word, and a part the
// tagger found gives way to the whole name; titles, coordinated names and headlines are not joined.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../../../../src/analyze/entities/extract.js';
import { designatedRuns } from '../../../../src/analyze/entities/refiners/designatedOrganisations.js';
import { defaultLexicon } from '../../../../src/analyze/entities/lexicon.js';
import { tokenize } from '../../../../src/analyze/entities/tokens.js';
import { splitSentences } from '../../../../src/analyze/sentences.js';

const entities = (text: string): [string, string][] =>
  extractEntities(text, splitSentences(text)).map((m) => [m.text, m.kind]);

const runs = (text: string): string[] => {
  const unit = tokenize(text);
  return designatedRuns(text, unit, defaultLexicon()).map(([a, b]) => text.slice(unit[a]!.start, unit[b - 1]!.end));
};

test('an unknown company opening a sentence after "The" is an organisation', () => {
  assert.deepEqual(entities('The Kelvaro Mining Company said on Monday that output fell.'),
    [['Kelvaro Mining Company', 'ORG']]);
});

test('the whole name takes the place of the part the tagger found', () => {
  const found = entities('Officials at the Velmora Port Authority published shipping figures on Monday.');
  assert.deepEqual(found, [['Velmora Port Authority', 'ORG']]);
});

test('a title before a name the tagger found, and two names joined by "and", stay apart', () => {
  assert.deepEqual(runs('He is Chief Executive Officer of the firm.'), []);
  const titled = entities('Robert Fornaro, Chief Operating Officer of AirTran Airways, said on Monday that fares rose.');
  assert.ok(titled.some(([t]) => t === 'AirTran Airways'), JSON.stringify(titled));
  assert.ok(!titled.some(([t]) => t.includes('Officer')), JSON.stringify(titled));
  assert.deepEqual(runs('Shares of Toyota and Honda Motors rose on Monday.'), ['Honda Motors']);
});

test('a common word opening the sentence is left out; a headline in capitals yields nothing', () => {
  assert.deepEqual(runs('Yesterday Kelvaro Mining Company said output fell.'), ['Kelvaro Mining Company']);
  // The organisation word must end the run: "Bank of Velmora" is left to the tagger.
  assert.deepEqual(runs('Bank of Velmora said rates would rise.'), []);
  assert.deepEqual(runs('Oil Company Shares Fall As Kelvaro Mining Company Warns'), []);
});
