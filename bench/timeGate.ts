// How much chrono work the time tagger's cue gate leaves, counted rather than timed (CPU timings on a shared
// machine are noisy): over the sentence chunks of a spread T17 sample, on how many chunks chrono runs at all and
// how many parser runs it makes. Pass a reference checkout (built) to count with its cues as well; a reference
// from before whole-word cues (no cueHolds export) is read with the old rule: any cue word as a lowercase
// substring of the chunk, chrono's numeric parsers on any digit, its month-name parsers on any month prefix.
// Run: node --import tsx bench/timeGate.ts [articles=800] [reference-root]
import { readSources } from '../src/sources/index.js';
import { cleanText } from '../src/clean/index.js';
import { splitSentences } from '../src/analyze/sentences.js';
import { chunkText } from '../src/analyze/time/index.js';
import * as Config from '../src/analyze/time/configuration.js';
import { sharedData } from '../src/util/paths.js';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const count = Number(process.argv[2] ?? 800);
const reference = process.argv[3];
const dir = sharedData('t17');
if (!dir) {
  console.error('bench/timeGate: ../shared/data/t17 is absent');
  process.exit(2);
}

const all: { text: string }[] = [];
for await (const item of readSources([dir])) if (item.kind === 'article') all.push(item.article);
const step = Math.max(1, Math.floor(all.length / count));
const chunks: string[] = [];
for (const a of all.filter((_, i) => i % step === 0).slice(0, count)) {
  const clean = cleanText(a.text).text;
  const bounds = splitSentences(clean).map((s): [number, number] => [s.start, s.end]);
  for (const [s, e] of chunkText(clean, bounds)) chunks.push(clean.slice(s, e));
}

type Holds = (text: string) => boolean;
function tally(name: string, gates: Holds[]): void {
  let runs = 0;
  let chunksRun = 0;
  for (const text of chunks) {
    const n = gates.filter((g) => g(text)).length;
    runs += n;
    if (n > 0) chunksRun++;
  }
  console.log(`${name}: ${chunks.length} chunks, ${gates.length} parsers; chrono runs on ${chunksRun} chunks, ${runs} parser runs`);
}

tally('this tree', Config.timeParserCues().map(([, cue]) => (text: string) => cue === null || Config.cueHolds(cue, text)));

if (reference) {
  const ref = await import(pathToFileURL(join(reference, 'dist/analyze/time/configuration.js')).href) as Partial<typeof Config> & { NEWS_PARSER_CUES: [unknown, readonly string[] | null][] };
  if (ref.timeParserCues && ref.cueHolds) {
    const holds = ref.cueHolds;
    tally(reference, ref.timeParserCues().map(([, cue]) => (text: string) => cue === null || holds(cue, text)));
  } else {
    const digit = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    const native: Record<string, readonly string[]> = {
      ENYearMonthDayParser: digit, ISOFormatParser: digit, SlashDateFormatParser: digit, ENSlashMonthFormatParser: digit,
      ENTimeExpressionParser: digit, ENMonthNameLittleEndianParser: month, ENMonthNameMiddleEndianParser: month, ENYearMonthNameParser: month,
    };
    const natives = Config.timeParserCues().filter(([p]) => p.constructor.name !== 'Object').map(([p]) => native[p.constructor.name] ?? null);
    const cues = [...natives, ...ref.NEWS_PARSER_CUES.map(([, c]) => c)];
    tally(reference, cues.map((cue) => (text: string) => cue === null || cue.some((w) => text.toLowerCase().includes(w))));
  }
}
