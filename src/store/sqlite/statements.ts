// Prepared statements, kept for the life of the connection: preparing parses and plans the SQL, which costs
// more than running most of Chronicle's small queries. Statements built from optional filters are kept per
// distinct SQL text; there are few combinations, so the cache stays small.
import type Database from 'better-sqlite3';

export class StatementCache {
  private readonly cache = new Map<string, Database.Statement<unknown[], unknown>>();

  constructor(private readonly db: Database.Database) {}

  /** The statement for `sql`, prepared on first use. */
  get<P extends unknown[] = unknown[], R = unknown>(sql: string): Database.Statement<P, R> {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare<unknown[], unknown>(sql);
      this.cache.set(sql, stmt);
    }
    return stmt as unknown as Database.Statement<P, R>;
  }

  get size(): number {
    return this.cache.size;
  }
}
