import { Option } from 'commander';
import type { Register } from './commands.js';
import { readSources, readStream, type FormatName, type ReadOptions } from '../sources/index.js';
import { ingest, type IngestSummary } from '../ingest/ingest.js';
import { ProgressLine, printJson, withStore } from './util.js';
import { processPending } from '../service/refresh.js';
import type { SourceItem } from '../types.js';

const FORMATS: FormatName[] = ['seed', 'text', 'tilse', 'newstls', 'jsonl', 'csv', 'html', 'feed'];

export interface IngestCliOptions {
  format?: FormatName;
  date?: string;
  fieldText?: string;
  fieldDate?: string;
  fieldTitle?: string;
  fieldUrl?: string;
  fieldSource?: string;
  analyze?: boolean;
  allowRejects?: boolean;
  json?: boolean;
}

export function readOptionsFrom(opts: IngestCliOptions): ReadOptions {
  const ro: ReadOptions = {};
  if (opts.format) ro.format = opts.format;
  if (opts.date) ro.defaultDate = opts.date;
  const fieldMap: NonNullable<ReadOptions['fieldMap']> = {};
  if (opts.fieldText) fieldMap.text = opts.fieldText;
  if (opts.fieldDate) fieldMap.date = opts.fieldDate;
  if (opts.fieldTitle) fieldMap.title = opts.fieldTitle;
  if (opts.fieldUrl) fieldMap.url = opts.fieldUrl;
  if (opts.fieldSource) fieldMap.source = opts.fieldSource;
  if (Object.keys(fieldMap).length) ro.fieldMap = fieldMap;
  return ro;
}

async function* allSources(paths: string[], ro: ReadOptions): AsyncGenerator<SourceItem> {
  const files = paths.filter((p) => p !== '-');
  if (files.length) yield* readSources(files, ro);
  if (paths.includes('-')) yield* readStream(process.stdin, '<stdin>', ro);
}

export function summaryLine(s: IngestSummary): string {
  return `${s.new} new, ${s.duplicate} duplicate, ${s.nearDuplicate} near-duplicate, ${s.unchanged} already stored, ` +
    `${s.rejected} rejected`;
}

export const register: Register = (program, setExit) => {
  program
    .command('ingest')
    .description('read articles from files, folders, datasets or standard input (-) and store them')
    .argument('<paths...>', 'files or folders to read; - for standard input')
    .addOption(new Option('--format <name>', 'skip auto-detection and read every file as this format').choices(FORMATS))
    .option('--date <YYYY-MM-DD>', 'publication date for records that have none (e.g. plain text on stdin)')
    .option('--field-text <name>', 'JSONL/CSV field holding the article text')
    .option('--field-date <name>', 'JSONL/CSV field holding the publication date')
    .option('--field-title <name>', 'JSONL/CSV field holding the title')
    .option('--field-url <name>', 'JSONL/CSV field holding the URL')
    .option('--field-source <name>', 'JSONL/CSV field holding the source / publisher')
    .option('--no-analyze', 'store only; skip sentence, time, entity and quote analysis')
    .option('--allow-rejects', 'exit 0 even when some records were rejected')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], opts: IngestCliOptions, cmd) => {
      await withStore(cmd, async (store) => {
        const progress = new ProgressLine('ingesting');
        const started = Date.now();
        const summary = await ingest(allSources(paths, readOptionsFrom(opts)), store, {
          onRejection: (r) => {
            progress.done();
            process.stderr.write(`rejected ${r.origin}: ${r.reason}\n`);
          },
          onProgress: (done, s) => progress.update(done, undefined, `${s.new} new`),
        });
        progress.done();
        let analyzed = 0;
        if (opts.analyze !== false) {
          const aprog = new ProgressLine('analysing');
          analyzed = (await processPending(store, { onProgress: (d, t) => aprog.update(d, t) })).analyzed;
          aprog.done();
        }
        const seconds = (Date.now() - started) / 1000;
        if (opts.json) {
          printJson({ new: summary.new, duplicate: summary.duplicate, nearDuplicate: summary.nearDuplicate,
            unchanged: summary.unchanged, rejected: summary.rejected, analyzed, seconds });
        } else {
          process.stdout.write(`${summaryLine(summary)}${opts.analyze !== false ? `; ${analyzed} analysed` : ''} ` +
            `(${seconds.toFixed(1)} s)\n`);
        }
        if (summary.rejected > 0 && !opts.allowRejects) setExit(2);
      });
    });
};
