// `chronicle eval score --pred FILE --ref FILE… [--json]`: tilse's timeline metrics (ROUGE-1/2
// concat, agreement, align+ 1:1, align+ m:1) and date F1 for one predicted timeline, both in
// tilse's text format.
import { readFileSync } from 'node:fs';
import type { Register } from './commands.js';
import { evalCommand } from './eval.js';
import { loadRougeResources } from '../evaluate/rouge155.js';
import { parseTilseTimeline, type TilseTimeline } from '../formats/tilse.js';
import { scoreTimeline, type PRF, type TilseScores } from '../evaluate/tilseMetrics.js';

interface ScoreOptions {
  pred: string;
  ref: string[];
  json?: boolean;
  rougeData?: string;
  alignDateCosts?: boolean;
}

function readTimeline(path: string, warn: (m: string) => void): TilseTimeline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read timeline ${path}: ${(err as Error).message}`);
  }
  const { timeline, warnings } = parseTilseTimeline(text, path);
  for (const w of warnings) warn(w);
  if (timeline.entries.size === 0) warn(`${path}: no dated entries found (expected a date line, sentences, 32 dashes)`);
  return timeline;
}

const pct = (x: number): string => (100 * x).toFixed(2).padStart(7);

/** A readable table: one row per metric, P/R/F for ROUGE-1 and ROUGE-2. */
export function formatScoreTable(scores: TilseScores): string {
  const lines = [
    `${'metric'.padEnd(38)}${'R1-P'.padStart(7)}${'R1-R'.padStart(7)}${'R1-F'.padStart(7)}  ${'R2-P'.padStart(7)}${'R2-R'.padStart(7)}${'R2-F'.padStart(7)}`,
  ];
  const rougeMetrics = ['concat', 'agreement', 'align_date_costs', 'align_date_content_costs', 'align_date_content_costs_many_to_one'] as const;
  for (const name of rougeMetrics) {
    const m = scores[name];
    if (!m) continue;
    const row = (p: PRF): string => `${pct(p.precision)}${pct(p.recall)}${pct(p.f_score)}`;
    lines.push(`${name.padEnd(38)}${row(m.rouge_1)}  ${row(m.rouge_2)}`);
  }
  const d = scores.date_f1;
  lines.push(`${'date_f1'.padEnd(38)}${pct(d.precision)}${pct(d.recall)}${pct(d.f_score)}`);
  lines.push('(percent; P = precision, R = recall, F = F1; tilse + ROUGE-1.5.5 counting)');
  return `${lines.join('\n')}\n`;
}

export const register: Register = (program, setExit) => {
  evalCommand(program)
    .command('score')
    .description('Score a predicted timeline against reference timelines (tilse text format) with tilse\'s ROUGE metrics')
    .requiredOption('--pred <file>', 'predicted timeline (date line, sentences, 32 dashes)')
    .requiredOption('--ref <files...>', 'one or more reference timelines; several are scored together as tilse does')
    .option('--json', 'print the scores as JSON (the shape of a task\'s "scores" in sdf-tls-t17/REFERENCE.json)')
    .option('--align-date-costs', 'also compute the date-only alignment metric (tilse\'s "align")')
    .option('--rouge-data <dir>', 'folder with smart_common_words.txt and WordNet-2.0-Exceptions/ (default: ../shared/data/rouge-1.5.5)')
    .action((opts: ScoreOptions) => {
      const warn = (m: string): void => {
        process.stderr.write(`warning: ${m}\n`);
      };
      try {
        const rouge = loadRougeResources(opts.rougeData ?? undefined);
        const pred = readTimeline(opts.pred, warn);
        const refs = opts.ref.map((r) => readTimeline(r, warn));
        const scores = scoreTimeline(pred, refs, rouge, { alignDateCosts: opts.alignDateCosts === true });
        process.stdout.write(opts.json ? `${JSON.stringify(scores, null, 1)}\n` : formatScoreTable(scores));
      } catch (err) {
        process.stderr.write(`chronicle eval score: ${(err as Error).message}\n`);
        setExit(1);
      }
    });
};
