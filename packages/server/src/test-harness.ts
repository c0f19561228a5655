/**
 * What the server's tests share: the drivers to run on (PGlite always; PostgreSQL when one is reachable, see
 * `scripts/ensure-services.mjs`), a fresh schema per run, and a small request helper over `app.request`.
 */
import { existsSync, readFileSync } from "node:fs";
import { createConnection, createServer, type Server, type Socket } from "node:net";
import { createCatalog } from "@candor/sample-shop";
import { issueSubjectToken } from "./auth.ts";
import { type Db, dropSchema, openDatabase } from "./db.ts";
import { type CandorServer, type CandorServerOptions, createCandorServer } from "./server.ts";

/** The credentials of test servers. */
export const testAuth = {
  shopKey: "shop-key-for-tests-0123456789",
  auditorKey: "auditor-key-for-tests-0123456789",
  tokenSecret: "token-secret-for-tests-0123456789abcdef",
} as const;

/** The PostgreSQL URL of the test run, or why there is none. */
export function postgresUrl(): { url: string | null; reason: string } {
  const fromEnv = process.env.CANDOR_TEST_DATABASE_URL;
  if (fromEnv) return { url: fromEnv, reason: "CANDOR_TEST_DATABASE_URL" };
  const file = "test/artifacts/services.json";
  if (existsSync(file)) {
    const services = JSON.parse(readFileSync(file, "utf8")) as { postgres?: string | null; reason?: string };
    return { url: services.postgres ?? null, reason: services.reason ?? file };
  }
  return {
    url: null,
    reason:
      "no CANDOR_TEST_DATABASE_URL and no test/artifacts/services.json (run scripts/ensure-services.mjs)",
  };
}

/** A fresh database for one test file: a new schema on PostgreSQL, a new in-memory PGlite otherwise. */
export async function testDatabase(
  driver: "pglite" | "postgres",
): Promise<{ db: Db; drop(): Promise<void> }> {
  const schema = `candor_test_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  if (driver === "pglite") {
    const db = await openDatabase({ schema });
    return { db, drop: () => db.close() };
  }
  const url = postgresUrl().url;
  if (!url) throw new Error("no PostgreSQL for this run");
  const db = await openDatabase({ url, schema, max: 4 });
  return {
    db,
    async drop() {
      await dropSchema(db, schema);
      await db.close();
    },
  };
}

/** A server over `db` serving a small seeded sample catalog. */
export async function testServer(
  db: Db,
  clock?: () => number,
  extra: Partial<CandorServerOptions<ReturnType<typeof createCatalog>["items"][number]>> = {},
): Promise<CandorServer<ReturnType<typeof createCatalog>["items"][number]>> {
  const catalog = createCatalog({ seed: 7, items: 240, sellers: 6 });
  return createCandorServer({
    db,
    catalog: catalog.items,
    auth: testAuth,
    serving: { knn: { minSupport: 1 } },
    log: { headEvery: 50 },
    ...(clock ? { clock } : {}),
    ...(process.env.CANDOR_TEST_DEBUG
      ? { onError: (issue) => console.error("DEBUG", issue.code, issue.message) }
      : {}),
    ...extra,
  });
}

/** A shopper's token for `subject`, valid for an hour. */
export function tokenFor(subject: string): string {
  return issueSubjectToken(testAuth.tokenSecret, subject, Date.now() + 3_600_000);
}

/** One request to `app`: the JSON reply (or text) and the status. */
export async function call(
  server: CandorServer<never> | CandorServer<ReturnType<typeof createCatalog>["items"][number]>,
  method: string,
  path: string,
  options: {
    readonly auth?: string | null;
    readonly body?: unknown;
    readonly raw?: string;
    readonly headers?: Record<string, string>;
  } = {},
): Promise<{ status: number; json: Record<string, unknown>; text: string }> {
  const headers: Record<string, string> = { ...options.headers };
  const credential = options.auth === undefined ? testAuth.shopKey : options.auth;
  if (credential !== null) headers.authorization = `Bearer ${credential}`;
  let body: string | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && headers["content-type"] === undefined)
    headers["content-type"] = "application/json";
  const response = await server.app.request(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Not JSON (metrics, export).
  }
  return { status: response.status, json, text };
}

/** The NATS URL of the test run (CANDOR_TEST_NATS_URL or test/artifacts/services.json), or `null`. */
export function natsUrl(): string | null {
  if (process.env.CANDOR_TEST_NATS_URL) return process.env.CANDOR_TEST_NATS_URL;
  try {
    return (
      (JSON.parse(readFileSync("test/artifacts/services.json", "utf8")) as { nats?: string | null }).nats ??
      null
    );
  } catch {
    return null;
  }
}

/**
 * A TCP proxy on a loopback port in front of `target` (PostgreSQL or NATS), for outage tests: `cut()` drops every
 * connection and stops listening (new connections are refused, as with a dead server), `restore()` listens again on
 * the same port.
 */
export interface TcpProxy {
  readonly port: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a {@link TcpProxy} to `host:port`. */
export async function tcpProxy(host: string, port: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let bound = 0;
  const start = (at: number) =>
    new Promise<number>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = createConnection({ host, port });
        sockets.add(client).add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on("error", drop).on("close", drop);
        upstream.on("error", drop).on("close", drop);
        client.pipe(upstream).pipe(client);
      });
      s.once("error", reject);
      s.listen(at, "127.0.0.1", () => {
        server = s;
        resolve((s.address() as { port: number }).port);
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });
  bound = await start(0);
  return {
    port: bound,
    cut: stop,
    async restore() {
      await start(bound);
    },
    close: stop,
  };
}
