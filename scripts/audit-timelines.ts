// Editor audit of default timelines over Timeline17: for a fixed set of queries (people, places, events, two-word
// phrases, entity requests) builds the timeline a user gets with default options and reports, per query and
// overall, the share of entries that are off the query's subject, that are background (before the story's main
// period) and that duplicate another entry. Every judgement uses signals written here by hand, apart from the
// code under audit: a regular expression per query for "this sentence is about the subject", publication months
// of the articles that regex finds for the story's start, word overlap for duplicates.
// Run: node --import tsx scripts/audit-timelines.ts --db <t17 db copy> [--code <dist dir of another build>]
//      [--only <query substring>] [--show]
// --code runs another build's service (e.g. /work/main/dist) on the same store, for before/after figures.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { Timeline } from '../src/types.js';
import type { Store } from '../src/store/store.js';

const { values } = parseArgs({
  options: { db: { type: 'string' }, code: { type: 'string' }, only: { type: 'string' }, show: { type: 'boolean' } },
});
if (!values.db) {
  console.error('audit-timelines: --db <store with Timeline17 ingested> is required (cp /tmp/t17.db first)');
  process.exit(2);
}

interface AuditCase {
  /** What the row is called in the report. */
  label: string;
  request: { query?: string; entity?: string };
  /** A sentence is on the subject when it matches (written by hand, not taken from the store's aliases). */
  about: RegExp;
}

const CASES: AuditCase[] = [
  { label: 'Michael Jackson', request: { query: 'Michael Jackson' },
    about: /michael jackson|(?<!(jesse|janet|lisa|ted|p\.|randy|la toya|latoya|tito|jermaine|joe|katherine) )\bjackson\b/i },
  { label: 'Conrad Murray', request: { query: 'Conrad Murray' }, about: /\bmurray\b/i },
  { label: 'Hosni Mubarak', request: { query: 'Hosni Mubarak' }, about: /\bmubarak\b/i },
  { label: 'Gaddafi', request: { query: 'Gaddafi' }, about: /\b(gaddafi|qaddafi|gadhafi|kadhafi)\b/i },
  { label: 'Bashar al-Assad', request: { query: 'Bashar al-Assad' }, about: /\bassad\b/i },
  { label: 'Tony Hayward', request: { query: 'Tony Hayward' }, about: /\bhayward\b/i },
  { label: 'Saddam Hussein', request: { query: 'Saddam Hussein' }, about: /\bsaddam\b/i },
  { label: 'Haiti', request: { query: 'Haiti' }, about: /\bhaiti/i },
  { label: 'Tahrir Square', request: { query: 'Tahrir Square' }, about: /\btahrir\b/i },
  { label: 'Benghazi', request: { query: 'Benghazi' }, about: /\bbenghazi\b/i },
  { label: 'oil spill', request: { query: 'oil spill' }, about: /\boil spill|\bspill(s|ed)?\b|\bleak(s|ing)?\b|deepwater horizon/i },
  { label: 'swine flu', request: { query: 'swine flu' }, about: /\bswine flu|\bh1n1\b|\bflu\b/i },
  { label: 'financial crisis', request: { query: 'financial crisis' }, about: /\bfinancial crisis|\bcrisis\b/i },
  { label: 'chemical weapons', request: { query: 'chemical weapons' }, about: /\bchemical\b/i },
  { label: 'no-fly zone', request: { query: 'no-fly zone' }, about: /\bno-fly\b|\bno fly zone/i },
  { label: 'Lehman Brothers', request: { query: 'Lehman Brothers' }, about: /\blehman\b/i },
  { label: 'earthquake', request: { query: 'earthquake' }, about: /\b(earthquake|quake)s?\b/i },
  { label: '--entity Hosni Mubarak', request: { entity: 'Hosni Mubarak' }, about: /\bmubarak\b/i },
  { label: '--entity BP', request: { entity: 'BP' }, about: /\bBP\b|british petroleum/ },
];

const codeRoot = values.code ? resolve(values.code) : undefined;
const service = (await import(codeRoot ? `${codeRoot}/service/index.js` : '../src/service/index.js')) as
  typeof import('../src/service/index.js');
const stores = (await import(codeRoot ? `${codeRoot}/store/index.js` : '../src/store/index.js')) as
  typeof import('../src/store/index.js');
