// The MEANTIME reader, the entity score and `chronicle eval entities`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMeantime, namedGold, parseMeantimeXml, scoreEntities, type EntityScores } from '../../../src/evaluate/meantime.js';
import { cli } from '../../helpers/cli.js';
import { sharedData } from '../../../src/util/paths.js';
import type { EntityMention } from '../../../src/types.js';

// A small document in the CAT format: title, dateline, one sentence; "Airbus" (ORG, NAM), "US" (LOC, PRE.NAM),
// "the White House" (LOC, NAM), "Smith" (PER, NAM); sentence 3 has no markable (outside the annotated part).
function tokens(sentences: string[][]): string {
  let id = 0;
  return sentences.map((ws, s) => ws.map((w) => {
    id++;
    return `<token number="${id - 1}" sentence="${s}" t_id="${id}">${w.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</token>`;
  }).join('\n')).join('\n');
}
const XML = `<?xml version="1.0" ?><Document doc_id="1" doc_name="1_test" lang="en">
${tokens([
    ['Airbus', 'wins', 'order'],
    ['June', '13', ',', '2005'],
    ['US', 'officials', 'at', 'the', 'White', 'House', 'said', 'Smith', "'s", 'plan', 'was', '"', 'fine', '"', '.'],
    ['Jones', 'in', 'Paris', 'agreed', '.'],
  ])}
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="PRE.NAM"><token_anchor t_id="8"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NAM"><token_anchor t_id="11"/><token_anchor t_id="12"/><token_anchor t_id="13"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NAM"><token_anchor t_id="15"/></ENTITY_MENTION>
<ENTITY m_id="10" ent_type="ORG" TAG_DESCRIPTOR="Airbus"/>
<ENTITY m_id="11" ent_type="LOC" TAG_DESCRIPTOR="US"/>
<ENTITY m_id="12" ent_type="LOC" TAG_DESCRIPTOR="White House"/>
<ENTITY m_id="13" ent_type="PER" TAG_DESCRIPTOR="Smith"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><target m_id="10"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="3"/><target m_id="12"/></REFERS_TO>
<REFERS_TO r_id="4"><source m_id="4"/><target m_id="13"/></REFERS_TO>
</Relations>
</Document>`;

test('the reader rebuilds text, sentences, mention spans and types', () => {
  const doc = parseMeantimeXml(XML, 'test.xml');
  assert.equal(doc.sentences.length, 4);
  assert.equal(doc.sentences[1]!.text, 'June 13, 2005');
  assert.equal(doc.sentences[2]!.text, 'US officials at the White House said Smith\'s plan was "fine".');
  const gold = namedGold(doc).map((g) => [g.text, g.type]);
  assert.deepEqual(gold, [['Airbus', 'ORG'], ['the White House', 'LOC'], ['Smith', 'PER']]);
  assert.equal(doc.mentions.find((m) => m.text === 'US')?.syntacticType, 'PRE.NAM');
  assert.equal(doc.annotatedEnd, doc.sentences[2]!.end);
});

test('a hyphenated word the tokenizer split is rebuilt as the title in the article address writes it', () => {
  const xml = `<?xml version="1.0" ?><Document doc_id="2" doc_name="2_test" lang="en" url="http://en.wikinews.org/wiki/iTunes_replaces_Wal-Mart">
${tokens([['iTunes', 'replaces', 'Wal', '-', 'Mart'], ['Wal', '-', 'Mart', 'shares', 'fell', '-', 'sharply', '.']])}
</Document>`;
  const doc = parseMeantimeXml(xml, 'hyphen.xml');
  assert.equal(doc.sentences[0]!.text, 'iTunes replaces Wal-Mart');
  // a dash between words the title does not join keeps its spaces
  assert.equal(doc.sentences[1]!.text, 'Wal-Mart shares fell - sharply.');
});

test('bad files are reported with file and line', () => {
  assert.throws(() => parseMeantimeXml('<Document></Document>', 'x.xml'), /x\.xml: no <token> elements/);
  const broken = XML.replace('<token_anchor t_id="15"/>', '<token_anchor t_id="999"/>');
  assert.throws(() => parseMeantimeXml(broken, 'y.xml'), /y\.xml:\d+: ENTITY_MENTION m_id=4 anchors a token that does not exist/);
});

