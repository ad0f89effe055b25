// Golden cases from Timeline17 pages (read from ../shared at test time; skipped without it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeDoc } from '../../src/analyze/index.js';
import { tilseArticle } from '../../src/sources/tilse.js';
import { sharedData } from '../../src/util/paths.js';

/** The detokenised text of one T17 article, as ingest stores it. */
function t17(topic: string, day: string, file: string): string | undefined {
  const path = sharedData('t17', topic, 'InputDocs', day, file);
  if (!path) return undefined;
  const item = tilseArticle(path, readFileSync(path), day, topic);
  return item.kind === 'article' ? item.article.text : undefined;
}

const CASES: { name: string; at: [string, string, string]; gone: string[]; kept: string[] }[] = [
  { name: 'BBC page stamp glued to the standfirst', at: ['haiti_bbc', '2010-01-29', '1633.htm.txt'],
    gone: ['Page last updated', 'an error occurred'], kept: ['Wyclef Jean'] },
  { name: 'CNN poll widget', at: ['EgyptianProtest_cnn', '2011-01-25', '74.htm.txt'],
    gone: ['YES | NO'], kept: ['Egyptian President Hosni Mubarak stepped down as president of Egypt on February 11.'] },
  { name: 'CNN transcript: station id and speaker tags', at: ['EgyptianProtest_cnn', '2011-02-06', '121.htm.txt'],
    gone: ['this is CNN SUNDAY MORNING', 'MALVEAUX:'], kept: ['Mubarak also gave President George H.W. Bush'] },
  { name: 'BBC reader comments', at: ['bpoil_bbc', '2010-06-10', '2041.htm.txt'], gone: ['TonyP wrote'], kept: [] },
  { name: 'CNN reader comments', at: ['LibyaWar_cnn', '2011-03-24', '199.htm.txt'], gone: ['| Reply'], kept: [] },
  { name: 'CNN comment policy', at: ['LibyaWar_cnn', '2011-03-19', '19.htm.txt'], gone: ['not pre-screened'], kept: [] },
  { name: 'Guardian headline, standfirst and page stamp split from the body',
    at: ['bpoil_guardian', '2010-06-14', '598.htm.txt'], gone: ['21.52 BST'], kept: ['The board of BP'] },
];

for (const c of CASES) {
  test(`T17: ${c.name}`, (t) => {
    const text = t17(...c.at);
    if (text === undefined) return t.skip('../shared/data/t17 absent');
    const doc = analyzeDoc(text, c.at[1]);
    const sentences = doc.sentences.map((s) => s.text);
    for (const g of c.gone) assert.ok(!sentences.some((s) => s.includes(g)), `"${g}" still in a sentence`);
    for (const k of c.kept) assert.ok(sentences.some((s) => s.includes(k)), `"${k}" lost`);
  });
}
