// Store factories for tests: every store test runs against SQLite, and against PostgreSQL when
// CHRONICLE_TEST_PG names a server (CI starts one with scripts/start-test-postgres.sh).
import { join } from 'node:path';
import pg from 'pg';
import type { Store } from '../../src/store/store.js';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import { PgStore } from '../../src/store/postgres/pgStore.js';
import { tempDir } from './tmp.js';

export interface StoreKind {
  name: string;
  /** Why this store cannot be tested here, or undefined when it can. */
  skip?: string;
  /** A new, empty store location (file path or URL). */
  location(): Promise<string>;
  open(location: string): Promise<Store>;
}

export function tempDbPath(): string {
  return join(tempDir('chronicle-test-'), 'test.db');
}

let dbCounter = 0;

export const STORE_KINDS: StoreKind[] = [
  {
    name: 'sqlite',
    location: async () => tempDbPath(),
    open: async (location) => new SqliteStore(location),
  },
  {
    name: 'postgres',
    ...(process.env.CHRONICLE_TEST_PG ? {} : {
      skip: 'CHRONICLE_TEST_PG is not set (start a server with scripts/start-test-postgres.sh)',
    }),
    location: async () => {
      const admin = new pg.Client({ connectionString: process.env.CHRONICLE_TEST_PG });
      await admin.connect();
      const name = `chronicle_test_${process.pid}_${Date.now()}_${dbCounter++}`;
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(process.env.CHRONICLE_TEST_PG!);
      url.pathname = `/${name}`;
      return url.toString();
    },
    open: (location) => PgStore.open(location),
  },
];
