import type { Register } from './commands.js';
import { parsePositiveInt, printJson, withStore } from './util.js';
import { QUOTE_ORDERS, quoteListing, type QuoteOrder, type QuoteRequest } from '../service/index.js';

const MODE_WORDS = { phrase: 'as a phrase', all: 'with all of its words', any: 'with any of its words (no quote has them all)' };

export const register: Register = (program) => {
  program
    .command('quotes')
    .description('who said what: direct and reported speech with speakers')
    .option('--speaker <name>', 'only quotes by this speaker: a known person or organisation by any of its names, else part of a name')
    .option('--query <text>', 'only quotes about this: their words or their sentence name it (a phrase first, then its words; a known entity by any of its names)')
    .option('--sort <order>', `${QUOTE_ORDERS.join(' | ')}: oldest first (default), newest first (default with --query) or most cited first`)
    .option('--limit <n>', 'at most this many')
    .option('--unsourced', 'also reported words the article gives no source for (left out by default)')
    .option('--json', 'print an array of {speaker, speakerKey, speakerText, text, direct, saidOn, articleId, published, citations}')
    .action(async (opts: { speaker?: string; query?: string; sort?: string; limit?: string; json?: boolean; unsourced?: boolean }, cmd) => {
      const limit = parsePositiveInt(opts.limit, '--limit');
      if (opts.sort !== undefined && !(QUOTE_ORDERS as readonly string[]).includes(opts.sort)) {
        throw new Error(`--sort: '${opts.sort}' is no order; use ${QUOTE_ORDERS.join(', ')}`);
      }
      await withStore(cmd, async (store) => {
        const q: QuoteRequest = {};
        if (opts.speaker) q.speaker = opts.speaker;
        if (opts.query) q.query = opts.query;
        if (opts.sort) q.order = opts.sort as QuoteOrder;
        if (limit) q.limit = limit;
        if (opts.unsourced) q.unsourced = true;
        const { quotes: list, matched } = await quoteListing(store, q);
        if (opts.json) {
          printJson(list.map((x) => ({ speaker: x.speaker ?? null, speakerKey: x.speakerKey ?? null, speakerText: x.speakerText ?? null, cue: x.cue ?? null,
            text: x.text, direct: x.direct, saidOn: x.saidOn ?? null, articleId: x.articleId, published: x.published,
            title: x.title ?? null, citations: x.citations ?? 1 })));
          return;
        }
        if (list.length === 0) {
          const about = opts.query ? ` about '${opts.query}'` : '';
          process.stdout.write(opts.speaker ? `no quotes by '${opts.speaker}'${about}\n` : about ? `no quotes${about}\n` : 'no quotes stored\n');
          return;
        }
        if (matched) {
          const entity = matched.entity ? `, and ${matched.entity} by any of its names` : '';
          process.stderr.write(`quotes naming '${opts.query}' ${MODE_WORDS[matched.mode]}${entity}\n`);
        }
        for (const x of list) {
          // a resolved description shows what the article wrote too ("Global Affairs Canada (the department)");
          // a source tied to no name ("inspectors", "a spokesman") is unattributed, with the article's words
          const described = x.speaker && x.speakerText && x.speakerText.length <= 40 && !x.speakerText.includes(x.speaker);
          const who = x.speaker ? (described ? `${x.speaker} (${x.speakerText})` : x.speaker)
            : x.speakerText ? `unattributed (${x.speakerText})` : 'unattributed';
          // reported words carry their verb: "Beijing denied: the claims …" must not read as Beijing's claim
          const body = x.direct ? `“${x.text}”` : x.cue && x.cue !== ':' ? `(${x.cue}) ${x.text}` : x.text;
          const cited = (x.citations ?? 1) > 1 ? `, in ${x.citations} articles` : '';
          // the day it was said when the text gives one, else the publication day
          process.stdout.write(`${(x.saidOn ?? x.published).slice(0, 10)}  ${who}: ${body}  (#${x.articleId}${cited})\n`);
        }
      });
    });
};
