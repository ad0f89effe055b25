// Names the greedy tagger ended one word early (extent/continuation.ts), and what the pipeline makes of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continueNames } from '../../../../src/analyze/entities/extent/index.js';
import { extractEntities } from '../../../../src/analyze/entities/index.js';
import { splitSentences } from '../../../../src/analyze/sentences.js';
import { tokenize } from '../../../../src/analyze/entities/tokens.js';
import type { EntityKind } from '../../../../src/types.js';

const names = (text: string): string[] => extractEntities(text, splitSentences(text)).map((m) => `${m.text}/${m.kind}`);

test('a capitalised word after a name continues it unless it is a common word, a day, a month or a title', () => {
  const cases: [string, string, string][] = [
    ['They flew via New York; the plane was full.', 'New', 'New York'],
    ['It bought McDonnell Douglas.', 'McDonnell', 'McDonnell Douglas'],
    ['Boeing Tuesday said so.', 'Boeing', 'Boeing'],
    ['Obama President of the US.', 'Obama', 'Obama'],
    ['Apple Computer\'s Mac sold well.', 'Apple Computer', 'Apple Computer'],
    ['Airbus Report of the year.', 'Airbus', 'Airbus'],
    ['Minister of Foreign Affairs Francois-Philippe Champagne said.', 'Foreign Affairs', 'Foreign Affairs'],
  ];
  const common = new Set(['Report']);
  for (const [text, tagged, expected] of cases) {
    const tokens = tokenize(text, 0, text.length);
    const from = tokens.findIndex((t) => t.text === tagged.split(' ')[0]);
    const span = { kind: 'ORG' as EntityKind, from, to: from + tagged.split(' ').length };
    const [out] = continueNames(text, tokens, [span], (i) => i >= span.from && i < span.to, (w) => !common.has(w));
    assert.equal(text.slice(tokens[out!.from]!.start, tokens[out!.to - 1]!.end), expected, text);
  }
});

test('a day after a longer name is cut off', () => {
  const text = 'Boeing Tuesday said so.';
  const tokens = tokenize(text, 0, text.length);
  const [out] = continueNames(text, tokens, [{ kind: 'ORG' as EntityKind, from: 0, to: 2 }], () => true, () => true);
  assert.equal(out!.to, 1);
});

test('the pipeline keeps two-word names whole where the tagger stopped early', () => {
  assert.ok(names('The plane flew from Frankfurt to Chicago via New York; the airplane will be carrying people.').includes('New York/PLACE'));
  assert.ok(names('It was the home of Douglas Aircraft and McDonnell Douglas. It also marked the end.').includes('McDonnell Douglas/ORG'));
  assert.deepEqual(names('Boeing Tuesday said that President Obama Monday met investors.'), ['Boeing/ORG', 'President Obama/PERSON']);
});
