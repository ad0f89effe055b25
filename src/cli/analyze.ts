import type { Register } from './commands.js';
import { ProgressLine, withStore } from './util.js';
import { refresh } from '../service/index.js';

export const register: Register = (program) => {
  program
    .command('analyze')
    .description('analyse stored articles that have no current analysis (sentences, time, entities, quotes)')
    .option('--threads <n>', 'worker threads (default: one per core)')
    .action(async (opts: { threads?: string }, cmd) => {
      await withStore(cmd, async (store) => {
        const progress = new ProgressLine('analysing');
        const started = Date.now();
        // Asked for by name: articles whose analysis failed before are tried again too.
        const hooks: Parameters<typeof refresh>[1] = {
          retryFailed: true,
          onProgress: (d, t) => progress.update(d, t),
          onError: (id, message) => process.stderr.write(`article #${id} could not be analysed: ${message}\n`),
        };
        if (opts.threads !== undefined) hooks.threads = Number(opts.threads);
        const { analyzed: n } = await refresh(store, hooks);
        progress.done();
        process.stdout.write(`${n} articles analysed (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      });
    });
};
