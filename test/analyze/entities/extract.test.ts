// extractEntities with the repository's trained tagger: real articles, odd input, and the offsets contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../../../src/analyze/entities/index.js';
import { EntityTagger, MODEL_DIR } from '../../../src/analyze/entities/tagger.js';
import { splitSentences } from '../../../src/analyze/sentences.js';
import { sharedData } from '../../../src/util/paths.js';
import type { EntityMention } from '../../../src/types.js';

function extract(text: string): EntityMention[] {
  return extractEntities(text, splitSentences(text));
}

function checkOffsets(text: string, found: EntityMention[]): void {
  for (const m of found) {
    assert.equal(text.slice(m.start, m.end), m.text, `offsets of ${JSON.stringify(m)}`);
    assert.ok(m.name.length > 0);
    assert.ok(['PERSON', 'ORG', 'PLACE'].includes(m.kind));
  }
}

test('the weights in models/ load and match this code', () => {
  const tagger = EntityTagger.load(MODEL_DIR);
  assert.ok(tagger);
  assert.throws(() => EntityTagger.load('/nonexistent/'), /cannot read \/nonexistent\/tagger\.json/);
});

test('a written paragraph: people, places and organisations with document-level names', () => {
  const text = 'Canadian diplomat Michael Kovrig was detained in Beijing in December 2018. ' +
    'Prime Minister Justin Trudeau said on Monday that Canada would keep pressing China. ' +
    'Kovrig was charged with spying, the Chinese foreign ministry said. ' +
    'Huawei executive Meng Wanzhou remains in Vancouver. Meng denies the charges.';
  const found = extract(text);
  checkOffsets(text, found);
  const byText = new Map(found.map((m) => [m.text, m]));
  const byName = new Map(found.map((m) => [m.name, m]));
  assert.equal(byText.get('Michael Kovrig')?.kind, 'PERSON');
  assert.equal(byText.get('Kovrig')?.name, 'Michael Kovrig');
  assert.equal(byText.get('Meng')?.name, 'Meng Wanzhou');
  // the capitalised title is part of the mention's extent (MEANTIME / NewsReader convention), not of the name
  assert.equal(byName.get('Justin Trudeau')?.kind, 'PERSON');
  assert.equal(byName.get('Justin Trudeau')?.text, 'Prime Minister Justin Trudeau');
  assert.equal(byText.get('Beijing')?.kind, 'PLACE');
  assert.equal(byText.get('Vancouver')?.kind, 'PLACE');
  assert.ok(!found.some((m) => /^(Monday|December)$/.test(m.text)), 'dates are not names');
});

test('the seed articles: the people of the story under their full names', (t) => {
  const dir = sharedData('seeds');
  if (!dir) return t.skip('../shared/data/seeds absent');
  const names = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, file), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '');
    const found = extract(text);
    checkOffsets(text, found);
    for (const m of found) names.set(m.name, m.kind);
  }
  for (const person of ['Michael Kovrig', 'Michael Spavor', 'Meng Wanzhou', 'Francois-Philippe Champagne', 'Wang Yi']) {
    assert.equal(names.get(person), 'PERSON', `${person} found as a person`);
  }
  for (const short of ['Kovrig', 'Spavor', 'Meng', 'Champagne', 'Foreign Affairs Minister Francois-Philippe Champagne']) {
    assert.ok(!names.has(short), `${short} is not a name of its own`);
  }
  assert.equal(names.get('Canada'), 'PLACE');
  assert.equal(names.get('Beijing'), 'PLACE');
});

test('empty, whitespace, punctuation and sentence-less input give no mentions', () => {
  assert.deepEqual(extractEntities('', []), []);
  assert.deepEqual(extractEntities('   \n\n  ', splitSentences('   \n\n  ')), []);
  assert.deepEqual(extract('... --- !!! ???'), []);
  // no sentence list: the whole text is one unit
  const text = 'Angela Merkel met Emmanuel Macron in Paris.';
  const found = extractEntities(text, []);
  checkOffsets(text, found);
  assert.ok(found.some((m) => m.name === 'Angela Merkel' && m.kind === 'PERSON'));
});

test('non-English and mixed scripts do not crash and keep offsets right', () => {
  const texts = [
    '北京时间周三，外交部发言人赵立坚在例行记者会上表示。',
    'Министр иностранных дел России Сергей Лавров заявил в Москве.',
    'قال وزير الخارجية في القاهرة يوم الثلاثاء.',
    'Der Außenminister Heiko Maas reiste nach Brüssel. Ça va? Émile Zola 🙂 naïve café.',
  ];
  for (const text of texts) checkOffsets(text, extract(text));
});

test('a huge article (2 MB, one paragraph without sentence ends) is tagged in bounded time', () => {
  const unit = 'Officials in Ottawa and Beijing met with Michael Kovrig and representatives of Huawei ';
  const text = unit.repeat(Math.ceil(2e6 / unit.length));
  // CPU time, not wall time: a loaded machine must not fail the test (speed itself is measured in bench/).
  const before = process.cpuUsage();
  const found = extractEntities(text, [{ index: 0, start: 0, end: text.length, text }]);
  const used = process.cpuUsage(before);
  const seconds = (used.user + used.system) / 1e6;
  assert.ok(found.length > 10_000, `found ${found.length}`);
  checkOffsets(text, found.slice(0, 200));
  assert.ok(seconds < 60, `took ${seconds} CPU-s`);
});

test('extractEntities: extents and kinds after the rules', () => {
  const text = 'The plane cost US$ 40 million. ' +
    'Apple Inc. said on Monday that prices in the UK would fall. The US economy shrank.';
  const found = extract(text);
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
  const byText = new Map(found.map((m) => [m.text, m]));
  assert.ok(!found.some((m) => m.text === 'US' && text.slice(m.end, m.end + 1) === '$'), 'US$ is money');
  assert.equal(byText.get('Apple Inc.')?.kind, 'ORG');
  assert.equal(byText.get('Apple Inc.')?.name, 'Apple Inc.');
  assert.ok(byText.has('the UK'), 'the UK ends its noun phrase');
  assert.ok(!byText.has('The US'), '"The" belongs to "economy"');
});
