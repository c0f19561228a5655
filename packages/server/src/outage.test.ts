/**
 * Real outages, not mocked drivers: the server's PostgreSQL and NATS connections go through a TCP proxy that the test
 * cuts (every connection dropped, new ones refused) and restores. During an outage writes get 503 with a stable code
 * and recommendations non-personalized slates; nothing acknowledged before is lost, and the server recovers on its
 * own. Needs PostgreSQL (and NATS for the broker part); skipped loudly otherwise.
 */
import { createCatalog } from "@candor/sample-shop";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Db, dropSchema, openDatabase } from "./db.ts";
import { connectEventBus, deleteStream, type EventBus, streamMessages } from "./event-bus.ts";
import { SEQUENCER_LOCK } from "./log-sequencer.ts";
import { type CandorServer, createCandorServer } from "./server.ts";
import { call, natsUrl, postgresUrl, type TcpProxy, tcpProxy, testAuth } from "./test-harness.ts";
import { startWorker, type Worker } from "./worker.ts";

const pg = postgresUrl().url;
const nats = natsUrl();
if (!pg || !nats)
  console.warn("\n!!! @candor/server: the outage tests (PostgreSQL, NATS JetStream) are SKIPPED.\n");

type Item = ReturnType<typeof createCatalog>["items"][number];
const catalog = createCatalog({ seed: 3, items: 200, sellers: 5 });
const items = catalog.items.filter((i) => (i.sensitive?.length ?? 0) === 0).map((i) => i.id);

function via(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.hostname = "127.0.0.1";
  parsed.port = String(port);
  return parsed.toString();
}

function batch(subject: string, from: number, n: number) {
  return {
    events: Array.from({ length: n }, (_, j) => ({
      id: `${subject}-${from + j}`,
      type: "view",
      subject,
      item: items[(from + j) % items.length],
      at: Date.now() - 60_000 + j,
    })),
  };
}

async function count(db: Db, sql: string, params: unknown[] = []): Promise<number> {
  return Number((await db.query<{ n: unknown }>(sql, params))[0]?.n);
}

/** Whether some session holds the log sequencer's advisory lock. */
async function lockHeld(db: Db): Promise<boolean> {
  return (
    (await count(
      db,
      "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND objid = $1 AND classid = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())",
      [SEQUENCER_LOCK],
    )) > 0
  );
}

