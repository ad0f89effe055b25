// The Background section (dates before the story's own period) in the formats a reader reads: after the main
// entries, under its own heading, and only when there is one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTimeline } from '../../src/render/index.js';
import type { Timeline } from '../../src/types.js';

const main: Timeline = {
  query: {},
  method: 'datewise',
  entries: [{ date: '2020-06-19', granularity: 'day', sentences: [
    { text: 'Prosecutors charged the two Canadians.', articleId: 2, sentenceIndex: 2, published: '2020-06-21' },
  ] }],
};
const withBackground: Timeline = { ...main, background: [{ date: '2018', granularity: 'year', sentences: [
  { text: 'Kovrig and Spavor were arrested in 2018.', articleId: 2, sentenceIndex: 5, published: '2020-06-21' },
] }] };

test('Background comes after the main entries in text, markdown, html and json', () => {
  const text = renderTimeline(withBackground, 'text');
  assert.ok(text.indexOf('Background') > text.indexOf('Prosecutors charged'), text);
  assert.ok(text.indexOf('Kovrig and Spavor') > text.indexOf('Background'), text);
  const md = renderTimeline(withBackground, 'md');
  assert.match(md, /## Background\n\n### 2018 \(2018\)\n\n- Kovrig and Spavor/);
  const html = renderTimeline(withBackground, 'html');
  assert.ok(html.indexOf('<h2>Background</h2>') > html.indexOf('Prosecutors charged'), html);
  const json = JSON.parse(renderTimeline(withBackground, 'json')) as Timeline;
  assert.deepEqual(json.background?.map((e) => e.date), ['2018']);
});

test('no Background heading when there is none', () => {
  for (const f of ['text', 'md', 'html', 'json'] as const) assert.doesNotMatch(renderTimeline(main, f), /Background|background/, f);
});
