// Finding quotation marks stays linear in the text: a page padded with a long run of spaces (two T17 articles hold
// 63,700 in a row) once made the scan quadratic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotations } from '../../../src/analyze/quotes/quotations.js';

test('a paragraph opening with ” still opens a quotation', () => {
  const text = 'He spoke.\n  ”Fear is here,” she said.';
  const q = findQuotations(text);
  assert.equal(q.length, 1);
  assert.equal(text.slice(q[0]!.innerStart, q[0]!.innerEnd), 'Fear is here,');
});

test('a long run of spaces before a quotation costs linear time', () => {
  const cost = (spaces: number): number => {
    const text = `He said "hello there" today.${' '.repeat(spaces)}\n  ”Fear is here,” she said.`;
    const started = process.cpuUsage();
    assert.equal(findQuotations(text).length, 2);
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  cost(1000);
  // 200,000 spaces: about a millisecond when linear; the quadratic scan took minutes.
  const ms = cost(200_000);
  assert.ok(ms < 2000, `${ms.toFixed(0)} ms for 200,000 spaces`);
});
