// `chronicle eval coref <meantime-dir> [--json]`: cross-document entity coreference of the corpus resolver on
// MEANTIME's intra_cross-doc_annotation (B-cubed; src/evaluate/crossdoc.ts documents the protocol).
import { existsSync } from 'node:fs';
import type { Register } from './commands.js';
import { evalCommand } from './eval.js';
import { entitySystem } from '../evaluate/systems.js';
import { loadCrossDoc, scoreCrossDoc, type CrossDocScores } from '../evaluate/crossdoc.js';
import type { BCubed } from '../evaluate/stories.js';

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

export function formatCorefScores(s: CrossDocScores): string {
  const row = (name: string, b: BCubed): string => `${name.padEnd(22)}${pct(b.precision)} ${pct(b.recall)} ${pct(b.f1)}`;
  const lines = [`${s.documents} documents; ${s.goldMentions} named gold mentions with a cross-document instance, ${s.aligned}` +
    ` aligned with a system mention (${s.goldEntities} gold entities, ${s.systemEntities} system entities)`,
  'B-cubed over the aligned mentions, in percent:', `${''.padEnd(22)}${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`,
  row('resolver', s.resolver), row('exact name (baseline)', s.exactName)];
  return `${lines.join('\n')}\n`;
}

export const register: Register = (program, setExit) => {
  evalCommand(program)
    .command('coref')
    .description('Score cross-document entity coreference (the corpus resolver) against MEANTIME cross-document instances')
    .argument('<meantime-dir>', 'MEANTIME release folder (its intra_cross-doc_annotation/ is read) or a folder of CAT XML files')
    .option('--json', 'print the scores as JSON')
    .action((dir: string, opts: { json?: boolean }) => {
      if (!existsSync(dir)) {
        process.stderr.write(`chronicle eval coref: ${dir}: no such folder\n`);
        setExit(2);
        return;
      }
      try {
        const scores = scoreCrossDoc(loadCrossDoc(dir), entitySystem(false));
        process.stdout.write(opts.json ? `${JSON.stringify(scores, null, 1)}\n` : formatCorefScores(scores));
      } catch (err) {
        process.stderr.write(`chronicle eval coref: ${(err as Error).message}\n`);
        setExit(1);
      }
    });
};
