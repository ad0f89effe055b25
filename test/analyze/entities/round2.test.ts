// Entity rules of round 2: a name that acts or speaks ("Cisco sues Apple", "The union refused") is not a place;
// a mention that ends a longer name of the document, right after the rest of it, is that name ("Air" + "Canada");
// "Michael O' Leary" in tokenised text is one name; a known maker's name + a rare name also written after "the" is a
// model ("Ford Taurus", "the Taurus"); PTB quotes `` and '' are one token each, as spaCy (the tagger's training
// tokenisation) has them; a rare nationality adjective ("Romanian" from a known "Romania") is not a mention; a name
// described as "the new version of" something is a product.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  actingPlaces, applyGazetteer, completeKnownNames, describedProducts, isDemonym, joinSpacedApostrophes, makerModels,
} from '../../../src/analyze/entities/index.js';
import { Gazetteer, gazetteerKey } from '../../../src/analyze/entities/gazetteer.js';
import { Lexicon } from '../../../src/analyze/entities/lexicon.js';
import { tokenize } from '../../../src/analyze/entities/tokens.js';
import type { EntityKind, EntityMention } from '../../../src/types.js';

/** Mentions of the given names, located at their first occurrences (in order) in `text`. */
function mentionsIn(text: string, spec: Array<[string, EntityKind, string?]>): EntityMention[] {
  let from = 0;
  return spec.map(([surface, kind, name]) => {
    const start = text.indexOf(surface, from);
    assert.ok(start >= 0, `"${surface}" in the text`);
    from = start + surface.length;
    return { kind, name: name ?? surface.replace(/^the /i, ''), start, end: start + surface.length, text: surface };
  });
}

const gazetteer = new Gazetteer(new Map([[gazetteerKey('Lyon'), 'PLACE'], [gazetteerKey('Veloria'), 'PLACE']]));

test('a name that is the subject of an acting or speaking verb is an organisation in all the document', () => {
  const text = 'Zentrix sues Apple. The maker, based in Lyon - Zentrix, makes routers.';
  const ms = mentionsIn(text, [['Zentrix', 'PLACE'], ['Apple', 'ORG'], ['Lyon', 'PLACE'], ['Zentrix', 'PLACE']]);
  actingPlaces(ms, gazetteer, text);
  assert.deepEqual(ms.map((m) => m.kind), ['ORG', 'ORG', 'PLACE', 'ORG']);
});

test('an ORG mention acting turns the PLACE mentions of its name (an acronym taken for a place) into ORG', () => {
  const text = 'the Quarry Miners (QMU) union agreed to talks. The QMU refused to meet the demands.';
  const ms = mentionsIn(text, [['the Quarry Miners', 'PLACE'], ['QMU', 'PLACE'], ['The QMU', 'ORG', 'QMU']]);
  actingPlaces(ms, gazetteer, text);
  assert.deepEqual(ms.map((m) => m.kind), ['PLACE', 'ORG', 'ORG']);
});

test('known places, places after a preposition and places before other verbs keep their kind', () => {
  const text = 'Veloria said it would act. Officials in Dunmore said prices rose. Harwick lies north of Lyon.';
  const ms = mentionsIn(text, [['Veloria', 'PLACE'], ['Dunmore', 'PLACE'], ['Harwick', 'PLACE'], ['Lyon', 'PLACE']]);
  actingPlaces(ms, gazetteer, text);
  assert.deepEqual(ms.map((m) => m.kind), ['PLACE', 'PLACE', 'PLACE', 'PLACE']);
});

test('people are left alone', () => {
  const text = 'Dana Quill said the talks failed.';
  const ms = mentionsIn(text, [['Dana Quill', 'PERSON']]);
  actingPlaces(ms, gazetteer, text);
  assert.equal(ms[0]!.kind, 'PERSON');
});

test('a mention ending a longer name of the document, right after the rest of it, becomes that name', () => {
  const text = 'Air Zembla has ordered jets. The Air Zembla deal includes options. Zembla is a small country.';
  const ms = mentionsIn(text, [['Zembla', 'PLACE'], ['Air Zembla', 'ORG'], ['Zembla', 'PLACE']]);
  completeKnownNames(text, ms);
  assert.deepEqual(ms.map((m) => [m.text, m.kind, m.start]), [
    ['Air Zembla', 'ORG', 0], ['Air Zembla', 'ORG', text.indexOf('Air Zembla deal')], ['Zembla', 'PLACE', text.lastIndexOf('Zembla')]]);
});

test('a longer name is not forced over other mentions, glued words or titled mentions', () => {
  const text = 'Dana Quill met Quill. HairQuill sued. Dr. Dana Quill said.';
  const ms = mentionsIn(text, [['Dana Quill', 'PERSON'], ['Quill', 'PERSON'], ['Quill', 'ORG'], ['Dr. Dana Quill', 'PERSON', 'Dana Quill']]);
  const before = ms.map((m) => ({ ...m }));
  completeKnownNames(text, ms);
  assert.deepEqual(ms, before);
  // the rest of the name already inside another mention
  const t2 = 'Minister Dana Quill spoke; Dana Quill left.';
  const m2 = mentionsIn(t2, [['Minister Dana', 'PERSON', 'Minister Dana'], ['Quill', 'PERSON'], ['Dana Quill', 'PERSON']]);
  completeKnownNames(t2, m2);
  assert.deepEqual(m2.map((m) => m.text), ['Minister Dana', 'Quill', 'Dana Quill']);
});

