// Timelines from the timeline index, as a user meets them: `chronicle ingest` writes a record beside every
// analysis, and `chronicle timeline` built from the records prints what it prints from the analyses alone (a
// store analysed before the index existed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot } from '../../src/util/paths.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const EXAMPLES = join(repoRoot, 'examples', 'harbour-bridge');

test('timeline from the index records equals the timeline from the analyses (example corpus, CLI)', async () => {
  const db = join(tempDir('chronicle-index-'), 'index.db');
  const ingest = await cli(['--db', db, 'ingest', EXAMPLES]);
  assert.equal(ingest.status, 0, ingest.stderr);
  const raw = new Database(db);
  const count = (sql: string): number => (raw.prepare(sql).get() as { n: number }).n;
  assert.ok(count('SELECT count(*) AS n FROM analyses') > 0);
  assert.equal(count('SELECT count(*) AS n FROM timeline_records'), count('SELECT count(*) AS n FROM analyses'));
  const runs = async (): Promise<string[]> => {
    const out: string[] = [];
    for (const args of [[], ['--query', 'bridge'], ['--query', 'death toll'], ['--from', '2023-06']]) {
      const run = await cli(['--db', db, 'timeline', '--format', 'json', ...args]);
      assert.equal(run.status, 0, run.stderr);
      out.push(run.stdout);
    }
    return out;
  };
  const indexed = await runs();
  raw.exec('DELETE FROM timeline_records');
  raw.close();
  assert.deepEqual(await runs(), indexed);
});
