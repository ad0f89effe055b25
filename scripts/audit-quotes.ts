// Audit of the quotes users would see: analyses every article of a dataset (T17 by default) as ingest does
// (analyzeDoc) and prints how many quotes there are, how many carry a speaker, the most frequent speakers and
// the share of attributed quotes whose speaker is junk rather than a name.
// Junk is judged here independently of the analyser, from the dataset itself: a pronoun or function word, a
// page-furniture word (photo credits, comment disclaimers), a lower-case start, or a name all of whose words
// are common words (written lower-case in the dataset more often than capitalised inside a sentence, as
// "Officials", "Views", "Photograph"). Also listed: the speaker texts shown when no speaker is resolved.
// Run: node --import tsx scripts/audit-quotes.ts [dataset-dir] [--limit N] [--examples N]
import { readSources } from '../src/sources/index.js';
import { analyzeDoc } from '../src/analyze/index.js';
import { sharedData } from '../src/util/paths.js';
import type { Doc } from '../src/types.js';

const args = process.argv.slice(2);
const flag = (name: string): number | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : undefined;
};
const limit = flag('--limit') ?? Infinity;
const examples = flag('--examples') ?? 0;
const dir = args[0] ?? sharedData('t17');
if (!dir) {
  console.error('audit-quotes: ../shared/data/t17 is absent; pass a dataset folder');
  process.exit(2);
}

const FUNCTION_WORDS = new Set(`i me my we us our you your he him his she her it its they them their this that these those
a an the some any all both each one who whom which what there here and or but of to in on at by for with from as`.split(/\s+/));
const FURNITURE = new Set(`photograph photo photos picture pictures image images video caption credit copyright views view
comment comments share follow click read related advertisement getty shutterstock`.split(/\s+/));

const texts: string[] = [];
for await (const item of readSources([dir])) {
  if (item.kind !== 'article') continue;
  texts.push(item.article.text);
  if (texts.length >= limit) break;
}

// how often each word is written lower-case, and capitalised not at a sentence start, across the dataset
const lower = new Map<string, number>();
const capital = new Map<string, number>();
for (const t of texts) {
  for (const m of t.matchAll(/(^|[.!?"“”]\s+|\n)?(\p{L}[\p{L}'’-]*)/gu)) {
    const w = m[2]!;
    const key = w.toLowerCase();
    if (w === key) lower.set(key, (lower.get(key) ?? 0) + 1);
    else if (m[1] === undefined) capital.set(key, (capital.get(key) ?? 0) + 1);
  }
}

/** Why a speaker name is junk, or undefined when it reads as a name. */
function junk(name: string): string | undefined {
  const words = name.match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
  if (words.length === 0) return 'no word';
  if (!/^\p{Lu}/u.test(name.trim())) return 'lower-case';
  const low = words.map((w) => w.toLowerCase().replace(/['’](?:s|m|re|ve|ll|d)$/, ''));
  if (low.every((w) => FUNCTION_WORDS.has(w))) return 'function word';
  if (low.some((w) => FURNITURE.has(w)) && words.length <= 2) return 'furniture';
  // one common word ("Officials", "Report"); several capitalised words together are a name ("Human Rights Watch")
  const content = low.filter((w) => !FUNCTION_WORDS.has(w));
  // an all-capitals word is a name as transcripts write it ("BLITZER:") or an acronym
  if (content.length === 1 && words.some((w) => w.length > 1 && w === w.toUpperCase())) return undefined;
  if (content.length === 1 && (lower.get(content[0]!) ?? 0) > (capital.get(content[0]!) ?? 0)) return 'common noun';
  return undefined;
}

let quotes = 0;
let attributed = 0;
let dated = 0;
let junkCount = 0;
const bySpeaker = new Map<string, number>();
const byText = new Map<string, number>();
const byReason = new Map<string, number>();
const shown: string[] = [];
const started = performance.now();
for (const text of texts) {
  let doc: Doc;
  try {
    doc = analyzeDoc(text, '2000-01-01');
  } catch {
    continue;
  }
  for (const q of doc.quotes) {
    quotes++;
    if ((q as { saidOn?: string }).saidOn) dated++;
    if (!q.speaker) {
      if (q.speakerText) byText.set(q.speakerText, (byText.get(q.speakerText) ?? 0) + 1);
      continue;
    }
    attributed++;
    bySpeaker.set(q.speaker, (bySpeaker.get(q.speaker) ?? 0) + 1);
    const why = junk(q.speaker);
    if (!why) continue;
    junkCount++;
    byReason.set(why, (byReason.get(why) ?? 0) + 1);
    if (shown.length < examples) {
      const at = q.speakerStart ?? q.start;
      shown.push(`  [${q.speaker}] ${text.slice(Math.max(0, at - 80), at + 80).replace(/\s+/g, ' ')}`);
    }
  }
}
const pct = (n: number, d: number): string => `${d ? ((100 * n) / d).toFixed(1) : '0.0'} %`;
const top = [...bySpeaker].sort((a, b) => b[1] - a[1]).slice(0, 40);
process.stdout.write([
  `${texts.length} articles from ${dir} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  `quotes: ${quotes}`,
  `attributed (speaker resolved): ${attributed} (${pct(attributed, quotes)})`,
  `dated (saidOn): ${dated}`,
  `junk speakers: ${junkCount} = ${pct(junkCount, attributed)} of attributed (${[...byReason].map(([k, v]) => `${k} ${v}`).join(', ')})`,
  'top 40 speakers:',
  ...top.map(([s, n]) => `  ${String(n).padStart(6)}  ${s}${junk(s) ? `   <- ${junk(s)}` : ''}`),
  'top 20 unresolved speaker texts (shown when no speaker is resolved):',
  ...[...byText].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([s, n]) => `  ${String(n).padStart(6)}  ${s.slice(0, 60)}`),
  ...(shown.length ? ['junk examples:', ...shown] : []),
  '',
].join('\n'));