test('a person followed by "O\' Leary" (tokenised apostrophe name) takes it in; other words after a name do not', () => {
  const text = "Ryanair CEO, Sean O' Dwyer, spoke. Sean D' Arcy and Sean O'Dwyer met. Paul A' and Sean B's car.";
  const ms = mentionsIn(text, [['Sean', 'PERSON'], ['Sean', 'PERSON'], ['Arcy', 'PERSON'], ['Sean O\'Dwyer', 'PERSON'],
    ['Paul', 'PERSON'], ['Sean', 'PERSON']]);
  joinSpacedApostrophes(text, ms);
  assert.deepEqual(ms.map((m) => m.text), ["Sean O' Dwyer", "Sean D' Arcy", "Sean O'Dwyer", 'Paul', 'Sean']);
  assert.equal(ms[0]!.end, text.indexOf(', spoke'));
});

test('a known maker plus a rare name written after "the" is a model, not a mention; other names stay', () => {
  const makers = new Gazetteer(new Map([[gazetteerKey('Vostok'), 'ORG'], [gazetteerKey('Harwell'), 'ORG']]));
  const lexicon = new Lexicon(new Map([['review', 90], ['republicans', 10]]));
  const text = 'Vostok will revive the Vostok Zarya, and the Zarya sold well. Vostok Zarya cars. ' +
    'Harwell Review staff read the Review. Brell Kestra left the Kestra. Vostok Orlan plans rose; the Vostok Orlan plan.';
  const ms = mentionsIn(text, [['Vostok', 'ORG'], ['Vostok Zarya', 'ORG'], ['Zarya', 'PLACE'], ['Vostok Zarya', 'ORG'],
    ['Harwell Review', 'ORG'], ['Review', 'ORG'], ['Brell Kestra', 'ORG'], ['Kestra', 'ORG'], ['Vostok Orlan', 'ORG']]);
  makerModels(ms, makers, lexicon, text);
  // "Review" is a common word (in the lexicon), "Brell" is no known maker, "the Vostok Orlan plan" does not end its phrase
  assert.deepEqual(ms.map((m) => m.text), ['Vostok', 'Harwell Review', 'Review', 'Brell Kestra', 'Kestra', 'Vostok Orlan']);
});

test("PTB-style quotes `` and '' are one token each, as in the tagger's spaCy-tokenised training data", () => {
  const text = "``It is final,'' said Dana Quill. ''Yes'' and O'Brien's `x' stay.";
  assert.deepEqual(tokenize(text).map((t) => t.text), ['``', 'It', 'is', 'final', ',', "''", 'said', 'Dana', 'Quill', '.',
    "''", 'Yes', "''", 'and', "O'Brien", "'s", '`', 'x', "'", 'stay', '.']);
});

test('a nationality adjective derived from a known place is not a mention; names that only look like one stay', () => {
  const places = new Gazetteer(new Map([['zembla', 'PLACE'], ['veloria', 'PLACE'], ['quor', 'PLACE'], ['tashkor', 'PLACE'],
    ['maravia', 'PLACE'], ['dunmore', 'PLACE']]));
  for (const w of ['Zemblan', 'Velorian', 'Quorese', 'Tashkori', 'Maravian']) assert.ok(isDemonym(w, places), w);
  for (const w of ['Dunmoreton', 'Zembla', 'Quo', 'ZEMBLAN', 'Harwickian']) assert.ok(!isDemonym(w, places), w);
  const text = 'A Zemblan official met Dana Quill in Zembla.';
  const ms = mentionsIn(text, [['Zemblan', 'ORG'], ['Dana Quill', 'PERSON'], ['Zembla', 'PLACE']]);
  assert.deepEqual(applyGazetteer(ms, places).map((m) => m.text), ['Dana Quill', 'Zembla']);
});

test('a name described in apposition as a version or model of something is a product in all the document', () => {
  const text = 'Zentrix unveiled Osprey, the new version of its software. Osprey ships soon; Dana Quill, the head of Zentrix, ' +
    'spoke. Kestrel, a model of the range, goes; Veloria, a version that works, stays.';
  const ms = mentionsIn(text, [['Zentrix', 'ORG'], ['Osprey', 'PERSON'], ['Osprey', 'ORG'], ['Dana Quill', 'PERSON'],
    ['Zentrix', 'ORG'], ['Kestrel', 'ORG'], ['Veloria', 'PLACE']]);
  describedProducts(ms, text);
  assert.deepEqual(ms.map((m) => m.text), ['Zentrix', 'Dana Quill', 'Zentrix', 'Veloria']);
});
