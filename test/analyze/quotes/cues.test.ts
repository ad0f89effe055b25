// The cue words loaded from models/quotes/cues.tsv and the cue group around one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CUE_WORDS, cueGroup, cueOffsets } from '../../../src/analyze/quotes/cues.js';
import { unitOf } from '../../helpers/quoteUnits.js';

test('the learned table is loaded in its order', () => {
  // the table less the words that are no speech (lexicon.ts NOT_SPEECH)
  assert.equal(CUE_WORDS.size, 374);
  assert.ok(!CUE_WORDS.has('seemed') && !CUE_WORDS.has('criticism') && !CUE_WORDS.has('charged') && !CUE_WORDS.has('ordered'));
  assert.deepEqual([...CUE_WORDS.keys()].slice(0, 3), ['said', 'says', 'told']);
  assert.equal(CUE_WORDS.get('said'), 0.93);
});

test('cue offsets: cue words in lower case and in title case (headlines, a sentence start), not in capitals', () => {
  const text = 'According to Kim, Lee Said no and then said yes. SAID no.';
  assert.deepEqual(cueOffsets(text), [0, text.indexOf('Said'), text.indexOf('said')]);
});

test('a capitalised cue inside a unit is one only after a capitalised word, as in a title-case headline', () => {
  const at = (text: string, word: string) => {
    const { toks } = unitOf(text);
    return cueGroup(toks, toks.findIndex((t) => t.low === word));
  };
  assert.ok(at('Former White House Doctor Says Clinton Hid Health Problems', 'says'));
  assert.ok(at('Asked about it, Kim said no.', 'asked'));
  assert.equal(at('then the kids Said hello', 'said'), undefined);
});

test('a cue group spans auxiliaries, adverbs and a particle; passives and a bare "according" are no cues', () => {
  const at = (text: string, word: string) => {
    const { toks } = unitOf(text);
    return cueGroup(toks, toks.findIndex((t) => t.low === word));
  };
  assert.deepEqual(at('Kim has also repeatedly pointed out that it rains.', 'pointed'), { g: 0, after: 6 });
  assert.equal(at('Kim was said to be ill.', 'said'), undefined);
  assert.equal(at('Kim was expected to win.', 'expected'), undefined);
  assert.equal(at('They voted according.', 'according'), undefined);
  assert.equal(at('The weather is fine.', 'weather'), undefined);
});

test('after a determiner a cue word is a noun: a cue only with a clause of its own', () => {
  const at = (text: string, word: string) => {
    const { toks } = unitOf(text);
    return cueGroup(toks, toks.findIndex((t) => t.low === word));
  };
  assert.equal(at('Several lawmakers called for the recall of parliament to debate the move.', 'recall'), undefined);
  assert.equal(at('His promises were forgotten within a year.', 'promises'), undefined);
  assert.ok(at('The minister repeated his promises that the pits would stay open.', 'promises'));
  assert.ok(at('Officials recall that the talks had failed.', 'recall'));
});
