// `chronicle eval quotes <polnear-dir> [--json] [--learn-cues]`: quote attribution scored against PolNeAR
// (content+source pairs and content only; definitions in src/evaluate/polnear.ts), with throughput.
import type { Register } from './commands.js';
import { evalCommand } from './eval.js';
import { quotesOf } from '../evaluate/systems.js';
import {
  cueStatistics, cueTableSource, readPolnearDir, scoreDoc, selectCueWords, totalScores, type DocCounts, type PRFCounts,
} from '../evaluate/polnear.js';

interface Options {
  json?: boolean;
  learnCues?: boolean;
  minCount?: string;
  minPrecision?: string;
}

const row = (name: string, p: PRFCounts): string =>
  `${name.padEnd(16)} P ${(100 * p.precision).toFixed(1).padStart(5)}  R ${(100 * p.recall).toFixed(1).padStart(5)}  F1 ${(100 * p.f1).toFixed(1).padStart(5)}   (${p.tp} matched, ${p.predicted} predicted, ${p.gold} gold)`;

export const register: Register = (program, setExit) => {
  evalCommand(program)
    .command('quotes')
    .description('Score quote attribution (content + source) against a PolNeAR split (text/ + attributions/)')
    .argument('<polnear-dir>', 'a PolNeAR split folder, e.g. ../shared/data/polnear/dev')
    .option('--json', 'print the scores as JSON')
    .option('--learn-cues', 'print the cue lexicon learned from this split as the table models/quotes/cues.tsv')
    .option('--min-count <n>', 'with --learn-cues: least number of cue occurrences', '5')
    .option('--min-precision <p>', 'with --learn-cues: least P(cue | word)', '0.5')
    .action((dir: string, opts: Options) => {
      try {
        const docs = readPolnearDir(dir);
        if (opts.learnCues) {
          const minCount = Number(opts.minCount);
          const minPrecision = Number(opts.minPrecision);
          if (!Number.isFinite(minCount) || !Number.isFinite(minPrecision)) throw new Error('--min-count and --min-precision must be numbers');
          const words = selectCueWords(cueStatistics(docs), minCount, minPrecision);
          process.stdout.write(cueTableSource(words, dir.replace(/.*polnear\//, 'polnear/'), minCount, minPrecision));
          return;
        }
        const counts: DocCounts[] = [];
        let chars = 0;
        let analyseMs = 0;
        let quoteMs = 0;
        for (const d of docs) {
          const run = quotesOf(d.text);
          analyseMs += run.analyseMs;
          quoteMs += run.quoteMs;
          chars += d.text.length;
          counts.push(scoreDoc(d, run.quotes));
        }
        const scores = totalScores(counts, chars);
        const mbps = quoteMs > 0 ? chars / 1e6 / (quoteMs / 1000) : Infinity;
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ ...scores, quotesMBps: mbps, quotesMs: quoteMs, sentencesEntitiesMs: analyseMs }, null, 1)}\n`);
          return;
        }
        process.stdout.write([
          `PolNeAR ${dir}: ${scores.docs} annotation files, ${(chars / 1e6).toFixed(2)} MB of text`,
          row('content+source', scores.contentSource),
          row('content only', scores.contentOnly),
          `quotes stage: ${quoteMs.toFixed(0)} ms, ${mbps.toFixed(2)} MB/s (sentences+entities: ${analyseMs.toFixed(0)} ms)`,
          '',
        ].join('\n'));
      } catch (err) {
        process.stderr.write(`chronicle eval quotes: ${(err as Error).message}\n`);
        setExit(1);
      }
    });
};
