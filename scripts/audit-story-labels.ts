// Audit of story and event labels as a journalist reads them in `chronicle stories`: over the largest stories
// of a SQLite store, each story label and the labels of the events the listing shows (mainEvents, 5 a story),
// flagged when they look glued (a title run into its lead, two sentences), like page furniture, like a photo
// caption, or run over 14 words. The flags are rough patterns of their own, independent of the rules that make
// labels, so a change to those rules is measured, not echoed; every flagged label is printed to be read.
// The stories are clustered afresh from the store's articles and analyses with this checkout's code (labels are
// kept in the saved clusterer state, so a stored state shows the labels of the code that built it); with
// --json FILE, the labels of a `chronicle stories --json` output are audited instead.
// Run: node --import tsx scripts/audit-story-labels.ts <store.db> [--top 30] [--json FILE] [--all]
import { readFileSync } from 'node:fs';
import { mainEvents } from '../src/service/stories.js';
import { openStore } from '../src/store/index.js';
import { StoryClusterer, storyInput } from '../src/stories/index.js';
import type { StorySummary } from '../src/types.js';

const MAX_WORDS = 14;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const FLAGS: Record<string, (label: string) => boolean> = {
  // A sentence end inside the label, or a capitalised determiner or pronoun after a word with no punctuation.
  glued: (l) => /[a-z\d)"'”’]{2}[.!?]["”’]?\s+["“‘]?[A-Z]/.test(l.slice(0, -1)) ||
    /[\p{L}\d%)'’"”]\s(?:The|A|An|He|She|It|They|We|This|These|Those|His|Her|Its|Their|There|Police|Officials)\s/u.test(l),
  furniture: (l) => /\b(?:you|your|you've|you're)\b|\bedition\b|\bclick\b|\blast updated\b|\bread \+|\|\s|\bsign up\b|^(?:by|posted|updated)\b/i.test(l) ||
    /^[a-z]/.test(l) || /\b(?:GMT|BST|EDT|EST)\b|\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m|GMT|BST)/i.test(l),
  caption: (l) => /\((?:L|R|C|left|right|centre|center|top|bottom|front|back|2nd [LR]|L-R|R-L|pictured|file)\)|\b(?:Photograph|AP Photo|Getty Images|pictured)\b/i.test(l) ||
    new RegExp(`\\b(?:gestures|poses|listens|looks on|waves|smiles|speaks|arrives|walks|stands|sits|holds|floats|shout|protest|chant|march|gather|wave|hold|carry|walk|stand|sit|look|pray|mourn|attend)\\b.*\\b(?:on ${WEEKDAY}|${MONTH} \\d{1,2}|in this (?:file )?(?:photo|picture|image))\\b`).test(l),
  long: (l) => l.replace(/…/g, '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > MAX_WORDS,
};

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const top = Number(option('--top') ?? 30);
const json = option('--json');
const showAll = args.includes('--all');
const file = args.find((a) => !a.startsWith('--'));
if (!file && !json) {
  console.error('audit-story-labels: pass a SQLite store file (or --json FILE)');
  process.exit(2);
}

async function recluster(path: string): Promise<StorySummary[]> {
  const store = await openStore(path);
  try {
    const ids = await store.listArticleIds();
    const clusterer = new StoryClusterer();
    // The pages refresh.ts hands the clusterer (ANALYSIS_PAGE): merges run after each page.
    for (let i = 0; i < ids.length; i += 400) {
      const page = ids.slice(i, i + 400);
      const articles = await store.listArticles({ ids: page });
      const docs = await store.getAnalyses(page);
      clusterer.add(articles.map((a) => storyInput(a, docs.get(a.id))));
    }
    return clusterer.stories();
  } finally {
    await store.close();
  }
}

const all = json ? (JSON.parse(readFileSync(json, 'utf8')) as StorySummary[]) : await recluster(file!);
const stories = [...all].sort((a, b) => b.articles - a.articles || a.id - b.id).slice(0, top);
const labels: { kind: string; text: string }[] = [];
for (const s of stories) {
  labels.push({ kind: `story ${s.id}`, text: s.label });
  for (const e of mainEvents(s, 5)) labels.push({ kind: `  event ${e.date}`, text: e.label });
}
const counts = Object.fromEntries(Object.keys(FLAGS).map((k) => [k, 0]));
let flaggedAny = 0;
for (const l of labels) {
  const flags = Object.keys(FLAGS).filter((k) => FLAGS[k]!(l.text));
  for (const f of flags) counts[f]!++;
  if (flags.length > 0) flaggedAny++;
  if (flags.length > 0 || showAll) console.log(`${l.kind}: ${l.text}${flags.length ? `   [${flags.join(', ')}]` : ''}`);
}
const storyLabels = labels.filter((l) => l.kind.startsWith('story')).length;
console.log(`\n${stories.length} stories, ${storyLabels} story labels + ${labels.length - storyLabels} event labels`);
console.log(`flagged: ${flaggedAny} of ${labels.length} (${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')})`);
