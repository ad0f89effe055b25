// What an editor rejects first in the golden timelines (bench/golden/make.sh writes them as text): headlines in
// which the verb finder of timeline/clauses.ts finds no finite verb, and entries whose summary opens on a pronoun
// or a connective with nothing before it to resolve it. The same rules the builder uses count here, so each
// flagged line is printed to be read by eye as well.
// Run: node --import tsx bench/headlineQuality.ts [golden-dir] [--quiet]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mainVerbIndex, opening } from '../src/timeline/clauses.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '/tmp/chronicle-golden';
const quiet = args.includes('--quiet');

/** An entry line of the text format: date, the date in words, the headline. */
const ENTRY = /^\d{4}(?:-\d{2}){0,2}\s{2}\(.+?\)\s{2}(.+)$/;

let entries = 0;
let noVerb = 0;
let pronoun = 0;
let connective = 0;
const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.includes('quotes')).sort();
for (const file of files) {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = ENTRY.exec(lines[i]!);
    if (!m) continue;
    entries++;
    const head = m[1]!;
    if (mainVerbIndex(head.split(/\s+/)) < 0) {
      noVerb++;
      if (!quiet) console.log(`${file}: no verb: ${head}`);
    }
    const first = lines[i + 1]?.startsWith('  • ') ? lines[i + 1]!.slice(4) : undefined;
    if (first === undefined) continue;
    const kind = opening(first);
    if (kind === 'free') continue;
    if (kind === 'pronoun') pronoun++;
    else connective++;
    if (!quiet) console.log(`${file}: opens on a ${kind}: ${first.slice(0, 100)}`);
  }
}
console.log(`${dir}: ${files.length} files, ${entries} entries; headlines without a finite verb: ${noVerb}; ` +
  `summaries opening on a pronoun: ${pronoun}, on a connective: ${connective}`);
