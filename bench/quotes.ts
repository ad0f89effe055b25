// Quotes-stage benchmark: sentences and entities are computed first (not timed); then extractQuotes runs
// over every text of a PolNeAR split (default ../shared/data/polnear/dev, each text once) for several
// rounds, and the MB/s of the first (cold) and the median round are printed.
// Run: node --import tsx bench/quotes.ts [polnear-split-dir] [rounds]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/analyze/sentences.js';
import { extractEntities } from '../src/analyze/entities/index.js';
import { extractQuotes } from '../src/analyze/quotes.js';
import { sharedData } from '../src/util/paths.js';

const dir = process.argv[2] ?? sharedData('polnear', 'dev');
if (!dir) {
  console.error('bench/quotes: ../shared/data/polnear/dev is absent; pass a PolNeAR split folder');
  process.exit(2);
}
const rounds = Number(process.argv[3] ?? 7);
const textDir = join(dir, 'text');
const docs = readdirSync(textDir).filter((f) => f.endsWith('.txt')).map((f) => {
  const text = readFileSync(join(textDir, f), 'utf8');
  const sentences = splitSentences(text);
  return { text, sentences, entities: extractEntities(text, sentences) };
});
const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0);
const times: number[] = [];
let quotes = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  quotes = 0;
  for (const d of docs) quotes += extractQuotes(d.text, d.sentences, d.entities).length;
  times.push(performance.now() - t0);
}
const cold = times[0]!;
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const mbps = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);
console.log(`quotes: ${docs.length} texts, ${(bytes / 1e6).toFixed(2)} MB, ${quotes} quotes per round`);
console.log(`quotes: cold round ${cold.toFixed(0)} ms = ${mbps(cold)} MB/s; median of ${rounds} rounds ${median.toFixed(0)} ms = ${mbps(median)} MB/s (one core)`);
