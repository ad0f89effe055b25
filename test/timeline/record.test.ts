// The timeline index record must give the timeline builder exactly what the analysis gives: the same prepared
// sentences, hence the same date features, day ranking and timeline, on the seeds and the example corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeed } from '../../src/sources/seed.js';
import { analyzeDoc } from '../../src/analyze/index.js';
import { buildTimeline, type TimelineDoc } from '../../src/timeline/index.js';
import { buildCollection, prepareDoc } from '../../src/timeline/collection.js';
import { dateFeatures, rankDays } from '../../src/timeline/dateRank.js';
import { DEFAULT_DATE_WEIGHTS } from '../../src/timeline/dateRankWeights.js';
import { readTimelineRecord, timelineRecord } from '../../src/timeline/record.js';
import type { Doc } from '../../src/types.js';
import { repoRoot, sharedData } from '../../src/util/paths.js';

interface Analysed { published: string; doc: Doc }

function analyseFolder(dir: string): Analysed[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const item = parseSeed(readFileSync(join(dir, f), 'utf8'), f);
    if (item.kind !== 'article') throw new Error(`${f}: ${item.rejection.reason}`);
    return { published: item.article.published, doc: analyzeDoc(item.article.text, item.article.published) };
  });
}

function fromAnalyses(items: Analysed[]): TimelineDoc[] {
  return items.map(({ published, doc }, i) => ({ id: i + 1, published, text: doc.text, sentences: doc.sentences,
    timexes: doc.timexes, ...(doc.sentenceDates ? { sentenceDates: doc.sentenceDates } : {}) }));
}

function fromRecords(items: Analysed[]): TimelineDoc[] {
  return items.map(({ published, doc }, i) => {
    const bytes = timelineRecord(doc, doc.text);
    assert.ok(bytes, `article ${i + 1} has no record`);
    const read = readTimelineRecord(bytes, doc.text)!;
    return { id: i + 1, published, text: doc.text, sentences: read.sentences, timexes: [], prepared: read.prepared };
  });
}

const corpora: [string, string | undefined][] = [
  ['example corpus', join(repoRoot, 'examples', 'harbour-bridge')],
  ['seeds', sharedData('seeds')],
];

for (const [name, dir] of corpora) {
  test(`timeline records of the ${name} give the same sentences, date features, ranking and timeline`,
    { skip: dir ? false : `needs ../shared/data/seeds, absent on a fresh clone` }, () => {
      const items = analyseFolder(dir!);
      const full = fromAnalyses(items);
      const indexed = fromRecords(items);
      for (let i = 0; i < items.length; i++) {
        const a = prepareDoc(full[i]!);
        const b = indexed[i]!.prepared!;
        assert.deepEqual(b.words, a.words);
        assert.deepEqual(b.sentences.map((s) => ({ ...s, terms: [...s.terms] })),
          a.sentences.map((s) => ({ ...s, terms: [...s.terms] })));
        assert.deepEqual(indexed[i]!.sentences, full[i]!.sentences);
      }
      const fa = dateFeatures(buildCollection(full), -Infinity, Infinity);
      const fb = dateFeatures(buildCollection(indexed), -Infinity, Infinity);
      assert.deepEqual(fb, fa);
      assert.deepEqual(rankDays(fb, DEFAULT_DATE_WEIGHTS), rankDays(fa, DEFAULT_DATE_WEIGHTS));
      for (const opts of [{}, { query: 'said' }, { query: 'bridge collapse' }, { query: 'bridge', from: '2023-06' }]) {
        assert.deepEqual(buildTimeline(indexed, opts), buildTimeline(full, opts), JSON.stringify(opts));
      }
    });
}

