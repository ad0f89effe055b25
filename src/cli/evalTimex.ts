// chronicle eval timex <gold-dir> [--json]: TempEval-3 Task A scores of our time tagger on gold TimeML
// (or MEANTIME) documents, per sub-folder and overall.
import type { Register } from './commands.js';
import { evalCommand } from './eval.js';
import { evaluateTimexCorpus, type CorpusReport } from '../evaluate/tempeval.js';
import { existsSync } from 'node:fs';

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

export function formatReport(report: CorpusReport): string {
  const head = `${'corpus'.padEnd(22)}${'docs'.padStart(5)}${'gold'.padStart(6)}${'sys'.padStart(6)} | strict P     R    F1 | relaxed P     R    F1 | value F1  type F1`;
  const rows = [...report.groups.map((g) => ({ name: g.name, docs: g.docs, s: g.scores })), { name: 'overall', docs: report.overall.docs, s: report.overall }];
  const lines = rows.map(({ name, docs, s }) =>
    `${name.padEnd(22)}${String(docs).padStart(5)}${String(s.counts.gold).padStart(6)}${String(s.counts.system).padStart(6)} | ${pct(s.strict.p)}${pct(s.strict.r)}${pct(s.strict.f1)} | ${pct(s.relaxed.p)}${pct(s.relaxed.r)}${pct(s.relaxed.f1)} | ${pct(s.valueF1)}   ${pct(s.typeF1)}`,
  );
  return [head, '-'.repeat(head.length), ...lines, '', `tagging speed: ${(report.bytesPerSecond / 1e6).toFixed(2)} MB/s`].join('\n');
}

export const register: Register = (program, setExit) => {
  evalCommand(program)
    .command('timex')
    .description('Tag the raw text of every gold TimeML/MEANTIME document and score it as TempEval-3 Task A.')
    .argument('<gold-dir>', 'folder of gold .tml files (sub-folders are scored apart), e.g. ../shared/data/tempeval3-dev')
    .option('--json', 'print the scores as JSON')
    .action((dir: string, opts: { json?: boolean }) => {
      if (!existsSync(dir)) {
        console.error(`eval timex: ${dir}: no such folder`);
        setExit(2);
        return;
      }
      const report = evaluateTimexCorpus(dir);
      if (report.overall.docs === 0) {
        console.error(`eval timex: ${dir}: no .tml or MEANTIME .xml files found`);
        setExit(2);
        return;
      }
      console.log(opts.json ? JSON.stringify(report, null, 2) : formatReport(report));
    });
};
