import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_STORY_OPTIONS } from '../../src/stories/options.js';
import { dot, StorySet } from '../../src/stories/storySet.js';
import { vectorsOf } from './vectorsOf.js';

const o = { ...DEFAULT_STORY_OPTIONS, coreMinArticles: 1, coreSize: 2 };

test('stories get increasing ids and grow with each article', () => {
  const set = new StorySet(o);
  const a = set.create(10);
  const b = set.create(11);
  assert.deepEqual([a.id, b.id, set.nextStoryId], [1, 2, 3]);
  set.grow(a, vectorsOf(8, { quak: 1 }));
  set.grow(a, vectorsOf(12, { quak: 1 }));
  assert.deepEqual([a.articles, a.first, a.last], [2, 8, 12]);
  assert.ok(Math.abs(a.terms.weights.get('quak')! - 2) < 1e-12);
});

test('only stories sharing a key are compared, with term and name dot products apart', () => {
  const set = new StorySet(o);
  const quake = set.create(1);
  set.grow(quake, vectorsOf(1, { quak: 1 }, { chile: 1 }));
  const vote = set.create(1);
  set.grow(vote, vectorsOf(1, { vote: 1 }, { peru: 1 }));
  const dots = set.dots(new Map([['quak', 0.5]]), new Map([['chile', 0.25], ['peru', 1]]));
  assert.deepEqual([...dots], [[quake, [0.5, 0.25]], [vote, [0, 1]]]);
  assert.equal(set.dots(new Map([['unseen', 1]]), new Map()).size, 0);
});

test('a merge folds one story into another, moves its keys and leaves an alias', () => {
  const set = new StorySet(o);
  const big = set.create(5);
  set.grow(big, vectorsOf(5, { quak: 1 }, { chile: 1 }));
  const small = set.create(9);
  set.grow(small, vectorsOf(9, { aftershock: 1 }, { concepcion: 1 }));
  set.merge(big, small);
  assert.deepEqual(set.list, [big]);
  assert.equal(set.has(small), false);
  assert.deepEqual([big.articles, big.first, big.last], [2, 5, 9]);
  assert.deepEqual([...set.dots(new Map([['aftershock', 1]]), new Map())].map(([s]) => s), [big]);
  assert.equal(set.canonical(small.id), big.id);
});

test('ids merged in a chain resolve to the surviving story, and members lists them all', () => {
  const set = new StorySet(o);
  const [a, b, c, d] = [1, 2, 3, 4].map(() => set.create(1));
  set.merge(b!, c!);
  set.merge(a!, b!);
  assert.equal(set.canonical(c!.id), a!.id);
  assert.deepEqual(set.members(c!.id), [1, 2, 3]);
  assert.deepEqual(set.members(d!.id), [4]);
  assert.equal(set.canonical(99), 99);
});

test('story cores count how many stories hold each name, and specific names weigh more', () => {
  const set = new StorySet({ ...o, mergeStoryIdf: 1 });
  for (const place of ['chile', 'peru', 'turkey']) {
    const s = set.create(1);
    set.grow(s, vectorsOf(1, { x: 1 }, { [place]: 2, 'united states': 1 }));
  }
  // Three stories with a core: a name in one core keeps its weight; one in all three weighs log(4/3)/log(4).
  assert.equal(set.cores.specificity('chile'), 1);
  assert.ok(Math.abs(set.cores.specificity('united states') - Math.log(4 / 3) / Math.log(4)) < 1e-12);
  const [chile, peru] = set.list;
  const raw = chile!.entities.cosine(peru!.entities.weights, peru!.entities.norm);
  const specific = set.cores.specificCosine(set.cores.specificWeights(chile!.entities), peru!.entities);
  assert.ok(specific < raw, `sharing only a name in every core should count less (${specific} vs ${raw})`);
  // A merged-away story no longer counts.
  set.merge(chile!, peru!);
  assert.ok(set.cores.specificity('united states') > Math.log(4 / 3) / Math.log(4));
});

test('a restored story is found again through the indexes', () => {
  const first = new StorySet(o);
  const s = first.create(3);
  first.grow(s, vectorsOf(3, { quak: 1 }, { chile: 1 }));
  const again = new StorySet(o);
  again.restore(s);
  assert.deepEqual([...again.dots(new Map(), new Map([['chile', 1]]))].map(([t]) => t.id), [s.id]);
  assert.equal(again.cores.specificity('chile'), 1);
});

