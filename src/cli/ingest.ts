import { type Command, Option } from 'commander';
import type { Register } from './commands.js';
import { ProgressLine, printJson, withStore } from './util.js';
import { describeIngest, FORMAT_NAMES, ingestPaths, type FormatName, type ReadOptions } from '../service/index.js';
import { formatBytes, DEFAULT_MAX_FILE_SIZE, parseByteSize } from '../sources/index.js';

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
  maxFileSize?: string;
}

/** The read limits the options set; a malformed value throws with the option's name. */
export function limitsFrom(opts: { maxFileSize?: string }): Pick<ReadOptions, 'maxFileSize'> {
  if (opts.maxFileSize === undefined) return {};
  const bytes = parseByteSize(opts.maxFileSize);
  if (bytes === undefined) throw new Error(`--max-file-size: '${opts.maxFileSize}' is not a size (e.g. 512MB, 2GB, 4096)`);
  return { maxFileSize: bytes };
}

export const MAX_FILE_SIZE_HELP = `largest file read whole, and most a .gz may expand to (e.g. 512MB); larger ones are rejected (default ${formatBytes(DEFAULT_MAX_FILE_SIZE)}; JSONL is read line by line and may be larger)`;

export function readOptionsFrom(opts: IngestCliOptions): ReadOptions {
  const ro: ReadOptions = limitsFrom(opts);
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

/** The reader options (format, default date, field names, size limit) every command that reads files offers. */
export function addReadOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--format <name>', 'skip auto-detection and read every file as this format').choices([...FORMAT_NAMES]))
    .option('--date <YYYY-MM-DD>', 'publication date for records that have none (e.g. plain text on stdin)')
    .option('--field-text <name>', 'JSONL/CSV field holding the article text')
    .option('--field-date <name>', 'JSONL/CSV field holding the publication date')
    .option('--field-title <name>', 'JSONL/CSV field holding the title')
    .option('--field-url <name>', 'JSONL/CSV field holding the URL')
    .option('--field-source <name>', 'JSONL/CSV field holding the source / publisher')
    .option('--max-file-size <size>', MAX_FILE_SIZE_HELP);
}

export const register: Register = (program, setExit) => {
  addReadOptions(program
    .command('ingest')
    .description('read articles from files, folders, datasets or standard input (-) and store them')
    .argument('<paths...>', 'files or folders to read; - for standard input'))
    .option('--no-analyze', 'store only; skip sentence, time, entity and quote analysis')
    .option('--allow-rejects', 'exit 0 even when some records were rejected')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], opts: IngestCliOptions, cmd) => {
      await withStore(cmd, async (store) => {
        const progress = new ProgressLine('ingesting');
        const aprog = new ProgressLine('analysing');
        const started = Date.now();
        const summary = await ingestPaths(store, paths, readOptionsFrom(opts), {
          analyze: opts.analyze !== false,
          onRejection: (r) => {
            progress.done();
            process.stderr.write(`rejected ${r.origin}: ${r.reason}\n`);
          },
          onProgress: (done, s) => progress.update(done, undefined, `${s.new} new`),
          onAnalysisProgress: (d, t) => { progress.done(); aprog.update(d, t); },
        });
        progress.done();
        aprog.done();
        const analyzed = summary.analyzed ?? 0;
        const seconds = (Date.now() - started) / 1000;
        if (opts.json) {
          printJson({ new: summary.new, duplicate: summary.duplicate, nearDuplicate: summary.nearDuplicate,
            unchanged: summary.unchanged, rejected: summary.rejected, analyzed, seconds });
        } else {
          process.stdout.write(`${describeIngest(summary)}${opts.analyze !== false ? `; ${analyzed} analysed` : ''} ` +
            `(${seconds.toFixed(1)} s)\n`);
        }
        if (summary.rejected > 0 && !opts.allowRejects) setExit(2);
      });
    });
};
