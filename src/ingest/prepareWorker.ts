// Worker half of ingestPaths: reads the sources and fingerprints each article, posting chunks of prepared
// items in order and waiting for acknowledgements so that no more than a few chunks are ever in flight.
import { parentPort, workerData } from 'node:worker_threads';
import { readSources, type ReadOptions } from '../sources/index.js';
import { prepareItems, type PreparedItem } from './ingest.js';
import { CHUNK_ITEMS, MAX_CHUNKS_IN_FLIGHT, type WorkerMessage } from './parallel.js';

const port = parentPort!;
const { paths, opts } = workerData as { paths: string[]; opts: ReadOptions };
let inFlight = 0;
let release: (() => void) | undefined;
port.on('message', () => {
  inFlight--;
  release?.();
});

const send = async (m: WorkerMessage): Promise<void> => {
  port.postMessage(m);
  if (m.type !== 'items') return;
  inFlight++;
  while (inFlight >= MAX_CHUNKS_IN_FLIGHT) await new Promise<void>((r) => { release = r; });
  release = undefined;
};

try {
  let chunk: PreparedItem[] = [];
  for await (const item of prepareItems(readSources(paths, opts))) {
    chunk.push(item);
    if (chunk.length >= CHUNK_ITEMS) {
      await send({ type: 'items', items: chunk });
      chunk = [];
    }
  }
  if (chunk.length > 0) await send({ type: 'items', items: chunk });
  await send({ type: 'done' });
} catch (err) {
  await send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
}
port.unref();