describe.skipIf(!pg)("a PostgreSQL outage (the connection cut at the TCP level)", () => {
  const schema = `candor_outage_${process.pid}_${Date.now().toString(36)}`;
  const application = `candor_outage_${process.pid}`;
  let proxy: TcpProxy;
  let direct: Db;
  let db: Db;
  let server: CandorServer<Item>;

  beforeAll(async () => {
    const url = new URL(pg as string);
    proxy = await tcpProxy(url.hostname, Number(url.port || 5432));
    direct = await openDatabase({ url: pg as string, schema, max: 2 });
    db = await openDatabase({
      url: `${via(pg as string, proxy.port)}${pg?.includes("?") ? "&" : "?"}application_name=${application}`,
      schema,
      max: 4,
    });
    server = await createCandorServer({
      db,
      catalog: catalog.items,
      auth: testAuth,
      serving: { knn: { minSupport: 1 } },
      log: { headEvery: 20 },
      ingestClaimMs: 1000,
    });
  }, 60_000);
  afterAll(async () => {
    await proxy?.restore().catch(() => {});
    await server?.close();
    await db?.close();
    await proxy?.close();
    if (direct) {
      await dropSchema(direct, schema);
      await direct.close();
    }
  });

  test("503 storage-unavailable on writes, non-personalized slates, health 503; nothing acknowledged is lost; it recovers", async () => {
    expect(
      (await call(server, "POST", "/v1/subjects/ann/consent", { body: { action: "accept-all" } })).status,
    ).toBe(201);
    const first = await call(server, "POST", "/v1/subjects/ann/events", { body: batch("ann", 0, 12) });
    expect(first.json).toMatchObject({ stored: 12 });
    const before = await call(server, "POST", "/v1/subjects/ann/recommendations", {
      body: { surface: "home", k: 4 },
    });
    expect((before.json.slate as { mode: string }).mode).toBe("personalized");
    const logged = await server.log.size();

    await proxy.cut();
    const events = await call(server, "POST", "/v1/subjects/ann/events", { body: batch("ann", 12, 5) });
    expect(events.status).toBe(503);
    expect(events.json).toMatchObject({ error: { code: "storage-unavailable" } });
    const consent = await call(server, "POST", "/v1/subjects/ann/consent", { body: { action: "withdraw" } });
    expect(consent.status).toBe(503);
    expect(consent.json).toMatchObject({ error: { code: "storage-unavailable" } });
    for (const path of ["/v1/subjects/ann/consent", "/v1/subjects/ann/export"]) {
      const reply = await call(
        server,
        "GET",
        path,
        path.startsWith("/v1/log") ? { auth: testAuth.auditorKey } : {},
      );
      expect(reply.status, path).toBe(503);
      expect(reply.json, path).toMatchObject({ error: { code: "storage-unavailable" } });
    }
    const served = await call(server, "POST", "/v1/subjects/ann/recommendations", {
      body: { surface: "home", k: 4 },
    });
    expect(served.status).toBe(200);
    expect((served.json.slate as { mode: string }).mode).toBe("non_profiling");
    expect(served.json.degraded).toBe("storage-unavailable");
    expect((served.json.slate as { items: unknown[] }).items.length).toBe(4);
    const health = await call(server, "GET", "/health", { auth: null });
    expect(health.status).toBe(503);
    expect(health.json).toMatchObject({ status: "degraded", database: false });
    await proxy.restore();
    // Everything acknowledged before the outage is there, and nothing of the refused batch is.
    expect(await count(direct, "SELECT count(*) AS n FROM vault_events")).toBe(12);
    expect(await count(direct, "SELECT count(*) AS n FROM ingested_events WHERE outcome = 'stored'")).toBe(
      12,
    );
    expect(await count(direct, "SELECT count(*) AS n FROM consent_ledger")).toBeGreaterThanOrEqual(1);
    expect(await count(direct, "SELECT coalesce(max(i) + 1, 0) AS n FROM log_records")).toBe(logged);
    // The client's retry of the refused batch is stored once the database is back.
    let retried = await call(server, "POST", "/v1/subjects/ann/events", { body: batch("ann", 12, 5) });
    for (let t = 0; t < 50 && retried.status !== 202; t++) {
      expect(retried.status).toBe(503);
      await new Promise((r) => setTimeout(r, 200));
      retried = await call(server, "POST", "/v1/subjects/ann/events", { body: batch("ann", 12, 5) });
    }
    expect(retried.json).toMatchObject({ stored: 5, duplicates: 0 });
    // The sequencer notices its lost lock within a tick or two and is elected again; until then slates are
    // non-personalized (nothing personal leaves unlogged).
    const recommend = () =>
      call(server, "POST", "/v1/subjects/ann/recommendations", { body: { surface: "home", k: 4 } });
    let after = await recommend();
    for (let t = 0; t < 100 && (after.json.slate as { mode: string }).mode !== "personalized"; t++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await recommend();
    }
    expect((after.json.slate as { mode: string }).mode).toBe("personalized");
    expect(after.json.degraded).toBeUndefined();
    expect((await call(server, "GET", "/health", { auth: null })).status).toBe(200);
    expect((await call(server, "GET", "/v1/subjects/ann/consent")).json).toMatchObject({
      state: { status: "decided" },
    });
  }, 60_000);

  test("pg_terminate_backend of every connection: the server reconnects and keeps its log", async () => {
    const size = await server.log.size();
    // Connections are opened lazily: make sure the pool has some, then terminate them (and the sequencer's lock
    // connection). Only this server's connections (other suites may share the database).
    void (await call(server, "GET", "/health", { auth: null }));
    const killed = await direct.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
      [application],
    );
    expect(killed.length).toBeGreaterThan(0);
    let served = await call(server, "POST", "/v1/subjects/ann/recommendations", {
      body: { surface: "home", k: 3 },
    });
    for (let t = 0; t < 60 && (served.json.slate as { mode: string }).mode !== "personalized"; t++) {
      await new Promise((r) => setTimeout(r, 100));
      served = await call(server, "POST", "/v1/subjects/ann/recommendations", {
        body: { surface: "home", k: 3 },
      });
    }
    expect((served.json.slate as { mode: string }).mode).toBe("personalized");
    expect(await server.log.size()).toBeGreaterThanOrEqual(size + 3);
    // The sequencer's lock went with its session: it steps down and takes the lock again on a new connection.
    for (let t = 0; t < 150 && !(server.log.isSequencer() && (await lockHeld(direct))); t++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await lockHeld(direct)).toBe(true);
    expect(server.log.isSequencer()).toBe(true);
    expect(
      (await call(server, "POST", "/v1/subjects/ann/events", { body: batch("ann", 40, 3) })).json,
    ).toMatchObject({
      stored: 3,
    });
  }, 40_000);
});

