// Worker thread body: builds the timelines it is sent over its own connection to the server's store and
// posts them back, rendered when a format other than json was asked for. It only reads; a SQLite
// connection is made read-only so that a mistake here cannot write behind the server's lock.
import { parentPort, workerData } from 'node:worker_threads';
import { listSources, renderTimeline, ServiceError, timelineRequest, type SourceCount } from '../../service/index.js';
import { openStore, type Store } from '../../store/index.js';
import { SqliteStore } from '../../store/sqlite/sqliteStore.js';
import type { JobFailure, JobMessage, JobReply } from './pool.js';

const { location } = workerData as { location: string };

const opened: Promise<Store> = openStore(location).then((store) => {
  if (store instanceof SqliteStore) store.db.pragma('query_only = ON');
  return store;
});

/** The store's sources, kept while the server's generation and the article count stay the same. */
let sources: { key: string; list: SourceCount[] } | undefined;

async function storeSources(store: Store, generation: number): Promise<SourceCount[]> {
  const key = `${generation}:${await store.countArticles()}`;
  if (sources?.key !== key) sources = { key, list: await listSources(store) };
  return sources.list;
}

function failureOf(err: unknown): JobFailure {
  if (err instanceof ServiceError) return { message: err.message, service: { kind: err.kind, detail: err.detail } };
  return { message: err instanceof Error ? err.message : String(err) };
}

parentPort?.on('message', async ({ id, job }: JobMessage) => {
  let reply: JobReply;
  try {
    const store = await opened;
    const timeline = await timelineRequest(store, job.request, { sources: () => storeSources(store, job.generation) });
    reply = { id, result: { timeline, format: job.format } };
    if (job.format !== 'json') reply.result.rendered = renderTimeline(timeline, job.format);
  } catch (err) {
    reply = { id, failure: failureOf(err) };
  }
  parentPort?.postMessage(reply);
});
