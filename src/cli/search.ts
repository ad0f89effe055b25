import type { Register } from './commands.js';
import { parseDateOption, parsePositiveInt, printJson, reportingServiceErrors, withStore } from './util.js';
import { searchArticles } from '../service/index.js';

export const register: Register = (program, setExit) => {
  program
    .command('search')
    .description('full-text search over stored articles, best matches first')
    .argument('<text...>', 'words to look for')
    .option('--from <date>', 'only articles published on or after this date')
    .option('--to <date>', 'only articles published on or before this date')
    .option('--limit <n>', 'number of hits', '20')
    .option('--json', 'print an array of {articleId, published, title, snippet, score}')
    .action(async (words: string[], opts: { from?: string; to?: string; limit: string; json?: boolean }, cmd) => {
      const query = words.join(' ');
      const from = parseDateOption(opts.from, '--from');
      const to = parseDateOption(opts.to, '--to', true);
      const limit = parsePositiveInt(opts.limit, '--limit');
      await withStore(cmd, (store) => reportingServiceErrors('search', setExit, async () => {
        const searchOpts: { from?: string; to?: string; limit?: number } = {};
        if (from) searchOpts.from = from;
        if (to) searchOpts.to = to;
        if (limit) searchOpts.limit = limit;
        const hits = await searchArticles(store, query, searchOpts);
        if (opts.json) {
          printJson(hits.map((h) => ({ articleId: h.articleId, published: h.published, title: h.title ?? null,
            snippet: h.snippet, score: Number(h.score.toFixed(4)) })));
          return;
        }
        if (hits.length === 0) {
          process.stdout.write(`no stored article matches '${query}'\n`);
          return;
        }
        for (const h of hits) {
          process.stdout.write(`#${h.articleId}  ${h.published}  ${h.title ?? '(untitled)'}  [${h.score.toFixed(2)}]\n` +
            `    ${h.snippet.replace(/\s+/g, ' ')}\n`);
        }
      }));
    });
};
