// Event-date accuracy on a golden set of sentences (test/fixtures/eventDates/golden.tsv: article path under
// ../shared/data, publication day, a snippet of the sentence, the date of the event it reports, labelled by
// hand from the text). Each article is read as `chronicle ingest` reads it and analysed; the sentence holding
// the snippet is scored on its event date (exact value at the labelled precision). `baseline` is what the
// timelines used before the layer: the sentence's first calendar date, else the publication day.
// Run: node --import tsx bench/eventDates.ts [golden.tsv]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSources } from '../src/sources/index.js';
import { analyzeDoc } from '../src/analyze/index.js';
import { calendarDate } from '../src/analyze/events/index.js';
import { datelineLength } from '../src/text/dateline.js';
import { repoRoot, sharedDataDir } from '../src/util/paths.js';

const golden = process.argv[2] ?? join(repoRoot, 'test/fixtures/eventDates/golden.tsv');
const data = sharedDataDir();
if (!data) {
  console.error('bench/eventDates: ../shared/data is absent');
  process.exit(2);
}
const rows = readFileSync(golden, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t') as [string, string, string, string]);
const byPath = new Map<string, [string, string, string, string][]>();
for (const r of rows) byPath.set(r[0], [...(byPath.get(r[0]) ?? []), r]);

let layerRight = 0;
let baseRight = 0;
let missing = 0;
const byBasis = new Map<string, { n: number; right: number }>();
const wrong: string[] = [];
for (const [path, list] of byPath) {
  let article: { text: string; published: string } | undefined;
  for await (const item of readSources([join(data, path)])) if (item.kind === 'article') article ??= item.article;
  if (!article) throw new Error(`bench/eventDates: no article in ${path}`);
  const doc = analyzeDoc(article.text, list[0]![1]);
  for (const [, published, snippet, expected] of list) {
    const s = doc.sentences.find((x) => x.text.includes(snippet));
    const event = s && doc.sentenceDates?.find((e) => e.sentence === s.index);
    if (!s || !event) {
      missing++;
      continue;
    }
    const storyStart = s.start + datelineLength(s.text);
    const first = doc.timexes.filter((t) => t.start >= storyStart && t.start < s.end).map(calendarDate).find((d) => d !== undefined);
    if ((first?.value ?? published) === expected) baseRight++;
    const b = byBasis.get(event.basis) ?? { n: 0, right: 0 };
    b.n++;
    if (event.value === expected) {
      layerRight++;
      b.right++;
    } else wrong.push(`${expected} ≠ ${event.value} (${event.basis}) ${path}: ${snippet}`);
    byBasis.set(event.basis, b);
  }
}
const n = rows.length;
const pct = (x: number, of: number): string => `${((100 * x) / Math.max(1, of)).toFixed(1)}%`;
console.log(`sentences ${n}, not found ${missing}`);
console.log(`event-date accuracy  layer ${pct(layerRight, n)} (${layerRight}/${n})   baseline ${pct(baseRight, n)} (${baseRight}/${n})`);
for (const [basis, b] of byBasis) console.log(`  ${basis.padEnd(12)} ${String(b.n).padStart(4)}  ${pct(b.right, b.n)}`);
if (process.argv.includes('--errors') || process.env.EVENT_DATE_ERRORS) for (const w of wrong) console.log(`  ${w}`);
