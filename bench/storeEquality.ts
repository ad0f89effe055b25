// Equality check of two SQLite stores for speed work on ingest: every table (the full-text index's own tables
// included, its virtual table left out) read in a stable order (all columns ascending), columns ending in `_at`
// (times of ingest) left out, and compared by row count and digest. Ingest order is deterministic, so row ids are
// compared too. Make both stores with a fresh ingest of the same input, one by the reference build:
//   node /tmp/ref/bin/chronicle.js --db ref.db ingest FILE --json --allow-rejects   (and this tree's, to new.db)
// Run: node --import tsx bench/storeEquality.ts ref.db new.db   (SHOW=1 prints the first differing row per table)
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

const [left, right] = process.argv.slice(2).map((f) => new Database(f, { readonly: true }));
if (!left || !right) throw new Error('usage: storeEquality.ts A.db B.db');
const tables = left.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
  AND name != 'articles_fts' ORDER BY name`).pluck().all() as string[];

function rowsOf(db: Database.Database, table: string): unknown[][] {
  const cols = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name)
    .filter((c) => !c.endsWith('_at'));
  return db.prepare(`SELECT ${cols.join(', ')} FROM ${table} ORDER BY ${cols.map((_, i) => i + 1).join(', ')}`)
    .raw().all() as unknown[][];
}

const text = (row: unknown[] | undefined): string =>
  JSON.stringify(row?.map((v) => (Buffer.isBuffer(v) ? v.toString('base64') : v))) ?? '';
const digest = (rows: unknown[][]): string => {
  const h = createHash('sha1');
  for (const r of rows) h.update(text(r));
  return h.digest('hex').slice(0, 12);
};

let same = true;
for (const t of tables) {
  const a = rowsOf(left, t);
  const b = rowsOf(right, t);
  const ok = a.length === b.length && digest(a) === digest(b);
  same &&= ok;
  console.log(`${ok ? 'same' : 'DIFF'} ${t}: ${a.length} rows ${digest(a)} | ${b.length} rows ${digest(b)}`);
  if (!ok && process.env.SHOW) {
    const i = a.findIndex((r, k) => text(r) !== text(b[k]));
    console.log(`  first difference, row ${i}:\n  ${text(a[i]).slice(0, 300)}\n  ${text(b[i]).slice(0, 300)}`);
  }
}
console.log(same ? 'ALL SAME' : 'DIFFERENT');
process.exitCode = same ? 0 : 1;
