// Attribution rules of extractQuotes on small hand-written texts (entities given by hand, so these
// tests pin the quote rules, not the entity tagger).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/analyze/quotes.js';
import { splitSentences } from '../../../src/analyze/sentences.js';
import type { EntityKind } from '../../../src/types.js';
import { ents } from '../../helpers/mentions.js';

function run(text: string, list: Array<[string, EntityKind, string?]> = []) {
  return extractQuotes(text, splitSentences(text), ents(text, list));
}

test('direct quote with a post-posed speaker: “C,” X said', () => {
  const text = '“We will not back down from this fight,” Donald Trump said on Tuesday.';
  const qs = run(text, [['Donald Trump', 'PERSON']]);
  assert.equal(qs.length, 1);
  const q = qs[0]!;
  assert.equal(q.direct, true);
  assert.equal(q.text, 'We will not back down from this fight');
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(q.speaker, 'Donald Trump');
  assert.equal(q.speakerText, 'Donald Trump');
  assert.equal(q.cue, 'said');
});

test('inverted cue: “C,” said X', () => {
  const qs = run('“Yesterday, there were two polls,” said Caddell.', [['Caddell', 'PERSON', 'Pat Caddell']]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, 'Pat Caddell');
  assert.equal(qs[0]!.text, 'Yesterday, there were two polls');
});

test('reported speech: X said that C', () => {
  const text = 'Mayor Jane Okafor said that the bridge would reopen in March.';
  const qs = run(text, [['Jane Okafor', 'PERSON']]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.direct, false);
  assert.equal(qs[0]!.text, 'the bridge would reopen in March');
  assert.equal(qs[0]!.speaker, 'Jane Okafor');
  assert.match(qs[0]!.speakerText!, /Okafor$/);
});

test('reported speech with an object: X told reporters on Thursday that C', () => {
  const qs = run('Pat Caddell told reporters on Thursday that health was at the forefront.', [['Pat Caddell', 'PERSON']]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.text, 'health was at the forefront');
  assert.equal(qs[0]!.speaker, 'Pat Caddell');
});

test('post-posed reported speech: C, the department added', () => {
  // "the department" names no organisation itself: it refers back to the one that spoke just before
  const text = 'A summary released by Global Affairs Canada said the ministers met. ' +
    'Canada continues to call on China to release both men, the department added.';
  const qs = run(text, [['Global Affairs Canada', 'ORG'], ['Canada', 'PLACE'], ['China', 'PLACE']]);
  const q = qs.find((x) => x.speakerText === 'the department');
  assert.ok(q, JSON.stringify(qs));
  assert.equal(q.speaker, 'Global Affairs Canada');
  assert.equal(q.text, 'Canada continues to call on China to release both men');
});

test('organisation noun prefers the ORG whose name holds it', () => {
  const text = 'Acme Corp and the Department of Energy met. The fuel will run out soon, the department said.';
  const qs = run(text, [['Acme Corp', 'ORG'], ['Department of Energy', 'ORG']]);
  assert.equal(qs.find((x) => x.speakerText === 'the department')?.speaker, 'Department of Energy');
});

test('pronoun speaker resolves to the most recent PERSON outside quotations', () => {
  const text = 'Maria Lopez visited the site with Tom Reed. “Ask Tom Reed,” she said. She said the repairs were late.';
  const qs = run(text, [['Maria Lopez', 'PERSON'], ['Tom Reed', 'PERSON']]);
  // the most recent PERSON before 'she' is Tom Reed inside the quotation, skipped there; outside quotations
  // the latest is Tom Reed in the first sentence, but 'Tom' is a male first name (gender.ts), so Maria Lopez
  assert.ok(qs.length >= 2);
  for (const q of qs) assert.equal(q.speakerText?.toLowerCase(), 'she');
  assert.equal(qs[0]!.speaker, 'Maria Lopez');
  const reported = qs.find((q) => !q.direct)!;
  assert.equal(reported.text, 'the repairs were late');
});

test('according to, before and after the content', () => {
  const a = run('According to the police, three people were injured.');
  assert.equal(a.length, 1);
  assert.equal(a[0]!.speakerText, 'the police');
  assert.equal(a[0]!.text, 'three people were injured');
  const b = run('Three people were injured, according to the police.');
  assert.equal(b.length, 1);
  assert.equal(b[0]!.speakerText, 'the police');
  assert.equal(b[0]!.text, 'Three people were injured');
});

test('a quotation paragraph with no cue continues the previous speaker', () => {
  const text = '“The first part,” Ann Lee said.\n\n“The second part follows here.”\n\nThe weather was fine.';
  const qs = run(text, [['Ann Lee', 'PERSON']]);
  assert.equal(qs.length, 2);
  assert.equal(qs[1]!.text, 'The second part follows here');
  assert.equal(qs[1]!.speaker, 'Ann Lee');
  assert.equal(qs[1]!.speakerStart, qs[0]!.speakerStart);
});

test('passive "was said to" is not an attribution, and a sentence without a cue gives nothing', () => {
  assert.deepEqual(run('Champagne was also said to have asked for clemency.'), []);
  assert.deepEqual(run('The bridge collapsed at dawn and traffic stopped.'), []);
});

test('bad input: empty, unclosed quotation, non-English, huge', () => {
  assert.deepEqual(extractQuotes('', [], []), []);
  const unclosed = 'He said “this never closes';
  for (const q of run(unclosed)) assert.ok(q.end <= unclosed.length && q.start < q.end);
  const zh = '他说：“我们会继续努力。” Путин сказал, что всё хорошо.';
  assert.doesNotThrow(() => run(zh));
  // Work must grow linearly with the input: 2 MB may cost about four times what 0.5 MB costs, not sixteen. CPU time
  // of both runs is compared (a ratio, so a loaded machine slows both alike); speed itself is in bench/quotes.ts.
  const para = '“The fund will grow,” the treasurer said. The meeting ended.\n\n';
  const cpuOf = (size: number): { ms: number; text: string; quotes: ReturnType<typeof extractQuotes> } => {
    const text = para.repeat(Math.ceil(size / para.length));
    const before = process.cpuUsage();
    const quotes = extractQuotes(text, splitSentences(text), []);
    const used = process.cpuUsage(before);
    return { ms: (used.user + used.system) / 1000, text, quotes };
  };
  const small = cpuOf(500_000);
  const big = cpuOf(2_000_000);
  // the same words by the same speaker, again and again, are one quote
  assert.equal(big.quotes.length, 1);
  for (const q of big.quotes.slice(0, 50)) assert.equal(big.text.slice(q.start, q.end), q.text);
  // A collection landing in one run only can double its CPU on a busy machine: an over-long run is timed once more
  // and the faster of the two counts (quadratic work stays over the bound in both).
  const limit = 8 * Math.max(small.ms, 50);
  const bigMs = big.ms < limit ? big.ms : Math.min(big.ms, cpuOf(2_000_000).ms);
  assert.ok(bigMs < limit, `0.5 MB took ${small.ms.toFixed(0)} CPU-ms, 2 MB ${bigMs.toFixed(0)}`);
});
