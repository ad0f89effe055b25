import { writeFileSync } from 'node:fs';
import { Option } from 'commander';
import type { Register } from './commands.js';
import { parseDateOption, parsePositiveInt, ProgressLine, withStore } from './util.js';
import { readSources } from '../sources/index.js';
import { ingest } from '../ingest/ingest.js';
import { processPending } from '../service/refresh.js';
import { TimelineRequestError, timelineFromStore, type StoreTimelineOptions } from '../service/timeline.js';
import { TIMELINE_METHODS } from '../timeline/index.js';
import { renderTimeline, type RenderFormat } from '../render/index.js';
import { summaryLine } from './ingest.js';
import { storyArticleIds } from '../service/storyMembers.js';

const FORMATS: RenderFormat[] = ['text', 'md', 'json', 'html', 'timelinejs', 'tilse', 'csv'];

interface TimelineCliOptions {
  query?: string; entity?: string; story?: string; from?: string; to?: string; dates?: string; perDate?: string;
  method: string; format: RenderFormat; out?: string;
}

export const register: Register = (program, setExit) => {
  program
    .command('timeline')
    .description('build a dated, sourced timeline (paths given are ingested first)')
    .argument('[paths...]', 'files or folders to ingest before building (idempotent)')
    .option('--query <text>', 'what the timeline is about (words an article must contain)')
    .option('--entity <name>', 'only articles mentioning this person, organisation or place')
    .option('--story <id>', 'only articles of this story (see chronicle stories)')
    .option('--from <date>', 'first date (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--to <date>', 'last date (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--dates <n>', 'number of dates (default: chosen from the corpus size)')
    .option('--per-date <k>', 'sentences per date (default: chosen from the corpus size)')
    .addOption(new Option('--method <name>', 'timeline method').choices([...TIMELINE_METHODS]).default('datewise'))
    .addOption(new Option('--format <name>', 'output format').choices(FORMATS).default('text'))
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (paths: string[], opts: TimelineCliOptions, cmd) => {
      const request: StoreTimelineOptions = { method: opts.method };
      if (opts.query) request.query = opts.query;
      if (opts.entity) request.entity = opts.entity;
      const from = parseDateOption(opts.from, '--from');
      const to = parseDateOption(opts.to, '--to', true);
      if (from) request.from = from;
      if (to) request.to = to;
      const dates = parsePositiveInt(opts.dates, '--dates');
      const perDate = parsePositiveInt(opts.perDate, '--per-date');
      if (dates) request.dates = dates;
      if (perDate) request.perDate = perDate;
      const story = parsePositiveInt(opts.story, '--story');
      await withStore(cmd, async (store) => {
        if (paths.length > 0) {
          const progress = new ProgressLine('ingesting');
          const summary = await ingest(readSources(paths), store, {
            onRejection: (r) => { progress.done(); process.stderr.write(`rejected ${r.origin}: ${r.reason}\n`); },
            onProgress: (done) => progress.update(done),
          });
          progress.done();
          if (summary.new + summary.nearDuplicate > 0 || summary.rejected > 0) {
            process.stderr.write(`ingest: ${summaryLine(summary)}\n`);
          }
        }
        const aprog = new ProgressLine('analysing');
        await processPending(store, { onProgress: (d, t) => aprog.update(d, t) });
        aprog.done();
        let timeline;
        try {
          if (story !== undefined) {
            request.story = story;
            request.storyArticleIds = await storyArticleIds(store, story);
            if (request.storyArticleIds.length === 0) {
              throw new TimelineRequestError(`there is no story ${story} (see chronicle stories)`);
            }
          }
          timeline = await timelineFromStore(store, request);
        } catch (err) {
          if (err instanceof TimelineRequestError) {
            process.stderr.write(`chronicle timeline: ${err.message}\n`);
            setExit(1);
            return;
          }
          throw err;
        }
        if (timeline.entries.length === 0) {
          process.stderr.write(`chronicle timeline: ${timeline.reason ?? 'no dated events found for this request'}\n`);
          setExit(1);
          return;
        }
        const output = renderTimeline(timeline, opts.format);
        if (opts.out) {
          writeFileSync(opts.out, output);
          process.stderr.write(`wrote ${timeline.entries.length} dates to ${opts.out}\n`);
        } else {
          process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
        }
      });
    });
};
