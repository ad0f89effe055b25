// follow + watch together, as the README walks through it: a saved timeline over the first half of the example
// corpus, `watch --once` on a folder where the second half is dropped, and the saved timeline rebuilt by the
// watch batch shows the new entries as new since the last view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';
import { splitExamples } from '../helpers/examples.js';
import { tempDir } from '../helpers/tmp.js';

interface JsonEntry { date: string; status?: string }

test('watch --once refreshes saved timelines: the new half of the corpus shows as new since the last view', async () => {
  const db = join(tempDir('chronicle-follow-watch-'), 'w.db');
  const run = (...args: string[]) => cli(['--db', db, ...args]);
  const { first, second } = splitExamples();
  const inbox = join(tempDir('chronicle-inbox-'), 'inbox');
  mkdirSync(inbox);
  // The first half is dropped "a minute ago"; the second just now, so that --once has to wait for the files
  // to settle (a file written in the last second may still be being copied) instead of skipping them.
  const drop = (from: string, aged: boolean): void => {
    const then = new Date(Date.now() - 60_000);
    for (const f of readdirSync(from)) {
      copyFileSync(join(from, f), join(inbox, f));
      if (aged) utimesSync(join(inbox, f), then, then);
    }
  };
  drop(first, true);
  let r = await run('watch', inbox, '--once');
  assert.equal(r.status, 0, r.stderr);
  r = await run('follow', 'create', 'bridge', '--query', 'Harbour Bridge');
  assert.equal(r.status, 0, r.stderr);
  r = await run('timeline', '--saved', 'bridge', '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const seen = new Set((JSON.parse(r.stdout) as { entries: JsonEntry[] }).entries.map((e) => e.date));

  drop(second, false);
  r = await run('watch', inbox, '--once');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /saved timeline bridge: \d+ entries/, 'the batch rebuilt the saved timeline');

  r = await run('timeline', '--saved', 'bridge', '--since', 'last-view', '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const entries = (JSON.parse(r.stdout) as { entries: JsonEntry[] }).entries;
  const fresh = entries.filter((e) => e.status === 'new');
  assert.ok(fresh.length > 0, r.stdout);
  for (const e of fresh) {
    assert.ok(!seen.has(e.date), `${e.date} was shown before and cannot be new`);
    assert.ok(e.date >= '2023-06', `new entry ${e.date} comes from the second half`);
  }
});
