import type { Register } from './commands.js';
import { parsePositiveInt, printJson, withStore } from './util.js';
import { listStories, refresh } from '../service/index.js';

export const register: Register = (program) => {
  program
    .command('stories')
    .description('stories (evolving storylines) and their events, largest first')
    .option('--json', 'print the stories as JSON')
    .option('--limit <n>', 'at most this many stories', '50')
    .action(async (opts: { json?: boolean; limit: string }, cmd) => {
      const limit = parsePositiveInt(opts.limit, '--limit');
      await withStore(cmd, async (store) => {
        await refresh(store);
        const shown = await listStories(store, limit ? { limit } : {});
        if (opts.json) {
          printJson(shown);
          return;
        }
        if (shown.length === 0) {
          process.stdout.write('no stories yet (ingest articles first)\n');
          return;
        }
        for (const s of shown) {
          process.stdout.write(`story ${s.id}: ${s.label}  (${s.articles} articles, ${s.first} … ${s.last})\n`);
          for (const e of s.events.slice(0, 5)) {
            process.stdout.write(`    ${e.date}  ${e.label}  (${e.articles})\n`);
          }
          if (s.events.length > 5) process.stdout.write(`    … ${s.events.length - 5} more events\n`);
        }
      });
    });
};
