// "Who said what about X" as a journalist asks it on the command line: quotes whose words or sentence name the
// query, newest or most cited first, a quote repeated by several articles listed once with their count; and the
// speakers on that list are ones an editor can trust (a pronoun is not the person the quote speaks about).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { writeQueryArticles } from '../helpers/quoteArticles.js';

interface Listed { speaker: string | null; speakerText: string | null; text: string; published: string; citations: number }

test('quotes --query: quotes naming the query in their words or sentence, newest first; --sort cited counts articles', async () => {
  const dir = join(tempDir('chronicle-quotes-query-'), 'in');
  writeQueryArticles(dir);
  const db = join(dir, '..', 'q.db');
  const ingest = await cli(['--db', db, 'ingest', dir]);
  assert.equal(ingest.status, 0, ingest.stderr);

  const run = await cli(['--db', db, 'quotes', '--json', '--query', 'Tahrir Square']);
  assert.equal(run.status, 0, run.stderr);
  const about = JSON.parse(run.stdout) as Listed[];
  const show = JSON.stringify(about, null, 1);
  assert.ok(about.length >= 2, show);
  assert.ok(about.some((q) => /We will stay/.test(q.text)), show);
  assert.ok(about.some((q) => /protests in Tahrir Square would go on/.test(q.text)), show);
  // the army quote's sentence says nothing of the square
  assert.ok(!about.some((q) => /army should protect/.test(q.text)), show);
  const days = about.map((q) => q.published);
  assert.deepEqual(days, [...days].sort().reverse(), 'newest first');
  // the same words by the same speaker in two articles are one quote, cited twice
  const repeated = about.filter((q) => /would go on for days/.test(q.text));
  assert.equal(repeated.length, 1, show);
  assert.equal(repeated[0]!.citations, 2, show);
  const cited = JSON.parse((await cli(['--db', db, 'quotes', '--json', '--query', 'Tahrir Square', '--sort', 'cited'])).stdout) as Listed[];
  assert.match(cited[0]!.text, /would go on for days/);

  // the text listing names the speaker, the day and how the query was read
  const text = await cli(['--db', db, 'quotes', '--query', 'Tahrir Square']);
  assert.match(text.stdout, /^2011-02-01 {2}Mohamed ElBaradei: \(said\) the protests in Tahrir Square would go on for days {2}\(#\d+, in 2 articles\)$/m);
  assert.match(text.stderr, /as a phrase/);
  const none = await cli(['--db', db, 'quotes', '--query', 'volcano']);
  assert.equal(none.status, 0, none.stderr);
  assert.match(none.stdout, /no quotes about 'volcano'/);
  const bad = await cli(['--db', db, 'quotes', '--query', 'Tahrir', '--sort', 'loudest']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--sort/);
});

test('quotes: a pronoun or role is never resolved to the head of state the quote speaks about', async () => {
  const dir = join(tempDir('chronicle-quotes-trust-'), 'in');
  writeQueryArticles(dir);
  const db = join(dir, '..', 'q.db');
  assert.equal((await cli(['--db', db, 'ingest', dir])).status, 0);
  const all = JSON.parse((await cli(['--db', db, 'quotes', '--json'])).stdout) as Listed[];
  const show = JSON.stringify(all, null, 1);
  const ally = all.find((q) => /strong ally/.test(q.text));
  assert.equal(ally?.speaker, 'Robert Gibbs', show);
  const impression = all.find((q) => /initial impression/.test(q.text));
  assert.ok(impression, show);
  assert.notEqual(impression.speaker, 'Hosni Mubarak', show);
  assert.ok(!all.some((q) => q.speaker === 'Hosni Mubarak'), show);
});
