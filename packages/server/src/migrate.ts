/** Applies the plain SQL migrations in `migrations/` in order, each once, under an advisory lock. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Db } from "./db.ts";

/** Advisory lock key of migrations (any constant; one per purpose). */
const MIGRATION_LOCK = 7_431_001;

/**
 * The package's `src/migrations/` directory, also when this module is bundled: into the CLI (which resolves
 * `@candor/server`), or into a script outside the workspace such as the benchmark bundle in a temporary directory
 * (then the repository's copy under the working directory).
 */
function defaultDir(): URL {
  const beside = new URL("./migrations/", import.meta.url);
  if (existsSync(beside)) return beside;
  try {
    const manifest = nodeModule.createRequire(import.meta.url).resolve("@candor/server/package.json");
    return pathToFileURL(join(dirname(manifest), "src", "migrations", "/"));
  } catch {
    const inRepository = join(process.cwd(), "packages", "server", "src", "migrations");
    if (existsSync(inRepository)) return pathToFileURL(`${inRepository}/`);
    throw new Error(
      "candor server: the SQL migrations were not found (beside the module, through @candor/server, or under packages/server/src/migrations)",
    );
  }
}

/** The migration files shipped with the package, by name, in order. */
export function migrationFiles(dir: URL = defaultDir()): { name: string; sql: string }[] {
  return readdirSync(dir)
    .filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ name, sql: readFileSync(new URL(name, dir), "utf8") }));
}

/** Brings the schema up to date; resolves to the names of the migrations it applied. */
export async function migrate(db: Db, files = migrationFiles()): Promise<string[]> {
  return db.transaction(async (tx) => {
    // Keyed by the schema too, as `Db.tryLock` (two schemas of one database migrate independently).
    await tx.query(
      "SELECT pg_advisory_xact_lock((SELECT oid::int FROM pg_namespace WHERE nspname = current_schema()), $1)",
      [MIGRATION_LOCK],
    );
    await tx.exec(
      "CREATE TABLE IF NOT EXISTS candor_migrations (name text PRIMARY KEY, applied_at bigint NOT NULL)",
    );
    const done = new Set(
      (await tx.query<{ name: string }>("SELECT name FROM candor_migrations")).map((r) => r.name),
    );
    const applied: string[] = [];
    for (const file of files) {
      if (done.has(file.name)) continue;
      await tx.exec(file.sql);
      await tx.query("INSERT INTO candor_migrations (name, applied_at) VALUES ($1, $2)", [
        file.name,
        Date.now(),
      ]);
      applied.push(file.name);
    }
    return applied;
  });
}
