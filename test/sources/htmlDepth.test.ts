// The nesting pre-pass: normal pages pass through untouched; deep ones are flattened to the limit with their
// text kept, in time linear in the page, whatever the markup does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundNesting, MAX_HTML_DEPTH } from '../../src/sources/htmlDepth.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'sources', 'html');

test('a normal page is returned as it is, with its depth and work', () => {
  const page = readFileSync(join(FIX, 'page.html'), 'utf8');
  const bounded = boundNesting(page);
  assert.equal(bounded.html, page);
  assert.ok(bounded.depth >= 3 && bounded.depth < 10, String(bounded.depth));
});

test('void elements, self-closing tags, implied </p> and </li>, scripts and comments do not nest', () => {
  const page = '<html><body><p>a<p>b<br><img src=x/><ul><li>1<li>2</ul><script>if (a<b) "<div>"</script>' +
    '<!-- <div><div> --><div title="a > b <div>">x</div></body></html>';
  assert.equal(boundNesting(page).depth, 4);
});

test('tags deeper than the limit are dropped, text and shallow tags kept', () => {
  const page = `<body>${'<div>'.repeat(5)}<b>deep</b> text<script>x()</script>${'</div>'.repeat(5)}<p>after</p></body>`;
  const bounded = boundNesting(page, 3);
  assert.equal(bounded.depth, 7);
  assert.equal(bounded.html, '<body><div><div>deep text</div></div><p>after</p></body>');
});

test('100,000 levels, and markup built to defeat the scan, take linear time', () => {
  const cases = [
    `<html><body>${'<div>'.repeat(100_000)}<p>story</p>${'</div>'.repeat(100_000)}</body></html>`,
    `<div title="<">`.repeat(100_000),
    '<a "'.repeat(100_000),
    '<!--'.repeat(100_000),
    `${'<div>'.repeat(50_000)}${'</span>'.repeat(50_000)}`,
  ];
  for (const page of cases) {
    const started = Date.now();
    const bounded = boundNesting(page);
    assert.ok(Date.now() - started < 2000, `${page.slice(0, 20)}…: ${Date.now() - started} ms`);
    assert.ok(boundNesting(bounded.html).depth <= MAX_HTML_DEPTH);
  }
  assert.equal(boundNesting(`${'<div title="<">'.repeat(1000)}`).depth, 1000);
});
