import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { renderTimeline, RENDER_FORMATS } from '../../src/render/index.js';
import { parseTilseTimeline } from '../../src/formats/tilse.js';
import type { Timeline, TimelineEntry, TimelineSentence, TimelineSource } from '../../src/types.js';

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
  assert.ok(out.includes('    — Bridge collapses, Port Alder Post, 2023-03-15, https://post.example.test/bridge?a=1&b=2\n'));
  assert.ok(out.includes('— Wire, 2023-03-15, article #2\n'), 'untitled articles are cited by outlet, then id; unsafe URLs are left out');
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
  assert.deepEqual(parsed.entries.map((e: TimelineEntry) => ({ date: e.date, granularity: e.granularity, sentences: e.sentences })),
    timeline.entries);
  assert.deepEqual(parsed.entries[0].sources.map((s: TimelineSource) => [s.articleId, s.outlet]), [[1, 'Port Alder Post'], [2, 'Wire']],
    'entries built without sources get them from their sentences');
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

/** The same entries as a timeline builder makes them: with headline, sources and corroboration. */
const sourced: Timeline = {
  ...timeline,
  entries: [{
    ...timeline.entries[0]!,
    headline: 'The Harbour Bridge collapsed during rush hour',
    sources: [
      { articleId: 1, published: '2023-03-15', title: 'Bridge collapses', outlet: 'Port Alder Post', url: 'https://post.example.test/bridge?a=1&b=2' },
      { articleId: 2, published: '2023-03-15T08:00', outlet: 'Wire', url: 'javascript:alert(1)' },
    ],
    reportedBy: { articles: 5, outlets: 3 },
  }, { ...timeline.entries[1]!, headline: 'Ferry services <replaced> the bridge', reportedBy: { articles: 1, outlets: 0 } },
  timeline.entries[2]!],
};

test('every format carries each entry\'s headline, its sources and how many articles and outlets report it', () => {
  const text = renderTimeline(sourced, 'text');
  assert.match(text, /^2023-03-14 {2}\(14 March 2023\) {2}The Harbour Bridge collapsed during rush hour$/m);
  assert.ok(text.includes('  (reported by 5 articles / 3 outlets)\n'));
  assert.ok(text.includes('  (reported by 1 article)\n'), 'no outlet count when no outlet is known');

  const md = renderTimeline(sourced, 'md');
  assert.match(md, /^## 14 March 2023 \(2023-03-14\): The Harbour Bridge collapsed during rush hour$/m);
  assert.ok(md.includes('Ferry services \\<replaced\\> the bridge'), 'headlines are escaped');
  assert.ok(md.includes('(*Wire*, 2023-03-15, article \\#2)'), 'an untitled article is credited to its outlet');
  assert.ok(md.includes('*reported by 5 articles / 3 outlets*'));

  const html = renderTimeline(sourced, 'html');
  assert.ok(html.includes('</time>The Harbour Bridge collapsed during rush hour</h2>'));
  assert.ok(html.includes('Ferry services &lt;replaced&gt; the bridge'));
  assert.ok(html.includes('<p class="reported">reported by 5 articles / 3 outlets</p>'));
  assert.ok(!html.includes('javascript:'));

  const json = JSON.parse(renderTimeline(sourced, 'json'));
  assert.equal(json.entries[0].headline, 'The Harbour Bridge collapsed during rush hour');
  assert.deepEqual(json.entries[0].reportedBy, { articles: 5, outlets: 3 });
  assert.equal(json.entries[0].sources[0].url, 'https://post.example.test/bridge?a=1&b=2');

  const rows = parse(renderTimeline(sourced, 'csv'), { columns: true }) as Record<string, string>[];
  assert.deepEqual(rows.map((r) => [r.headline, r.outlet, r.reported_articles, r.reported_outlets]), [
    ['The Harbour Bridge collapsed during rush hour', 'Port Alder Post', '5', '3'],
    ['The Harbour Bridge collapsed during rush hour', 'Wire', '5', '3'],
    ['Ferry services <replaced> the bridge', '', '1', '0'],
    ['', 'Gazette', '1', '1'],
  ]);
});

test('timelinejs: each slide has the headline, the readable date and a source credit, and stays TimelineJS3 JSON', () => {
  const doc = JSON.parse(renderTimeline(sourced, 'timelinejs'));
  const [first, second, third] = doc.events;
  assert.equal(first.text.headline, 'The Harbour Bridge collapsed during rush hour');
  assert.equal(second.text.headline, 'Ferry services &lt;replaced&gt; the bridge');
  assert.equal(third.text.headline, '2024', 'an entry without a headline is headed by its date');
  assert.equal(first.display_date, '14 March 2023');
  assert.match(first.text.text, /<p class="tl-credit"><small>Sources: <a href="https:\/\/post\.example\.test\/bridge\?a=1&amp;b=2">Bridge collapses<\/a>, Port Alder Post, <time datetime="2023-03-15">2023-03-15<\/time>; Wire, <time datetime="2023-03-15">2023-03-15<\/time>, article #2 \(reported by 5 articles \/ 3 outlets\)<\/small><\/p>$/);
  assert.equal(new Set(doc.events.map((e: { unique_id: string }) => e.unique_id)).size, 3, 'slide ids are unique');
  const allowed = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id']);
  for (const e of doc.events) for (const k of Object.keys(e)) assert.ok(allowed.has(k), `${k} is not a TimelineJS3 slide field`);
});
