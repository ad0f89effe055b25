// How a saved state (the furniture model, the entity resolver, the story clusterer: JSON of megabytes) is kept in
// the meta table: large ones Brotli-compressed at the fastest setting, small ones as text. On T17 the three states
// take 12.3 MB as text and 4.2 MB compressed (2.6 KB → 0.9 KB per article), for ≈ 80 ms of CPU per save of all
// three. A BLOB in the TEXT column is kept as a BLOB by SQLite, so stores written before read as they were.
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/** States shorter than this stay text (readable with the sqlite3 shell; compressing them saves little). */
const COMPRESS_FROM = 64 * 1024;

export function encodeState(json: string): string | Buffer {
  if (json.length < COMPRESS_FROM) return json;
  return brotliCompressSync(json, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(json) },
  });
}

export function decodeState(stored: string | Buffer | undefined): string | undefined {
  return stored === undefined || typeof stored === 'string' ? stored : brotliDecompressSync(stored).toString('utf8');
}
