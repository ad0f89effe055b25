// Hand-made article vectors for unit tests of the clusterer's parts: weights given as plain objects, scaled
// to unit length as vectorise() would.
import type { ArticleVectors } from '../../src/stories/model.js';
import { norm, normalise } from '../../src/stories/vectors.js';

export function vectorsOf(day: number, terms: Record<string, number>, entities: Record<string, number> = {}): ArticleVectors {
  const t = normalise(new Map(Object.entries(terms)));
  const e = normalise(new Map(Object.entries(entities)));
  return { day, terms: t, termsNorm: norm(t), entities: e, entitiesNorm: norm(e) };
}
