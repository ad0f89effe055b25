import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeTouched, nearestStory } from '../../src/stories/merge.js';
import type { Story } from '../../src/stories/model.js';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from '../../src/stories/options.js';
import { StorySet } from '../../src/stories/storySet.js';
import { vectorsOf } from './vectorsOf.js';

function storyOf(set: StorySet, articles: number, day: number, terms: Record<string, number>, names: Record<string, number>): Story {
  const s = set.create(day);
  for (let i = 0; i < articles; i++) set.grow(s, vectorsOf(day, terms, names));
  return s;
}

const SPILL = { oil: 1, spill: 1, well: 1, slick: 1 };
const SPILL_NAMES = { bp: 1, 'deepwater horizon': 1, transocean: 1 };

test('two stories of one storyline merge into the larger, and the survivor is checked again', () => {
  // Only b changed in the batch: the third story is reached by checking the survivor of the first merge again.
  const set = new StorySet(DEFAULT_STORY_OPTIONS);
  const a = storyOf(set, 4, 100, SPILL, SPILL_NAMES);
  const b = storyOf(set, 3, 101, { ...SPILL, cap: 1 }, SPILL_NAMES);
  const c = storyOf(set, 5, 102, { ...SPILL, cleanup: 1 }, { ...SPILL_NAMES, louisiana: 1 });
  const other = storyOf(set, 3, 101, { vote: 1, ballot: 1, poll: 1 }, { peru: 1, lima: 1 });
  mergeTouched(set, new Set([b]), 102, DEFAULT_STORY_OPTIONS);
  assert.equal(set.list.length, 2);
  assert.deepEqual(set.members(b.id), [a.id, b.id, c.id]);
  const survivor = set.list.find((s) => s.id === set.canonical(b.id))!;
  assert.notEqual(survivor, b, 'the smaller story survived');
  assert.equal(survivor.articles, 12);
  assert.ok(set.has(other));
});

test('stories below the minimum size or with other names do not merge', () => {
  const o = DEFAULT_STORY_OPTIONS;
  const set = new StorySet(o);
  const a = storyOf(set, 4, 100, SPILL, SPILL_NAMES);
  const tiny = storyOf(set, o.mergeMinArticles - 1, 100, SPILL, SPILL_NAMES);
  const elsewhere = storyOf(set, 4, 100, SPILL, { sinopec: 1, yangtze: 1, wuhan: 1 });
  assert.equal(nearestStory(set, a, o.mergeMinArticles, o.mergeThreshold, o), undefined);
  assert.equal(nearestStory(set, a, 1, o.mergeThreshold, o), tiny);
  mergeTouched(set, new Set([a, elsewhere]), 100, { ...o, stragglerMaxArticles: 0 });
  assert.equal(set.list.length, 3);
});

test('a recent straggler joins the large story it names; an old one and a look-alike stay apart', () => {
  const o = { ...DEFAULT_STORY_OPTIONS, joinThreshold: 0.9 };
  const run = (opts: StoryOptions, day: number, names: Record<string, number>): boolean => {
    const set = new StorySet(opts);
    const big = storyOf(set, opts.stragglerMinTarget, 100, SPILL, SPILL_NAMES);
    const straggler = storyOf(set, 1, day, { lawsuit: 1, oil: 1, spill: 1, court: 1 }, names);
    mergeTouched(set, new Set([straggler]), 200, opts);
    return set.canonical(straggler.id) === big.id;
  };
  const lawsuit = { bp: 1, transocean: 1, 'new orleans': 1 };
  assert.equal(run(o, 190, lawsuit), true);
  assert.equal(run({ ...o, stragglerMaxArticles: 0 }, 190, lawsuit), false, 'stragglers switched off');
  assert.equal(run(o, 100, lawsuit), false, 'no longer recent');
  assert.equal(run(o, 190, { sinopec: 1, yangtze: 1 }), false, 'another spill, other names');
});

test('names in every story core count for little when stories are compared', () => {
  const o = DEFAULT_STORY_OPTIONS;
  const build = (opts: StoryOptions): Story | undefined => {
    const set = new StorySet(opts);
    for (const place of ['chile', 'peru', 'turkey', 'india', 'norway']) {
      storyOf(set, 3, 100, { [`${place}w`]: 1 }, { [place]: 1, 'united states': 1 });
    }
    const a = storyOf(set, 3, 100, { trade: 1, tariff: 1 }, { 'united states': 1, acme: 2 });
    storyOf(set, 3, 100, { trade: 1, tariff: 1 }, { 'united states': 1, globex: 2 });
    return nearestStory(set, a, opts.mergeMinArticles, opts.mergeThreshold, opts);
  };
  assert.equal(build(o), undefined);
  assert.ok(build({ ...o, mergeStoryIdf: 0 }), 'the scenario no longer exercises specificity: no merge without it either');
});

test('a straggler naming a large storyline\'s central names joins it though its text is far; a look-alike does not', () => {
  // The storyline's text centroid is diffuse (each article adds its own words), so a follow-up shares little
  // text with it; stragglers are kept from the mixed-score path to test the names-led one alone.
  const o: StoryOptions = { ...DEFAULT_STORY_OPTIONS, stragglerThreshold: 0.99 };
  const run = (opts: StoryOptions, day: number, names: Record<string, number>, words = 1): boolean => {
    const set = new StorySet(opts);
    // Other stories hold "united states" in their cores, so it is not a central name of the storyline.
    for (const place of ['chile', 'peru', 'turkey', 'india']) {
      storyOf(set, 3, 100, { [`${place}w`]: 1 }, { [place]: 1, 'united states': 1 });
    }
    const big = set.create(100);
    for (let i = 0; i < 40; i++) {
      set.grow(big, vectorsOf(100 + (i % 30), { oil: 1, spill: 1, [`w${i}`]: 3, [`x${i}`]: 3 }, { ...SPILL_NAMES, 'united states': 1, [`n${i}`]: 1 }));
    }
    const terms: Record<string, number> = { fishermen: 1, claims: 1, court: 1, compensation: 1 };
    if (words > 0) terms.spill = 0.4;
    const straggler = storyOf(set, 1, day, terms, names);
    mergeTouched(set, new Set([straggler]), day, opts);
    return set.canonical(straggler.id) === big.id;
  };
  const claims = { bp: 1, 'new orleans': 1, 'kenneth feinberg': 1 };
  assert.equal(run(o, 125, claims), true);
  assert.equal(run({ ...o, absorbLeadNames: 0 }, 125, claims), false, 'names-led path switched off');
  assert.equal(run(o, 125, claims, 0), false, 'no text in common at all');
  assert.equal(run(o, 125 + 7 * 20, claims), false, 'months after the storyline\'s weeks');
  assert.equal(run(o, 125, { 'united states': 1, sinopec: 1, yangtze: 1 }), false, 'another spill: only a common name shared');
});
