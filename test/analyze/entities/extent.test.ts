// Mention extent rules (extent.ts) on hand-made token spans, and through extractEntities on written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/analyze/entities/tokens.js';
import {
  isNonMention, splitAtTitle, theBelongs, withCorporateSuffix, withPremodifiers, type ExtentSpan,
} from '../../../src/analyze/entities/extent/index.js';
import { acronymKinds, applyGazetteer, extractEntities, lonePeople, unlikelyPeople } from '../../../src/analyze/entities/index.js';
import { Gazetteer, GazetteerBuilder, gazetteerKey } from '../../../src/analyze/entities/gazetteer.js';
import { splitSentences } from '../../../src/analyze/sentences.js';
import type { EntityKind, EntityMention } from '../../../src/types.js';

/** The span of the words `name` (first occurrence) in `text`, as token indices. */
function spanOf(text: string, name: string, kind: EntityKind): { tokens: ReturnType<typeof tokenize>; s: ExtentSpan } {
  const tokens = tokenize(text);
  const at = text.indexOf(name);
  const from = tokens.findIndex((t) => t.start === at);
  const to = tokens.findIndex((t) => t.end === at + name.length) + 1;
  assert.ok(from >= 0 && to > from, `"${name}" is whole tokens of "${text}"`);
  return { tokens, s: { kind, from, to, nameFrom: from, nameTo: to } };
}

function extentText(text: string, tokens: ReturnType<typeof tokenize>, s: ExtentSpan): string {
  return text.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end);
}

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

test('"the" belongs to a name that ends its noun phrase, not to a name that premodifies a noun', () => {
  const check = (text: string, name: string, expected: boolean): void => {
    const { tokens, s } = spanOf(text, name, 'PLACE');
    assert.equal(theBelongs(text, tokens, s.nameTo), expected, `the ${name} in "${text}"`);
  };
  check('He asked the US government for aid.', 'US', false);
  check('The UK\'s index fell.', 'UK', false);
  check('It was sold in the United States.', 'United States', true);
  check('Exports to the United States rose.', 'United States', true);
  check('the European Central Bank said it would act', 'European Central Bank', true);
  check('the US says it will act', 'US', true);
  check('the Airbus website', 'Airbus', false);
});

test('capitalised titles and organisation descriptors are part of the mention; the name stays the name', () => {
  const text = 'Shares rose after U.S. automaker Chrysler and President Vladimir Putin met founder Steve Jobs and said aircraft manufacturer Boeing.';
  const tokens = tokenize(text);
  const spans = [
    spanOf(text, 'U.S.', 'PLACE').s, spanOf(text, 'Chrysler', 'ORG').s, spanOf(text, 'Vladimir Putin', 'PERSON').s,
    spanOf(text, 'Steve Jobs', 'PERSON').s, spanOf(text, 'Boeing', 'ORG').s,
  ];
  const out = spans.map((s) => withPremodifiers(text, tokens, s, spans));
  assert.equal(extentText(text, tokens, out[0]!), 'U.S.', 'places do not take premodifiers');
  assert.equal(extentText(text, tokens, out[1]!), 'U.S. automaker Chrysler');
  assert.equal(extentText(text, tokens, out[2]!), 'President Vladimir Putin');
  assert.equal(extentText(text, tokens, out[3]!), 'Steve Jobs', 'a lowercase job description is an apposition');
  assert.equal(extentText(text, tokens, out[4]!), 'aircraft manufacturer Boeing', 'the run stops at the verb "said"');
  assert.equal(text.slice(tokens[out[2]!.nameFrom]!.start, tokens[out[2]!.nameTo - 1]!.end), 'Vladimir Putin');
});

test('an organisation, a title and a person run together are split', () => {
  const text = 'Chrysler Chief Executive Robert Nardelli said so.';
  const { tokens, s } = spanOf(text, 'Chrysler Chief Executive Robert Nardelli', 'ORG');
  const parts = splitAtTitle(tokens, s);
  assert.deepEqual(parts.map((p) => [extentText(text, tokens, p), p.kind]), [['Chrysler', 'ORG'], ['Robert Nardelli', 'PERSON']]);
  const plain = spanOf('Bank of England Governor said', 'Bank of England', 'ORG');
  assert.deepEqual(splitAtTitle(plain.tokens, plain.s), [plain.s]);
});

test('extractEntities: extents and kinds after the rules', () => {
  const text = 'The plane cost US$ 40 million. ' +
    'Apple Inc. said on Monday that prices in the UK would fall. The US economy shrank.';
  const found = extractEntities(text, splitSentences(text));
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
  const byText = new Map(found.map((m) => [m.text, m]));
  assert.ok(!found.some((m) => m.text === 'US' && text.slice(m.end, m.end + 1) === '$'), 'US$ is money');
  assert.equal(byText.get('Apple Inc.')?.kind, 'ORG');
  assert.equal(byText.get('Apple Inc.')?.name, 'Apple Inc.');
  assert.ok(byText.has('the UK'), 'the UK ends its noun phrase');
  assert.ok(!byText.has('The US'), '"The" belongs to "economy"');
});