const store: Store = await stores.openStore(values.db);
const all = await store.listArticles({ excludeNearDuplicates: true });

const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
const entryDay = (date: string): number => dayOf(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string): Set<string> => new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 2));
function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / Math.max(1, a.size + b.size - inter);
}

/** First day of the first month holding ≥ 5 % of the articles the subject regex finds (gold-free story start). */
function storyStart(about: RegExp): number {
  const byMonth = new Map<string, number>();
  let n = 0;
  for (const a of all) {
    if (!about.test(a.text)) continue;
    n++;
    const m = a.published.slice(0, 7);
    byMonth.set(m, (byMonth.get(m) ?? 0) + 1);
  }
  const first = [...byMonth].sort((x, y) => x[0].localeCompare(y[0])).find(([, c]) => c >= 0.05 * n);
  return first ? dayOf(`${first[0]}-01`) : -Infinity;
}

interface Row { label: string; entries: number; off: number; background: number; duplicate: number; matched: string; ms: number; cpuMs: number }

/** Entries involved in a duplicate pair: near-identical sentences anywhere, or one event told on adjacent days. */
function duplicates(t: Timeline): Set<number> {
  const sets = t.entries.map((e) => e.sentences.map((s) => words(s.text)));
  const dup = new Set<number>();
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const adjacent = t.entries[i]!.granularity === 'day' && t.entries[j]!.granularity === 'day' &&
        Math.abs(entryDay(t.entries[i]!.date) - entryDay(t.entries[j]!.date)) <= 1;
      const sim = Math.max(0, ...sets[i]!.flatMap((a) => sets[j]!.map((b) => jaccard(a, b))));
      if (sim >= 0.6 || (adjacent && sim >= 0.3)) { dup.add(i); dup.add(j); }
    }
  }
  return dup;
}

const rows: Row[] = [];
for (const c of CASES) {
  if (values.only && !c.label.includes(values.only)) continue;
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let t: Timeline;
  try {
    t = await service.timelineRequest(store, c.request);
  } catch (err) {
    console.log(`${c.label}\tERROR ${(err as Error).message}`);
    continue;
  }
  const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
  const used = process.cpuUsage(cpuStart);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  const start = storyStart(c.about);
  const dup = duplicates(t);
  let off = 0;
  let background = 0;
  t.entries.forEach((e, i) => {
    const onSubject = e.sentences.some((s) => c.about.test(s.text));
    if (!onSubject) off++;
    if (entryDay(e.date) < start) background++;
    if (values.show) {
      const tags = [onSubject ? '' : 'OFF', entryDay(e.date) < start ? 'BG' : '', dup.has(i) ? 'DUP' : ''].filter(Boolean);
      console.log(`  ${c.label} | ${e.date} ${tags.join(',')} | ${e.sentences.map((s) => s.text.slice(0, 140)).join(' // ')}`);
    }
  });
  const m = (t as Timeline & { matched?: unknown }).matched;
  rows.push({ label: c.label, entries: t.entries.length, off, background, duplicate: dup.size, matched: m ? JSON.stringify(m) : "", ms, cpuMs });
}
await store.close();

const pct = (a: number, b: number): string => `${(100 * a / Math.max(1, b)).toFixed(1)}%`;
console.log(`# audit-timelines: store ${values.db}; code ${codeRoot ?? 'this worktree (src)'}`);
console.log('query\tentries\toff-subject\tbackground\tduplicate\twall ms\tCPU ms\tmatched');
for (const r of rows) {
  console.log(`${r.label}\t${r.entries}\t${pct(r.off, r.entries)}\t${pct(r.background, r.entries)}\t` +
    `${pct(r.duplicate, r.entries)}\t${r.ms}\t${r.cpuMs}\t${r.matched}`);
}
const sum = (f: (r: Row) => number): number => rows.reduce((s, r) => s + f(r), 0);
const n = sum((r) => r.entries);
console.log(`OVERALL\t${n}\t${pct(sum((r) => r.off), n)}\t${pct(sum((r) => r.background), n)}\t` +
  `${pct(sum((r) => r.duplicate), n)}\t${sum((r) => r.ms)}\t${sum((r) => r.cpuMs)}`);
