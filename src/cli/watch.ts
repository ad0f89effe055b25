import type { Register } from './commands.js';
import { addReadOptions, type IngestCliOptions, readOptionsFrom } from './ingest.js';
import { parsePositiveInt, reportingServiceErrors, withStore } from './util.js';
import { describeIngest, refreshSavedTimelines } from '../service/index.js';
import { type BatchReport, watchSources, type WatchOptions } from '../service/watch.js';

interface WatchCliOptions extends IngestCliOptions {
  interval: string;
  once?: boolean;
  batch?: string;
  timeout: string;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "60s", "500ms", "5m", "1h", or a plain number of seconds → milliseconds. */
export function parseDuration(text: string, name: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(text);
  const ms = m ? Number(m[1]) * UNITS[(m[2] ?? 's').toLowerCase()]! : Number.NaN;
  if (!(ms >= 1)) throw new Error(`${name}: '${text}' is not a duration (e.g. 60s, 500ms, 5m, 1h)`);
  return Math.round(ms);
}

const stamp = (): string => new Date().toISOString().slice(0, 19).replace('T', ' ');

function describeBatch(r: BatchReport, analyze: boolean): string {
  const analysed = analyze ? `; ${r.outcome.analyzed ?? 0} analysed` : '';
  return `${stamp()} ${r.source}: ${r.read} read: ${describeIngest(r.outcome)}${analysed}\n`;
}

export const register: Register = (program, setExit) => {
  addReadOptions(program
    .command('watch')
    .description('keep ingesting: new or changed files in folders, new items of feed files and of feeds by URL')
    .argument('<sources...>', 'folders, files, or http(s) URLs of RSS/Atom feeds'))
    .option('--interval <duration>', 'time between passes (e.g. 60s, 5m)', '60s')
    .option('--once', 'one pass over every source, then exit (for cron and scripts); exit 2 when a feed failed')
    .option('--batch <files>', 'files read per batch: each batch is stored, analysed and reported before the next', '200')
    .option('--timeout <duration>', 'longest a feed fetch may take, body included', '30s')
    .option('--no-analyze', 'store only; skip sentence, time, entity and quote analysis')
    .action(async (sources: string[], opts: WatchCliOptions, cmd) => {
      const analyze = opts.analyze !== false;
      const stop = new AbortController();
      const options: WatchOptions = {
        intervalMs: parseDuration(opts.interval, '--interval'),
        fetchTimeoutMs: parseDuration(opts.timeout, '--timeout'),
        filesPerBatch: parsePositiveInt(opts.batch, '--batch') ?? 200,
        read: readOptionsFrom(opts),
        analyze,
        once: opts.once === true,
        signal: stop.signal,
        onReport: (r) => process.stdout.write(describeBatch(r, analyze)),
        onLog: (line) => process.stderr.write(`${stamp()} ${line}\n`),
        onRejection: (r) => process.stderr.write(`rejected ${r.origin}: ${r.reason}\n`),
        // Saved timelines follow the new articles: each one whose articles changed is rebuilt and its snapshot kept,
        // so `timeline --saved NAME --since last-view` shows what the batch added.
        ...(analyze ? {
          onBatch: async (store) => {
            for (const r of await refreshSavedTimelines(store)) {
              if (r.rebuilt) process.stderr.write(`${stamp()} saved timeline ${r.name}: ${r.problem ?? `${r.entries} entries`}\n`);
            }
          },
        } : {}),
      };
      // A first signal lets the batch in flight finish (each batch is committed whole); a second one quits now.
      const onSignal = (signal: NodeJS.Signals): void => {
        if (stop.signal.aborted) process.exit(signal === 'SIGINT' ? 130 : 143);
        process.stderr.write(`${stamp()} ${signal}: stopping after the batch in flight\n`);
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        await reportingServiceErrors('watch', setExit, () => withStore(cmd, async (store) => {
          const outcome = await watchSources(store, sources, options);
          if (options.once && outcome.batches === 0 && outcome.failedFetches === 0) process.stdout.write(`${stamp()} nothing new or changed\n`);
          // A cron job learns that a feed could not be fetched (each failure is on stderr), as ingest's 2 for rejections.
          if (options.once && outcome.failedFetches > 0) setExit(2);
        }));
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
};
