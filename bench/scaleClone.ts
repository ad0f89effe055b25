// A store of N times the articles of an ingested SQLite store, built by copying its rows at the SQL level: what the
// request side costs at an archive size whose ingest would take longer than a working session (1M articles need
// ~15,000 CPU-s of ingest; cloning 100k ten times takes a small part of that).
//
// What a copy is. The archive ten times over: copy k (k = 1 … N−1; copy 0 is the original) holds every article
// again under a new id (id + k·A, A the largest article id), with the same dates, text, title, source and topic,
// and the same analyses, timeline and mention records, quotes and minhash bands. Copies share the entities: an
// entity's written forms (entity_aliases ids) are the same in every copy, so every posting of alias_articles, every
// day's count and every broad query's full-text match set grows N times, the worst case for a request's growth.
// Entity totals (entities.mentions and .articles, entity_aliases.mentions) are multiplied by N; first and last
// days stay. Stories are not shared: copy k's articles belong to copy k's stories and events (story id + k·S,
// event id + k·E, S and E the largest ids the clusterer ever gave), so a story keeps its size and there are N
// times as many stories. Merged story ids (the clusterer's aliases) are offset the same way.
//
// What a copy changes so that the store stays valid: an article's hash (UNIQUE; dedupe's key) gets the suffix
// `#copy<k>`, so ingesting the original text again is still a duplicate of copy 0; its origins get ` (copy <k>)`.
// The full-text index (articles_fts) is an external-content FTS5 table kept by triggers on `articles`, so inserting
// the copied rows indexes their text under the new rowids (the index is built, not copied: it is most of the time).
//
// Saved states (the meta table), each decoded, rewritten and re-encoded with the project's own codecs:
// - story-list (the stories listing requests read): every copy's stories, ids offset, in listing order (writeListing).
// - story-merges and story-clusterer: aliases of every copy; the clusterer's document count and every term's and
//   name's df times N, its next story and event ids past the copies', its stories those of every copy. A state
//   whose text would pass STATE_CHARS (a string the store could not read back) keeps copy 0's stories only, with
//   the ids and aliases of all copies: a later ingest then continues from the original's stories, and the copies'
//   stories are never joined again. The report says which was written.
// - analysis-failures: the failed ids of every copy. story-labels: unchanged.
// - entity-resolver (with its state_log) and furniture-model: unchanged. They steer the analysis of new articles
//   only (no request reads them); their counts are those of one copy.
// Saved timelines and their snapshots are not copied. The store gets a `bench-clone` state saying what it is, which
// `--record` reads to enter a mix measured on the clone in bench/scale-results.json as a cloned store.
//
// What it proves and what not: requests on the clone read N times the postings, matches and rows of the original,
// with the original's vocabulary, entity set and story sizes; a real archive N times larger would have more
// entities, more distinct text and larger stories, and its posting lists would not be N exact repeats.
//
// Run: node --import tsx bench/scaleClone.ts --from <store.db> --to <new.db> --copies 10
//      node --import tsx bench/scaleClone.ts --record <label> --db <clone.db> --mix <scaleMix output.json> --load <load>
// The source is only read, but SQLite attaches it read-write: do not point --from at a store another process writes.
// The target is written without a journal (a crash leaves a broken clone: delete it and run again), then set back
// to WAL as the store keeps it.
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeState, encodeState } from '../src/store/sqlite/stateCodec.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { readListing, writeListing, type SavedStoryState } from '../src/stories/index.js';
import type { StorySummary } from '../src/types.js';
import type { MixFigures } from './scaleMix.js';
import { recordRun, type Run } from './scaleReport.js';

/** The longest clusterer state written whole (characters of JSON; V8's strings end near 2^29). */
export const STATE_CHARS = 256 * 1024 * 1024;

/** The saved states the clone knows how to copy; any other stops it (it could hold ids it would not offset). */
const KNOWN_STATES = new Set(['story-clusterer', 'story-list', 'story-merges', 'story-labels', 'analysis-failures',
  'entity-resolver', 'furniture-model']);

/** The state a clone keeps saying what it is (the CloneReport and its source). */
export const CLONE_STATE = 'bench-clone';

