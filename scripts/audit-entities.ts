// Entity audit over a whole corpus: analyses every article with the pipeline (worker threads, as ingest does),
// resolves the entities with the corpus resolver in article order (as refresh does), lists the most-mentioned
// entities with their kinds, and counts those that are no names at all (pronouns, contractions, function words).
// Run: node --import tsx scripts/audit-entities.ts [dataset-dir] [--top N] [--json out.json] [--mentions cache.json]
// (--mentions keeps the analysed mentions in a file and reads them from it when it exists: resolver work only)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readSources } from '../src/sources/index.js';
import { analyzeMany, type AnalyzeItem } from '../src/analyze/pool.js';
import { EntityResolver } from '../src/analyze/entities/index.js';
import { isFunctionWordName } from '../src/analyze/entities/closedClass.js';
import { sharedData } from '../src/util/paths.js';
import type { EntityMention } from '../src/types.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const top = Number(flag('--top') ?? 500);
const jsonOut = flag('--json');
const cache = flag('--mentions');
const dir = args[0] ?? sharedData('t17');
if (!dir) {
  console.error('audit-entities: ../shared/data/t17 is absent; pass a dataset folder');
  process.exit(2);
}

const items: AnalyzeItem[] = [];
for await (const item of readSources([dir])) {
  if (item.kind === 'article') items.push({ id: items.length, text: item.article.text, published: item.article.published });
}
let docs: (EntityMention[] | undefined)[] = new Array(items.length);
if (cache && existsSync(cache)) docs = JSON.parse(readFileSync(cache, 'utf8')) as (EntityMention[] | undefined)[];
else {
  await analyzeMany(items, (r) => {
    if ('doc' in r) docs[r.id] = r.doc.entities;
  });
  if (cache) writeFileSync(cache, JSON.stringify(docs));
}

const resolver = new EntityResolver();
const count = new Map<string, { name: string; kind: string; mentions: number }>();
for (const entities of docs) {
  for (const ref of resolver.resolveDocument(entities ?? [])) {
    const e = count.get(ref.key) ?? { name: ref.name, kind: ref.kind, mentions: 0 };
    e.mentions++;
    count.set(ref.key, e);
  }
}
// The resolver's own view wins for name and kind (it may settle them after the first mention).
const state = resolver.toJSON().entities;
const byKey = new Map(state.map((e) => [e.key, e]));
const ranked = [...count].map(([key, e]) => ({ key, ...e, kind: byKey.get(key)?.kind ?? e.kind, name: byKey.get(key)?.name ?? e.name }))
  .sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : 1)).slice(0, top);
const nonNames = ranked.filter((e) => isFunctionWordName(e.name));
for (const [i, e] of ranked.entries()) {
  console.log(`${String(i + 1).padStart(4)} ${String(e.mentions).padStart(6)} ${e.kind.padEnd(6)} ${e.name}${isFunctionWordName(e.name) ? '   <- not a name' : ''}`);
}
console.log(`\n${items.length} articles, ${count.size} entities; top ${ranked.length}: ${nonNames.length} non-names` +
  (nonNames.length > 0 ? ` (${nonNames.map((e) => e.name).join(', ')})` : ''));
console.log(`resolver state: ${JSON.stringify(resolver).length} bytes`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ ranked, nonNames: nonNames.length }, null, 1));