test('strict scoring: exact span and type; PRE.NAM hits are not counted; the unannotated part is not scored', () => {
  const doc = parseMeantimeXml(XML, 'test.xml');
  const at = (s: string, kind: EntityMention['kind'], from = 0): EntityMention => {
    const start = doc.text.indexOf(s, from);
    return { kind, name: s, start, end: start + s.length, text: s };
  };
  const predicted = [
    at('Airbus', 'ORG'), // correct
    at('US', 'PLACE'), // exact PRE.NAM of the same type: not scored
    at('White House', 'PLACE'), // gold includes "the": wrong under strict, right under overlap
    at('Smith', 'ORG'), // wrong type
    at('Paris', 'PLACE'), // outside the annotated part: not scored
  ];
  const s: EntityScores = scoreEntities([doc], () => predicted);
  assert.equal(s.ignored, 1);
  assert.deepEqual([s.strict.micro.tp, s.strict.micro.fp, s.strict.micro.fn], [1, 2, 2]);
  assert.deepEqual([s.strict.ORG.tp, s.strict.ORG.fp, s.strict.ORG.fn], [1, 1, 0]);
  assert.deepEqual([s.strict.PER.tp, s.strict.PER.fn], [0, 1]);
  assert.deepEqual([s.overlap.micro.tp, s.overlap.micro.fp, s.overlap.micro.fn], [2, 1, 1]);
  assert.ok(Math.abs(s.strict.micro.f1 - (2 * (1 / 3) * (1 / 3)) / (2 / 3)) < 1e-12);
  const perfect = scoreEntities([doc], () => [at('Airbus', 'ORG'), at('the White House', 'PLACE'), at('Smith', 'PERSON')]);
  assert.equal(perfect.strict.micro.f1, 1);
});

/** The command line in-process through the shared helper, which keeps the test runner's own writes out. */
async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await cli(args);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('eval entities CLI on a folder of CAT files, and on a missing folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-meantime-'));
  writeFileSync(join(dir, 'one.xml'), XML);
  const r = await runCli(['eval', 'entities', dir, '--json']);
  assert.equal(r.code, 0, r.err);
  const s = JSON.parse(r.out) as EntityScores;
  assert.equal(s.documents, 1);
  assert.equal(s.strict.micro.tp + s.strict.micro.fn, 3);
  const missing = await runCli(['eval', 'entities', join(dir, 'nope')]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no such folder/);
});

test('eval entities on MEANTIME: every NAM PER/ORG/LOC mention is counted, scores in range', async (t) => {
  const dir = sharedData('meantime-en');
  if (!dir) return t.skip('../shared/data/meantime-en absent');
  const docs = loadMeantime(dir);
  const gold = docs.reduce((n, d) => n + namedGold(d).length, 0);
  const r = await runCli(['eval', 'entities', dir, '--json']);
  assert.equal(r.code, 0, r.err);
  const s = JSON.parse(r.out) as EntityScores;
  assert.equal(s.documents, docs.length);
  assert.equal(s.strict.micro.tp + s.strict.micro.fn, gold);
  for (const rule of ['strict', 'overlap'] as const) {
    for (const type of ['PER', 'ORG', 'LOC', 'micro'] as const) {
      const c = s[rule][type];
      assert.ok(c.f1 >= 0 && c.f1 <= 1 && c.tp >= 0 && c.fp >= 0);
    }
  }
  assert.ok(s.overlap.micro.tp >= s.strict.micro.tp);
  // the tagger finds most named mentions (a model that tags nothing scores 0)
  assert.ok(s.strict.micro.f1 > 0.4, `micro F1 ${s.strict.micro.f1}`);
  const table = await runCli(['eval', 'entities', dir]);
  assert.match(table.out, /exact span and type \(standard\):/);
  assert.match(table.out, /^micro /m);
  // --nested adds the names inside descriptive phrases: more predictions, never fewer true positives
  const nested = JSON.parse((await runCli(['eval', 'entities', dir, '--nested', '--json'])).out) as EntityScores;
  assert.ok(nested.strict.micro.tp + nested.strict.micro.fp > s.strict.micro.tp + s.strict.micro.fp);
  assert.ok(nested.strict.micro.tp >= s.strict.micro.tp);
});
