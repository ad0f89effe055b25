import type { Register } from './commands.js';
import { parsePositiveInt, printJson, withStore } from './util.js';
import { listQuotes } from '../service/index.js';

export const register: Register = (program) => {
  program
    .command('quotes')
    .description('who said what: direct and reported speech with speakers')
    .option('--speaker <name>', 'only quotes by this speaker: a known person or organisation by any of its names, else part of a name')
    .option('--limit <n>', 'at most this many')
    .option('--json', 'print an array of {speaker, speakerKey, speakerText, text, direct, saidOn, articleId, published}')
    .action(async (opts: { speaker?: string; limit?: string; json?: boolean }, cmd) => {
      const limit = parsePositiveInt(opts.limit, '--limit');
      await withStore(cmd, async (store) => {
        const q: { speaker?: string; limit?: number } = {};
        if (opts.speaker) q.speaker = opts.speaker;
        if (limit) q.limit = limit;
        const list = await listQuotes(store, q);
        if (opts.json) {
          printJson(list.map((x) => ({ speaker: x.speaker ?? null, speakerKey: x.speakerKey ?? null, speakerText: x.speakerText ?? null, cue: x.cue ?? null,
            text: x.text, direct: x.direct, saidOn: x.saidOn ?? null, articleId: x.articleId, published: x.published,
            title: x.title ?? null })));
          return;
        }
        if (list.length === 0) {
          process.stdout.write(opts.speaker ? `no quotes by '${opts.speaker}'\n` : 'no quotes stored\n');
          return;
        }
        for (const x of list) {
          // a resolved description shows what the article wrote too ("Global Affairs Canada (the department)");
          // a source tied to no name ("inspectors", "a spokesman") is unattributed, with the article's words
          const described = x.speaker && x.speakerText && x.speakerText.length <= 40 && !x.speakerText.includes(x.speaker);
          const who = x.speaker ? (described ? `${x.speaker} (${x.speakerText})` : x.speaker)
            : x.speakerText ? `unattributed (${x.speakerText})` : 'unattributed';
          // reported words carry their verb: "Beijing denied: the claims …" must not read as Beijing's claim
          const body = x.direct ? `“${x.text}”` : x.cue && x.cue !== ':' ? `(${x.cue}) ${x.text}` : x.text;
          // the day it was said when the text gives one, else the publication day
          process.stdout.write(`${(x.saidOn ?? x.published).slice(0, 10)}  ${who}: ${body}  (#${x.articleId})\n`);
        }
      });
    });
};
