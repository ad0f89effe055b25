import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFeatures, packFeatures, unpackFeatures, vectorise, withNameWords } from '../../src/stories/article.js';
import { DEFAULT_STORY_OPTIONS } from '../../src/stories/options.js';
import { norm } from '../../src/stories/vectors.js';
import { Vocabulary } from '../../src/stories/vocabulary.js';

test('the words of a multi-word name count as names of their own, at a share of its weight', () => {
  const names = new Map([
    ['ford motor company', { count: 2, display: 'Ford Motor Company' }],
    ['bank of america', { count: 1, display: 'Bank of America' }],
    ['bp', { count: 3, display: 'BP' }],
  ]);
  const out = withNameWords(names, 0.5);
  assert.deepEqual(out.get('ford'), { count: 1, display: 'Ford' });
  assert.deepEqual(out.get('company'), { count: 1, display: 'Company' });
  assert.deepEqual(out.get('america'), { count: 0.5, display: 'America' });
  assert.equal(out.has('of'), false, 'stopwords and short words are not names');
  assert.deepEqual(out.get('bp'), { count: 3, display: 'BP' });
  assert.equal(names.size, 3, 'the input is left as it was');
  assert.equal(withNameWords(names, 0), names);
});

test('a name word already present as a name adds to its count', () => {
  const out = withNameWords(new Map([['obama', { count: 1, display: 'Obama' }], ['barack obama', { count: 2, display: 'Barack Obama' }]]), 0.5);
  assert.equal(out.get('obama')!.count, 2);
});

test('an article becomes unit vectors of terms and names, counted into the vocabulary', () => {
  const vocab = new Vocabulary();
  const v = vectorise(
    { id: 1, published: '2010-05-01', title: 'Oil spill spreads', text: 'Oil from the Deepwater Horizon rig owned by BP reached Louisiana, and crews were working.' },
    vocab,
    DEFAULT_STORY_OPTIONS,
  );
  assert.equal(v.day, 14730);
  assert.ok(Math.abs(v.termsNorm - 1) < 1e-12 && Math.abs(norm(v.terms) - v.termsNorm) < 1e-12);
  assert.ok(Math.abs(v.entitiesNorm - 1) < 1e-12);
  assert.ok(v.entities.has('deepwater horizon') && v.entities.has('bp') && v.entities.has('horizon'));
  // The title counts twice, so "oil" (title and body) outweighs "rig" (body only).
  assert.ok(v.terms.get('oil')! > v.terms.get('rig')!);
  assert.equal(vocab.docs, 1);
  assert.equal(vocab.terms.display('spill'), 'spill');
  assert.equal(vocab.terms.display('spread'), 'spreads', 'the first surface form of a stem is kept for labels');
  assert.equal(vocab.entities.display('deepwater horizon'), 'Deepwater Horizon');
});

test('terms seen in earlier articles weigh less than new ones', () => {
  const vocab = new Vocabulary();
  const o = { ...DEFAULT_STORY_OPTIONS, idfPriorDocs: 0 };
  for (let i = 0; i < 5; i++) vectorise({ id: i, published: '2010-05-01', text: 'Parliament debated the budget.' }, vocab, o);
  const v = vectorise({ id: 9, published: '2010-05-02', text: 'Parliament debated fisheries.' }, vocab, o);
  assert.ok(v.terms.get('fisheri')! > v.terms.get('parliam')!);
});

test('only the lead of a long body is read', () => {
  const o = { ...DEFAULT_STORY_OPTIONS, bodyChars: 20 };
  const v = vectorise({ id: 1, published: '2010-05-01', text: 'Volcano erupts today. Later the airports closed.' }, new Vocabulary(), o);
  assert.ok(v.terms.has('volcano'));
  assert.equal(v.terms.has('airport'), false);
});

test('features computed ahead (and packed for a message) place an article exactly as its text does', () => {
  const o = DEFAULT_STORY_OPTIONS;
  const inputs = [
    { id: 1, published: '2023-03-14', title: 'Bridge span falls into Alder Sound', text: 'The central span of the Harbour Bridge fell on Tuesday.\nPort Alder officials said divers were searching the water.', entities: [{ kind: 'PLACE', name: 'Port Alder' }, { kind: 'ORG', name: 'Castell Engineering Ltd' }] },
    { id: 2, published: '2023-03-15', text: 'Divers searched the Alder Sound for a second day. Castell Engineering said it was devastated.', entities: [{ kind: 'ORG', name: 'Castell Engineering Ltd' }] },
    { id: 3, published: '2023-03-16', text: 'a b c' },
  ];
  const fromText = new Vocabulary();
  const ahead = new Vocabulary();
  for (const input of inputs) {
    const packed = packFeatures(articleFeatures(input, o));
    assert.ok(packed, 'packable');
    const features = unpackFeatures(structuredClone(packed));
    assert.deepEqual(features, articleFeatures(input, o), 'unpacking gives the features back');
    assert.deepEqual(vectorise({ id: input.id, features }, ahead, o), vectorise(input, fromText, o));
  }
  assert.deepEqual([...ahead.terms.entries], [...fromText.terms.entries], 'the vocabulary counts the same keys in the same order');
  assert.deepEqual([...ahead.entities.entries], [...fromText.entities.entries]);
  assert.throws(() => vectorise({ id: 9, features: { ...articleFeatures(inputs[0]!, o), key: 'other' } }, ahead, o),
    /other options/, 'features of other options are not used');
});
