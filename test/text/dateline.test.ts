import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineLength, datelineSpans } from '../../src/text/dateline.js';

const cut = (s: string): string => s.slice(datelineLength(s));

test('datelines of the common shapes are found', () => {
  assert.equal(cut('PORT ALDER, Veloria (VNS) — The central span fell.'), 'The central span fell.');
  assert.equal(cut('KESSEL FORD, Veloria — Inspectors said the bolts had rusted.'), 'Inspectors said the bolts had rusted.');
  assert.equal(cut('BEIJING, Aug. 25 (Xinhua) -- Wang Yi met his Italian counterpart.'), 'Wang Yi met his Italian counterpart.');
  assert.equal(cut('NEW YORK, March 3 (Reuters) - Stocks fell.'), 'Stocks fell.');
  assert.equal(cut('OTTAWA – Canada protested.'), 'Canada protested.');
  assert.equal(cut('Cairo, Egypt (CNN) -- Protesters filled the square.'), 'Protesters filled the square.');
  assert.equal(cut('ST. LOUIS — The jury returned.'), 'The jury returned.');
  assert.equal(
    cut('TORONTO (UrduPoint News / Sputnik - 20th June, 2020) Canada will continue to engage with allies.'),
    'Canada will continue to engage with allies.',
  );
});

test('sentences that only look like datelines are left whole', () => {
  for (const s of [
    'NATO - 3 members abstained.',
    'The company (BP) - which owns the well - denied it.',
    'But (as Reuters reported) - the talks failed.',
    'U.S.-China talks resumed on Monday.',
    'AIG - the insurer - was rescued.',
    'WASHINGTON —',
    'NASA (the space agency) Director Bill Nelson spoke.',
    'Michael Kovrig — a former diplomat — was detained.',
  ]) {
    assert.equal(datelineLength(s), 0, s);
  }
});

test('datelineSpans finds the dateline after a headline paragraph', () => {
  const text = 'Bridge collapses in Port Alder\n\nPORT ALDER, Veloria (VNS) — The span fell on Tuesday.\n\nMore text.';
  const spans = datelineSpans(text);
  assert.equal(spans.length, 1);
  const [s, e] = spans[0]!;
  assert.equal(text.slice(s, e), 'PORT ALDER, Veloria (VNS) — ');
  assert.deepEqual(datelineSpans('An ordinary story.\nWith WASHINGTON — later.'), []);
});

test('a date written in a dateline is not counted as a date the sentence reports', async () => {
  const { sentenceDates } = await import('../../src/timeline/dates.js');
  const text = 'TORONTO (Sputnik - 20th June, 2020) Canada said on June 19, 2020 it would act.';
  const at = (s: string): number => text.indexOf(s);
  const timexes = [
    { start: at('20th'), end: at('20th') + 15, text: '20th June, 2020', type: 'DATE' as const, value: '2020-06-20' },
    { start: at('June 19'), end: at('June 19') + 13, text: 'June 19, 2020', type: 'DATE' as const, value: '2020-06-19' },
  ];
  const dates = sentenceDates([{ index: 0, start: 0, end: text.length, text }], timexes as never);
  assert.deepEqual(dates[0]!.map((d) => d.value), ['2020-06-19']);
});
