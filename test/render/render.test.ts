import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { renderTimeline, RENDER_FORMATS } from '../../src/render/index.js';
import { parseTilseTimeline } from '../../src/formats/tilse.js';
import type { Timeline, TimelineSentence } from '../../src/types.js';

function sentence(text: string, articleId: number, extra: Partial<TimelineSentence> = {}): TimelineSentence {
  return { text, articleId, sentenceIndex: 0, published: '2023-03-15', ...extra };
}

const timeline: Timeline = {
  query: { text: 'harbour bridge' },
  method: 'datewise',
  entries: [
    { date: '2023-03-14', granularity: 'day', sentences: [
      sentence('The Harbour Bridge collapsed during rush hour, sending cars into the river.', 1,
        { title: 'Bridge collapses', source: 'Port Alder Post', url: 'https://post.example.test/bridge?a=1&b=2' }),
      sentence('Marren said: "We will find out why",\nand an inquiry <script>alert(1)</script> began *at once*.', 2,
        { sentenceIndex: 3, published: '2023-03-15T08:00', source: 'Wire', url: 'javascript:alert(1)' }),
    ] },
    { date: '2023-04', granularity: 'month', sentences: [
      sentence('Ferry services replaced the bridge for commuters.', 3, { published: '2023-04-20', title: 'Ferries step in' }),
    ] },
    { date: '2024', granularity: 'year', sentences: [
      sentence('A new bridge is due to open.', 4, { published: '2023-09-01', title: 'Plans for a new bridge', source: 'Gazette' }),
    ] },
  ],
};

test('every format renders and unknown formats are refused', () => {
  for (const f of RENDER_FORMATS) assert.ok(renderTimeline(timeline, f).length > 0, f);
  assert.throws(() => renderTimeline(timeline, 'pdf'), /unknown output format 'pdf'/);
});

test('text: dates, sentences on one line, citations with title, source and date', () => {
  const out = renderTimeline(timeline, 'text');
  assert.match(out, /^Timeline: "harbour bridge"/);
  assert.match(out, /2023-03-14 {2}\(14 March 2023\)\n {2}• The Harbour Bridge collapsed/);
  assert.ok(out.includes('    — Bridge collapses, Port Alder Post, 2023-03-15\n'));
  assert.ok(out.includes('— article #2, Wire, 2023-03-15'), 'untitled articles are cited by id');
  assert.ok(out.includes('Marren said: "We will find out why", and an inquiry'), 'line breaks inside a sentence are flattened');
  assert.match(out, /2023-04 {2}\(April 2023\)/);
  assert.match(out, /2024 {2}\(2024\)/);
});

test('markdown: links when a safe URL is known, article text escaped', () => {
  const out = renderTimeline(timeline, 'md');
  assert.ok(out.includes('[Bridge collapses](https://post.example.test/bridge?a=1&b=2), Port Alder Post, 2023-03-15'));
  assert.ok(!out.includes('javascript:'), 'no javascript: links');
  assert.ok(out.includes('\\*at once\\*'));
  assert.ok(out.includes('\\<script\\>'));
  assert.ok(out.includes('*Ferries step in*'));
  assert.match(out, /^## 14 March 2023 \(2023-03-14\)$/m);
});

test('json: the entries as built', () => {
  const parsed = JSON.parse(renderTimeline(timeline, 'json'));
  assert.deepEqual(parsed.entries, timeline.entries);
  assert.deepEqual(parsed.query, timeline.query);
  assert.equal(parsed.method, 'datewise');
});

test('html: a standalone page with every piece of text escaped', () => {
  const out = renderTimeline(timeline, 'html');
  assert.match(out, /^<!doctype html>\n<html lang="en">/);
  assert.ok(out.includes('<meta charset="utf-8">'));
  assert.ok(!/<script|<link|\ssrc=/i.test(out), 'no scripts and no external assets');
  assert.ok(out.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(out.includes('&quot;We will find out why&quot;'));
  assert.ok(out.includes('<a href="https://post.example.test/bridge?a=1&amp;b=2">Bridge collapses</a>'));
  assert.ok(!out.includes('javascript:'));
  assert.equal(out.match(/<section>/g)?.length, 3);
  assert.ok(out.trimEnd().endsWith('</html>'));
});

test('timelinejs: valid TimelineJS3 JSON with a title and dated events', () => {
  const doc = JSON.parse(renderTimeline(timeline, 'timelinejs'));
  assert.equal(typeof doc.title.text.headline, 'string');
  assert.equal(doc.events.length, 3);
  for (const e of doc.events) {
    assert.equal(typeof e.text.headline, 'string');
    assert.equal(typeof e.text.text, 'string');
    assert.match(e.start_date.year, /^\d{4}$/);
  }
  assert.deepEqual(doc.events.map((e: { start_date: unknown }) => e.start_date),
    [{ year: '2023', month: '3', day: '14' }, { year: '2023', month: '4' }, { year: '2024' }]);
  assert.ok(doc.events[0].text.text.includes('&lt;script&gt;'));
  assert.ok(!doc.events[0].text.text.includes('<script>'));
  assert.ok(doc.events[0].text.text.includes('Port Alder Post'));
});

test('tilse: read back by the tilse parser with the same dates and sentences', () => {
  const out = renderTimeline(timeline, 'tilse');
  const { timeline: back, warnings } = parseTilseTimeline(out, 'rendered');
  assert.deepEqual(warnings, []);
  assert.deepEqual([...back.entries.keys()], ['2023-03-14', '2023-04-01', '2024-01-01']);
  assert.deepEqual(back.entries.get('2023-03-14'), [
    'The Harbour Bridge collapsed during rush hour, sending cars into the river.',
    'Marren said: "We will find out why", and an inquiry <script>alert(1)</script> began *at once*.',
  ]);
  assert.deepEqual(back.entries.get('2024-01-01'), ['A new bridge is due to open.']);
  assert.ok(out.split('\n').includes('-'.repeat(32)));
});

test('tilse: sentences that would read back as a date or a separator are left out; same-day entries merge', () => {
  const t: Timeline = { query: {}, method: 'datewise', entries: [
    { date: '2023-05', granularity: 'month', sentences: [sentence('Month summary.', 1)] },
    { date: '2023-05-01', granularity: 'day', sentences: [sentence('2023-05-02', 2), sentence('-'.repeat(32), 3), sentence('Day one.', 4)] },
  ] };
  const { timeline: back } = parseTilseTimeline(renderTimeline(t, 'tilse'), 'x');
  assert.deepEqual([...back.entries], [['2023-05-01', ['Month summary.', 'Day one.']]]);
});

test('csv: RFC 4180 quoting round-trips commas, quotes and line breaks', () => {
  const out = renderTimeline(timeline, 'csv');
  assert.ok(out.includes('\r\n'));
  const rows = parse(out, { columns: true }) as Record<string, string>[];
  assert.equal(rows.length, 4);
  assert.equal(rows[1]!.sentence, timeline.entries[0]!.sentences[1]!.text);
  assert.equal(rows[0]!.url, 'https://post.example.test/bridge?a=1&b=2');
  assert.deepEqual(rows.map((r) => [r.date, r.granularity, r.article_id]),
    [['2023-03-14', 'day', '1'], ['2023-03-14', 'day', '2'], ['2023-04', 'month', '3'], ['2024', 'year', '4']]);
  assert.equal(rows[2]!.source, '');
  assert.ok(out.includes('"Marren said: ""We will find out why"",\nand an inquiry'));
});
