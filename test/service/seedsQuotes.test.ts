// The quotes a journalist sees for the seed articles, through the command line: every listed quote comes from
// a speech verb with a speaker who is a name (or stays unattributed), each is listed once, and the two
// officials' words go to the right people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData } from '../../src/util/paths.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const seeds = sharedData('seeds');
const skip = seeds && existsSync(seeds) ? false : 'needs ../shared/data/seeds (absent here)';

interface Listed {
  speaker: string | null;
  speakerKey: string | null;
  speakerText: string | null;
  saidOn: string | null;
  cue: string | null;
  text: string;
  direct: boolean;
  articleId: number;
}

test('seeds: quotes are speech with trustworthy speakers, listed once', { skip }, async () => {
  const db = join(tempDir('chronicle-seeds-quotes-'), 'seeds.db');
  const ingest = await cli(['--db', db, 'ingest', seeds!]);
  assert.equal(ingest.status, 0, ingest.stderr);
  const json = await cli(['--db', db, 'quotes', '--json']);
  assert.equal(json.status, 0, json.stderr);
  const quotes = JSON.parse(json.stdout) as Listed[];
  assert.ok(quotes.length >= 5, json.stdout);
  const show = JSON.stringify(quotes, null, 1);

  const champagne = quotes.find((q) => q.text.startsWith('Canada will continue to advocate'));
  assert.equal(champagne?.speaker, 'Francois-Philippe Champagne', show);
  // the statement the text dates ("said in a statement on Friday") dates his later words too
  assert.equal(champagne?.saidOn, '2020-06-19', show);
  // "Canada's top diplomat" is the foreign minister the article introduced, listed under his entity
  const diplomat = quotes.find((q) => q.speakerText === "Canada's top diplomat");
  assert.equal(diplomat?.speaker, 'Francois-Philippe Champagne', show);
  assert.equal(diplomat?.speakerKey, champagne?.speakerKey, show);
  assert.equal(diplomat?.saidOn, '2020-06-19', show);
  const zhao = quotes.find((q) => q.text.startsWith('I would like to stress once again'));
  assert.equal(zhao?.speaker, 'Zhao Lijian', show);

  for (const q of quotes) {
    // no pronoun, article or page word is ever shown as who spoke
    assert.doesNotMatch(q.speaker ?? q.speakerText ?? '', /^(?:I|we|you|they|he|she|it|a|an|the|Views)$/i, show);
    // reported words embedded in another report or nested in a speaker's own words are not quotes of their own
    assert.notEqual(q.speakerText, 'the two', `"the two discussed …" is no quote: ${show}`);
    assert.doesNotMatch(q.text, /^(?:for|of|about|any wrongdoing,)\b/, `content cut out of a clause: ${show}`);
    assert.doesNotMatch(q.text, /, is now facing/, `a relative clause's content runs on into the main clause: ${show}`);
  }
  // Beijing denied these claims: they must not be listed as Beijing's words
  assert.ok(!quotes.some((q) => q.text.startsWith('the cases against the two Canadian nationals')), show);
  // a quote said once is listed once
  const seen = new Set<string>();
  for (const q of quotes) {
    const key = `${q.articleId}:${q.text}`;
    assert.ok(!seen.has(key), `listed twice: ${q.text}`);
    seen.add(key);
  }
  for (const q of quotes) {
    const inner = quotes.find((o) => o !== q && o.articleId === q.articleId && o.text.length > q.text.length && o.text.includes(q.text) &&
      o.speakerText === q.speakerText);
    assert.equal(inner, undefined, `"${q.text}" repeats part of "${inner?.text}"`);
  }

  // the list a journalist reads: unresolved sources are marked unattributed, reported words carry their verb
  const listed = await cli(['--db', db, 'quotes']);
  assert.equal(listed.status, 0, listed.stderr);
  assert.match(listed.stdout, /Zhao Lijian: “I would like to stress once again/);
  assert.match(listed.stdout, /Meng Wanzhou \(Meng, who\): \(denie[sd]\) any wrongdoing {2}/);
  assert.doesNotMatch(listed.stdout, /^\S+ {2}(?:I|they|he|she|it|we):/m);
});
