// CSV cells a spreadsheet would run as formulas (CSV injection) are written as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { csvField, renderCsv } from '../../src/render/csv.js';
import type { Timeline } from '../../src/types.js';

test('cells starting with = + - @ tab or CR get a leading quote; others are unchanged', () => {
  for (const cell of ['=HYPERLINK("http://x.test","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
    const back = parse(csvField(cell)) as string[][];
    assert.equal(back[0]![0], `'${cell}`, JSON.stringify(cell));
  }
  for (const cell of ['Plain text.', 'a, b', '2024-05-02', 'x=1', '']) {
    assert.equal((parse(`${csvField(cell)}\r\n`) as string[][])[0]?.[0] ?? '', cell);
  }
  assert.equal(csvField(-3), '-3', 'numbers we write ourselves are not text from anyone');
});

test('a timeline whose sentence and title start with = is rendered as text', () => {
  const t: Timeline = { query: {}, method: 'datewise', entries: [{ date: '2024-01-02', granularity: 'day', sentences: [
    { text: '=cmd|"/c calc"!A1', articleId: 1, sentenceIndex: 0, published: '2024-01-02', title: '@evil', source: '+src', url: '-u' },
  ] }] };
  const [row] = parse(renderCsv(t), { columns: true }) as Record<string, string>[];
  assert.equal(row!.sentence, `'=cmd|"/c calc"!A1`);
  assert.equal(row!.title, "'@evil");
  assert.equal(row!.source, "'+src");
  assert.equal(row!.url, "'-u");
  assert.equal(row!.date, '2024-01-02');
});
