// The seeds as a user meets them: `chronicle ingest ../shared/data/seeds`, then `chronicle timeline --format json`
// with no option. Every sentence must sit on the day of the event it reports, not on its article's publication
// day: Champagne's statement of Friday 19 June (article of 21 June) and the charges under 2020-06-19, the Rome
// meeting under 2020-08-25, Zhao Lijian under 2020-08-26; the 2018 arrests behind the story are shown (in the
// Background of a 2020 story, or in the timeline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Timeline, TimelineEntry } from '../../src/types.js';
import { sharedData } from '../../src/util/paths.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const seeds = sharedData('seeds');
const skip = seeds ? false : 'needs ../shared/data/seeds (the two seed articles), absent on a fresh clone';

test('seeds through the CLI: each sentence on its event day, the 2018 arrests shown', { skip }, async () => {
  const db = join(tempDir('chronicle-seeds-'), 'seeds.db');
  const ingest = await cli(['--db', db, 'ingest', seeds!]);
  assert.equal(ingest.status, 0, ingest.stderr);
  const run = await cli(['--db', db, 'timeline', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const tl = JSON.parse(run.stdout) as Timeline;
  const all = [...tl.entries, ...(tl.background ?? [])];
  const show = all.map((e) => `${e.date}: ${e.sentences.map((s) => s.text).join(' / ')}`).join('\n');
  const on = (date: string): TimelineEntry | undefined => tl.entries.find((e) => e.date === date);
  const has = (e: TimelineEntry | undefined, ...words: RegExp[]): boolean =>
    e?.sentences.some((s) => words.every((w) => w.test(s.text))) ?? false;

  const arrests = all.filter((e) => e.date.startsWith('2018'));
  assert.ok(arrests.some((e) => has(e, /Kovrig|Spavor|Michaels/, /arrested/)), `the 2018 arrests are missing:\n${show}`);
  assert.ok(has(on('2020-06-19'), /charged|charges/, /Kovrig|Spavor|Canadians/), `2020-06-19 lacks the charges:\n${show}`);
  assert.ok(has(on('2020-06-19'), /Champagne/, /statement|said/), `2020-06-19 lacks Champagne's statement:\n${show}`);
  assert.ok(has(on('2020-08-25'), /Wang Yi/, /Rome/), `2020-08-25 lacks the Rome meeting:\n${show}`);
  assert.ok(has(on('2020-08-26'), /Zhao Lijian/), `2020-08-26 lacks Zhao Lijian:\n${show}`);
  // Said on Friday 19 June, printed on 21 June: never under the publication day.
  assert.ok(!has(on('2020-06-21'), /advocate on behalf of Mr\. Kovrig/), `Champagne's quote sits under 21 June:\n${show}`);
  assert.ok(!has(on('2020-06-21'), /deeply concerned/), `"deeply concerned" sits under 21 June:\n${show}`);
  // Background is short and keeps out of the story's period.
  const first = tl.entries[0]!.date;
  for (const e of tl.background ?? []) assert.ok(e.date < first, `background ${e.date} is inside the period:\n${show}`);
  assert.ok((tl.background ?? []).length <= 3);
});
