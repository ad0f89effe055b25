// Organisation extents (extent/organisation.ts): cue words and legal forms after a name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withCorporateSuffix } from '../../../../src/analyze/entities/extent/index.js';
import { extentText, spanOf } from './spans.js';

test('a legal-form word joins the company name and makes it an organisation', () => {
  const text = 'Apple Inc. released a phone; Chrysler LLC filed; Smith said.';
  for (const [name, whole] of [['Apple', 'Apple Inc.'], ['Chrysler', 'Chrysler LLC']] as const) {
    const { tokens, s } = spanOf(text, name, 'PERSON');
    const out = withCorporateSuffix(text, tokens, s);
    assert.equal(extentText(text, tokens, out), whole);
    assert.equal(out.kind, 'ORG');
    assert.equal(out.nameTo, out.to, 'the legal form is part of the name');
  }
  const { tokens, s } = spanOf(text, 'Smith', 'PERSON');
  assert.deepEqual(withCorporateSuffix(text, tokens, s), s);
});

test('company cue words join the name', () => {
  const text = 'Shares of AirTran Airways rose.';
  const { tokens, s } = spanOf(text, 'AirTran', 'PERSON');
  const out = withCorporateSuffix(text, tokens, s);
  assert.equal(extentText(text, tokens, out), 'AirTran Airways');
  assert.equal(out.kind, 'ORG');
  const lower = spanOf('AirTran airways rose.', 'AirTran', 'ORG');
  assert.equal(withCorporateSuffix('AirTran airways rose.', lower.tokens, lower.s).to, lower.s.to, 'lowercase is no cue');
});
