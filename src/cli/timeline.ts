import { writeFileSync } from 'node:fs';
import { Option } from 'commander';
import type { Register } from './commands.js';
import { limitsFrom, MAX_FILE_SIZE_HELP } from './ingest.js';
import { parseDateOption, parsePositiveInt, ProgressLine, reportingServiceErrors, withStore } from './util.js';
import {
  describeIngest, describeMatch, ingestItems, readPaths, refresh, RENDER_FORMATS, renderTimeline, TIMELINE_METHODS, timelineRequest,
  type RenderFormat, type TimelineRequest,
} from '../service/index.js';

interface TimelineCliOptions {
  query?: string; entity?: string; story?: string; source?: string; from?: string; to?: string; dates?: string;
  perDate?: string; method: string; format: RenderFormat; out?: string; maxFileSize?: string;
}

/** The request the options describe; malformed values throw with the option's name. */
export function timelineRequestFrom(opts: TimelineCliOptions): TimelineRequest {
  const request: TimelineRequest = { method: opts.method };
  if (opts.query) request.query = opts.query;
  if (opts.entity) request.entity = opts.entity;
  if (opts.source) request.source = opts.source;
  const from = parseDateOption(opts.from, '--from');
  const to = parseDateOption(opts.to, '--to', true);
  if (from) request.from = from;
  if (to) request.to = to;
  const dates = parsePositiveInt(opts.dates, '--dates');
  const perDate = parsePositiveInt(opts.perDate, '--per-date');
  const story = parsePositiveInt(opts.story, '--story');
  if (dates) request.dates = dates;
  if (perDate) request.perDate = perDate;
  if (story !== undefined) request.story = story;
  return request;
}

export const register: Register = (program, setExit) => {
  program
    .command('timeline')
    .description('build a dated, sourced timeline (paths given are ingested first)')
    .argument('[paths...]', 'files or folders to ingest before building (idempotent)')
    .option('--query <text>', 'what the timeline is about (a phrase, else all its words; quote a phrase to insist)')
    .option('--entity <name>', 'only sentences about this person, organisation or place')
    .option('--story <id>', 'only articles of this story (see chronicle stories)')
    .option('--source <name>', 'only articles from this source')
    .option('--from <date>', 'first date (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--to <date>', 'last date (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--dates <n>', 'number of dates (default: chosen from the corpus size)')
    .option('--per-date <k>', 'sentences per date (default: chosen from the corpus size)')
    .addOption(new Option('--method <name>', 'timeline method').choices([...TIMELINE_METHODS]).default('datewise'))
    .addOption(new Option('--format <name>', 'output format').choices([...RENDER_FORMATS]).default('text'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--max-file-size <size>', MAX_FILE_SIZE_HELP)
    .action(async (paths: string[], opts: TimelineCliOptions, cmd) => {
      const request = timelineRequestFrom(opts);
      const limits = limitsFrom(opts);
      await withStore(cmd, async (store) => {
        if (paths.length > 0) {
          const progress = new ProgressLine('ingesting');
          const summary = await ingestItems(store, readPaths(paths, limits), {
            analyze: false,
            onRejection: (r) => { progress.done(); process.stderr.write(`rejected ${r.origin}: ${r.reason}\n`); },
            onProgress: (done) => progress.update(done),
          });
          progress.done();
          if (summary.new + summary.nearDuplicate > 0 || summary.rejected > 0) {
            process.stderr.write(`ingest: ${describeIngest(summary)}\n`);
          }
        }
        const aprog = new ProgressLine('analysing');
        await refresh(store, { onProgress: (d, t) => aprog.update(d, t) });
        aprog.done();
        await reportingServiceErrors('timeline', setExit, async () => {
          const timeline = await timelineRequest(store, request);
          const rendered = renderTimeline(timeline, opts.format);
          // The text format says what the query matched; the other formats carry it as data (json: matched).
          const matched = opts.format === 'text' ? describeMatch(timeline.matched) : undefined;
          const output = matched ? `${matched}\n${rendered}` : rendered;
          if (opts.out) {
            writeFileSync(opts.out, output);
            process.stderr.write(`wrote ${timeline.entries.length} dates to ${opts.out}\n`);
          } else {
            process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
          }
        });
      });
    });
};
