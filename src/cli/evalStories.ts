// `chronicle eval stories <dir> [--json] [--no-analyze]`: clusters every article of a gold set into stories
// with the incremental story clusterer and scores them (B-cubed P/R/F1, purity). Each immediate subfolder
// of <dir> is one gold story; its articles may be in any format Chronicle reads. By default entities come
// from the analysis pipeline, as in `chronicle ingest`, so the scores are the product's; `--no-analyze`
// uses the clusterer's capitalised-phrase fallback instead (faster, not what ingest uses).
import { existsSync } from 'node:fs';
import type { Register } from './commands.js';
import { evalCommand } from './eval.js';
import { loadGoldSet, runStoryEval, storyBreakdown, type StoryRun } from '../evaluate/stories.js';
import { pipelineEntities } from '../evaluate/systems.js';

interface Options {
  json?: boolean;
  analyze?: boolean;
  detail?: boolean;
}

/** Per gold group: where its articles went; then the predicted story sizes. */
function formatDetail(run: StoryRun, gold: string[]): string {
  const { groups, sizes } = storyBreakdown(run.stories, gold);
  const lines = ['gold group: articles; in its main story (story size); next stories (articles/size); in stories of <= 5'];
  for (const g of groups) {
    const others = g.others.map(([c, n]) => `${c}/${n}`).join(' ') || '-';
    lines.push(`  ${g.gold}: ${g.articles}; ${g.main.articles} (${g.main.storySize}); ${others}; ${g.inSmallStories} in ${g.stories} stories`);
  }
  lines.push('story sizes: ' + sizes.map((b, k) => {
    const lo = k === 0 ? 0 : sizes[k - 1]!.upTo;
    const range = b.upTo === Infinity ? `>${lo}` : b.upTo === lo + 1 ? `${b.upTo}` : `${lo + 1}-${b.upTo}`;
    return `${range}: ${b.stories} (${b.articles} art.)`;
  }).join(', '));
  return lines.join('\n');
}

const pct = (x: number): string => (100 * x).toFixed(2);

function formatRun(dir: string, articles: number, run: StoryRun, analyzeMs: number | undefined): string {
  const s = run.scores;
  return [
    `${dir}: ${articles} articles, ${s.gold_clusters} gold stories, ${s.clusters} predicted stories`,
    `B-cubed precision ${pct(s.b3.precision)}  recall ${pct(s.b3.recall)}  F1 ${pct(s.b3.f1)}`,
    `purity ${pct(s.purity)}`,
    `clustering took ${(run.clusterMs / 1000).toFixed(2)} s` +
      (analyzeMs === undefined
        ? ' (entities: capitalised phrases, --no-analyze)'
        : `; entity analysis ${(analyzeMs / 1000).toFixed(1)} s (entities: analysis pipeline, as ingest)`),
  ].join('\n');
}

export const register: Register = (program, setExit) => {
  evalCommand(program)
    .command('stories')
    .description('Cluster a gold set into stories and score them: B-cubed precision/recall/F1 and purity.')
    .argument('<dir>', 'folder whose immediate subfolders are the gold stories')
    .option('--json', 'print {b3: {precision, recall, f1}, purity, clusters, gold_clusters} as JSON')
    .option('--detail', 'also print where each gold group went and the distribution of story sizes')
    .option('--no-analyze', 'use capitalised phrases as entities (faster) instead of the analysis pipeline\'s, which ingest uses')
    .action(async (dir: string, opts: Options) => {
      try {
        if (!existsSync(dir)) throw new Error(`${dir}: no such folder`);
        const { articles, rejects } = await loadGoldSet(dir);
        for (const r of rejects) process.stderr.write(`warning: skipped ${r.origin}: ${r.reason}\n`);
        if (articles.length === 0) throw new Error(`${dir}: no readable articles in its subfolders`);
        let entities: Awaited<ReturnType<typeof pipelineEntities>> | undefined;
        let analyzeMs: number | undefined;
        if (opts.analyze) {
          const started = Date.now();
          const texts = articles.map((a) => ({ text: a.article.text, published: a.article.published.slice(0, 10) }));
          entities = await pipelineEntities(texts, (i, message) =>
            process.stderr.write(`warning: analysis failed for ${articles[i]!.article.origin}: ${message}\n`));
          analyzeMs = Date.now() - started;
        }
        const run = runStoryEval(articles, entities ? { entities } : {});
        process.stdout.write(opts.json ? `${JSON.stringify(run.scores)}\n` : `${formatRun(dir, articles.length, run, analyzeMs)}\n`);
        if (opts.detail && !opts.json) process.stdout.write(`${formatDetail(run, articles.map((a) => a.gold))}\n`);
      } catch (err) {
        process.stderr.write(`chronicle eval stories: ${(err as Error).message}\n`);
        setExit(1);
      }
    });
};
