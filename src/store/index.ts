import type { Store } from './store.js';
import { SqliteStore } from './sqlite/sqliteStore.js';

export type { Store } from './store.js';

/** Where the store lives: the --db flag, else $CHRONICLE_DB, else ./chronicle.db. */
export function resolveDbLocation(flag?: string): string {
  return flag ?? process.env.CHRONICLE_DB ?? 'chronicle.db';
}

/** Opens (creating and migrating when needed) the store at `location`. */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new Error(`PostgreSQL stores are not available in this version (asked for ${location.replace(/\/\/[^@]*@/, '//…@')})`);
  }
  return new SqliteStore(location);
}
