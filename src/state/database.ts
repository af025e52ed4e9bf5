// The one database behind every store: an embedded SQLite file in DATA_DIR by default, PostgreSQL when
// DATABASE_URL is set (so that several replicas share one). Kysely speaks both; the schema is migrated on open.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { LRUCache } from 'lru-cache';
import {
  CompiledQuery,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Migration,
  type SqliteDialectConfig,
} from 'kysely';
import type { Tables } from './schema.js';
import * as initial from './migrations/001-initial.js';

export type Backend = 'sqlite' | 'postgres';

/** The migrations in order; a new one is a new file in migrations/ added here, never an edit of an old one. */
const MIGRATIONS: Record<string, Migration> = { '001-initial': initial };

export const SQLITE_FILE = 'attache.db';

const OPTIONS = {
  /** How long a SQLite writer waits for another process's write to finish. */
  sqliteBusyTimeoutMs: 10_000,
  /** Prepared SQLite statements kept for reuse (the stores' queries are a few dozen shapes). */
  sqliteStatements: 200,
  /** PostgreSQL connections per process. */
  postgresPoolSize: 10,
  /** Tries of the migration: replicas starting together may race to create the same table. */
  migrationTries: 5,
};

/** Where the state lives: `databaseUrl` (postgres://…) wins; else a SQLite file in `dataDir` (":memory:" for tests). */
export type DatabaseLocation = { databaseUrl?: string; dataDir: string } | { sqliteMemory: true };

export class StateDatabase {
  private migrated?: Promise<void>;

  private constructor(
    private readonly db: Kysely<Tables>,
    readonly backend: Backend,
    /** For messages: the file, or the server without its password. */
    readonly where: string,
  ) {}

  static open(location: DatabaseLocation): StateDatabase {
    if ('sqliteMemory' in location) return new StateDatabase(new Kysely<Tables>({ dialect: sqliteDialect(':memory:') }), 'sqlite', ':memory:');
    if (location.databaseUrl) {
      const pool = new pg.Pool({ connectionString: location.databaseUrl, max: OPTIONS.postgresPoolSize });
      return new StateDatabase(new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) }), 'postgres', redact(location.databaseUrl));
    }
    const dir = resolve(location.dataDir);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, SQLITE_FILE);
    return new StateDatabase(new Kysely<Tables>({ dialect: sqliteDialect(file) }), 'sqlite', file);
  }

  /** The query builder, once the schema is up to date (migrated on first use). */
  kysely(): Promise<Kysely<Tables>> {
    this.migrated ??= migrate(this.db, this.where);
    return this.migrated.then(() => this.db);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}

function sqliteDialect(file: string): SqliteDialect {
  const database = new SqliteDatabase(file);
  database.pragma(`busy_timeout = ${OPTIONS.sqliteBusyTimeoutMs}`);
  // Readers never block the writer, and other processes on the same file see each commit.
  if (file !== ':memory:') database.pragma('journal_mode = WAL');
  // better-sqlite3 writes on the event loop: with the default (FULL) every commit waited for an fsync of the WAL,
  // 3 ms at the median and 20 ms at p99 here, and a slash command commits twice (replay memory, question asked),
  // so every ack queued behind them. NORMAL (SQLite's advice for WAL) keeps the file consistent and every commit
  // through a crash of the process; only the last commits before a power loss or OS crash may be rolled back.
  database.pragma('synchronous = NORMAL');
  return new ImmediateSqliteDialect({ database: preparedOnce(database) });
}

/**
 * The database with each statement prepared once: Kysely prepares every query it runs, and preparing one costs
 * more than running a small insert — a slash command runs two (replay memory, question asked) before its answer.
 * Kysely runs one query at a time on the one connection, so a statement is never in use twice at once.
 */
function preparedOnce(database: SqliteDatabase.Database): SqliteDialectConfig['database'] {
  const statements = new LRUCache<string, SqliteDatabase.Statement>({ max: OPTIONS.sqliteStatements });
  return {
    close: () => database.close(),
    prepare: (sql) => {
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = database.prepare(sql)));
      return statement;
    },
  };
}

/**
 * SQLite's default `begin` takes the write lock only at the first write, and then fails at once (SQLITE_BUSY)
 * when another process wrote meanwhile; `begin immediate` takes it up front and so waits its turn (busy_timeout).
 */
class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly config: SqliteDialectConfig) {
    super(config);
  }

  override createDriver(): SqliteDriver {
    return new (class extends SqliteDriver {
      override async beginTransaction(connection: DatabaseConnection): Promise<void> {
        await connection.executeQuery(CompiledQuery.raw('begin immediate'));
      }
    })(this.config);
  }
}

async function migrate(db: Kysely<Tables>, where: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (!error) return;
    if (attempt >= OPTIONS.migrationTries)
      throw new Error(`Could not bring the database ${where} up to date: ${(error as Error).message ?? String(error)}`, { cause: error });
    await new Promise((r) => setTimeout(r, 100 * attempt));
  }
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the DATABASE_URL server';
  }
}
