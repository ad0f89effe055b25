// Fills the mention records (store/mentionRecords.ts) of a SQLite store's analysed articles from their stored
// analyses, for measuring entity requests on a store analysed before the records existed (a store gets them on
// its next analysis otherwise). Usage: node --import tsx bench/fillMentionRecords.ts --db <file>
import { parseArgs } from 'node:util';
import { SqliteStore } from '../src/store/sqlite/sqliteStore.js';
import { mentionRecord } from '../src/store/mentionRecords.js';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
if (!values.db) throw new Error('--db <file> is required');
const store = new SqliteStore(values.db);
const ids = store.db.prepare<[], { id: number }>(`SELECT article_id AS id FROM analyses
  WHERE article_id NOT IN (SELECT article_id FROM mention_records) ORDER BY article_id`).all().map((r) => r.id);
const put = store.db.prepare('INSERT OR REPLACE INTO mention_records(article_id, data) VALUES (?, ?)');
let filled = 0;
for (let i = 0; i < ids.length; i += 500) {
  const page = ids.slice(i, i + 500);
  const docs = await store.getAnalyses(page);
  const texts = new Map((await store.listArticles({ ids: page })).map((a) => [a.id, a.text]));
  store.db.transaction(() => {
    for (const [id, doc] of docs) {
      const text = texts.get(id);
      const record = text !== undefined && doc.text === text ? mentionRecord(doc.entities, text) : undefined;
      if (record) { put.run(id, Buffer.from(record)); filled++; }
    }
  })();
}
console.log(JSON.stringify({ analysed: ids.length, filled }));
await store.close();
