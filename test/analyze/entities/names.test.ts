// Document-level canonical names (names.ts; no tagger involved: the inputs are mentions).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityKind, EntityMention } from '../../../src/types.js';
import { acronymOf, canonicalizeDocument, cleanName, foldKey, stripTitles } from '../../../src/analyze/entities/names.js';

function mention(kind: EntityKind, text: string, at = 0): EntityMention {
  return { kind, name: cleanName(text), start: at, end: at + text.length, text };
}

test('titles are stripped from people only, and never the last word', () => {
  assert.equal(stripTitles('Foreign Minister Wang Yi'), 'Wang Yi');
  assert.equal(stripTitles('Mr. Kovrig'), 'Kovrig');
  assert.equal(stripTitles('George Bush President'), 'George Bush', 'a title run in from the next phrase');
  assert.equal(stripTitles("Hosni Mubarak's Egypt"), 'Hosni Mubarak', 'a possessive ends the name');
  assert.equal(stripTitles('John Major'), 'John Major');
  assert.equal(stripTitles("Mubarak's"), "Mubarak's");
  assert.equal(stripTitles('Prime Minister Justin Trudeau'), 'Justin Trudeau');
  assert.equal(stripTitles('President'), 'President');
  const doc = [mention('PERSON', 'Foreign Minister Wang Yi'), mention('ORG', 'General Motors', 30)];
  canonicalizeDocument(doc);
  assert.equal(doc[0]!.name, 'Wang Yi');
  assert.equal(doc[1]!.name, 'General Motors');
});

test('short forms take the full name used in the same document; hyphenated names stay whole', () => {
  const doc = [
    mention('PERSON', 'Francois-Philippe Champagne', 0),
    mention('PERSON', 'Michael Kovrig', 40),
    mention('PERSON', 'Meng Wanzhou', 60),
    mention('PERSON', 'Champagne', 80),
    mention('ORG', 'Kovrig', 100), // a tagger slip: the kind follows the person
    mention('PERSON', 'Meng', 120), // family name first
    mention('PERSON', 'Mr. Spavor', 140), // no full name in this document: only the title goes
  ];
  canonicalizeDocument(doc);
  assert.deepEqual(doc.map((m) => m.name), ['Francois-Philippe Champagne', 'Michael Kovrig', 'Meng Wanzhou',
    'Francois-Philippe Champagne', 'Michael Kovrig', 'Meng Wanzhou', 'Spavor']);
  assert.equal(doc[4]!.kind, 'PERSON');
  // spans and texts are never changed by naming
  assert.equal(doc[3]!.text, 'Champagne');
});

test('an ambiguous surname is left alone; acronyms take the spelled-out organisation', () => {
  const doc = [mention('PERSON', 'George Bush'), mention('PERSON', 'Laura Bush', 20), mention('PERSON', 'Bush', 40),
    mention('ORG', 'World Health Organization', 60), mention('ORG', 'WHO', 90)];
  canonicalizeDocument(doc);
  assert.equal(doc[2]!.name, 'Bush');
  assert.equal(doc[4]!.name, 'World Health Organization');
});

test('one kind per name: the majority of its mentions', () => {
  const doc = [mention('ORG', 'Huawei'), mention('PLACE', 'Huawei', 10), mention('ORG', 'Huawei', 20)];
  canonicalizeDocument(doc);
  assert.deepEqual(doc.map((m) => m.kind), ['ORG', 'ORG', 'ORG']);
});

test('folded keys ignore case, accents, periods, hyphens and a leading "the"; common aliases meet', () => {
  assert.equal(foldKey('François-Philippe Champagne'), foldKey('Francois Philippe Champagne'));
  assert.equal(foldKey('U.S.'), foldKey('the United States'));
  assert.equal(foldKey('Britain'), foldKey('United Kingdom'));
  assert.notEqual(foldKey('Michael Kovrig'), foldKey('Michael Spavor'));
});

