// The public API of analyze/entities: every name other modules and tests import from index.js is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as entities from '../../../src/analyze/entities/index.js';

test('index.js exports the pipeline, the resolver, the name helpers and every document rule', () => {
  const names = ['extractEntities', 'EntityResolver', 'cleanName', 'foldKey', 'stripTitles', 'REFINERS', 'acronymKinds',
    'actingPlaces', 'applyGazetteer', 'isDemonym', 'completeKnownNames', 'datelineKinds', 'describedProducts',
    'joinSpacedApostrophes', 'lonePeople', 'makerModels', 'splitCoordinatedPeople', 'unlikelyPeople'];
  for (const n of names) assert.equal(typeof (entities as Record<string, unknown>)[n], n === 'REFINERS' ? 'object' : 'function', n);
});
