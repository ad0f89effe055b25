// Ingest as a use case: store what the readers produce, then (unless asked not to) bring analyses, entities and
// stories up to date, so that the next timeline request sees the new articles. The CLI and the API both call it.
import { ingest, type IngestSummary } from '../ingest/ingest.js';
import type { ReadOptions } from '../sources/index.js';
import type { Store } from '../store/store.js';
import type { Rejection, SourceItem } from '../types.js';
import { refresh } from './refresh.js';

export type { IngestSummary } from '../ingest/ingest.js';

export interface IngestRequestHooks {
  onRejection?: (r: Rejection) => void;
  onProgress?: (done: number, summary: IngestSummary) => void;
  onAnalysisProgress?: (done: number, total: number) => void;
}

export interface IngestOutcome extends IngestSummary {
  /** Articles analysed afterwards; null when analysis was not asked for. */
  analyzed: number | null;
}

/** Stores every article of `items` and, with `analyze` (the default), refreshes analyses and stories. */
export async function ingestItems(store: Store, items: AsyncIterable<SourceItem>,
  opts: { analyze?: boolean } & IngestRequestHooks = {}): Promise<IngestOutcome> {
  return analysed(store, await ingest(items, store, ingestHooks(opts)), opts);
}

/**
 * ingestItems of what `paths` hold (files and folders; `-` for standard input). Files are read and fingerprinted in
 * a worker thread while this thread stores (ingest/parallel.ts: same items in the same order, so the same result);
 * with standard input among the paths, or CHRONICLE_INGEST_WORKER=0, all on this thread.
 */
export async function ingestPaths(store: Store, paths: string[], readOptions: ReadOptions,
  opts: { analyze?: boolean } & IngestRequestHooks = {}): Promise<IngestOutcome> {
  if (paths.includes('-')) return ingestItems(store, readPaths(paths, readOptions), opts);
  const parallel = await import('../ingest/parallel.js');
  return analysed(store, await parallel.ingestPaths(paths, readOptions, store, ingestHooks(opts)), opts);
}

function ingestHooks(opts: IngestRequestHooks): Parameters<typeof ingest>[2] {
  const hooks: Parameters<typeof ingest>[2] = {};
  if (opts.onRejection) hooks.onRejection = opts.onRejection;
  if (opts.onProgress) hooks.onProgress = opts.onProgress;
  return hooks;
}

async function analysed(store: Store, summary: IngestSummary, opts: { analyze?: boolean } & IngestRequestHooks):
  Promise<IngestOutcome> {
  let analyzed: number | null = null;
  if (opts.analyze !== false) {
    const refreshHooks = opts.onAnalysisProgress ? { onProgress: opts.onAnalysisProgress } : {};
    analyzed = (await refresh(store, refreshHooks)).analyzed;
  }
  return { ...summary, analyzed };
}

/** Reads files and folders (and standard input for '-') with the readers of sources/. */
export async function* readPaths(paths: string[], opts: ReadOptions = {},
  stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<SourceItem> {
  const files = paths.filter((p) => p !== '-');
  // The readers (HTML, feeds, archives, dates) load when there is something to read.
  const { readSources, readStream } = await import('../sources/index.js');
  if (files.length) yield* readSources(files, opts);
  if (paths.includes('-')) yield* readStream(stdin, '<stdin>', opts);
}

/** One line summing up an ingest, as both faces report it. */
export function describeIngest(s: IngestSummary): string {
  return `${s.new} new, ${s.duplicate} duplicate, ${s.nearDuplicate} near-duplicate, ${s.unchanged} already stored, ` +
    `${s.rejected} rejected`;
}
