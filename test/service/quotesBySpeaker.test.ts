// The quotes list as a journalist reads it: one speaker under one name, however each article spelt it, and a
// speaker asked for by any of their names lists their quotes and no one else's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

interface Listed { speaker: string | null; speakerKey: string | null; speakerText: string | null; text: string }

test('quotes: every spelling of a speaker is listed as their entity; --speaker by any name finds them all', async () => {
  const dir = join(tempDir('chronicle-quotes-speaker-'), 'in');
  mkdirSync(dir);
  const articles = [
    ['2011-03-01', 'President Barack Obama said on Tuesday that the coalition would protect civilians in Benghazi.'],
    ['2011-03-02', 'The sanctions on Libya would stay in place for months, Obama said after a meeting in Washington.'],
    ['2011-03-03', 'Barack Obama told reporters the talks with allies had gone well. Obama said more aid would follow.'],
    ['2011-03-04', 'The mission would be short, Obama told members of Congress on Friday.'],
    ['2011-03-05', 'Michelle Obama visited a school in Chicago. Michelle Obama said the children deserved better schools.'],
  ];
  for (const [i, [date, text]] of articles.entries()) writeFileSync(join(dir, `${i}.txt`), `date ${date} ${text}\n`);
  const db = join(dir, '..', 'q.db');
  const ingest = await cli(['--db', db, 'ingest', dir]);
  assert.equal(ingest.status, 0, ingest.stderr);
  const all = JSON.parse((await cli(['--db', db, 'quotes', '--json'])).stdout) as Listed[];
  const show = JSON.stringify(all, null, 1);
  const barack = all.filter((q) => q.speaker === 'Barack Obama');
  assert.ok(barack.length >= 4, show);
  assert.ok(!all.some((q) => q.speaker === 'Obama'), `a short form listed beside the full name: ${show}`);
  assert.equal(new Set(barack.map((q) => q.speakerKey)).size, 1, show);
  assert.ok(barack.some((q) => q.speakerText === 'Obama'), 'the words as written are kept');

  // "Obama" is written for Barack far more often than for Michelle: his quotes, and not hers
  const asked = JSON.parse((await cli(['--db', db, 'quotes', '--json', '--speaker', 'obama'])).stdout) as Listed[];
  assert.deepEqual(asked.map((q) => q.text), barack.map((q) => q.text));
  const michelle = JSON.parse((await cli(['--db', db, 'quotes', '--json', '--speaker', 'Michelle Obama'])).stdout) as Listed[];
  assert.deepEqual(michelle.map((q) => q.speaker), ['Michelle Obama']);
  // a speaker the store knows as no entity still matches as part of the words naming who spoke
  const part = await cli(['--db', db, 'quotes', '--speaker', 'reporters']);
  assert.equal(part.status, 0, part.stderr);
});
