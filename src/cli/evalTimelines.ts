// `chronicle eval timelines <dataset-dir> [--method NAME] [--user-path] [--json]`: builds a timeline for every
// gold timeline of a tilse or news-tls dataset (news-tls protocol, or as a user's `timeline --query` would) and
// scores it with tilse's metrics.
import type { Register } from './commands.js';
import { evalCommand } from './eval.js';
import { readEvalDataset } from '../evaluate/datasets.js';
import { methodProblem } from '../service/index.js';
import { DATE_TRAINERS, EVAL_METHODS, evaluateTimelines, type DateTrainer, type MethodReport } from '../evaluate/timelines.js';
import { loadRougeResources } from '../evaluate/rouge155.js';

interface EvalTimelinesOptions {
  method?: string;
  json?: boolean;
  cache?: string;
  threads?: string;
  rougeData?: string;
  defaultWeights?: boolean;
  dateTrainer?: string;
  userPath?: boolean;
}

const f3 = (x: number): string => x.toFixed(3).padStart(7);

function table(r: MethodReport): string {
  const head = `${'task'.padEnd(64)}${'AR1-F'.padStart(7)}${'AR2-F'.padStart(7)}${'Date-F1'.padStart(8)}` +
    `${'C-R1'.padStart(7)}${'C-R2'.padStart(7)}${'Ag-R1'.padStart(7)}${'Ag-R2'.padStart(7)}${'DateRed'.padStart(8)}`;
  const lines = [`method ${r.method}`, head];
  for (const t of r.tasks) {
    lines.push(`${t.timeline.slice(0, 63).padEnd(64)}${f3(t.ar1_f)}${f3(t.ar2_f)} ${f3(t.date_f1)}${f3(t.concat_r1_f)}` +
      `${f3(t.concat_r2_f)}${f3(t.agreement_r1_f)}${f3(t.agreement_r2_f)} ${f3(t.date_redundancy)}`);
  }
  const m = r.mean;
  lines.push(`${`mean of ${r.tasks.length} tasks`.padEnd(64)}${f3(m.ar1_f)}${f3(m.ar2_f)} ${f3(m.date_f1)}${f3(m.concat_r1_f)}` +
    `${f3(m.concat_r2_f)}${f3(m.agreement_r1_f)}${f3(m.agreement_r2_f)} ${f3(m.date_redundancy)}`);
  lines.push(`(${r.seconds.toFixed(1)} s; AR = tilse align+ m:1 ROUGE F; means: P and R averaged over tasks, then F; ` +
    'DateRed = share of chosen dates within two days of another chosen date that are not gold, mean over tasks)');
  return `${lines.join('\n')}\n`;
}

export const register: Register = (program, setExit) => {
  evalCommand(program)
    .command('timelines <dataset-dir>')
    .description('Build and score a timeline for every gold timeline of a tilse (Timeline17) or news-tls dataset')
    .option('--method <name>', `${EVAL_METHODS.join(', ')} or all (default: datewise)`, 'datewise')
    .option('--json', 'print {tasks, mean, seconds} as JSON')
    .option('--cache <dir>', 'cache article analyses in this folder (re-used when the texts and analysis version match)')
    .option('--threads <n>', 'analysis worker threads (default: CPU count)')
    .option('--default-weights', 'rank dates with the shipped weights instead of training leave-one-topic-out')
    .option('--date-trainer <name>', `learner of the leave-one-topic-out date weights: ${Object.keys(DATE_TRAINERS).join(' or ')} (default: meandiff)`)
    .option('--user-path', 'build each timeline as `chronicle timeline --query <keywords>` does (all the topic\'s articles, no dates, default sizes) instead of the news-tls protocol')
    .option('--rouge-data <dir>', 'folder with smart_common_words.txt and WordNet-2.0-Exceptions/ (default: ../shared/data/rouge-1.5.5)')
    .action(async (dir: string, opts: EvalTimelinesOptions) => {
      try {
        const methods = opts.method === 'all' ? [...EVAL_METHODS] : [opts.method ?? 'datewise'];
        for (const m of methods) {
          const problem = methodProblem(m);
          if (problem) throw new Error(`--method ${m}: ${problem}`);
        }
        const threads = opts.threads !== undefined ? Number(opts.threads) : undefined;
        if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0)) {
          throw new Error(`--threads ${opts.threads}: expected a whole number`);
        }
        if (opts.dateTrainer !== undefined && !(opts.dateTrainer in DATE_TRAINERS)) {
          throw new Error(`--date-trainer ${opts.dateTrainer}: expected ${Object.keys(DATE_TRAINERS).join(' or ')}`);
        }
        const dataset = await readEvalDataset(dir);
        for (const w of dataset.warnings) process.stderr.write(`warning: ${w}\n`);
        const result = await evaluateTimelines(dataset, {
          methods,
          rouge: loadRougeResources(opts.rougeData ?? undefined),
          leaveOneTopicOut: opts.defaultWeights !== true,
          userPath: opts.userPath === true,
          ...(opts.dateTrainer !== undefined ? { dateTrainer: opts.dateTrainer as DateTrainer } : {}),
          ...(opts.cache ? { cacheDir: opts.cache } : {}),
          ...(threads !== undefined ? { threads } : {}),
        });
        if (opts.json) {
          const out = methods.length === 1
            ? { method: methods[0], tasks: result.reports[0]!.tasks, mean: result.reports[0]!.mean, seconds: result.seconds }
            : { methods: result.reports.map((r) => ({ method: r.method, tasks: r.tasks, mean: r.mean, seconds: r.seconds })), seconds: result.seconds };
          process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
        } else {
          for (const r of result.reports) process.stdout.write(table(r));
          process.stdout.write(`total ${result.seconds.toFixed(1)} s (analysis ${result.analysisSeconds.toFixed(1)} s)\n`);
        }
      } catch (err) {
        process.stderr.write(`chronicle eval timelines: ${(err as Error).message}\n`);
        setExit(1);
      }
    });
};
