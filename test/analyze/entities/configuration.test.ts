// The document rules (configuration.ts) and the order they run in: a change of order changes the output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REFINERS } from '../../../src/analyze/entities/configuration.js';

test('the refiners run in this order, each once', () => {
  assert.deepEqual(REFINERS.map((r) => r.name), ['joinSpacedApostrophes', 'functionWords', 'notNames', 'arabicArticle', 'designatedOrganisations', 'propagate', 'completeKnownNames',
    'splitCoordinatedPeople', 'applyGazetteer', 'makerModels', 'describedProducts', 'acronymKinds', 'actingPlaces',
    'officeHolders', 'unlikelyPeople', 'lonePeople', 'placeCues', 'datelineKinds', 'surnamesOfPeople', 'canonicalNames']);
});