export interface CloneReport {
  copies: number;
  /** Articles of the store cloned. */
  baseArticles: number;
  /** Id spans: copy k adds k times these to article, story and event ids. */
  spans: { articles: number; stories: number; events: number };
  /** Rows per table after the clone. */
  rows: Record<string, number>;
  /** Whether the clusterer state holds every copy's stories, or copy 0's only (see STATE_CHARS). */
  clustererStories: 'all copies' | 'copy 0 only' | 'none';
  cpuSeconds: number;
  wallSeconds: number;
}

/** The tables copied per article, each with its columns and what replaces article_id in the copy. */
const PER_ARTICLE: { table: string; columns: string[]; order: string }[] = [
  { table: 'minhash_bands', columns: ['band_key', 'article_id'], order: 'band_key, article_id' },
  { table: 'analyses', columns: ['article_id', 'version', 'doc'], order: 'article_id' },
  { table: 'timeline_records', columns: ['article_id', 'data'], order: 'article_id' },
  { table: 'mention_records', columns: ['article_id', 'data'], order: 'article_id' },
  { table: 'article_aliases', columns: ['article_id', 'counts'], order: 'article_id' },
  { table: 'alias_articles', columns: ['alias_id', 'article_id'], order: 'alias_id, article_id' },
  { table: 'quotes', columns: ['article_id', 'seq', 'speaker_entity_id', 'speaker', 'speaker_text', 'cue', 'text',
    'start', 'end', 'direct', 'said_on'], order: 'article_id, seq' },
];

const COUNTED = ['articles', 'article_origins', 'minhash_bands', 'analyses', 'timeline_records', 'mention_records',
  'article_aliases', 'alias_articles', 'quotes', 'article_stories', 'entities', 'entity_aliases'];

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

const quoted = (c: string): string => `"${c}"`;

/** Ids past every one the clusterer gave: its next ids, and whatever the assignments and listing hold. */
function spansOf(db: Database.Database, clusterer: SavedStoryState | undefined, listing: StorySummary[]):
  CloneReport['spans'] {
  const a = db.prepare<[], { a: number | null; s: number | null; e: number | null }>(`SELECT
    (SELECT max(id) FROM articles) AS a, (SELECT max(story_id) FROM article_stories) AS s,
    (SELECT max(event_id) FROM article_stories) AS e`).get()!;
  let stories = a.s ?? 0;
  let events = a.e ?? 0;
  if (clusterer) {
    stories = Math.max(stories, clusterer.nextStoryId - 1, ...clusterer.aliases.flat());
    events = Math.max(events, clusterer.nextEventId - 1);
  }
  for (const s of listing) stories = Math.max(stories, s.id);
  return { articles: a.a ?? 0, stories, events };
}

/** The clusterer state of `copies` copies (see the head of this file): every copy's stories when `whole`, else copy 0's. */
function clonedClusterer(saved: SavedStoryState, copies: number, spans: CloneReport['spans'], whole: boolean):
  SavedStoryState {
  const offsetStory = (s: SavedStoryState['stories'][number], k: number): SavedStoryState['stories'][number] => ({
    ...s, id: s.id + k * spans.stories, events: s.events.map((e) => ({ ...e, id: e.id + k * spans.events })) });
  const stories: SavedStoryState['stories'] = [];
  for (let k = 0; k < (whole ? copies : 1); k++) for (const s of saved.stories) stories.push(offsetStory(s, k));
  // Key order is the state's format (state.ts): the same keys in the same order.
  return {
    version: saved.version,
    docs: saved.docs * copies,
    nextStoryId: copies * spans.stories + 1,
    nextEventId: copies * spans.events + 1,
    newestDay: saved.newestDay,
    aliases: offsetAliases(saved.aliases, copies, spans.stories),
    termVocab: saved.termVocab.map(([k, df, d]) => [k, df * copies, d]),
    entityVocab: saved.entityVocab.map(([k, df, d]) => [k, df * copies, d]),
    stories,
  };
}

function offsetAliases(aliases: [number, number][], copies: number, span: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < copies; k++) for (const [from, into] of aliases) out.push([from + k * span, into + k * span]);
  return out;
}

/**
 * Builds `to` (which must not exist) as `copies` copies of the store at `from` (copy 0 being `from` itself).
 * `log` hears one line per step.
 */
