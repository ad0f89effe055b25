// The first input the product must handle: the two seed articles (../shared/data/seeds) about the two
// Canadians detained in China. Their timeline must show the 2018 arrests (in Background: the story is of 2020),
// the charges of 2020-06-19 with Champagne's statement, and the 2020-08-25 Rome meeting with Wang Yi — each
// sentence cited to the article and sentence it comes from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeed } from '../../src/sources/seed.js';
import { analyzeDoc } from '../../src/analyze/index.js';
import { buildTimeline, type TimelineDoc } from '../../src/timeline/index.js';
import type { TimelineEntry } from '../../src/types.js';
import { sharedData } from '../../src/util/paths.js';

function seedDocs(dir: string): TimelineDoc[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f, i) => {
    const item = parseSeed(readFileSync(join(dir, f), 'utf8'), f);
    if (item.kind !== 'article') throw new Error(`${f}: ${item.rejection.reason}`);
    const doc = analyzeDoc(item.article.text, item.article.published);
    return { id: i + 1, published: item.article.published, text: doc.text, sentences: doc.sentences, timexes: doc.timexes,
      entities: doc.entities, ...(doc.sentenceDates ? { sentenceDates: doc.sentenceDates } : {}) };
  });
}

test('seed timeline: 2018 arrests, 2020-06-19 charges and statement, 2020-08-25 Rome meeting, all cited', (t) => {
  const dir = sharedData('seeds');
  if (!dir) return t.skip('../shared/data/seeds absent');
  const docs = seedDocs(dir);
  const tl = buildTimeline(docs);
  assert.ok(tl.entries.length > 0, tl.reason);
  const all = [...tl.entries, ...(tl.background ?? [])];
  const show = all.map((e) => `${e.date}: ${e.sentences.map((s) => s.text).join(' / ')}`).join('\n');

  // Every sentence is traceable: its article holds this text at the cited sentence index (a leading wire dateline,
  // "OTTAWA —", may be cut, so the shown text ends the article's sentence).
  for (const e of all) {
    for (const s of e.sentences) {
      const doc = docs.find((d) => d.id === s.articleId);
      assert.ok(doc, `sentence cites unknown article ${s.articleId}`);
      const source = doc.sentences[s.sentenceIndex]?.text ?? '';
      assert.ok(s.text.length > 0 && source.endsWith(s.text), `citation ${s.articleId}#${s.sentenceIndex}: '${s.text}' is not the end of '${source}'`);
      assert.equal(s.published, doc.published);
    }
  }
  const has = (e: TimelineEntry | undefined, ...words: RegExp[]): boolean =>
    e?.sentences.some((s) => words.every((w) => w.test(s.text))) ?? false;
  const entry = (date: string): TimelineEntry | undefined => tl.entries.find((e) => e.date === date);

  const arrests = all.filter((e) => e.date.startsWith('2018'));
  assert.ok(arrests.some((e) => has(e, /Kovrig|Spavor/, /arrest/i)), `no 2018 entry about the arrests:\n${show}`);
  const june19 = entry('2020-06-19');
  assert.ok(has(june19, /charged|charges/i, /Kovrig|Spavor|Canadians/), `2020-06-19 lacks the charges:\n${show}`);
  assert.ok(has(june19, /Champagne/, /statement|said/), `2020-06-19 lacks Champagne's statement:\n${show}`);
  const aug25 = entry('2020-08-25');
  assert.ok(has(aug25, /Wang Yi/, /Rome/), `2020-08-25 lacks the Rome meeting with Wang Yi:\n${show}`);
});
