import type { Store } from './store.js';
import { SqliteStore } from './sqlite/sqliteStore.js';

export type { Store } from './store.js';

/** Where the store lives: the --db flag, else $CHRONICLE_DB, else ./chronicle.db. */
export function resolveDbLocation(flag?: string): string {
  return flag ?? process.env.CHRONICLE_DB ?? 'chronicle.db';
}

/**
 * Opens (creating and migrating when needed) the store at `location`: a postgres:// or postgresql:// URL
 * selects the PostgreSQL store, anything else is a SQLite file path.
 */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    const { PgStore } = await import('./postgres/pgStore.js');
    return PgStore.open(location);
  }
  return new SqliteStore(location);
}
