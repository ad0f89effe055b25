import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestStory } from '../../src/stories/assign.js';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from '../../src/stories/options.js';
import { StorySet } from '../../src/stories/storySet.js';
import { weekOf } from '../../src/stories/when.js';
import { vectorsOf } from './vectorsOf.js';

const QUAKE_TERMS = { quak: 1, rescu: 1, rubbl: 1 };

/** One story about an earthquake in Chile, on day 100. */
function quakeStory(o: StoryOptions = DEFAULT_STORY_OPTIONS): StorySet {
  const set = new StorySet(o);
  set.grow(set.create(100), vectorsOf(100, QUAKE_TERMS, { chile: 1, concepcion: 1 }));
  return set;
}

const joined = (set: StorySet, v: ReturnType<typeof vectorsOf>, o: StoryOptions = DEFAULT_STORY_OPTIONS): number | undefined =>
  bestStory(set, v, o)?.story.id;

test('an article sharing words and names joins the story, with its mixed score', () => {
  const set = quakeStory();
  const found = bestStory(set, vectorsOf(101, { quak: 1, rescu: 1, aid: 1 }, { chile: 1 }), DEFAULT_STORY_OPTIONS);
  const o = DEFAULT_STORY_OPTIONS;
  assert.equal(found?.story.id, 1);
  assert.ok(Math.abs(found!.score - (o.textWeight * (2 / 3) + (1 - o.textWeight) * Math.SQRT1_2)) < 1e-12);
});

test('the best-scoring of several stories is chosen', () => {
  const set = quakeStory();
  set.grow(set.create(100), vectorsOf(100, { quak: 1, aid: 1 }, { turkey: 1 }));
  assert.equal(joined(set, vectorsOf(100, { quak: 1, aid: 1 }, { turkey: 1 })), 2);
  assert.equal(joined(set, vectorsOf(100, QUAKE_TERMS, { chile: 1 })), 1);
});

test('names alone do not join: some text in common is needed', () => {
  assert.equal(joined(quakeStory(), vectorsOf(101, { budget: 1, tax: 1 }, { chile: 1, concepcion: 1 })), undefined);
});

test('without shared names, text alone must clear a higher bar', () => {
  // One shared word among 80: text cosine 1/sqrt(240) ≈ 0.065, above the lowered minTextSimilarity and join
  // score, below textOnlyThreshold.
  const terms: Record<string, number> = { quak: 1 };
  for (let i = 1; i < 80; i++) terms[`w${i}`] = 1;
  const v = vectorsOf(101, terms);
  assert.equal(joined(quakeStory(), v), undefined);
  const base = { ...DEFAULT_STORY_OPTIONS, minTextSimilarity: 0.05, joinThreshold: 0.03 };
  assert.equal(joined(quakeStory(base), v, base), undefined);
  const lower = { ...base, textOnlyThreshold: 0.06 };
  assert.equal(joined(quakeStory(lower), v, lower), 1);
});

test('an article naming several other things in the same weeks is a parallel happening', () => {
  const elsewhere = { turkey: 1, izmir: 1, soylu: 1 };
  assert.equal(joined(quakeStory(), vectorsOf(101, QUAKE_TERMS, elsewhere)), undefined);
  assert.equal(joined(quakeStory(), vectorsOf(101, QUAKE_TERMS)), 1, 'an article naming nothing may join on text');
  assert.equal(joined(quakeStory(), vectorsOf(160, QUAKE_TERMS, elsewhere)), 1, 'months later the rule no longer applies');
});

test("a story's members set its bar relative to the scores they joined with", () => {
  const o = { ...DEFAULT_STORY_OPTIONS, relativeThreshold: 0.9 };
  const set = quakeStory(o);
  const s = set.list[0]!;
  s.joins = 1;
  s.joinScoreSum = 0.95;
  const v = vectorsOf(101, { quak: 1, rescu: 1, aid: 1 }, { chile: 1 });
  assert.equal(joined(set, v, o), undefined);
  s.joinScoreSum = 0.5;
  assert.equal(joined(set, v, o), 1);
});

test('a long pause costs score', () => {
  const v = (day: number) => vectorsOf(day, { quak: 1, aid: 1, tent: 1, bridg: 1 }, { chile: 1, santiago: 1 });
  const near = bestStory(quakeStory(), v(103), DEFAULT_STORY_OPTIONS)!.score;
  const far = bestStory(quakeStory(), v(400), DEFAULT_STORY_OPTIONS)!.score;
  assert.ok(Math.abs(near - far - DEFAULT_STORY_OPTIONS.maxGapPenalty) < 1e-12, `${near} vs ${far}`);
});

test('an article reporting on a day years from the story\'s joins only when its names agree throughout', () => {
  // Published the same day, but its lead dates it five years earlier: another earthquake in the same country.
  const earlier = 100 - 5 * 365;
  assert.equal(joined(quakeStory(), vectorsOf(101, QUAKE_TERMS, { chile: 1, valdivia: 1, bachelet: 1 }, earlier)), undefined);
  assert.equal(joined(quakeStory(), vectorsOf(101, QUAKE_TERMS, { chile: 1, valdivia: 1, bachelet: 1 })), 1, 'undated, the same weeks');
  assert.equal(joined(quakeStory(), vectorsOf(101, QUAKE_TERMS, { chile: 1, concepcion: 1 }, earlier)), 1, 'the same names: one storyline');
});

test('a story reported on years before the article is found through its names, and joined only when they agree', () => {
  // The story is far behind the article in time, so the text walk leaves it out: it must come back by its names.
  const later = 100 + 6 * 365;
  const archived = (): StorySet => {
    const set = quakeStory();
    set.archiveBefore(later);
    return set;
  };
  assert.ok(archived().leavesOut(weekOf(later) - DEFAULT_STORY_OPTIONS.distantDays / 7), 'the walk leaves the story out');
  assert.equal(joined(archived(), vectorsOf(later, QUAKE_TERMS, { chile: 1, concepcion: 1 })), 1, 'the same names: one storyline');
  assert.equal(joined(archived(), vectorsOf(later, QUAKE_TERMS, { chile: 1, valdivia: 1, bachelet: 1, pinera: 1 })), undefined);
  assert.equal(joined(archived(), vectorsOf(later, { budget: 1, tax: 1 }, { chile: 1, concepcion: 1 })), undefined, 'names alone');
  // Among many old stories and a recent one, the old one holding the article's names still wins on score.
  const set = quakeStory();
  for (let i = 0; i < 30; i++) set.grow(set.create(200 + i), vectorsOf(200 + i, { quak: 1, [`word${i}`]: 1 }, { [`place${i}`]: 1 }));
  set.grow(set.create(later - 3), vectorsOf(later - 3, { quak: 1, flood: 1 }, { peru: 1 }));
  set.archiveBefore(later);
  assert.equal(joined(set, vectorsOf(later, QUAKE_TERMS, { chile: 1, concepcion: 1 })), 1);
});
