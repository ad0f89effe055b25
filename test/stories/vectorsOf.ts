// Hand-made article vectors for unit tests of the clusterer's parts: weights given as plain objects, scaled
// to unit length as vectorise() would.
import type { ArticleVectors } from '../../src/stories/model.js';
import { norm, normalise } from '../../src/stories/vectors.js';

/** `when`, when given, is a day the article states it reports on; otherwise its publication day stands. */
export function vectorsOf(day: number, terms: Record<string, number>, entities: Record<string, number> = {}, when?: number): ArticleVectors {
  const t = normalise(new Map(Object.entries(terms)));
  const e = normalise(new Map(Object.entries(entities)));
  return { day, when: when ?? day, stated: when !== undefined, terms: t, termsNorm: norm(t), entities: e, entitiesNorm: norm(e) };
}