describe.skipIf(!pg || !nats)("a NATS outage (the broker connection cut at the TCP level)", () => {
  const schema = `candor_broker_${process.pid}_${Date.now().toString(36)}`;
  const stream = `CANDOR_OUTAGE_${process.pid}`;
  let proxy: TcpProxy;
  let db: Db;
  let bus: EventBus;
  let worker: Worker;
  let server: CandorServer<Item>;

  beforeAll(async () => {
    const url = new URL((nats as string).replace(/^nats:/, "http:"));
    proxy = await tcpProxy(url.hostname, Number(url.port || 4222));
    db = await openDatabase({ url: pg as string, schema, max: 4 });
    bus = await connectEventBus(`nats://127.0.0.1:${proxy.port}`, { stream, publishTimeoutMs: 1000 });
    server = await createCandorServer({ db, catalog: catalog.items, auth: testAuth, bus });
    worker = await startWorker(db, nats as string, { stream, consumer: `${stream}-workers` });
  }, 60_000);
  afterAll(async () => {
    await proxy?.restore().catch(() => {});
    await worker?.stop();
    await server?.close();
    await bus?.close().catch(() => {});
    await proxy?.close();
    await deleteStream(nats as string, stream);
    if (db) {
      await dropSchema(db, schema);
      await db.close();
    }
  });

  test("ingest gets 503 broker-unavailable and recommend keeps serving; the retry republishes; every acknowledged event counts once", async () => {
    await call(server, "POST", "/v1/subjects/bea/consent", { body: { action: "accept-all" } });
    const acknowledged = await call(server, "POST", "/v1/subjects/bea/events", { body: batch("bea", 0, 10) });
    expect(acknowledged.status).toBe(202);

    await proxy.cut();
    const refused = await call(server, "POST", "/v1/subjects/bea/events", { body: batch("bea", 10, 6) });
    expect(refused.status).toBe(503);
    expect(refused.json).toMatchObject({ error: { code: "broker-unavailable" } });
    const served = await call(server, "POST", "/v1/subjects/bea/recommendations", {
      body: { surface: "home", k: 4 },
    });
    expect(served.status).toBe(200);
    expect((served.json.slate as { mode: string }).mode).toBe("personalized");

    await proxy.restore();
    // The client retries the refused batch: already in the vault, so "duplicates", but republished to the stream.
    let retried = await call(server, "POST", "/v1/subjects/bea/events", { body: batch("bea", 10, 6) });
    for (let t = 0; t < 50 && retried.status !== 202; t++) {
      await new Promise((r) => setTimeout(r, 200));
      retried = await call(server, "POST", "/v1/subjects/bea/events", { body: batch("bea", 10, 6) });
    }
    expect(retried.json).toMatchObject({ stored: 0, duplicates: 6 });
    let counted = 0;
    for (let t = 0; t < 100 && counted < 16; t++) {
      counted = await count(db, "SELECT count(*) AS n FROM shared_interactions");
      if (counted < 16) await new Promise((r) => setTimeout(r, 100));
    }
    expect(counted).toBe(16);
    expect(await count(db, "SELECT count(DISTINCT event_id) AS n FROM shared_interactions")).toBe(16);
    // One message per acknowledged batch; the retry's republished batch (the same ids) is deduplicated by JetStream
    // whether or not the refused publish reached the stream.
    expect(await streamMessages(nats as string, stream)).toBe(2);
  }, 60_000);
});
