// "What's new" renderings of a saved timeline: Background entries are shown after the compared entries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderSince, type SinceView } from '../../../src/service/follow/render.js';

const sentence = (text: string, articleId: number, published: string) =>
  ({ text, articleId, sentenceIndex: 0, published, key: `h${articleId}:0` });

const view: SinceView = {
  name: 'bridge',
  since: { at: '2023-07-01T00:00:00Z', asked: '2023-07-01' },
  timeline: {
    query: { text: 'bridge' },
    method: 'datewise',
    entries: [{ date: '2023-07-18', granularity: 'day', headline: 'Police arrest director',
      sentences: [sentence('Police arrested the director on Tuesday.', 2, '2023-07-18')] }],
    background: [{ date: '1998', granularity: 'year', headline: 'The bridge opened',
      sentences: [sentence('The bridge opened in 1998.', 1, '2023-03-14')] }],
  },
  diff: { changes: [{ status: 'new', newSources: 1, newSentences: 1 }], dropped: [], basis: 'snapshot' },
};

test('text, Markdown and JSON of what is new carry the Background section too', () => {
  const text = renderSince(view, 'text')!;
  assert.match(text, /\[new\].*2023|Police arrest/);
  assert.ok(text.indexOf('Background') > text.indexOf('Police arrested'), text);
  assert.match(text, /The bridge opened in 1998\./);
  const md = renderSince(view, 'md')!;
  assert.match(md, /^## Background$/m);
  assert.match(md, /The bridge opened in 1998\./);
  const json = JSON.parse(renderSince(view, 'json')!);
  assert.equal(json.entries.length, 1);
  assert.equal(json.background.length, 1);
  assert.equal(json.background[0].date, '1998');
});
