// Document-level canonical names (names.ts; no tagger involved: the inputs are mentions).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityKind, EntityMention } from '../../../src/types.js';
import { canonicalizeDocument, cleanName, foldKey, stripTitles } from '../../../src/analyze/entities/names.js';

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
