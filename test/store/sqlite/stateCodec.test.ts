// Saved states in the SQLite meta table: large ones compressed, small ones text, old text rows still read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore.js';
import { decodeState, encodeState } from '../../../src/store/sqlite/stateCodec.js';
import { tempDir } from '../../helpers/tmp.js';

test('a large state is stored compressed and read back whole; a small one stays text', async () => {
  const path = join(tempDir('chronicle-state-'), 's.db');
  const store = new SqliteStore(path);
  const big = JSON.stringify({ lines: Array.from({ length: 20_000 }, (_, i) => `furniture line ${i % 97} of source ${i % 13}`) });
  await store.saveState('furniture-model', big);
  await store.saveState('small', '{"a":1}');
  assert.equal(await store.loadState('furniture-model'), big);
  assert.equal(await store.loadState('small'), '{"a":1}');
  assert.equal(await store.loadState('absent'), undefined);
  await store.close();
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('SELECT key, typeof(value) AS t, length(value) AS n FROM meta ORDER BY key').all() as { key: string; t: string; n: number }[];
  db.close();
  const byKey = new Map(rows.map((r) => [r.key, r]));
  assert.equal(byKey.get('furniture-model')!.t, 'blob');
  assert.ok(byKey.get('furniture-model')!.n < big.length / 5, `${byKey.get('furniture-model')!.n} bytes`);
  assert.equal(byKey.get('small')!.t, 'text');
});

test('a state written as text by an earlier version is read as it was', () => {
  const json = JSON.stringify({ x: 'y'.repeat(100_000) });
  assert.equal(decodeState(json), json);
  assert.equal(decodeState(encodeState(json)), json);
});