test('stories reachable only through names too light to clear the bar are not read, nor merged-away ones', () => {
  const set = new StorySet(o);
  // Fifty stories hold a name every story holds; one also holds the name the query is about.
  for (let i = 0; i < 50; i++) set.grow(set.create(1), vectorsOf(1, { vote: 1 }, { us: 1, [`place${i}`]: 1 }));
  const bp = set.create(1);
  set.grow(bp, vectorsOf(1, { spill: 1 }, { us: 1, bp: 1 }));
  const query = new Map([['bp', 1], ['us', 0.05]]);
  const queryNorm = Math.hypot(1, 0.05);
  // "us" holds 0.05 of the query's norm: a story sharing only it has a cosine of at most 0.05 < 0.1.
  assert.deepEqual([...set.entityCandidates(query, queryNorm, 0.1)], [bp]);
  // With no bar every story sharing a name is read; below its own weight the light name still counts.
  assert.equal(set.entityCandidates(query, queryNorm, 0).size, 51);
  assert.equal(set.entityCandidates(query, queryNorm, 0.04).size, 51);
  // A story merged away leaves no candidate behind, even where a posting outlived its weight (saving prunes).
  const other = set.create(2);
  set.grow(other, vectorsOf(2, { spill: 1 }, { bp: 1 }));
  other.entities.weights.delete('bp');
  set.merge(bp, other);
  assert.deepEqual([...set.entityCandidates(query, queryNorm, 0.1)], [bp]);
});

/** A seeded stream of term vectors over a small vocabulary, so centroids overflow and prune. */
function randomTerms(seed: number, n: number): Record<string, number> {
  let a = seed;
  const next = (): number => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return a / 4294967296;
  };
  const out: Record<string, number> = {};
  for (let i = 0; i < n; i++) out[`t${Math.floor(next() * 40)}`] = 0.1 + next();
  return out;
}

test('the term walk gives every story the exact dot product of its centroid, through growth, pruning, saving and merges', () => {
  // Small centroids prune often; pruneCentroids is what saving does.
  const set = new StorySet({ ...o, storyTerms: 6, storyEntities: 3 });
  const stories = [set.create(1), set.create(1), set.create(1), set.create(1)];
  for (let i = 0; i < 60; i++) {
    set.grow(stories[i % 4]!, vectorsOf(1, randomTerms(i + 1, 8), { [`e${i % 5}`]: 1 }));
    if (i % 17 === 16) set.pruneCentroids();
  }
  set.merge(stories[0]!, stories[1]!);
  set.grow(stories[2]!, vectorsOf(2, randomTerms(99, 8)));
  const check = (): void => {
    for (let q = 0; q < 10; q++) {
      const v = vectorsOf(3, randomTerms(1000 + q, 10)).terms;
      const expected = set.list
        .filter((s) => [...v.keys()].some((k) => s.terms.weights.has(k)))
        .map((s) => [s.id, dot(v, s.terms)]);
      const walked = [...set.termDots(v)].map(([s, d]) => [s.id, d]);
      assert.deepEqual(walked.sort((x, y) => x[0]! - y[0]!), expected);
    }
  };
  check();
  set.pruneCentroids();
  check();
});

test('a specificity-weighted name cosine is the cosine of the two weighted vectors', () => {
  const set = new StorySet({ ...o, coreMinArticles: 1, coreSize: 3 });
  const a = set.create(1);
  const b = set.create(1);
  const c = set.create(1);
  set.grow(a, vectorsOf(1, { x: 1 }, { us: 3, bp: 2, hayward: 1 }));
  set.grow(b, vectorsOf(1, { x: 1 }, { us: 2, bp: 1, salazar: 2 }));
  set.grow(c, vectorsOf(1, { x: 1 }, { us: 1, china: 2, beijing: 1 }));
  const wa = set.cores.specificWeights(a.entities);
  const wb = set.cores.specificWeights(b.entities);
  let d = 0;
  for (const [k, x] of wa.v) d += x * (wb.v.get(k) ?? 0);
  assert.ok(set.cores.specificity('us') < 1);
  assert.equal(set.cores.specificCosine(wa, b.entities), d / (wa.norm * wb.norm));
});
