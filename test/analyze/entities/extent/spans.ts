// Token spans for the extent rule tests: the words of a text as the tagger's span over them.
import assert from 'node:assert/strict';
import { tokenize, type Token } from '../../../../src/analyze/entities/tokens.js';
import type { ExtentSpan } from '../../../../src/analyze/entities/extent/index.js';
import type { EntityKind } from '../../../../src/types.js';

/** The span of the words `name` (first occurrence) in `text`, as token indices. */
export function spanOf(text: string, name: string, kind: EntityKind): { tokens: Token[]; s: ExtentSpan } {
  const tokens = tokenize(text);
  const at = text.indexOf(name);
  const from = tokens.findIndex((t) => t.start === at);
  const to = tokens.findIndex((t) => t.end === at + name.length) + 1;
  assert.ok(from >= 0 && to > from, `"${name}" is whole tokens of "${text}"`);
  return { tokens, s: { kind, from, to, nameFrom: from, nameTo: to } };
}

/** The text an extent covers. */
export function extentText(text: string, tokens: Token[], s: { from: number; to: number }): string {
  return text.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end);
}
