import type { Register } from './commands.js';
import { printJson, withStore } from './util.js';
import { processPending, STORY_STATE } from '../service/refresh.js';
import { StoryClusterer } from '../stories/index.js';

export const register: Register = (program) => {
  program
    .command('stories')
    .description('stories (evolving storylines) and their events, largest first')
    .option('--json', 'print the stories as JSON')
    .option('--limit <n>', 'at most this many stories', '50')
    .action(async (opts: { json?: boolean; limit: string }, cmd) => {
      await withStore(cmd, async (store) => {
        await processPending(store);
        const state = await store.loadState(STORY_STATE);
        const stories = state ? StoryClusterer.fromJSON(JSON.parse(state)).stories() : [];
        stories.sort((a, b) => b.articles - a.articles || a.id - b.id);
        const shown = stories.slice(0, Math.max(1, Number(opts.limit) || 50));
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
