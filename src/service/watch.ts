// Continuous ingest: watch folders, files and feeds by URL, and ingest and analyse what is new in batches.
// Nothing a restart needs lives only in memory. What each source last delivered (the files' signatures, a
// feed's ETag and Last-Modified) is saved in the store as state 'watch:<source>' right after the batch that
// read it was committed; a crash in between only means the next run reads those inputs again, and the dedupe
// policy finds their texts already stored under the same origins ("already stored"), so nothing is skipped
// and nothing is stored twice. Articles stored but not yet analysed are found by refresh on start.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_FETCH_TIMEOUT_MS, fetchFeed, FeedFetchError, type FeedValidators, isFeedUrl, readFetchedFeed }
  from '../sources/fetchFeed.js';
import type { ReadOptions } from '../sources/index.js';
import { printable, reject } from '../sources/options.js';
import type { Store } from '../store/store.js';
import type { Rejection, SourceItem } from '../types.js';
import { ServiceError } from './errors.js';
import { ingestItems, type IngestOutcome } from './ingest.js';
import { refresh } from './refresh.js';
import { listFiles, readyFiles } from './watch/files.js';

/** A file modified this recently may still be being written: it waits for the next pass. */
export const SETTLE_MS = 1000;
/** How many more looks `--once` takes while files are settling. */
const ONCE_SETTLE_LOOKS = 5;
/** Files read per batch: each batch is ingested, analysed and recorded before the next starts. */
export const DEFAULT_FILES_PER_BATCH = 200;
/** The longest wait between attempts at a failing feed. */
const MAX_BACKOFF_MS = 3_600_000;

export interface WatchOptions {
  /** Milliseconds between passes. */
  intervalMs: number;
  read?: ReadOptions;
  /** Analyse each batch (default true). */
  analyze?: boolean;
  /** One pass, then return. */
  once?: boolean;
  filesPerBatch?: number;
  fetchTimeoutMs?: number;
  /** Aborting it stops the watch after the batch in flight. */
  signal?: AbortSignal;
  /** Called after every batch that stored something, and once on start (to catch up after a crash). */
  onBatch?: (store: Store) => Promise<unknown>;
  onReport?: (report: BatchReport) => void;
  /** Feed failures, back-off and recovery, in one line each. */
  onLog?: (line: string) => void;
  onRejection?: (r: Rejection) => void;
}

export interface BatchReport {
  /** The watched source, as given. */
  source: string;
  /** What was read: "3 files", "feed (HTTP 200)". */
  read: string;
  outcome: IngestOutcome;
}

type Target =
  | { kind: 'files'; name: string; stateKey: string; single: boolean }
  | { kind: 'url'; name: string; stateKey: string; failures: number; nextAttempt: number };

function targetOf(name: string): Target {
  if (isFeedUrl(name)) return { kind: 'url', name, stateKey: `watch:${name}`, failures: 0, nextAttempt: 0 };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(name)) {
    throw new ServiceError('invalid', `'${printable(name)}' is not an http or https URL, a folder or a file`);
  }
  if (!existsSync(name)) throw new ServiceError('invalid', `no such file or folder: ${printable(name)}`);
  const single = !statSync(name).isDirectory();
  return { kind: 'files', name, stateKey: `watch:${resolve(name)}`, single };
}

/**
 * A feed is a sliding window: the third item today is the second tomorrow. Its items are known by their link
 * (or guid) rather than their position, so that an item seen before is "already stored", not one more origin.
 */
async function* byLink(items: AsyncIterable<SourceItem> | Iterable<SourceItem>, name: string): AsyncGenerator<SourceItem> {
  const positional = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#\\d+$`);
  for await (const item of items) {
    if (item.kind === 'article' && item.article.url && positional.test(item.article.origin)) {
      yield { kind: 'article', article: { ...item.article, origin: printable(`${name}#${item.article.url}`) } };
    } else {
      yield item;
    }
  }
}

