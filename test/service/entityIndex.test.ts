// Entity requests from the entity index, as a user meets them: `chronicle ingest` keeps a mention record beside
// every timeline record, and `chronicle timeline --entity` (and a query naming a known entity) built from the
// records prints what it prints from the analyses (as for articles analysed before the records existed). The entities
// listing shows a page, the next with --offset, every entity with --all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot } from '../../src/util/paths.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const EXAMPLES = join(repoRoot, 'examples', 'harbour-bridge');

test('entity timelines from the mention records equal those from the analyses (example corpus, CLI)', async () => {
  const db = join(tempDir('chronicle-entity-index-'), 'index.db');
  const ingest = await cli(['--db', db, 'ingest', EXAMPLES]);
  assert.equal(ingest.status, 0, ingest.stderr);
  const raw = new Database(db);
  const count = (sql: string): number => (raw.prepare(sql).get() as { n: number }).n;
  assert.ok(count('SELECT count(*) AS n FROM mention_records') > 0);
  assert.equal(count('SELECT count(*) AS n FROM mention_records'), count('SELECT count(*) AS n FROM timeline_records'));
  const runs = async (): Promise<string[]> => {
    const out: string[] = [];
    for (const args of [['--entity', 'Ilse Marren'], ['--entity', 'Marren'], ['--entity', 'Castell'],
      ['--entity', 'Harbour Bridge', '--from', '2023-06'], ['--query', 'Renata Voss'], ['--query', 'Halvard inquiry']]) {
      const run = await cli(['--db', db, 'timeline', '--format', 'json', ...args]);
      assert.equal(run.status, 0, `${args.join(' ')}: ${run.stderr}`);
      out.push(run.stdout);
    }
    return out;
  };
  const indexed = await runs();
  // Without timeline records every article is read from its analysis, whose mentions the mention record holds.
  raw.exec('DELETE FROM timeline_records');
  raw.close();
  assert.deepEqual(await runs(), indexed);
});

test('the entities listing shows a page, the next one with --offset and every entity with --all (CLI)', async () => {
  const db = join(tempDir('chronicle-entity-list-'), 'list.db');
  assert.equal((await cli(['--db', db, 'ingest', EXAMPLES])).status, 0);
  const list = async (...args: string[]): Promise<{ name: string; mentions: number }[]> => {
    const run = await cli(['--db', db, 'entities', '--json', ...args]);
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout) as { name: string; mentions: number }[];
  };
  const all = await list('--all');
  assert.ok(all.length > 10, `the example names ${all.length} entities`);
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.mentions >= all[i]!.mentions, 'most mentioned first');
  assert.deepEqual(await list('--limit', '4'), all.slice(0, 4));
  assert.deepEqual(await list('--limit', '4', '--offset', '4'), all.slice(4, 8));
  assert.deepEqual(await list(), all.slice(0, 100));
  const both = await cli(['--db', db, 'entities', '--all', '--limit', '3']);
  assert.equal(both.status, 1);
  assert.match(both.stderr, /--all and --limit/);
});
