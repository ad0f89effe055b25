// Disk per article of a SQLite store, by table and index (issue 14: <= 20 KB per article). Reads the `dbstat`
// virtual table (space in use and space left unused inside pages) from a compacted copy, so free pages and WAL
// frames of the store as it was left do not count: VACUUM INTO writes the copy, then the figures are read.
// --as-is reads the store itself instead (no copy): what a fresh ingest leaves, page slack of indexes filled out of
// order included; the file's size then counts its WAL too.
//
// Run:   node --import tsx bench/diskPerTable.ts --db STORE.db [--copy /tmp/x.db | --as-is] [--json]
import { existsSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const db = flag('--db');
if (!db || !existsSync(db)) {
  console.error('bench/diskPerTable: name a SQLite store with --db');
  process.exit(2);
}
const asIs = args.includes('--as-is');
const copy = asIs ? db : flag('--copy') ?? `${db}.vacuumed`;
if (!asIs) {
  rmSync(copy, { force: true });
  const source = new Database(db, { readonly: true });
  source.prepare('VACUUM INTO ?').run(copy);
  source.close();
}
const compact = new Database(copy, { readonly: true });
const articles = (compact.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
const rows = compact.prepare(`SELECT name, sum(pgsize) AS bytes, sum(unused) AS unused FROM dbstat
  GROUP BY name ORDER BY bytes DESC`).all() as { name: string; bytes: number; unused: number }[];
const pageSize = compact.pragma('page_size', { simple: true }) as number;
compact.close();
const wal = `${copy}-wal`;
const file = statSync(copy).size + (asIs && existsSync(wal) ? statSync(wal).size : 0);
if (!asIs && !flag('--copy')) rmSync(copy);
const per = (n: number): number => Number((n / Math.max(articles, 1)).toFixed(0));
if (args.includes('--json')) {
  console.log(JSON.stringify({ articles, bytes: file, pageSize, compacted: !asIs, perArticle: per(file),
    tables: Object.fromEntries(rows.map((r) => [r.name, per(r.bytes)])) }));
} else {
  console.log(`${articles} articles, ${(file / 1e6).toFixed(1)} MB ${asIs ? 'as left' : 'compacted'} (pages of ${pageSize} ` +
    `bytes), ${per(file)} bytes per article`);
  for (const r of rows.filter((x) => per(x.bytes) >= 10)) {
    console.log(`  ${r.name.padEnd(34)} ${String(per(r.bytes)).padStart(6)} B/article (${per(r.unused)} unused)`);
  }
}
