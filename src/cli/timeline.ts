import { writeFileSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { Register } from './commands.js';
import { limitsFrom, MAX_FILE_SIZE_HELP } from './ingest.js';
import { parseDateOption, parsePositiveInt, ProgressLine, reportingServiceErrors, withStore } from './util.js';
import {
  describeIngest, describeMatch, ingestPaths, methodProblem, refresh, RENDER_FORMATS, renderTimeline, TIMELINE_METHODS,
  timelineRequest, viewSaved,
  type RenderFormat, type TimelineRequest,
} from '../service/index.js';

export interface TimelineCliOptions {
  query?: string; entity?: string; story?: string; source?: string; from?: string; to?: string; dates?: string;
  perDate?: string; method: string;
}

interface TimelineCommandOptions extends TimelineCliOptions {
  format: RenderFormat; out?: string; maxFileSize?: string; saved?: string; since?: string;
}

/**
 * --method: the choices are listed in the help, and a retired method's name is refused with the reason and the
 * method to use instead (commander's own choices check could only say it is not allowed).
 */
function methodOption(): Option {
  return new Option('--method <name>', 'timeline method').choices([...TIMELINE_METHODS]).default('datewise')
    .argParser((value: string) => {
      const problem = methodProblem(value);
      // commander puts the reason after its own sentence ("argument 'x' is invalid."): start a new one.
      if (problem) throw new InvalidArgumentError(`${problem[0]!.toUpperCase()}${problem.slice(1)}.`);
      return value;
    });
}

/** The options that define a timeline, shared with `follow create`. */
export function timelineDefinitionOptions(cmd: Command): Command {
  return cmd
    .option('--query <text>', 'what the timeline is about (a phrase, else all its words; quote a phrase to insist)')
    .option('--entity <name>', 'only sentences about this person, organisation or place')
    .option('--story <id>', 'only articles of this story (see chronicle stories)')
    .option('--source <name>', 'only articles from this source')
    .option('--from <date>', 'first date (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--to <date>', 'last date (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--dates <n>', 'number of dates (default: chosen from the corpus size)')
    .option('--per-date <k>', 'sentences per date (default: chosen from the corpus size)')
    .addOption(methodOption());
}

const DEFINING = ['query', 'entity', 'story', 'source', 'from', 'to', 'dates', 'perDate'] as const;

/** --saved takes the definition from the store: defining options beside it are refused, --since needs it. */
function checkSavedOptions(opts: TimelineCommandOptions, methodGiven: boolean): void {
  if (opts.saved === undefined) {
    if (opts.since !== undefined) throw new Error('--since: only with --saved NAME (see chronicle follow list)');
    return;
  }
  const clash = DEFINING.filter((k) => opts[k] !== undefined).map((k) => `--${k.replace('perDate', 'per-date')}`);
  if (methodGiven) clash.push('--method');
  if (clash.length) {
    throw new Error(`--saved: the saved timeline has its own definition; drop ${clash.join(', ')} ` +
      '(or save another with chronicle follow create)');
  }
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

function write(output: string, dates: number, out: string | undefined): void {
  if (out) {
    writeFileSync(out, output);
    process.stderr.write(`wrote ${dates} dates to ${out}\n`);
  } else {
    process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  }
}

export const register: Register = (program, setExit) => {
  timelineDefinitionOptions(program
    .command('timeline')
    .description('build a dated, sourced timeline (paths given are ingested first)')
    .argument('[paths...]', 'files or folders to ingest before building (idempotent)'))
    .addOption(new Option('--format <name>', 'output format').choices([...RENDER_FORMATS]).default('text'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--max-file-size <size>', MAX_FILE_SIZE_HELP)
    .option('--saved <name>', 'show a saved timeline (see chronicle follow) with its edits applied')
    .option('--since <when>', 'with --saved: mark what is new since a date (YYYY-MM-DD) or since last-view')
    .action(async (paths: string[], opts: TimelineCommandOptions, cmd: Command) => {
      checkSavedOptions(opts, cmd.getOptionValueSource('method') === 'cli');
      const request = timelineRequestFrom(opts);
      const limits = limitsFrom(opts);
      await withStore(cmd, async (store) => {
        if (paths.length > 0) {
          const progress = new ProgressLine('ingesting');
          const summary = await ingestPaths(store, paths, limits, {
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
          if (opts.saved !== undefined) {
            const view = await viewSaved(store, opts.saved, opts.format, opts.since);
            write(view.rendered, view.timeline.entries.length, opts.out);
            return;
          }
          const timeline = await timelineRequest(store, request);
          const rendered = renderTimeline(timeline, opts.format);
          // The text format says what the query matched; the other formats carry it as data (json: matched).
          const matched = opts.format === 'text' ? describeMatch(timeline.matched) : undefined;
          write(matched ? `${matched}\n${rendered}` : rendered, timeline.entries.length, opts.out);
        });
      });
    });
};
