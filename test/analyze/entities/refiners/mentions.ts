// Hand-made mentions for the refiner tests: a refiner reads mentions and text, not the tagger.
import assert from 'node:assert/strict';
import type { EntityKind, EntityMention } from '../../../../src/types.js';

/**
 * Mentions of the given surfaces, located at their next occurrences (in order) in `text`. The name is the
 * surface without a leading "the" unless given.
 */
export function mentionsIn(text: string, spec: Array<[string, EntityKind, string?]>): EntityMention[] {
  let from = 0;
  return spec.map(([surface, kind, name]) => {
    const start = text.indexOf(surface, from);
    assert.ok(start >= 0, `"${surface}" in the text`);
    from = start + surface.length;
    return { kind, name: name ?? surface.replace(/^the /i, ''), start, end: start + surface.length, text: surface };
  });
}

/** A mention at offset 0 whose text is `text` and whose name is `name` (the text by default). */
export function bare(kind: EntityKind, text: string, name = text): EntityMention {
  return { kind, name, text, start: 0, end: text.length };
}