export async function cloneStore(from: string, to: string, copies: number, log: (line: string) => void = () => {}):
  Promise<CloneReport> {
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`copies must be a whole number from 1, not ${copies}`);
  if (existsSync(to)) throw new Error(`${to} exists: the clone writes a new file`);
  const t0 = cpuNow();
  const w0 = Date.now();
  const source = new Database(from, { readonly: true, fileMustExist: true });
  const version = source.pragma('user_version', { simple: true });
  if (version !== MIGRATIONS.length) {
    source.close();
    throw new Error(`${from} is at schema version ${version}, not ${MIGRATIONS.length}: open it with this build first`);
  }
  // A consistent copy of the file whatever its journal holds; the copies are then added to it.
  await source.backup(to);
  source.close();
  log(`copied ${from} (${Math.round(Date.now() - w0) / 1000} s)`);
  const db = new Database(to);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -1048576');
    db.pragma('foreign_keys = OFF');
    const states = readStates(db);
    const listing = states.get('story-list') !== undefined ? readListing(states.get('story-list')!) : [];
    if (listing === undefined) throw new Error('the stories listing is of another version: refresh the store first');
    const clusterer = states.has('story-clusterer')
      ? JSON.parse(states.get('story-clusterer')!) as SavedStoryState : undefined;
    const spans = spansOf(db, clusterer, listing);
    db.prepare('ATTACH ? AS src').run(from);
    for (let k = 1; k < copies; k++) {
      const c0 = cpuNow();
      db.transaction(() => copyRows(db, k, spans))();
      log(`copy ${k}: ${Math.round((cpuNow() - c0) * 10) / 10} CPU-s`);
    }
    db.exec('DETACH src');
    const clustererStories = db.transaction(() => {
      db.prepare('UPDATE entities SET mentions = mentions * ?, articles = articles * ?').run(copies, copies);
      db.prepare('UPDATE entity_aliases SET mentions = mentions * ?').run(copies);
      return writeStates(db, states, copies, spans, listing, clusterer);
    })();
    const rows: Record<string, number> = {};
    for (const t of COUNTED) rows[t] = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${t}`).get()!.n;
    const report: CloneReport = { copies, baseArticles: rows.articles! / copies, spans, rows, clustererStories,
      cpuSeconds: cpuNow() - t0, wallSeconds: (Date.now() - w0) / 1000 };
    putState(db, CLONE_STATE, JSON.stringify({ from, ...report,
      note: 'a store of copies of another store (bench/scaleClone.ts), not an ingest' }));
    db.pragma('journal_mode = WAL');
    log(`states written; clusterer stories: ${clustererStories}`);
    return report;
  } finally {
    db.close();
  }
}

/** The meta table's states, decoded; an unknown one stops the clone. */
function readStates(db: Database.Database): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of db.prepare<[], { key: string; value: string | Buffer }>('SELECT key, value FROM meta').all()) {
    if (!KNOWN_STATES.has(r.key) && r.key !== CLONE_STATE) throw new Error(`the store holds a state the clone does not know: ${r.key}`);
    out.set(r.key, decodeState(r.value)!);
  }
  if (out.has(CLONE_STATE)) throw new Error('the store is a clone already: clone its source instead');
  return out;
}

/** Copy k of every row keyed by article (the original's rows, read from the attached source). */
function copyRows(db: Database.Database, k: number, spans: CloneReport['spans']): void {
  const off = k * spans.articles;
  // Articles first, in id order: the trigger indexes each one's text under its new rowid.
  db.prepare(`INSERT INTO articles(id, hash, published, title, url, source, topic, text, near_duplicate_of, similarity,
      ingested_at)
    SELECT id + @off, hash || '#copy' || @k, published, title, url, source, topic, text, near_duplicate_of + @off,
      similarity, ingested_at FROM src.articles ORDER BY id`).run({ off, k });
  db.prepare(`INSERT INTO article_origins(article_id, origin)
    SELECT article_id + @off, origin || ' (copy ' || @k || ')' FROM src.article_origins ORDER BY article_id, origin`)
    .run({ off, k });
  for (const { table, columns, order } of PER_ARTICLE) {
    const select = columns.map((c) => (c === 'article_id' ? 'article_id + @off' : quoted(c))).join(', ');
    db.prepare(`INSERT INTO ${table}(${columns.map(quoted).join(', ')}) SELECT ${select} FROM src.${table}
      ORDER BY ${order}`).run({ off });
  }
  db.prepare(`INSERT INTO article_stories(article_id, story_id, event_id)
    SELECT article_id + @off, story_id + @s, event_id + @e FROM src.article_stories ORDER BY article_id`)
    .run({ off, s: k * spans.stories, e: k * spans.events });
}

function putState(db: Database.Database, name: string, json: string): void {
  db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)').run(name, encodeState(json));
}

/** Rewrites the states that hold article or story ids (see the head of this file); returns what the clusterer got. */
function writeStates(db: Database.Database, states: Map<string, string>, copies: number, spans: CloneReport['spans'],
  listing: StorySummary[], clusterer: SavedStoryState | undefined): CloneReport['clustererStories'] {
  if (states.has('story-list')) {
    const all: StorySummary[] = [];
    for (let k = 0; k < copies; k++) for (const s of listing) all.push({ ...s, id: s.id + k * spans.stories });
    putState(db, 'story-list', writeListing(all));
  }
  const merges = states.get('story-merges');
  if (merges !== undefined) {
    const m = JSON.parse(merges) as { version: number; aliases: [number, number][] };
    putState(db, 'story-merges', JSON.stringify({ version: m.version,
      aliases: offsetAliases(m.aliases, copies, spans.stories) }));
  }
  const failures = states.get('analysis-failures');
  if (failures !== undefined) {
    const f = JSON.parse(failures) as { version: number; ids: number[] };
    const ids: number[] = [];
    for (let k = 0; k < copies; k++) for (const id of f.ids) ids.push(id + k * spans.articles);
    putState(db, 'analysis-failures', JSON.stringify({ version: f.version, ids }));
  }
  let clustererStories: CloneReport['clustererStories'] = 'none';
  if (clusterer) {
    // The stories' share of the text, times the copies, says whether the whole state stays readable.
    const storiesChars = JSON.stringify(clusterer.stories).length;
    const whole = states.get('story-clusterer')!.length + (copies - 1) * storiesChars <= STATE_CHARS;
    putState(db, 'story-clusterer', JSON.stringify(clonedClusterer(clusterer, copies, spans, whole)));
    clustererStories = whole ? 'all copies' : 'copy 0 only';
  }
  return clustererStories;
}

/**
 * Records a request mix measured on a clone (bench/scaleMix.ts output) as a run of bench/scale-results.json marked
 * as a cloned store, so that the table and plot say so (bench/scaleReport.ts).
 */
export function recordClone(db: string, mix: MixFigures, label: string, load: number): Run {
  const raw = new Database(db, { readonly: true, fileMustExist: true });
  const row = raw.prepare<[string], { value: string | Buffer }>('SELECT value FROM meta WHERE key = ?').get(CLONE_STATE);
  raw.close();
  if (!row) throw new Error(`${db} is not a clone (it has no ${CLONE_STATE} state)`);
  const clone = JSON.parse(decodeState(row.value)!) as CloneReport;
  const run: Run = { label, store: 'sqlite', size: clone.rows.articles!, seed: 1, date: new Date().toISOString().slice(0, 16),
    load, requests: {}, mix,
    cloned: { copies: clone.copies, baseSize: clone.baseArticles, cpu: clone.cpuSeconds, wall: clone.wallSeconds } };
  recordRun(resolve(import.meta.dirname), run);
  return run;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' },
    copies: { type: 'string' }, record: { type: 'string' }, db: { type: 'string' }, mix: { type: 'string' },
    load: { type: 'string' } } });
  if (values.record) {
    if (!values.db || !values.mix || !values.load) {
      console.error('usage: bench/scaleClone.ts --record <label> --db <clone.db> --mix <scaleMix output.json> --load <1-min load>');
      process.exit(2);
    }
    const mix = JSON.parse(readFileSync(values.mix, 'utf8')) as MixFigures;
    recordClone(values.db, mix, values.record, Number(values.load));
    process.exit(0);
  }
  if (!values.from || !values.to || !values.copies) {
    console.error('usage: bench/scaleClone.ts --from <store.db> --to <new.db> --copies N\n' +
      '   or: bench/scaleClone.ts --record <label> --db <clone.db> --mix <scaleMix output.json> --load <1-min load>');
    process.exit(2);
  }
  const report = await cloneStore(values.from, values.to, Number(values.copies),
    (line) => console.error(`bench/scaleClone: ${line}`));
  console.log(JSON.stringify(report, null, 1));
}
