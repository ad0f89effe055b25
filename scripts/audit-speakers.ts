// Audit of how one speaker is listed: for the 50 most mentioned entities of a SQLite store, the distinct names
// the quote rows carry for them (the article's own canonical name, as the quotes list printed before quotes were
// filed under entities) beside the distinct names the quotes list prints now, and which written names were
// folded. Read-only; opens the store file directly.
// Run: node --import tsx scripts/audit-speakers.ts <store.db> [--top N]
import Database from 'better-sqlite3';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 50;
const file = args[0];
if (!file) {
  console.error('audit-speakers: pass a SQLite store file');
  process.exit(2);
}
const db = new Database(file, { readonly: true });
const rows = db.prepare(`WITH top AS (SELECT id AS entity_id, mentions AS n FROM entities ORDER BY mentions DESC LIMIT ?)
  SELECT e.name AS name, top.n AS mentions, count(*) AS quotes, count(DISTINCT q.speaker) AS written,
    group_concat(DISTINCT q.speaker) AS forms
  FROM top JOIN entities e ON e.id = top.entity_id JOIN quotes q ON q.speaker_entity_id = top.entity_id
  GROUP BY top.entity_id ORDER BY written DESC, quotes DESC`).all(top) as
  { name: string; mentions: number; quotes: number; written: number; forms: string }[];
const quotes = rows.reduce((s, r) => s + r.quotes, 0);
const written = rows.reduce((s, r) => s + r.written, 0);
console.log(`top ${top} entities: ${rows.length} with quotes, ${quotes} quotes`);
console.log(`distinct speaker names: ${written} as the articles name them, ${rows.length} as listed (one per entity)`);
for (const r of rows.filter((x) => x.written > 1)) console.log(`  ${r.name} (${r.quotes} quotes): ${r.forms.split(',').join(' | ')}`);
