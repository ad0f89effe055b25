// The query rules on their own: whole-word and phrase matching, which stored names count as an entity's
// aliases, which sentences are about an entity, and how the query mode falls back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeMatch, makeQuery, parseQueryText, selectDocs } from '../../src/timeline/query.js';
import { entityNames, hasTerm, sentencesAbout } from '../../src/timeline/queryMatch.js';
import type { TimelineDoc } from '../../src/timeline/collection.js';
import type { EntityMention, Sentence } from '../../src/types.js';

/** A document from sentences; mentions are given as [kind, text as written, in-article name]. */
function doc(id: number, sentences: string[], mentions: [EntityMention['kind'], string, string][] = []): TimelineDoc {
  const text = sentences.join(' ');
  let at = 0;
  const sents: Sentence[] = sentences.map((s, index) => {
    const start = text.indexOf(s, at);
    at = start + s.length;
    return { index, start, end: at, text: s };
  });
  const entities: EntityMention[] = [];
  let from = 0;
  for (const [kind, written, name] of mentions) {
    const start = text.indexOf(written, from);
    assert.ok(start >= 0, written);
    entities.push({ kind, name, start, end: start + written.length, text: written });
    from = start + 1;
  }
  return { id, published: '2011-02-01', text, sentences: sents, timexes: [], entities };
}

test('words match whole words with a plural ending; phrases match across spaces and hyphens', () => {
  assert.equal(hasTerm('Turmoil in Libya', 'oil'), false);
  assert.equal(hasTerm('Oil prices rose', 'oil'), true);
  assert.equal(hasTerm('Thousands joined the protests', 'protest'), true);
  assert.equal(hasTerm('a no fly zone over Libya', 'no fly zone'), true);
  assert.equal(hasTerm('the no-fly zone', 'no fly zone'), true);
  assert.equal(hasTerm('Michael Dukakis met Jesse Jackson', 'michael jackson'), false);
});

test('a quoted phrase is a phrase; an unquoted text of several words is a phrase and its words', () => {
  assert.deepEqual(parseQueryText('"Michael Jackson" death'), { phrases: ['michael jackson'], words: ['michael', 'jackson', 'death'], quoted: true });
  assert.deepEqual(parseQueryText('oil spill'), { phrases: ['oil spill'], words: ['oil', 'spill'], quoted: false });
  assert.deepEqual(parseQueryText('Haiti'), { phrases: [], words: ['haiti'], quoted: false });
});

test("an entity's names leave out its first name alone, rare spellings and tagging slips", () => {
  const e = entityNames('Michael Jackson', 'PERSON', [
    { text: 'Jackson', mentions: 560 }, { text: 'Michael Jackson', mentions: 360 }, { text: 'Michael', mentions: 83 },
    { text: 'Mr Jackson', mentions: 30 }, { text: 'Ms Jackson', mentions: 5 }, { text: 'want President Jackson', mentions: 25 },
  ]);
  assert.deepEqual(e.written, ['jackson']);
  assert.ok(!e.names.includes('michael'));
  assert.ok(!e.names.includes('want president jackson'));
});

const MJ = entityNames('Michael Jackson', 'PERSON', [{ text: 'Jackson', mentions: 10 }, { text: 'Michael Jackson', mentions: 10 }]);

test('a sentence is about the entity by its mention, its surname, or a pronoun nobody else competes for', () => {
  const d = doc(1, [
    'Michael Jackson died in Los Angeles.',
    'He was 50.',
    'Jesse Jackson paid tribute.',
    'Yet Sharpton said he was shocked.',
    'Fans of Jackson gathered outside.',
    'Ms Jackson sang first.',
  ], [['PERSON', 'Michael Jackson', 'Michael Jackson'], ['PLACE', 'Los Angeles', 'Los Angeles'],
    ['PERSON', 'Jesse Jackson', 'Jesse Jackson'], ['PERSON', 'Ms Jackson', 'Jackson']]);
  assert.deepEqual(sentencesAbout(d, MJ), [true, true, false, false, true, false]);
});

test("a dateline's place is not what the sentence is about", () => {
  const benghazi = entityNames('Benghazi', 'PLACE', [{ text: 'Benghazi', mentions: 10 }]);
  const d = doc(2, ['BENGHAZI, Libya (Reuters) - Warplanes bombed tanks near Ajdabiyah.', 'Rebels held Benghazi.'],
    [['PLACE', 'BENGHAZI', 'Benghazi'], ['PLACE', 'Ajdabiyah', 'Ajdabiyah'], ['PLACE', 'Benghazi', 'Benghazi']]);
  assert.deepEqual(sentencesAbout(d, benghazi), [false, true]);
});

test('the mode: phrase when the articles use it as one, all words when apart, any word with a note', () => {
  const docs = [
    doc(1, ['The oil spill reached the coast.']),
    doc(2, ['Oil prices rose; the spill of the war was feared.']),
    doc(3, ['The oil spill grew.']),
    doc(4, ['Turmoil in Libya.']),
  ];
  let q = makeQuery(docs, { query: 'oil spill' });
  assert.deepEqual(selectDocs(docs, q).map((d) => d.id), [1, 3]);
  assert.equal(q.mode, 'phrase');
  assert.equal(describeMatch(q.matched), 'matched: phrase "oil spill" in 2 article(s)');
  q = makeQuery(docs, { query: 'spill coast' });
  assert.deepEqual(selectDocs(docs, q).map((d) => d.id), [1]);
  assert.equal(q.mode, 'all');
  q = makeQuery(docs, { query: 'coast Libya' });
  assert.deepEqual(selectDocs(docs, q).map((d) => d.id), [1, 4]);
  assert.equal(q.mode, 'any');
  assert.match(describeMatch(q.matched) ?? '', /no article has all of coast, libya/);
});

test('a dataset keyword list keeps its any-keyword, substring meaning (benchmark protocol)', () => {
  const docs = [doc(1, ['Turmoil in Libya.']), doc(2, ['Floods.'])];
  const q = makeQuery(docs, { keywords: ['oil', 'spill'] });
  assert.deepEqual(selectDocs(docs, q).map((d) => d.id), [1]);
  assert.equal(q.matched?.query, undefined);
});
