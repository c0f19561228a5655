/**
 * Server figures (issue 17), load from a second process on loopback (autocannon, packages/server/bench/load.mjs):
 * recommend over HTTP with a 100,000-item catalog at 200, 500 and 1,000 requests/s (p50, p95, p99, errors) beside
 * `serve()` in-process over the same catalog and configuration in the same run; and end-to-end ingest HTTP →
 * JetStream → worker → PostgreSQL in events/s sustained for 60 s (CANDOR_BENCH_INGEST_SECONDS to shorten it) with the
 * worker's lag. The machine's load averages before and after are figures too. Needs PostgreSQL and NATS
 * (scripts/ensure-services.mjs).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import {
  createExplanationLog,
  createLogSigner,
  createPseudonymizer,
  generatePseudonymKey,
  memoryLogStorage,
} from "@candor/core/audit";
import { createConsentManager } from "@candor/core/consent/manager";
import { createVault } from "@candor/core/policy";
import { createServing } from "@candor/core/serve";
import { createCatalog } from "@candor/sample-shop";
import { dropSchema, openDatabase } from "../packages/server/src/db.ts";
import { deleteStream } from "../packages/server/src/event-bus.ts";
import { buildCliBundle, exited, startCandor } from "../packages/server/src/processes.ts";
import { type Figure, quantile, round } from "./harness.ts";

// 100,000 items without the content-similarity model on both sides: fitting it takes minutes at this size (core, at
// start), which is a start-up cost, not a serving one.
const ITEMS = 100_000;
const SUBJECTS = 200;
const RATES = [200, 500, 1000];
const RECOMMEND_SECONDS = 10;
const INGEST_SECONDS = Number(process.env.CANDOR_BENCH_INGEST_SECONDS ?? 60);
const INGEST_BATCH = 100;

function services(): { postgres: string | null; nats: string | null } {
  const file = "test/artifacts/services.json";
  const saved = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string | null>)
    : {};
  return {
    postgres: process.env.CANDOR_TEST_DATABASE_URL ?? saved.postgres ?? null,
    nats: process.env.CANDOR_TEST_NATS_URL ?? saved.nats ?? null,
  };
}

interface Load {
  p50: number;
  p95: number;
  p99: number;
  responses: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  seconds: number;
}

const progress = (message: string) => console.error(`server bench: ${message} (${new Date().toISOString()})`);

function load(config: Record<string, unknown>): Load {
  progress(
    `load ${String(config.mode)} at ${String(config.rate ?? "max")} req/s for ${String(config.duration)} s`,
  );
  const out = execFileSync(process.execPath, ["packages/server/bench/load.mjs", JSON.stringify(config)], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split("\n").at(-1) as string) as Load;
}

/** In-process `serve()` over the same catalog: the figure the HTTP one stands beside. */
async function inProcess(catalog: ReturnType<typeof createCatalog>): Promise<Figure[]> {
  const log = createExplanationLog({
    storage: memoryLogStorage(),
    signer: await createLogSigner(),
    pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey()] }),
    schedule: null,
  });
  const vault = createVault();
  const serving = createServing({ catalog: catalog.items, vault, log, content: false, knn: { k: 50 } });
  const manager = createConsentManager({ region: "DE", subject: "in-process" });
  manager.acceptAll();
  const consent = manager.getState();
  for (let i = 0; i < 20; i++)
    await serving.ingest(
      { type: "view", subject: "in-process", item: catalog.items[i * 13]?.id, at: Date.now() - 1000 },
      consent,
    );
  for (let i = 0; i < 50; i++) await serving.serve({ consent, surface: "home", k: 10 });
  const samples: number[] = [];
  for (let i = 0; i < 500; i++) {
    const start = process.hrtime.bigint();
    await serving.serve({ consent, surface: "home", k: 10, seed: i });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return [
    {
      name: "server: serve() in-process, 100k items, memory log: p50",
      value: round(quantile(samples, 0.5)),
      unit: "ms",
    },
    {
      name: "server: serve() in-process, 100k items, memory log: p95",
      value: round(quantile(samples, 0.95)),
      unit: "ms",
    },
    {
      name: "server: serve() in-process, 100k items, memory log: p99",
      value: round(quantile(samples, 0.99)),
      unit: "ms",
    },
  ];
}

