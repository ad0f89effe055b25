// bench/scaleClone.ts on the example corpus: a clone of three copies must be a store every request path reads as
// three times the archive (articles, postings, quotes, stories under new ids, entities shared with totals tripled),
// and one that ingest can go on from.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ANALYSIS_VERSION } from '../../src/analyze/version.js';
import { cloneStore, type CloneReport } from '../../bench/scaleClone.js';
import {
  ingestItems, listEntities, listStories, readPaths, storyArticleIds, timelineRequest,
} from '../../src/service/index.js';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import { repoRoot } from '../../src/util/paths.js';
import type { SourceItem } from '../../src/types.js';
import { tempDir } from '../helpers/tmp.js';

const COPIES = 3;
const dir = tempDir('chronicle-clone-');
const originalPath = join(dir, 'original.db');
const clonePath = join(dir, 'clone.db');
let original: SqliteStore;
let clone: SqliteStore;
let report: CloneReport;

before(async () => {
  original = new SqliteStore(originalPath);
  await ingestItems(original, readPaths([join(repoRoot, 'examples', 'harbour-bridge')]));
  report = await cloneStore(originalPath, clonePath, COPIES);
  clone = new SqliteStore(clonePath);
});

after(async () => {
  await original.close();
  await clone.close();
});

const count = (s: SqliteStore, table: string): number =>
  s.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n;

test('every row keyed by article is there once per copy; entities are shared', () => {
  for (const table of ['articles', 'article_origins', 'minhash_bands', 'analyses', 'timeline_records', 'mention_records',
    'article_aliases', 'alias_articles', 'quotes', 'article_stories']) {
    assert.ok(count(original, table) > 0, table);
    assert.equal(count(clone, table), COPIES * count(original, table), table);
  }
  for (const table of ['entities', 'entity_aliases']) assert.equal(count(clone, table), count(original, table), table);
  assert.equal(report.rows.articles, COPIES * count(original, 'articles'));
  assert.equal(report.baseArticles, count(original, 'articles'));
});

test('the clone passes SQLite\'s checks: full-text index against its content, foreign keys, pages', () => {
  // The rank argument 1 makes FTS5 compare the index with the articles it is built from (it throws on a mismatch).
  clone.db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)").run();
  assert.deepEqual(clone.db.pragma('foreign_key_check'), []);
  assert.equal(clone.db.pragma('quick_check', { simple: true }), 'ok');
});

test('search finds each article once per copy, under ids offset by the article span', async () => {
  const ids = await original.searchIds('bridge');
  assert.ok(ids.length > 0);
  const expected = [0, 1, 2].flatMap((k) => ids.map((id) => id + k * report.spans.articles)).sort((a, b) => a - b);
  assert.deepEqual(await clone.searchIds('bridge'), expected);
});

test('entities keep their rank with their totals times the copies', async () => {
  const before = await listEntities(original, { limit: 10 });
  const cloned = await listEntities(clone, { limit: 10 });
  assert.deepEqual(cloned.map((e) => e.name), before.map((e) => e.name));
  assert.deepEqual(cloned.map((e) => [e.mentions, e.articles, e.first, e.last]),
    before.map((e) => [COPIES * e.mentions, COPIES * e.articles, e.first, e.last]));
  const top = before[0]!.name;
  assert.equal((await clone.articlesMentioning(top)).length, COPIES * (await original.articlesMentioning(top)).length);
});

test('each copy has its own stories, of the same sizes, holding that copy\'s articles', async () => {
  const stories = await listStories(original);
  const cloned = await listStories(clone);
  assert.equal(cloned.length, COPIES * stories.length);
  for (const s of stories) {
    const members = await storyArticleIds(original, s.id);
    for (let k = 0; k < COPIES; k++) {
      const copy = cloned.find((c) => c.id === s.id + k * report.spans.stories);
      assert.ok(copy, `story ${s.id} copy ${k}`);
      assert.equal(copy.articles, s.articles);
      assert.equal(copy.label, s.label);
      assert.deepEqual(await storyArticleIds(clone, copy.id), members.map((id) => id + k * report.spans.articles));
    }
  }
});

test('timelines and quotes read the copies', async () => {
  const story = (await listStories(original))[0]!;
  const last = await timelineRequest(clone, { story: story.id + (COPIES - 1) * report.spans.stories });
  assert.ok(last.entries.length > 0);
  const cited = last.entries.flatMap((e) => e.sentences.map((x) => x.articleId));
  assert.ok(cited.every((id) => id > (COPIES - 1) * report.spans.articles), 'the last copy cites its own articles');
  const entity = (await listEntities(original, { limit: 1 }))[0]!.name;
  assert.ok((await timelineRequest(clone, { entity })).entries.length > 0);
  assert.equal((await clone.listQuotes()).length, COPIES * (await original.listQuotes()).length);
});

test('ingest goes on from the clone: a new article is analysed and given a story', async () => {
  const text = 'The ferry operator said on Monday that a second ferry route across the Alder Sound would open in May. '
    .repeat(3);
  async function* one(): AsyncGenerator<SourceItem> {
    yield { kind: 'article', article: { text, published: '2024-04-01', origin: 'test:new', title: 'Second ferry' } };
  }
  const summary = await ingestItems(clone, one());
  assert.equal(summary.new, 1);
  assert.equal(summary.analyzed, 1);
  assert.deepEqual(await clone.pendingCounts(ANALYSIS_VERSION), { analysis: 0, stories: 0 });
  const id = summary.storedIds[0]!;
  assert.ok(id > COPIES * report.spans.articles);
  const storyOf = clone.db.prepare<[number], { story_id: number }>('SELECT story_id FROM article_stories WHERE article_id = ?')
    .get(id);
  assert.ok(storyOf, 'the new article has a story');
  const ids = (await listStories(clone, { limit: 100_000 })).map((s) => s.id);
  assert.equal(new Set(ids).size, ids.length, 'no story id is given twice');
});
