// Furniture audit: how much page furniture (comment policies, "Page last updated", "| Reply", poll widgets,
// transcript tags, promos) reaches the sentences users are shown. Ingests all of T17 with defaults into a temp
// store (or reuses the store given with --db), builds the default timeline for a fixed set of queries, and
// judges every shown sentence with a suspect list kept apart from src/clean's rules, so the cleaner is not
// graded by its own rules. Prints the suspects, and a random sample (fixed seed) for manual review.
// Run: node --import tsx scripts/audit-furniture.ts [--db path] [--sample 100] [--seed 12]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestItems, readPaths, timelineRequest } from '../src/service/index.js';
import { openStore } from '../src/store/index.js';
import { sharedData } from '../src/util/paths.js';

const { values } = parseArgs({
  options: { db: { type: 'string' }, sample: { type: 'string', default: '100' }, seed: { type: 'string', default: '12' } },
});
const t17 = sharedData('t17');
if (!t17) {
  console.error('audit-furniture: ../shared/data/t17 is absent');
  process.exit(2);
}

/** Broad signs of page furniture, deliberately wider than the cleaner's rules (false alarms are reviewed). */
const SUSPECTS: [string, RegExp][] = [
  ['comment policy', /\b(comments?|discussion|post(s|ing)?)\b.*\b(moderat|pre-screened|closed|welcome|published|rules|terms)/i],
  ['reply/wrote', /\|\s*reply\b|\bwrote:\s*$|\b(said|says)\s*\.\.\.\s*$/i],
  ['account/ui', /\b(sign (up|in)|log ?in|subscribe|newsletter|e-?mail address|screen name|privacy policy|terms of (service|use)|click here|default edition|javascript|flash player|rss|bookmark|download)\b/i],
  ['share/social', /\b(share (this|your)|follow (us|@)|retweet|tweet this|facebook|twitter|ireport)\b/i],
  ['pipes', /\s\|\s/],
  ['yes/no poll', /\byes\s*\|?\s*no\b/i],
  ['last updated', /\b(last updated|page last|updated:?\s+\d|error occurred while processing)/i],
  ['clock stamp', /\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\s*(gmt|bst|et|edt|est|cet|utc)\b/i],
  ['speaker tag', /^[A-Z][A-Z.'\- ]{1,40}(,[A-Z .'\-]+)?:/],
  ['transcript cue', /\((inaudible|crosstalk|begin|end|commercial|laughter|applause|voice-over|on camera|off-mike)/i],
  ['station id', /\bthis is (cnn|fox|bbc|the situation room)|\bwelcome back\b|\bstay with us\b|\bwe('| a)re back\b/i],
  ['promo', /\bwatch\b.*\b(p\.m\.|a\.m\.|\d ?pm)\s*et\b|\bcoming up\b|\bdon't miss\b|\bmore on this story\b/i],
  ['credit', /\b(photo(graph)?|image|picture)s?:|\b(getty|reuters|ap|afp) (images|photo)|\bcopyright\b|all rights reserved|contributed to this report/i],
  ['url', /https?:|www\.|\.com\b|bit\.ly|\bly\/|@\w+:/i],
  ['short or shouting', /^[^a-z]*$/],
];

const queries: string[] = [];
for (const topic of readdirSync(t17).sort()) {
  const kw = join(t17, topic, 'keywords.json');
  if (existsSync(kw)) queries.push((JSON.parse(readFileSync(kw, 'utf8')) as string[]).join(' '));
}
queries.push('Mubarak', 'Michael Jackson', 'oil spill', 'Gaddafi', 'H1N1', 'Assad', 'Obama', 'Tahrir',
  'Deepwater Horizon', 'Port-au-Prince', 'Lehman', 'Baghdad');
const uniqueQueries = [...new Set(queries)];

const dbPath = values.db ?? join(tmpdir(), `chronicle-audit-furniture-${process.pid}.db`);
const store = await openStore(dbPath);
if (!(await store.dateSpan())) {
  console.error(`ingesting ${t17} into ${dbPath} …`);
  const started = Date.now();
  await ingestItems(store, readPaths([t17]));
  console.error(`ingested in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

interface Shown { query: string; date: string; source: string; text: string }
const shown: Shown[] = [];
for (const query of uniqueQueries) {
  try {
    const tl = await timelineRequest(store, { query });
    for (const e of tl.entries) {
      for (const s of e.sentences) shown.push({ query, date: e.date, source: s.source ?? '?', text: s.text });
    }
  } catch (err) {
    console.error(`query "${query}": ${(err as Error).message}`);
  }
}
await store.close();

const suspects = shown.map((s) => ({ s, why: SUSPECTS.filter(([, re]) => re.test(s.text)).map(([n]) => n) }))
  .filter((x) => x.why.length > 0);
console.log(`# store ${dbPath}; ${uniqueQueries.length} queries; ${shown.length} shown sentences`);
console.log(`# suspects: ${suspects.length} (${(100 * suspects.length / Math.max(1, shown.length)).toFixed(1)} %)`);
for (const { s, why } of suspects) console.log(`S\t${why.join(',')}\t${s.source}\t${s.date}\t${s.text.slice(0, 220)}`);

// A small seeded generator (mulberry32) so the review sample is the same on every run.
let seed = Number(values.seed) >>> 0;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pool = [...shown];
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [pool[i], pool[j]] = [pool[j]!, pool[i]!];
}
const sample = pool.slice(0, Number(values.sample));
console.log(`# random sample of ${sample.length} for manual review`);
for (const [i, s] of sample.entries()) console.log(`R${i + 1}\t${s.source}\t${s.date}\t${s.text.slice(0, 220)}`);