/** The readers over files listed a moment ago; one removed since is a rejection, not the end of the watch. */
async function* readPresent(paths: string[], opts: ReadOptions): AsyncGenerator<SourceItem> {
  const { readSources } = await import('../sources/index.js');
  for (const path of paths) {
    try {
      yield* readSources([path], opts);
    } catch (err) {
      if (existsSync(path)) throw err;
      yield reject(path, 'removed before it could be read');
    }
  }
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((done) => {
    if (signal?.aborted) return done();
    const finish = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      done();
    };
    const timer = setTimeout(finish, ms);
    signal?.addEventListener('abort', finish, { once: true });
  });
}

async function loadJson<T>(store: Store, key: string, empty: T): Promise<T> {
  const text = await store.loadState(key);
  if (text === undefined) return empty;
  try {
    return JSON.parse(text) as T;
  } catch {
    return empty;
  }
}

/** What a feed's last answer was: its validators, and a hash of its body. */
interface FeedState extends FeedValidators {
  body?: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

class Watcher {
  private readonly targets: Target[];
  /** The last listing of each files target, for the "seen the same twice" readiness rule. */
  private readonly lastListing = new Map<string, Map<string, string>>();
  private readonly stopped: () => boolean;
  /** Feed fetches that failed, over the whole run. */
  failedFetches = 0;

  constructor(private readonly store: Store, names: string[], private readonly opts: WatchOptions) {
    this.targets = names.map(targetOf);
    this.stopped = () => opts.signal?.aborted === true;
  }

  async run(): Promise<number> {
    await this.catchUp();
    if (!this.opts.once) {
      this.opts.onLog?.(`watching ${this.targets.map((t) => printable(t.name)).join(', ')} every ` +
        `${this.opts.intervalMs / 1000} s`);
    }
    let batches = 0;
    for (;;) {
      let pass = await this.pass();
      batches += pass.batches;
      // A single pass still waits for files written a moment ago (a `cp` just before `watch --once`) to settle,
      // a few times at most, rather than leaving them for a next run that may never come.
      for (let look = 0; this.opts.once && pass.soon && look < ONCE_SETTLE_LOOKS && !this.stopped(); look++) {
        await pause(SETTLE_MS, this.opts.signal);
        pass = await this.pass();
        batches += pass.batches;
      }
      if (this.opts.once || this.stopped()) return batches;
      await pause(pass.soon ? Math.min(this.opts.intervalMs, SETTLE_MS) : this.opts.intervalMs, this.opts.signal);
      if (this.stopped()) return batches;
    }
  }

  /** Work a crash may have left: articles stored but not analysed, saved timelines not yet brought up to date. */
  private async catchUp(): Promise<void> {
    if (this.opts.analyze !== false) await refresh(this.store);
    await this.opts.onBatch?.(this.store);
  }

  private async pass(): Promise<{ batches: number; soon: boolean }> {
    let batches = 0;
    let soon = false;
    for (const target of this.targets) {
      if (this.stopped()) break;
      const r = target.kind === 'url' ? await this.pollFeed(target) : await this.pollFiles(target);
      batches += r.batches;
      soon ||= r.soon;
    }
    return { batches, soon };
  }

  private async batch(source: string, read: string, items: AsyncIterable<SourceItem>, record: () => Promise<void>):
    Promise<void> {
    const hooks = this.opts.onRejection ? { onRejection: this.opts.onRejection } : {};
    const outcome = await ingestItems(this.store, items, { analyze: this.opts.analyze !== false, ...hooks });
    await record();
    if (outcome.storedIds.length > 0) await this.opts.onBatch?.(this.store);
    this.opts.onReport?.({ source, read, outcome });
  }

