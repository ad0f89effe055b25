import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { outputName, parseMeantime, parseTimeml, readTimeml, writeTimeml } from '../../src/formats/timeml.js';
import { tagTimexes } from '../../src/analyze/time/index.js';
import { sharedData } from '../../src/util/paths.js';

const SAMPLE = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-08-26" temporalFunction="false" functionInDocument="CREATION_TIME">2020-08-26</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2020-08-25">Tuesday</TIMEX3> &quot;in Rome&quot; for <TIMEX3 tid="t2" type="DURATION" value="P2H">two hours</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
`;

const strip = (s: string) => s.replace(/<[^>]*>/g, '');
const textOf = (s: string) => strip(s.slice(s.indexOf('<TEXT>'), s.indexOf('</TEXT>')));

test('reads DCT, decoded text and gold offsets', () => {
  const doc = parseTimeml(SAMPLE, 'X1.tml');
  assert.equal(doc.dct, '2020-08-26');
  assert.ok(doc.text.includes('AT&T met on Tuesday "in Rome"'));
  assert.deepEqual(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value]), [
    ['Tuesday', 'DATE', '2020-08-25'],
    ['two hours', 'DURATION', 'P2H'],
  ]);
});

test('writing keeps TEXT byte-for-byte and the DCT, and drops links to removed events', () => {
  const doc = parseTimeml(SAMPLE, 'X1.tml');
  const out = writeTimeml(doc, tagTimexes(doc.text, doc.dct));
  assert.equal(textOf(out), textOf(SAMPLE));
  assert.ok(out.includes('functionInDocument="CREATION_TIME">2020-08-26</TIMEX3></DCT>'));
  assert.ok(out.includes('<TIMEX3 tid="t1" type="DATE" value="2020-08-25"'));
  assert.ok(!out.includes('<TLINK') && !out.includes('<MAKEINSTANCE') && !out.includes('<EVENT'));
  // Reading our output back gives our tags at the same offsets.
  const again = parseTimeml(out, 'X1.tml');
  assert.equal(again.text, doc.text);
  assert.deepEqual(again.timexes.map((t) => t.text), ['Tuesday', 'two hours']);
});

test('a timex next to an entity keeps the entity intact', () => {
  const doc = parseTimeml(SAMPLE.replace('AT&amp;T met', 'AT&amp;T 1998'), 'X1.tml');
  const out = writeTimeml(doc, tagTimexes(doc.text, doc.dct));
  assert.equal(textOf(out), textOf(SAMPLE.replace('AT&amp;T met', 'AT&amp;T 1998')));
});

test('output names drop .TE3input', () => {
  assert.equal(outputName('/a/b/APW1.tml.TE3input'), 'APW1.tml');
  assert.equal(outputName('APW1.tml'), 'APW1.tml');
});

test('MEANTIME token XML becomes text with token-aligned timexes', () => {
  const xml = `<Document doc_id="1" doc_name="x"><token number="0" sentence="0" t_id="1">Sales</token><token number="1" sentence="0" t_id="2">rose</token><token number="2" sentence="0" t_id="3">today</token><token number="3" sentence="1" t_id="4">December</token><token number="4" sentence="1" t_id="5">10</token>
<Markables><TIMEX3 m_id="9" type="DATE" value="2013-12-10" functionInDocument="CREATION_TIME"><token_anchor t_id="4"/><token_anchor t_id="5"/></TIMEX3><TIMEX3 m_id="10" type="DATE" value="2013-12-10" functionInDocument="NONE"><token_anchor t_id="3"/></TIMEX3></Markables></Document>`;
  const doc = parseMeantime(xml, 'x.xml');
  assert.equal(doc.dct, '2013-12-10');
  assert.equal(doc.text, 'Sales rose today\nDecember 10');
  assert.deepEqual(doc.timexes.map((t) => t.text), ['today', 'December 10']);
});

test('round trip on real TempEval-3 files keeps the text unchanged', (t) => {
  const dir = sharedData('tempeval3-dev', 'AQUAINT');
  if (!dir) return t.skip('../shared/data/tempeval3-dev absent');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.tml')).slice(0, 25)) {
    const source = readTimeml(join(dir, name));
    const out = writeTimeml(source, tagTimexes(source.text, source.dct));
    assert.equal(textOf(out), textOf(source.source), name);
    assert.equal(parseTimeml(out, name).text, source.text, name);
  }
});
