// The mention record codec (store/mentionRecords.ts): what it writes reads back as the analysis's mentions, in
// their order; a record it cannot trust is refused rather than misread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionRecord, readMentionRecord } from '../../src/store/mentionRecords.js';
import type { EntityMention } from '../../src/types.js';

const TEXT = 'Président Aïda Ngũgĩ met the Zürich council; later Ngũgĩ said it was “fine”.';

test('mentions read back exactly, out of order, with names, kinds and own texts', () => {
  const at = (s: string, from = 0): number => TEXT.indexOf(s, from);
  const mentions: EntityMention[] = [
    { kind: 'PERSON', name: 'Aïda Ngũgĩ', start: at('Ngũgĩ', 20), end: at('Ngũgĩ', 20) + 5, text: 'Ngũgĩ' },
    { kind: 'PERSON', name: 'Aïda Ngũgĩ', start: at('Aïda'), end: at('Aïda') + 10, text: 'Aïda Ngũgĩ' },
    { kind: 'PLACE', name: 'Zürich', start: at('Zürich'), end: at('Zürich') + 6, text: 'Zürich' },
    { kind: 'ORG', name: 'Zürich council', start: at('Zürich'), end: at('council') + 7, text: 'Zurich council' },
  ];
  const bytes = mentionRecord(mentions, TEXT)!;
  assert.ok(bytes.length < 80, `${bytes.length} bytes`);
  assert.deepEqual(readMentionRecord(bytes, TEXT), mentions);
  assert.deepEqual(readMentionRecord(mentionRecord([], TEXT)!, TEXT), []);
});

test('a mention outside the text is not recorded; a damaged or foreign record is not read', () => {
  assert.equal(mentionRecord([{ kind: 'PERSON', name: 'X', start: 70, end: 90, text: 'X' }], TEXT), undefined);
  const bytes = mentionRecord([{ kind: 'PLACE', name: 'Zürich', start: 29, end: 35, text: 'Zürich' }], TEXT)!;
  assert.equal(readMentionRecord(bytes.subarray(0, bytes.length - 1), TEXT), undefined, 'cut short');
  assert.equal(readMentionRecord(Uint8Array.from([...bytes, 0]), TEXT), undefined, 'trailing bytes');
  assert.equal(readMentionRecord(Uint8Array.from([9, ...bytes.subarray(1)]), TEXT), undefined, 'another layout');
});