test('an acronym takes a long name only where the text ties them or the name introduces it; initials alone do not (T17: "BP")', () => {
  const at = (text: string, phrase: string, kind: EntityKind, from = 0): EntityMention => mention(kind, phrase, text.indexOf(phrase, from));
  const tiedText = 'British Petroleum (BP) said on Monday. BP shares fell.';
  const tied = [at(tiedText, 'British Petroleum', 'ORG'), at(tiedText, 'BP', 'ORG'), at(tiedText, 'BP', 'ORG', 25)];
  canonicalizeDocument(tied, tiedText);
  assert.deepEqual(tied.map((m) => m.name), ['British Petroleum', 'British Petroleum', 'British Petroleum']);
  const orText = 'BP, or British Petroleum, said so.';
  const or = [at(orText, 'BP', 'ORG'), at(orText, 'British Petroleum', 'ORG')];
  canonicalizeDocument(or, orText);
  assert.equal(or[0]!.name, 'British Petroleum');
  for (const formerText of ['BP - formerly British Petroleum - said.', 'They refer to BP as `` British Petroleum \'\' now.']) {
    const former = [at(formerText, 'BP', 'ORG'), at(formerText, 'British Petroleum', 'ORG')];
    canonicalizeDocument(former, formerText);
    assert.equal(former[0]!.name, 'British Petroleum', formerText);
  }
  const plcText = 'BP Plc said on Monday. BP shares fell.';
  const plc = [at(plcText, 'BP Plc', 'ORG'), at(plcText, 'BP', 'ORG', 5)];
  canonicalizeDocument(plc, plcText);
  assert.equal(plc[1]!.name, 'BP Plc', 'the acronym with its legal form is the same company');
  // a name with those initials met after the acronym is something else: the acronym stays itself
  const apartText = 'BP sends booms\nBP said it would send booms. Oil reached Barataria Pass on Monday. BP said so.';
  const apart = [at(apartText, 'BP', 'ORG'), at(apartText, 'BP', 'ORG', 10), at(apartText, 'Barataria Pass', 'ORG'),
    at(apartText, 'BP', 'ORG', 70)];
  canonicalizeDocument(apart, apartText);
  assert.deepEqual(apart.map((m) => m.name), ['BP', 'BP', 'Barataria Pass', 'BP']);
  // an expansion that introduces the acronym, the headline aside, is its name (MEANTIME: "US automaker GM")
  const introText = 'US automaker GM reports losses\nGeneral Motors said on Monday it lost money. GM shares fell.';
  const intro = [at(introText, 'GM', 'ORG'), at(introText, 'General Motors', 'ORG'), at(introText, 'GM', 'ORG', 20)];
  canonicalizeDocument(intro, introText);
  assert.deepEqual(intro.map((m) => m.name), ['General Motors', 'General Motors', 'General Motors']);
  // a legal form is not in the acronym, nor in the name the acronym takes; a caption is no introduction
  const corpText = 'Sales plunge\nGeneral Motors Corporation (GM) said on Monday. GM shares fell.';
  const corp = [at(corpText, 'General Motors Corporation', 'ORG'), at(corpText, 'GM', 'ORG'), at(corpText, 'GM', 'ORG', 50)];
  canonicalizeDocument(corp, corpText);
  assert.deepEqual(corp.map((m) => m.name), ['General Motors Corporation', 'General Motors', 'General Motors']);
  // an acronym in the long name gives all its letters: "BBC Proms" is not "BP"
  const promsText = 'Concert season\nThe BBC Proms open tonight. BP sponsors them.';
  const proms = [at(promsText, 'BBC Proms', 'ORG'), at(promsText, 'BP', 'ORG')];
  canonicalizeDocument(proms, promsText);
  assert.equal(proms[1]!.name, 'BP');
  assert.equal(acronymOf('BBC Proms'), 'BBCP');
  assert.equal(acronymOf('British Petroleum'), 'BP');
  assert.equal(acronymOf('BP Plc'), 'BP', 'a legal form is not in the acronym');
  assert.equal(acronymOf('General Motors Corporation'), 'GM');
  const captionText = 'A Brown Pelican is seen on the beach.\nRegulators have not fined BP yet.';
  const caption = [at(captionText, 'Brown Pelican', 'ORG'), at(captionText, 'BP', 'ORG')];
  canonicalizeDocument(caption, captionText);
  assert.equal(caption[1]!.name, 'BP');
  // nor is an acronym the surname of a person the tagger ran into it
  const runText = 'Tony Hayward BP chief said. BP said.';
  const run = [at(runText, 'Tony Hayward BP', 'PERSON'), at(runText, 'BP', 'ORG', 20)];
  canonicalizeDocument(run, runText);
  assert.equal(run[1]!.name, 'BP');
});

test('a title of one given name stays with it: "King Hussein" is no Hussein by surname', () => {
  assert.equal(stripTitles('King Hussein'), 'King Hussein');
  assert.equal(stripTitles('Pope Benedict'), 'Pope Benedict');
  assert.equal(stripTitles('King Abdullah II'), 'Abdullah II', 'two words remain: the title goes as before');
  assert.equal(stripTitles('President Obama'), 'Obama');
  const doc = [mention('PERSON', 'Saddam Hussein'), mention('PERSON', 'King Hussein', 20), mention('PERSON', 'Hussein', 40)];
  // the tagger's name leaves the title out; the mention's text has it
  doc.push({ ...mention('PERSON', 'the King Hussein', 60), name: 'Hussein' });
  canonicalizeDocument(doc);
  assert.equal(doc[1]!.name, 'King Hussein');
  assert.equal(doc[3]!.name, 'King Hussein');
});

test('cleanName: names left as they are and names cleaned, plain ASCII or not', () => {
  const cases: Array<[string, string]> = [
    ['Barack Obama', 'Barack Obama'], ["O'Brien", "O'Brien"], ['Theo Walcott', 'Theo Walcott'], ['the', 'the'],
    ['The White House', 'White House'], ['THE Guardian', 'Guardian'], ['the  Hague', 'Hague'], ["Obama's", 'Obama'],
    ['Obama’s', 'Obama'], ["Reuters'", 'Reuters'], ["Standard & Poor's", 'Standard & Poor'], ["AT'S", "AT'S"],
    ['Al  Gore', 'Al Gore'], [' Gore ', 'Gore'], ['New\nYork', 'New York'], ['Zürich', 'Zürich'], ['Thes Smith', 'Thes Smith'],
  ];
  for (const [text, name] of cases) assert.equal(cleanName(text), name, text);
});