test('gazetteer: majority kind of frequent names only; lookups ignore case and a leading "the"', () => {
  const b = new GazetteerBuilder();
  for (let i = 0; i < 4; i++) b.add('Indonesia', 'PLACE');
  b.add('Indonesia', 'PERSON');
  for (let i = 0; i < 3; i++) b.add('the White House', i === 0 ? 'ORG' : 'PLACE');
  b.add('Rare Name', 'ORG');
  b.add('Rare Name', 'ORG');
  for (let i = 0; i < 3; i++) b.add('iPhone', 'OTHER');
  const g = new Gazetteer(b.build(3, 0.8));
  assert.equal(g.kindOf('INDONESIA'), 'PLACE');
  assert.equal(g.kindOf('White House'), undefined, '2 of 3 is not a clear majority');
  assert.equal(g.kindOf('Rare Name'), undefined, 'seen twice only');
  assert.equal(g.kindOf('the iPhone'), 'OTHER');
  assert.equal(gazetteerKey('The U.S. Air Force'), 'u.s. air force');
  assert.ok(Gazetteer.load().size > 100, 'the repository gazetteer loads');
  assert.throws(() => Gazetteer.load('/nonexistent/'), /cannot read \/nonexistent\/gazetteer\.json/);
});

test('document rules: gazetteer kinds, and lone unknown one-word "people" become organisations', () => {
  const b = new GazetteerBuilder();
  for (let i = 0; i < 5; i++) {
    b.add('Indonesia', 'PLACE');
    b.add('Obama', 'PERSON');
    b.add('Black Monday', 'OTHER');
  }
  const g = new Gazetteer(b.build());
  const m = (kind: EntityKind, text: string, name = text): EntityMention => ({ kind, name, text, start: 0, end: text.length });
  const doc = [m('PERSON', 'Indonesia'), m('PERSON', 'Black Monday'), m('PERSON', 'Ryanair'), m('PERSON', 'Obama'),
    m('PERSON', 'Michael Kovrig'), m('PERSON', 'Kovrig'), m('PERSON', 'Mr. Smith', 'Smith'), m('PERSON', 'Smith')];
  const kept = applyGazetteer(doc, g);
  assert.deepEqual(kept.map((x) => x.text), ['Indonesia', 'Ryanair', 'Obama', 'Michael Kovrig', 'Kovrig', 'Mr. Smith', 'Smith'],
    'a name the silver data calls something else is dropped');
  lonePeople(kept, g);
  assert.deepEqual(kept.map((x) => `${x.text}/${x.kind}`), ['Indonesia/PLACE', 'Ryanair/ORG', 'Obama/PERSON',
    'Michael Kovrig/PERSON', 'Kovrig/PERSON', 'Mr. Smith/PERSON', 'Smith/PERSON']);
});

test('multi-word "people" without a given name, title, role or lone surname become organisations', () => {
  const b = new GazetteerBuilder();
  for (let i = 0; i < 5; i++) b.add('Michael Kovrig', 'PERSON');
  const g = new Gazetteer(b.build());
  assert.ok(g.firstNames().has('michael'), 'given names come from the gazetteer\'s people');
  const text = 'Northrop Grumman won. Michael Spavor met Noel Forgeard, chief executive of Airbus, and ' +
    'Kaoru Yosano. Yosano said so. Aer Lingus, which flies, and Jusman Djamal, who spoke, came. ' +
    'Airbus chief Thomas Enders left. George W. Bush left. Best Buy sells.';
  const at = (name: string, kind: EntityKind = 'PERSON'): EntityMention => {
    const start = text.indexOf(name);
    return { kind, name, text: name, start, end: start + name.length };
  };
  const doc = ['Northrop Grumman', 'Michael Spavor', 'Noel Forgeard', 'Kaoru Yosano', 'Yosano', 'Aer Lingus',
    'Jusman Djamal', 'Thomas Enders', 'George W. Bush', 'Best Buy'].map((n) => at(n));
  unlikelyPeople(doc, g, text);
  assert.deepEqual(doc.filter((m) => m.kind === 'ORG').map((m) => m.text), ['Northrop Grumman', 'Aer Lingus', 'Best Buy']);
});

test('an acronym in parentheses after a name takes its kind, here and later', () => {
  const text = 'Singapore Airlines (SIA) flies. SIA said so. Tom Lee (TL) left.';
  const at = (name: string, kind: EntityKind, from = 0): EntityMention => {
    const start = text.indexOf(name, from);
    return { kind, name, text: name, start, end: start + name.length };
  };
  const doc = [at('Singapore Airlines', 'ORG'), at('SIA', 'PLACE'), at('SIA', 'PLACE', 30), at('Tom Lee', 'PERSON'), at('TL', 'ORG')];
  acronymKinds(doc, text);
  assert.deepEqual(doc.map((m) => m.kind), ['ORG', 'ORG', 'ORG', 'PERSON', 'ORG']);
});

test('company cue words join the name; lone model numbers and stock indexes are not mentions', () => {
  const text = 'Shares of AirTran Airways rose.';
  const { tokens, s } = spanOf(text, 'AirTran', 'PERSON');
  const out = withCorporateSuffix(text, tokens, s);
  assert.equal(extentText(text, tokens, out), 'AirTran Airways');
  assert.equal(out.kind, 'ORG');
  const lower = spanOf('AirTran airways rose.', 'AirTran', 'ORG');
  assert.equal(withCorporateSuffix('AirTran airways rose.', lower.tokens, lower.s).to, lower.s.to, 'lowercase is no cue');
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