/** Runs the server benchmarks (skipped, with a message, without PostgreSQL and NATS). */
export async function serverBench(): Promise<Figure[]> {
  const { postgres, nats } = services();
  if (!postgres || !nats) {
    console.warn("server bench SKIPPED: needs PostgreSQL and NATS (run node scripts/ensure-services.mjs)");
    return [];
  }
  const figures: Figure[] = [];
  const loadBefore = loadavg();
  figures.push({
    name: "server: machine load (1 min) before the suite",
    value: round(loadBefore[0] ?? 0),
    unit: "",
  });
  const catalog = createCatalog({ seed: 1, items: ITEMS });
  progress("in-process serve()");
  figures.push(...(await inProcess(catalog)));
  progress("starting candor serve and candor worker");

  const schema = `candor_bench_${process.pid}`;
  const stream = `CANDOR_BENCH_${process.pid}`;
  const dbUrl = `${postgres}${postgres.includes("?") ? "&" : "?"}search_path=${schema}`;
  const db = await openDatabase({ url: postgres, schema, max: 2 });
  const env = {
    ...process.env,
    CANDOR_SHOP_KEY: "bench-shop-key",
    CANDOR_AUDITOR_KEY: "bench-auditor-key",
    CANDOR_TOKEN_SECRET: "bench-token-secret-0123456789abcdef",
  };
  const bundle = await buildCliBundle(`candor-bench-${process.pid}`);
  const common = ["--database-url", dbUrl, "--nats", nats, "--nats-stream", stream];
  const children: Awaited<ReturnType<typeof startCandor>>["child"][] = [];
  try {
    const server = await startCandor(
      bundle,
      ["serve", ...common, "--port", "0", "--items", String(ITEMS), "--seed", "1", "--no-content"],
      env,
    );
    children.push(server.child);
    const worker = await startCandor(bundle, ["worker", ...common], env);
    children.push(worker.child);
    progress(`servers up; consent and history of ${SUBJECTS} subjects`);
    const items = catalog.items.filter((i) => (i.sensitive?.length ?? 0) === 0).map((i) => i.id);
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${env.CANDOR_SHOP_KEY}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      }).then((r) => r.json());
    for (let s = 0; s < SUBJECTS; s++) {
      const subject = `bench-${s}`;
      await post(`/v1/subjects/${subject}/consent`, { action: "accept-all" });
      await post(`/v1/subjects/${subject}/events`, {
        events: Array.from({ length: 10 }, (_, j) => ({
          type: "view",
          subject,
          item: items[(s * 101 + j * 7) % items.length],
          at: Date.now() - 5000,
        })),
      });
    }
    const base = { url: server.url, shopKey: env.CANDOR_SHOP_KEY, subjects: SUBJECTS };
    load({ ...base, mode: "recommend", connections: 10, duration: 3 });
    for (const rate of RATES) {
      const r = load({ ...base, mode: "recommend", rate, connections: 50, duration: RECOMMEND_SECONDS });
      const name = `server: recommend over HTTP at ${rate} req/s (100k items, PostgreSQL)`;
      figures.push(
        { name: `${name}: p50`, value: round(r.p50), unit: "ms" },
        { name: `${name}: p95`, value: round(r.p95), unit: "ms" },
        { name: `${name}: p99`, value: round(r.p99), unit: "ms" },
        { name: `${name}: served`, value: round(r.ok / r.seconds), unit: "req/s" },
        { name: `${name}: errors and non-2xx`, value: r.errors + r.non2xx + r.timeouts, unit: "requests" },
      );
    }
    const count = async () =>
      Number((await db.query<{ n: unknown }>("SELECT count(*) AS n FROM shared_interactions"))[0]?.n);
    const before = await count();
    const started = Date.now();
    const r = load({
      ...base,
      mode: "ingest",
      run: process.pid,
      batch: INGEST_BATCH,
      items: items.slice(0, 2000),
      connections: 20,
      duration: INGEST_SECONDS,
    });
    const loadEnded = Date.now();
    const acknowledged = r.ok * INGEST_BATCH;
    let stored = (await count()) - before;
    while (stored < acknowledged && Date.now() - loadEnded < 120_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      stored = (await count()) - before;
    }
    const caughtUp = Date.now();
    progress(`worker caught up: ${stored} of ${acknowledged}`);
    figures.push(
      {
        name: "server: ingest over HTTP (acknowledged, 100-event batches)",
        value: round(acknowledged / r.seconds),
        unit: "events/s",
      },
      {
        name: "server: ingest HTTP → JetStream → worker → PostgreSQL, end to end",
        value: round(stored / ((caughtUp - started) / 1000)),
        unit: "events/s",
      },
      {
        name: "server: worker lag after the load stopped",
        value: round((caughtUp - loadEnded) / 1000),
        unit: "s",
      },
      // autocannon counts only the responses it saw: requests in flight when it stops were stored but not counted.
      {
        name: "server: ingest acknowledged (2xx seen by the load generator)",
        value: acknowledged,
        unit: "events",
      },
      { name: "server: ingest rows in the shared statistics", value: stored, unit: "events" },
      { name: "server: ingest batch latency p95", value: round(r.p95), unit: "ms" },
    );
    figures.push({
      name: "server: machine load (1 min) after the suite",
      value: round(loadavg()[0] ?? 0),
      unit: "",
    });
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map(exited));
    rmSync(bundle, { force: true });
    await dropSchema(db, schema);
    await db.close();
    await deleteStream(nats, stream);
  }
  return figures;
}