  private async pollFiles(target: Extract<Target, { kind: 'files' }>): Promise<{ batches: number; soon: boolean }> {
    const state = await loadJson<{ files: Record<string, string> }>(this.store, target.stateKey, { files: {} });
    const listed = listFiles(target.name);
    const previous = this.lastListing.get(target.name) ?? new Map<string, string>();
    this.lastListing.set(target.name, new Map(listed.map((f) => [f.path, f.signature])));
    const { ready, waiting } = readyFiles(listed, state.files, previous, Date.now(), SETTLE_MS);
    // Files gone from the folder are forgotten, so that one put back is read again.
    const present = new Set(listed.map((f) => f.path));
    for (const path of Object.keys(state.files)) if (!present.has(path)) delete state.files[path];
    const size = this.opts.filesPerBatch ?? DEFAULT_FILES_PER_BATCH;
    let batches = 0;
    for (let i = 0; i < ready.length && !this.stopped(); i += size) {
      const chunk = ready.slice(i, i + size);
      const read = readPresent(chunk.map((f) => f.path), this.opts.read ?? {});
      await this.batch(target.name, plural(chunk.length, 'file'), target.single ? byLink(read, target.name) : read,
        async () => {
          for (const f of chunk) state.files[f.path] = f.signature;
          await this.store.saveState(target.stateKey, JSON.stringify(state));
        });
      batches++;
    }
    return { batches, soon: waiting > 0 };
  }

  private async pollFeed(target: Extract<Target, { kind: 'url' }>): Promise<{ batches: number; soon: boolean }> {
    if (Date.now() < target.nextAttempt) return { batches: 0, soon: false };
    const previous = await loadJson<FeedState>(this.store, target.stateKey, {});
    let fetched: Awaited<ReturnType<typeof fetchFeed>>;
    try {
      fetched = await fetchFeed(target.name, previous,
        { timeoutMs: this.opts.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS }, this.opts.read ?? {});
    } catch (err) {
      if (!(err instanceof FeedFetchError)) throw err;
      target.failures++;
      this.failedFetches++;
      const wait = Math.min(this.opts.intervalMs * 2 ** target.failures, Math.max(this.opts.intervalMs, MAX_BACKOFF_MS));
      target.nextAttempt = Date.now() + wait;
      this.opts.onLog?.(`feed ${printable(target.name)} failed: ${printable(err.message)}; ` +
        `${plural(target.failures, 'failure')} in a row, next attempt in ${(wait / 1000).toFixed(1)} s`);
      return { batches: 0, soon: false };
    }
    if (target.failures > 0) {
      this.opts.onLog?.(`feed ${printable(target.name)} recovered after ${plural(target.failures, 'failure')}`);
      target.failures = 0;
    }
    if (fetched.status === 'not-modified') return { batches: 0, soon: false };
    // Servers that send neither ETag nor Last-Modified answer 200 every time: the same bytes as last time are
    // treated as a 304 too, rather than re-read into a batch of "already stored".
    const body = createHash('sha1').update(fetched.bytes).digest('hex');
    if (body === previous.body) return { batches: 0, soon: false };
    const next: FeedState = { ...fetched.validators, body };
    await this.batch(target.name, 'feed', byLink(readFetchedFeed(target.name, fetched.bytes, this.opts.read ?? {}), target.name),
      () => this.store.saveState(target.stateKey, JSON.stringify(next)));
    return { batches: 1, soon: false };
  }
}

export interface WatchOutcome {
  /** Batches ingested. */
  batches: number;
  /** Feed fetches that failed (each was logged). */
  failedFetches: number;
}

/**
 * Watches `sources` (folders, files, feed URLs) until `opts.signal` is aborted, or for one pass with
 * `opts.once`. Throws a ServiceError before starting when a source is neither an existing path nor an
 * http(s) URL.
 */
export async function watchSources(store: Store, sources: string[], opts: WatchOptions): Promise<WatchOutcome> {
  if (sources.length === 0) throw new ServiceError('invalid', 'nothing to watch: give folders, files or feed URLs');
  const watcher = new Watcher(store, sources, opts);
  const batches = await watcher.run();
  return { batches, failedFetches: watcher.failedFetches };
}
