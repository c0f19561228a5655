/**
 * One small SQL interface over the two drivers: embedded PGlite (the default, nothing to install) and PostgreSQL
 * through `postgres` (porsager). Every store of the server is written against {@link Db}, so the same SQL and the
 * same tests run on both.
 */
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { ServerConfigError } from "./errors.ts";

/** A row as the driver returns it. */
export type Row = Record<string, unknown>;

/** What the stores need of a database connection. */
export interface Db {
  /** Runs one parameterized statement (`$1`, `$2`, …) and resolves to its rows. */
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it rejects. */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  /** Calls `onNotify` for every `NOTIFY channel`; resolves to the function that stops listening. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Takes the session-level advisory lock `key` if it is free (one holder across every process on the database's
   * schema: on PostgreSQL the lock is keyed by the current schema too, so deployments in two schemas never collide);
   * resolves to the held lock, or `null` when another session holds it.
   */
  tryLock(key: number): Promise<HeldLock | null>;
  /** Which driver: `"pglite"` or `"postgres"`. */
  readonly kind: "pglite" | "postgres";
  /** Closes the connection (pool). */
  close(): Promise<void>;
}

/** A session-level advisory lock this process holds. */
export interface HeldLock {
  /**
   * Whether the session still holds it: `false` once its connection was lost (the database released the lock with
   * the session, and another process may hold it now), or when the database cannot be asked.
   */
  held(): Promise<boolean>;
  /** Releases the lock (and its connection); never rejects. */
  release(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function checkSchema(schema: string | undefined): void {
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new ServerConfigError("schema", `must match ${SCHEMA_NAME} (got "${schema}")`);
}

/** Options of {@link openDatabase}. */
export interface DatabaseOptions {
  /** `postgres://…` for a PostgreSQL server; absent for embedded PGlite. */
  readonly url?: string;
  /** PGlite's data directory; absent for an in-memory database (lost at exit). */
  readonly dataDir?: string;
  /** A schema to create and use instead of `public` (tests use a fresh one per run). */
  readonly schema?: string;
  /** Maximum pool size for PostgreSQL; default 10. */
  readonly max?: number;
}

/** Opens PGlite (no `url`) or PostgreSQL (`url`), creating and selecting `schema` when given. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Db> {
  checkSchema(options.schema);
  if (options.url !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(options.url))
      throw new ServerConfigError("databaseUrl", "must start with postgres:// or postgresql://");
    return openPostgres(options.url, options.schema, options.max ?? 10);
  }
  return openPglite(options.dataDir, options.schema);
}

async function openPglite(dataDir: string | undefined, schema: string | undefined): Promise<Db> {
  const pg = await PGlite.create(dataDir === undefined ? {} : { dataDir });
  if (schema !== undefined)
    await pg.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema};`);
  type Queryable = Pick<PGlite, "query" | "exec">;
  // One PGlite is one session: its advisory locks are re-entrant, so holders within the process are tracked here.
  const held = new Set<number>();
  const wrap = (q: Queryable, inTransaction: boolean): Db => ({
    kind: "pglite",
    async listen(channel, onNotify) {
      const stop = await pg.listen(channel, onNotify);
      return async () => {
        await stop();
      };
    },
    async tryLock(key) {
      if (held.has(key)) return null;
      held.add(key);
      return {
        held: async () => held.has(key),
        release: async () => {
          held.delete(key);
        },
      };
    },
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(text, [...params]);
      return result.rows;
    },
    async exec(script: string) {
      await q.exec(script);
    },
    transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      if (inTransaction) return work(wrap(q, true));
      return pg.transaction((tx) => work(wrap(tx, true)));
    },
    close: () => pg.close(),
  });
  return wrap(pg, false);
}

async function openPostgres(url: string, schema: string | undefined, max: number): Promise<Db> {
  if (schema !== undefined) {
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const sql = postgres(url, {
    max,
    onnotice: () => {},
    // After an outage the pool comes back within a second (the driver's default backoff grows to 20 s per
    // connection), and an unreachable host fails a request in 5 s instead of 30.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    connect_timeout: 5,
    ...(schema === undefined ? {} : { connection: { search_path: schema } }),
  });
  type Runner = postgres.Sql | postgres.TransactionSql;
  const wrap = (q: Runner, inTransaction: boolean): Db => ({
    kind: "postgres",
    async listen(channel, onNotify) {
      const request = await sql.listen(channel, onNotify);
      return () => request.unlisten();
    },
    async tryLock(key) {
      const reserved = await sql.reserve();
      try {
        // Keyed by the schema too: deployments in two schemas of one database must not share locks.
        const rows = await reserved.unsafe(
          `SELECT pg_try_advisory_lock((SELECT oid::int FROM pg_namespace WHERE nspname = current_schema()), $1)
             AS ok, pg_backend_pid() AS pid`,
          [key],
        );
        const pid = rows[0]?.pid;
        if (rows[0]?.ok === true)
          return {
            async held() {
              // A reserved connection whose socket dropped reconnects as a new session, without the lock.
              try {
                const found = await within(
                  reserved.unsafe(
                    `SELECT pg_backend_pid() AS pid, EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory'
                     AND pid = pg_backend_pid() AND granted AND objsubid = 2 AND objid = $1
                     AND classid = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())) AS held`,
                    [key],
                  ),
                  2000,
                );
                return found[0]?.held === true && found[0]?.pid === pid;
              } catch {
                return false;
              }
            },
            async release() {
              try {
                await within(
                  reserved.unsafe(
                    "SELECT pg_advisory_unlock((SELECT oid::int FROM pg_namespace WHERE nspname = current_schema()), $1)",
                    [key],
                  ),
                  2000,
                );
              } catch {
                // The session is gone (and the lock with it), or the database does not answer.
              } finally {
                reserved.release();
              }
            },
          };
      } catch (error) {
        reserved.release();
        throw error;
      }
      reserved.release();
      return null;
    },
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      // Prepared per connection: `unsafe` otherwise describes every parameterized statement first, a second round
      // trip per query (the statements are a fixed set, so the cache stays small).
      const rows = await q.unsafe(text, params as postgres.ParameterOrJSON<never>[], {
        prepare: params.length > 0,
      });
      return [...rows] as unknown as T[];
    },
    async exec(script: string) {
      await q.unsafe(script);
    },
    async transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      if (inTransaction) return work(wrap(q, true));
      return (await sql.begin((tx) => work(wrap(tx, true)))) as T;
    },
    close: () => sql.end({ timeout: 5 }),
  });
  return wrap(sql, false);
}

/** `promise`, or a rejection after `ms` (a reserved connection whose socket died may never answer). */
function within<T>(promise: PromiseLike<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    Promise.resolve(promise),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Drops `schema` and everything in it (tests, after a run). */
export async function dropSchema(db: Db, schema: string): Promise<void> {
  checkSchema(schema);
  await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}
