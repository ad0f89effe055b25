import type { Register } from './commands.js';
import { parsePositiveInt, printJson, withStore } from './util.js';
import { listStories, mainEvents, mainPeriod, refresh } from '../service/index.js';

export const register: Register = (program) => {
  program
    .command('stories')
    .description('stories (evolving storylines), largest first, each with the period most of its coverage falls in and its biggest events')
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
          const main = mainPeriod(s);
          const all = main.first === s.first && main.last === s.last ? '' : `; all ${s.first} … ${s.last}`;
          process.stdout.write(`story ${s.id}: ${s.label}  (${s.articles} articles, ${main.first} … ${main.last}${all})\n`);
          // The biggest events, in date order: listing the first five would show a storyline's stray early pieces.
          for (const e of mainEvents(s, 5)) {
            process.stdout.write(`    ${e.date}  ${e.label}  (${e.articles} article${e.articles === 1 ? '' : 's'})\n`);
          }
          if (s.events.length > 5) process.stdout.write(`    … ${s.events.length - 5} smaller events\n`);
        }
      });
    });
};
