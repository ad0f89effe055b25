// Fetching an RSS/Atom feed by URL: the one place Chronicle uses the network. A conditional GET
// (If-None-Match / If-Modified-Since from the previous answer) lets an unchanged feed answer 304 with no body.
// Like the file readers, a fetch is bounded: one deadline covers the whole exchange (a server that answers the
// headers and then drips the body is cut off too), and the body is read in chunks and abandoned as soon as it
// passes the size limit, so a URL that sends a gigabyte never sits in memory.
import type { SourceItem } from '../types.js';
import { readFeedFile } from './feed.js';
import { tooLarge } from './files.js';
import { maxFileSize, type ReadOptions } from './options.js';

/** What the previous answer said about its version; sent back so that an unchanged feed answers 304. */
export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

export type FeedFetch =
  | { status: 'not-modified' }
  | { status: 'ok'; bytes: Uint8Array; validators: FeedValidators };

export interface FetchLimits {
  /** Milliseconds the whole exchange (connection, headers, body) may take. */
  timeoutMs: number;
  /** Bytes the body may hold (after decompression); default: the readers' file size limit. */
  maxBytes?: number;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;

/** Why a fetch failed, in words a log line can show after the feed's URL. */
export class FeedFetchError extends Error {}

const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';

/** True for the addresses fetchFeed accepts: http and https URLs. */
export function isFeedUrl(text: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(text);
}

async function readBounded(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new FeedFetchError(`answer ${tooLarge(limit)}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

function causeOf(err: unknown): string {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : undefined;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code) return code;
  return cause?.message ?? (err instanceof Error ? err.message : String(err));
}

/** GETs `url` once, conditionally on `previous`; throws FeedFetchError for anything but 200 or 304. */
export async function fetchFeed(url: string, previous: FeedValidators, limits: FetchLimits,
  opts: ReadOptions = {}): Promise<FeedFetch> {
  const headers: Record<string, string> = { accept: ACCEPT };
  if (previous.etag) headers['if-none-match'] = previous.etag;
  if (previous.lastModified) headers['if-modified-since'] = previous.lastModified;
  const limit = limits.maxBytes ?? maxFileSize(opts);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), limits.timeoutMs);
  try {
    const res = await fetch(url, { headers, signal: deadline.signal, redirect: 'follow' });
    if (res.status === 304) {
      await res.body?.cancel().catch(() => undefined);
      return { status: 'not-modified' };
    }
    if (res.status !== 200) {
      await res.body?.cancel().catch(() => undefined);
      throw new FeedFetchError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limit) {
      await res.body?.cancel().catch(() => undefined);
      throw new FeedFetchError(`answer ${tooLarge(limit)}`);
    }
    const bytes = res.body ? await readBounded(res.body, limit) : new Uint8Array();
    const validators: FeedValidators = {};
    const etag = res.headers.get('etag');
    if (etag) validators.etag = etag;
    const lastModified = res.headers.get('last-modified');
    if (lastModified) validators.lastModified = lastModified;
    return { status: 'ok', bytes, validators };
  } catch (err) {
    if (err instanceof FeedFetchError) throw err;
    if (deadline.signal.aborted) throw new FeedFetchError(`no complete answer within ${limits.timeoutMs / 1000} s`);
    throw new FeedFetchError(`cannot fetch: ${causeOf(err)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The items of a fetched feed, read by the same RSS/Atom reader as feed files; origins start with the URL. */
export function readFetchedFeed(url: string, bytes: Uint8Array, opts: ReadOptions): Generator<SourceItem> {
  return readFeedFile(url, bytes, opts);
}
