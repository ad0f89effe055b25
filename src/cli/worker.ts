import type { Register } from './commands.js';
import { parsePositiveInt, ProgressLine, withStore } from './util.js';
import { DEFAULT_LEASE_SECONDS, QUEUE_BATCH, runWorker, sharesWork } from '../service/workers.js';

interface WorkerCliOptions {
  threads?: string;
  batch?: string;
  lease?: string;
  follow?: boolean;
  poll?: string;
}

export const register: Register = (program, setExit) => {
  program
    .command('worker')
    .description('analyse articles stored in a PostgreSQL store together with other workers: queue what is ' +
      'pending, claim batches from the shared queue, analyse them, assign stories; run one per machine or core ' +
      '(a dead worker\'s batch is redone by another, never stored twice)')
    .option('--threads <n>', 'analysis threads in this process (default: one per core)')
    .option('--batch <n>', `articles per queued batch (default ${QUEUE_BATCH})`)
    .option('--lease <seconds>', `how long a claim lasts unless renewed; a dead worker's batch waits this long (default ${DEFAULT_LEASE_SECONDS})`)
    .option('--follow', 'keep running and pick up newly stored articles (stop with Ctrl-C)')
    .option('--poll <seconds>', 'with --follow, how often to look for new articles (default 5)')
    .addHelpText('after', '\nThe store must be PostgreSQL (--db postgres://… or $CHRONICLE_DB). Start workers on ' +
      'any machine that reaches the database;\n`chronicle ingest --no-analyze` stores articles for them, and ' +
      'every `chronicle ingest` works the queue too.')
    .action(async (opts: WorkerCliOptions, cmd) => {
      await withStore(cmd, async (store) => {
        if (!sharesWork(store)) {
          process.stderr.write('chronicle worker: --db: workers share a PostgreSQL store; this one is a SQLite ' +
            'file (use chronicle analyze)\n');
          setExit(1);
          return;
        }
        const stop = new AbortController();
        const onSignal = (): void => stop.abort();
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        const progress = new ProgressLine('analysing');
        const started = Date.now();
        const threads = parsePositiveInt(opts.threads, '--threads');
        const batchSize = parsePositiveInt(opts.batch, '--batch');
        const lease = parsePositiveInt(opts.lease, '--lease');
        const poll = parsePositiveInt(opts.poll, '--poll');
        try {
          const out = await runWorker(store, {
            ...(threads !== undefined ? { threads } : {}),
            ...(batchSize !== undefined ? { batchSize } : {}),
            ...(lease !== undefined ? { leaseSeconds: lease } : {}),
            ...(poll !== undefined ? { pollSeconds: poll } : {}),
            follow: opts.follow === true,
            signal: stop.signal,
            onProgress: (d, t) => progress.update(d, t),
            onError: (id, message) => process.stderr.write(`article #${id} could not be analysed: ${message}\n`),
          });
          progress.done();
          process.stdout.write(`${out.analyzed} articles analysed in ${out.batches} batches, ${out.storied} ` +
            `assigned to stories (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
        } finally {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
        }
      });
    });
};
