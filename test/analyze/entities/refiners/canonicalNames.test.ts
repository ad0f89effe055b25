import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalNamesRefiner } from '../../../../src/analyze/entities/refiners/canonicalNames.js';
import { Gazetteer } from '../../../../src/analyze/entities/gazetteer.js';
import { Lexicon } from '../../../../src/analyze/entities/lexicon.js';
import type { RefineContext } from '../../../../src/analyze/entities/refiner.js';
import type { EntityMention } from '../../../../src/types.js';
import { mentionsIn } from './mentions.js';

function context(text: string, mentions: EntityMention[]): RefineContext {
  return { text, chunks: [], mentions, gazetteer: new Gazetteer(new Map()), lexicon: new Lexicon(new Map()), datelineKinds: new Map() };
}

test('a surname takes the full name of the document; a name without a longer form keeps its own', () => {
  const text = 'Dana Quill met Orla Brenn. Quill said Brenn left; Mr. Toller stayed.';
  const c = context(text, mentionsIn(text, [['Dana Quill', 'PERSON'], ['Orla Brenn', 'PERSON'], ['Quill', 'ORG'],
    ['Brenn', 'PERSON'], ['Mr. Toller', 'PERSON']]));
  canonicalNamesRefiner.refine(c);
  assert.deepEqual(c.mentions.map((m) => [m.name, m.kind]), [['Dana Quill', 'PERSON'], ['Orla Brenn', 'PERSON'],
    ['Dana Quill', 'PERSON'], ['Orla Brenn', 'PERSON'], ['Toller', 'PERSON']]);
});
