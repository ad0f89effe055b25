import type { Register } from './commands.js';
import { parseDateOption, parsePositiveInt, printJson, reportingServiceErrors, withStore } from './util.js';
import { listArticles } from '../service/index.js';
import type { ArticleFilter } from '../store/store.js';

export const register: Register = (program, setExit) => {
  program
    .command('articles')
    .description('list stored articles (oldest first)')
    .option('--from <date>', 'only articles published on or after this date')
    .option('--to <date>', 'only articles published on or before this date')
    .option('--limit <n>', 'at most this many')
    .option('--json', 'print an array of {id, published, title, source, origins}')
    .action(async (opts: { from?: string; to?: string; limit?: string; json?: boolean }, cmd) => {
      const filter: ArticleFilter = {};
      const from = parseDateOption(opts.from, '--from');
      const to = parseDateOption(opts.to, '--to', true);
      const limit = parsePositiveInt(opts.limit, '--limit');
      if (from) filter.from = from;
      if (to) filter.to = to;
      if (limit) filter.limit = limit;
      await withStore(cmd, (store) => reportingServiceErrors('articles', setExit, async () => {
        const articles = await listArticles(store, filter);
        if (opts.json) {
          printJson(articles.map((a) => ({ id: a.id, published: a.published, title: a.title ?? null,
            source: a.source ?? null, origins: a.origins,
            ...(a.nearDuplicateOf !== undefined ? { nearDuplicateOf: a.nearDuplicateOf } : {}) })));
          return;
        }
        if (articles.length === 0) {
          process.stdout.write('no stored articles match\n');
          return;
        }
        for (const a of articles) {
          const near = a.nearDuplicateOf !== undefined ? `  (near-duplicate of #${a.nearDuplicateOf})` : '';
          process.stdout.write(`#${a.id}  ${a.published}  ${a.title ?? a.text.slice(0, 70).replace(/\s+/g, ' ')}` +
            `${a.source ? `  — ${a.source}` : ''}${near}\n`);
        }
      }));
    });
};
