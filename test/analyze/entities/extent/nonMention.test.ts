// Spans that are no mentions (extent/nonMention.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNonMention } from '../../../../src/analyze/entities/extent/index.js';
import type { EntityKind } from '../../../../src/types.js';
import { spanOf } from './spans.js';

test('currency prefixes, time zones, model numbers and stock indexes are not mentions', () => {
  const cases: [string, string, EntityKind, boolean][] = [
    ['It cost US$ 299 in the shop.', 'US', 'PLACE', true],
    ['It cost 299 dollars in the US.', 'US', 'PLACE', false],
    ['The launch is at 14:00 UTC today.', 'UTC', 'ORG', true],
    ['A test flight of the new Airbus A380 superjumbo.', 'Airbus', 'ORG', true],
    ['Airbus A330-200 jets were ordered.', 'Airbus', 'ORG', true],
    ['It ordered 22 Boeing 787 aircraft.', 'Boeing', 'ORG', true],
    ['Boeing 2009 results were weak.', 'Boeing', 'ORG', false],
    ['Boeing said on Monday it would cut jobs.', 'Boeing', 'ORG', false],
    ['The FTSE index fell 3%.', 'FTSE', 'ORG', true],
    ['The Dow Jones Industrial Average fell.', 'Dow Jones Industrial Average', 'ORG', true],
    ['The company reported a loss.', 'The', 'ORG', true],
  ];
  for (const [text, name, kind, expected] of cases) {
    const { tokens, s } = spanOf(text, name, kind);
    assert.equal(isNonMention(text, tokens, s), expected, `${name} in "${text}"`);
  }
});

test('lone model numbers and stock indexes are not mentions; a company named like an index is', () => {
  const cases: [string, string, boolean][] = [
    ['The A380 landed.', 'A380', true], ['It flew the A350s.', 'A350s', true], ['The G20 met.', 'G20', false],
    ['The Nikkei fell.', 'Nikkei', true], ['The Dow Jones fell.', 'Dow Jones', true],
    ['Dow Jones & Co. sold it.', 'Dow Jones', false], ['Dow Chemical rose.', 'Dow Chemical', false],
  ];
  for (const [t, name, non] of cases) {
    const x = spanOf(t, name, 'ORG');
    assert.equal(isNonMention(t, x.tokens, x.s), non, `${name} in "${t}"`);
  }
});
