import { Option } from 'commander';
import type { Register } from './commands.js';
import { parsePositiveInt, printJson, withStore } from './util.js';
import { ENTITY_PAGE, listEntities, type EntityListOptions } from '../service/index.js';
import { ENTITY_KINDS, type EntityKind } from '../types.js';

const KINDS: readonly EntityKind[] = ENTITY_KINDS;

export const register: Register = (program) => {
  program
    .command('entities')
    .description('people, organisations and places with mention counts and first/last dates')
    .addOption(new Option('--kind <kind>', 'only this kind').choices([...KINDS])
      .argParser((v) => v.toUpperCase()))
    .option('--limit <n>', `at most this many, most mentioned first (default ${ENTITY_PAGE})`)
    .option('--offset <n>', 'skip this many of the most mentioned first (the next page)')
    .option('--all', 'every entity, however many')
    .option('--json', 'print an array of {name, kind, mentions, articles, first, last}')
    .action(async (opts: { kind?: EntityKind; limit?: string; offset?: string; all?: boolean; json?: boolean }, cmd) => {
      if (opts.kind && !KINDS.includes(opts.kind)) throw new Error(`--kind: expected one of ${KINDS.join(', ')}`);
      const limit = parsePositiveInt(opts.limit, '--limit');
      const offset = opts.offset === '0' ? undefined : parsePositiveInt(opts.offset, '--offset');
      if (opts.all && limit) throw new Error('--all and --limit: give one of them');
      await withStore(cmd, async (store) => {
        const q: EntityListOptions = {};
        if (opts.kind) q.kind = opts.kind;
        if (limit) q.limit = limit;
        if (offset) q.offset = offset;
        if (opts.all) q.all = true;
        const list = await listEntities(store, q);
        if (opts.json) {
          printJson(list.map((e) => ({ name: e.name, kind: e.kind, mentions: e.mentions, articles: e.articles,
            first: e.first ?? null, last: e.last ?? null })));
          return;
        }
        if (list.length === 0) {
          process.stdout.write('no entities stored (ingest and analyse articles first)\n');
          return;
        }
        for (const e of list) {
          process.stdout.write(`${e.name.padEnd(32)} ${e.kind.padEnd(6)} ${String(e.mentions).padStart(5)} mentions  ` +
            `${e.first ?? ''} … ${e.last ?? ''}\n`);
        }
      });
    });
};
