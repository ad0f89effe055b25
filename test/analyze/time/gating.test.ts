// The gated time parser (chrono runs only the parsers whose cue words occur in a sentence) must give exactly
// what the full configuration gives; and every cue must be a necessary condition of its parser's pattern.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes } from '../../../src/analyze/time/index.js';
import { cueHolds, timeParserCues } from '../../../src/analyze/time/configuration.js';
import { listGoldFiles } from '../../../src/evaluate/tempeval.js';
import { readTimeAnnotated } from '../../../src/formats/timeml.js';
import { sharedData } from '../../../src/util/paths.js';

/** Sentences that between them reach every parser, and some that hold no time expression at all. */
const SENTENCES = [
  'The minister resigned on Tuesday, Oct. 23, 2018, at 10 a.m. EST, and left for London the next day.',
  'Third-quarter profit rose 12% from the year-ago quarter, the company said in its report for fiscal 1990.',
  'Shares have fallen for three consecutive weeks and are down 40 percent in recent months.',
  'He will meet the president next Thursday morning; talks are set for mid-November.',
  'Yesterday afternoon the council met, and tonight it votes again. It meets every two weeks.',
  'In the 1990s and the early 20th century, nineteen ninety-six was remembered as the year two thousand loomed.',
  'Sales are reported quarterly and twice a year; the chairman spoke at noon on Christmas Eve.',
  'Currently the plan is on hold, but recently the board said it would act in the near future.',
  'The storm hit in late summer 2011, the same day schools reopened after Labor Day.',
  'Protesters gathered at midnight on 5/12/2011 and again on 2011-05-13 at 14:30.',
  'The hearing was adjourned until Dec. 5; a decision is expected by year-end.',
  'They returned the night before the election, two days later than planned, about six months ago.',
  'Rebels captured the town without a fight and the army withdrew.',
  'Officials gave no further details about the incident.',
];

function same(text: string, dct: string): void {
  const gated = tagTimexes(text, dct);
  const full = tagTimexes(text, dct, { gate: false });
  assert.deepEqual(gated, full, `gated and full tagging differ on ${JSON.stringify(text.slice(0, 80))}`);
}

test('gated tagging equals full tagging on sentences reaching every parser', () => {
  const all = SENTENCES.join(' ');
  same(all, '2011-05-20');
  for (const s of SENTENCES) same(s, '2018-10-25');
  // The sample really exercises the tagger: it finds plenty in the joined text.
  assert.ok(tagTimexes(all, '2011-05-20').length >= 25);
  assert.deepEqual(tagTimexes(SENTENCES[12]!, '2011-05-20'), []);
});

/** How many pattern matches in `texts` were checked; fails on a match that holds none of its parser's cues. */
function checkCues(texts: string[]): number {
  let matches = 0;
  for (const [parser, cue] of timeParserCues()) {
    if (!cue) continue;
    const pattern = new RegExp(parser.pattern({} as never).source, `${parser.pattern({} as never).flags.replace('g', '')}g`);
    for (const text of texts) {
      for (const m of text.matchAll(pattern)) {
        matches++;
        assert.ok(cueHolds(cue, text, m.index, m.index + m[0].length), `match ${JSON.stringify(m[0])} of ${pattern.source.slice(0, 60)} holds no cue ${String(cue)}`);
      }
    }
  }
  return matches;
}

test('each parser cue occurs in every match of its pattern: the sample sentences', () => {
  const matches = checkCues(SENTENCES);
  // 35 today; far fewer would mean the sample no longer reaches the cued parsers.
  assert.ok(matches >= 30, `only ${matches} pattern matches checked`);
});

test('each parser cue occurs in every match of its pattern: sentences and 80 TempEval-3 dev documents', (t) => {
  const dir = sharedData('tempeval3-dev');
  if (!dir) return t.skip('../shared/data/tempeval3-dev absent');
  const texts = [...SENTENCES, ...listGoldFiles(dir).slice(0, 80).map((path) => readTimeAnnotated(path).text)];
  const matches = checkCues(texts);
  assert.ok(matches > 100, `only ${matches} pattern matches checked`);
});

test('TempEval-3 dev: gated tagging equals full tagging on every document', (t) => {
  const dir = sharedData('tempeval3-dev');
  if (!dir) return t.skip('../shared/data/tempeval3-dev absent');
  let docs = 0;
  for (const path of listGoldFiles(dir)) {
    const doc = readTimeAnnotated(path);
    same(doc.text, doc.dct);
    docs++;
  }
  assert.equal(docs, 256);
});
