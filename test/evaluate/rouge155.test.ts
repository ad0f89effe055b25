import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clippedHits,
  loadRougeResources,
  ngramCounts,
  rougeRawCounts,
  rougeTokens,
  seeLineText,
  summaryTokens,
  type RougeResources,
} from '../../src/evaluate/rouge155.js';
import { sharedData } from '../../src/util/paths.js';

/** A tiny hand-made resource set, so the counting rules are tested without the shared data. */
function handResources(stopwords: string[], exceptions: Record<string, string>): RougeResources {
  return { stopwords: new Set(stopwords), exceptions: new Map(Object.entries(exceptions)), stemCache: new Map() };
}
const RES = handResources(['the', 'of', 'said', 'run'], { went: 'go', ran: 'run', oxen: 'ox' });

test('lower-cases, splits hyphens, drops the hyphen itself and punctuation', () => {
  assert.deepEqual(rougeTokens('Well-known BP, oil.', RES), ['well', 'known', 'bp', 'oil']);
  assert.deepEqual(rougeTokens('anti-war -- protests', RES), rougeTokens('anti war protests', RES));
});

test('text from the first "<" on is lost (SEE html line)', () => {
  assert.equal(seeLineText('oil rose <b>fell</b> today'), 'oil rose ');
  assert.deepEqual(rougeTokens('oil rose <b>fell</b> today', RES), rougeTokens('oil rose', RES));
  assert.deepEqual(rougeTokens('<i>nothing</i>', RES), []);
});

test('"^" is written as &circ; by pyrouge, so it yields the token "circ"', () => {
  assert.deepEqual(rougeTokens('a^b', RES), ['a', 'circ', 'b']);
});

test('"$" never survives; numbers and tokens starting with digits are kept', () => {
  const tokens = rougeTokens('$ 560 million and US$5bn', RES);
  assert.ok(!tokens.some((t) => t.includes('$')));
  assert.ok(tokens.includes('560'));
  assert.ok(tokens.includes('5bn'));
  assert.ok(tokens.includes('us'));
});

test('stopwords are removed before stemming, on the unstemmed token', () => {
  assert.deepEqual(rougeTokens('The chief said', RES), ['chief']);
  // "running" stems to the stopword "run" but was not a stopword itself: it stays
  assert.deepEqual(rougeTokens('running', RES), ['run']);
});

test('exceptions replace tokens longer than 3 characters; short tokens are left alone', () => {
  assert.deepEqual(rougeTokens('went', RES), ['go']); // went → go as in verb.exc
  assert.deepEqual(rougeTokens('oxen', RES), ['ox']);
  assert.deepEqual(rougeTokens('ran', RES), ['ran']); // 3 characters: neither looked up nor stemmed
  assert.deepEqual(rougeTokens('cats', RES), ['cat']); // 4 characters: Porter
  assert.deepEqual(rougeTokens('cat', RES), ['cat']);
});

test('only ASCII letters are lower-cased; other characters become spaces', () => {
  assert.deepEqual(rougeTokens('İstanbul', RES), rougeTokens('stanbul', RES));
  assert.deepEqual(rougeTokens('café', RES), ['caf']);
  assert.deepEqual(rougeTokens('oil\u00a0spill', RES), ['oil', 'spill']);
});

test('n-grams run across sentence boundaries and hits are clipped', () => {
  const tokens = summaryTokens(['big oil', 'spill grows'], RES);
  const bigrams = ngramCounts(tokens, 2);
  assert.ok(bigrams.grams.has('oil spill'));
  assert.equal(bigrams.total, tokens.length - 1);
  const peer = ngramCounts(['oil', 'oil', 'oil', 'spill'], 1);
  const model = ngramCounts(['oil', 'spill', 'spill'], 1);
  assert.equal(clippedHits(model, peer), 2);
});

test('several models: hits and model counts add up, the peer is counted once per model', () => {
  const peer = ngramCounts(['oil', 'spill'], 1);
  const counts = rougeRawCounts(peer, [ngramCounts(['oil'], 1), ngramCounts(['oil', 'spill', 'gulf'], 1)]);
  assert.deepEqual(counts, { model: 4, peer: 4, hit: 3 });
});

test('real ROUGE-1.5.5 resources: stopwords, WordNet exceptions, Porter', (t) => {
  const dir = sharedData('rouge-1.5.5');
  if (!dir) return t.skip('../shared/data/rouge-1.5.5 absent');
  const res = loadRougeResources(dir);
  assert.deepEqual(rougeTokens('He went home', res), ['home']); // "went" is a SMART stopword, dropped before any lookup
  assert.deepEqual(rougeTokens('Children fled the meetings', res), ['child', 'flee', 'meet']);
  assert.deepEqual(rougeTokens('They offer better deals', res), ['offer', 'deal']); // "better" is a stopword
  assert.equal(loadRougeResources(dir), res, 'resources are cached per folder');
});

test('a missing data folder gives an error that names what is expected', () => {
  assert.throws(() => loadRougeResources('/nonexistent/rouge-data'), /smart_common_words\.txt/);
});
