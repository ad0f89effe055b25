// Learns the table models/quotes/speaker-heads.tsv (what it holds: src/analyze/quotes/speakerHeads.ts) from
// folders of news articles and prints it. Run, from the repository root:
//   node --import tsx scripts/learn-speaker-heads.ts ../shared/data/t17 ../shared/data/polnear/train/text > models/quotes/speaker-heads.tsv
import { readSources } from '../src/sources/index.js';
import { countHeads, formatHeadTable, isSpeakerHead } from '../src/analyze/quotes/speakerHeads.js';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('learn-speaker-heads: name one or more folders of articles');
  process.exit(2);
}
const texts: string[] = [];
for await (const item of readSources(dirs)) if (item.kind === 'article') texts.push(item.article.text);
const rows = countHeads(texts).filter((c) => isSpeakerHead(c));
const from = dirs.map((d) => d.replace(/.*\/data\//, '../shared/data/')).join(' ');
process.stdout.write(formatHeadTable(rows, from));
console.error(`learn-speaker-heads: ${rows.length} heads from ${texts.length} articles`);