test('no record for an analysis a record cannot tell: another text, or a sentence with furniture blanked out', () => {
  const text = 'WASHINGTON (Reuters) - The bridge fell on Tuesday, March 14, 2023. Nine people died. Nine people died.';
  const doc = analyzeDoc(text, '2023-03-15');
  assert.ok(timelineRecord(doc, text));
  assert.equal(timelineRecord(doc, `${text} More.`), undefined);
  const masked: Doc = { ...doc, sentences: doc.sentences.map((s, i) => (i === 1 ? { ...s, text: ' '.repeat(s.text.length) } : s)) };
  assert.equal(timelineRecord(masked, text), undefined);
});

test('a record of another layout is not read', () => {
  const text = 'The bridge fell on Tuesday. Nine people died.';
  const bytes = timelineRecord(analyzeDoc(text, '2023-03-15'), text)!;
  const other = Uint8Array.from(bytes);
  other[0] = 99;
  assert.equal(readTimelineRecord(other, text), undefined);
  assert.ok(readTimelineRecord(bytes, text));
});

test('a record read with its text cut short keeps the sentences that end inside it, with their own words', () => {
  const text = 'The bridge fell on Tuesday, March 14, 2023. Nine people died in the river. ' +
    'Divers searched the river on Wednesday. Engineers blamed rusted cables and a heavy lorry. Nine people died.';
  const doc = analyzeDoc(text, '2023-03-15');
  const bytes = timelineRecord(doc, text)!;
  const whole = readTimelineRecord(bytes, text)!;
  for (const cut of [0, 20, text.indexOf('Divers') + 3, text.indexOf('Engineers') - 1, text.length - 1]) {
    const part = readTimelineRecord(bytes, text.slice(0, cut))!;
    const keep = whole.sentences.filter((s) => s.end <= cut);
    assert.deepEqual(part.sentences, keep, `cut at ${cut}`);
    const kept = whole.prepared.sentences.filter((s) => s.index < keep.length);
    assert.deepEqual(part.prepared.sentences.map((s) => s.text), kept.map((s) => s.text));
    // The words are those the kept sentences use, each where the whole record has it.
    const used = new Set(kept.flatMap((s) => [...s.terms]));
    assert.deepEqual(part.prepared.words, whole.prepared.words.slice(0, used.size === 0 ? 0 : Math.max(...used) + 1));
    assert.ok(part.prepared.words.length <= whole.prepared.words.length);
    const col = buildCollection([{ id: 1, published: '2023-03-15', text: text.slice(0, cut), sentences: part.sentences,
      timexes: [], prepared: part.prepared }]);
    assert.deepEqual(col.sentences.map((s) => s.text), kept.map((s) => s.text));
  }
});

test('records of texts with capitals and letters outside ASCII give the collection the analysis gives', () => {
  // ASCII capitals are folded where the words stand; "İ" (two characters lowercased) and "Σ" (whose lowercase
  // depends on what follows) make the reader lowercase each sentence as before; other letters are lowercased
  // word by word.
  const texts = [
    'The HARBOUR Bridge fell on Tuesday, March 14, 2023. Harbour officials said the BRIDGE had rusted.',
    'Students of the École Normale marched on Friday, June 2, 2023. The ÉCOLE closed; students of the école left.',
    'İstanbul police detained ten people on Monday, May 1, 2023. Police in İSTANBUL said they were released.',
    'Protesters filled ΟΔΟΣ Πανεπιστημίου on Sunday, April 2, 2023. The ΟΔΟΣ was closed. ΣΥΡΙΖΑ said so.',
  ];
  const items = texts.map((text, i) => ({ published: `2023-06-0${i + 1}`, doc: analyzeDoc(text, `2023-06-0${i + 1}`) }));
  const full = buildCollection(fromAnalyses(items));
  const indexed = buildCollection(fromRecords(items));
  assert.deepEqual(indexed.sentences.map((s) => s.text), full.sentences.map((s) => s.text));
  assert.deepEqual(indexed.sentences.map((s) => [...s.vector]), full.sentences.map((s) => [...s.vector]));
  assert.ok(full.sentences.some((s) => s.vector.size > 0));
});
