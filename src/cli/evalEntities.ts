// `chronicle eval entities <meantime-dir> [--json] [--nested]`: precision, recall and F1 of named PERSON / ORG / PLACE
// mentions against MEANTIME's NAM mentions of PER / ORG / LOC entities, per type and micro-averaged. The
// headline rule is exact span match with the same type; same-type overlap is reported beside it
// (src/evaluate/meantime.ts documents both).
import { existsSync } from 'node:fs';
import type { Register } from './commands.js';
import { evalCommand } from './eval.js';
import { entitySystem } from '../evaluate/systems.js';
import { loadMeantime, MEANTIME_TYPES, scoreEntities, type EntityScores, type PRFCounts } from '../evaluate/meantime.js';

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

export function formatEntityScores(s: EntityScores, nested = false): string {
  const lines = [`${s.documents} documents; named mentions (NAM) of PER/ORG/LOC; P/R/F1 in percent`,
    nested
      ? 'names inside descriptive noun phrases are given as mentions too ("U.S. automaker GM" and "GM"), as MEANTIME annotates them'
      : 'the mentions analysis stores (--nested also gives names inside descriptive noun phrases, as MEANTIME annotates them)',
    `${s.ignored} predictions not scored (exact spans of same-type non-NAM gold mentions)`];
  for (const rule of ['strict', 'overlap'] as const) {
    lines.push('', rule === 'strict' ? 'exact span and type (standard):' : 'same type, overlapping spans:');
    lines.push(`${'type'.padEnd(6)}${'gold'.padStart(6)}${'pred'.padStart(6)}${'tp'.padStart(6)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}`);
    const row = (name: string, c: PRFCounts): string =>
      `${name.padEnd(6)}${String(c.tp + c.fn).padStart(6)}${String(c.tp + c.fp).padStart(6)}${String(c.tp).padStart(6)}` +
      `${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}`;
    for (const t of MEANTIME_TYPES) lines.push(row(t, s[rule][t]));
    lines.push(row('micro', s[rule].micro));
  }
  return `${lines.join('\n')}\n`;
}

export const register: Register = (program, setExit) => {
  evalCommand(program)
    .command('entities')
    .description('Score named-entity mentions (PERSON/ORG/PLACE) against MEANTIME NAM mentions (PER/ORG/LOC)')
    .argument('<meantime-dir>', 'MEANTIME release folder (its intra-doc_annotation/ is read) or a folder of CAT XML files')
    .option('--json', 'print the scores as JSON')
    .option('--nested', 'also give the name inside a descriptive phrase ("GM" in "U.S. automaker GM") as its own mention')
    .action((dir: string, opts: { json?: boolean; nested?: boolean }) => {
      if (!existsSync(dir)) {
        process.stderr.write(`chronicle eval entities: ${dir}: no such folder\n`);
        setExit(2);
        return;
      }
      try {
        const docs = loadMeantime(dir);
        // By default the output analysis stores is scored. --nested follows MEANTIME's extent convention, where a
        // name inside a descriptive noun phrase is a mention too (ExtractOptions.nestedNames).
        const nested = opts.nested === true;
        const scores = scoreEntities(docs, entitySystem(nested));
        process.stdout.write(opts.json ? `${JSON.stringify(scores, null, 1)}\n` : formatEntityScores(scores, nested));
      } catch (err) {
        process.stderr.write(`chronicle eval entities: ${(err as Error).message}\n`);
        setExit(1);
      }
    });
};
