// The cross-document coreference score (src/evaluate/crossdoc.ts) and `chronicle eval coref`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMeantimeXml } from '../../src/evaluate/meantime.js';
import { scoreCrossDoc } from '../../src/evaluate/crossdoc.js';
import { sharedData } from '../../src/util/paths.js';
import { cli } from '../helpers/cli.js';
import type { EntityMention } from '../../src/types.js';

// Two one-sentence documents; "Barack Obama" and "Obama" are one cross-document instance, "Kenya" another.
function doc(words: string[], mentions: [number, number, string][]): string {
  const toks = words.map((w, i) => `<token number="${i}" sentence="0" t_id="${i + 1}">${w}</token>`).join('\n');
  const ms = mentions.map(([a, b], k) => `<ENTITY_MENTION m_id="${k + 1}" syntactic_type="NAM">` +
    Array.from({ length: b - a }, (_, j) => `<token_anchor t_id="${a + j + 1}"/>`).join('') + '</ENTITY_MENTION>').join('\n');
  const ents = [...new Set(mentions.map((m) => m[2]))].map((inst, k) =>
    `<ENTITY m_id="${100 + k}" ent_type="${inst.startsWith('PER') ? 'PER' : 'LOC'}" instance_id="${inst}"/>`).join('\n');
  const refs = mentions.map(([, , inst], k) => `<REFERS_TO r_id="${k}"><source m_id="${k + 1}"/><target m_id="${100 +
    [...new Set(mentions.map((m) => m[2]))].indexOf(inst)}"/></REFERS_TO>`).join('\n');
  return `<Document doc_name="d">${toks}<Markables>${ms}${ents}</Markables><Relations>${refs}</Relations></Document>`;
}

test('cross-document B-cubed: gold instances against resolver keys over aligned mentions', () => {
  const a = parseMeantimeXml(doc(['Barack', 'Obama', 'visited', 'Kenya', '.'], [[0, 2, 'PER1'], [3, 4, 'LOC1']]), 'a.xml');
  const b = parseMeantimeXml(doc(['Obama', 'left', 'Kenya', '.'], [[0, 1, 'PER1'], [2, 3, 'LOC1']]), 'b.xml');
  assert.equal(a.mentions[0]!.instance, 'PER1');
  const extract = (text: string): EntityMention[] => {
    const out: EntityMention[] = [];
    for (const [name, kind] of [['Barack Obama', 'PERSON'], ['Obama', 'ORG'], ['Kenya', 'PLACE']] as const) {
      const at = text.indexOf(name);
      if (at >= 0 && !(name === 'Obama' && text.includes('Barack'))) out.push({ kind, name, start: at, end: at + name.length, text: name });
    }
    return out;
  };
  const s = scoreCrossDoc([a, b], extract);
  assert.equal(s.aligned, 4);
  assert.equal(s.resolver.f1, 1); // "Obama" typed ORG still reaches Barack Obama
  assert.ok(s.exactName.recall < 1);
});

test('an apposition gold span aligns with the system mention of its type inside it', () => {
  const words = ['Chrysler', 'Chief', 'Executive', 'Robert', 'Nardelli', 'spoke', '.'];
  const a = parseMeantimeXml(doc(words, [[0, 5, 'PER1']]), 'a.xml');
  const b = parseMeantimeXml(doc(['Robert', 'Nardelli', 'left', '.'], [[0, 2, 'PER1']]), 'b.xml');
  const extract = (text: string): EntityMention[] => ['Chrysler', 'Robert Nardelli'].flatMap((name) => {
    const at = text.indexOf(name);
    return at < 0 ? [] : [{ kind: name === 'Chrysler' ? 'ORG' as const : 'PERSON' as const, name, start: at, end: at + name.length, text: name }];
  });
  const s = scoreCrossDoc([a, b], extract);
  assert.equal(s.aligned, 2);
  assert.equal(s.resolver.f1, 1, 'the person, not the company before the title, is the mention of PER1');
});

const meantime = sharedData('meantime-en');
test('chronicle eval coref on MEANTIME: the resolver beats exact names', { skip: meantime ? false : 'needs ../shared/data/meantime-en' }, async () => {
  const r = await cli(['eval', 'coref', meantime!, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout) as { aligned: number; resolver: { f1: number }; exactName: { f1: number } };
  assert.ok(s.aligned > 600);
  assert.ok(s.resolver.f1 > s.exactName.f1, JSON.stringify(s));
});
