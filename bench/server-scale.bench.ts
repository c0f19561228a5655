/**
 * The scale scenario of issue 17 (`node scripts/bench.mjs server-scale`; too long for `pnpm check`, whose seeded
 * version is packages/server/src/scale.test.ts): four `candor serve --nats` processes and two `candor worker`s on one
 * PostgreSQL and one JetStream stream. 1,000,000 events (CANDOR_SCALE_EVENTS to change it) in 500-event batches with
 * ids go to the servers round-robin from concurrent senders that retry a batch (on another server) until it is
 * acknowledged; recommendations are served by all four meanwhile. A worker is killed with SIGKILL at 30 % and replaced,
 * a server at 60 % and replaced. At the end: every acknowledged event is in the shared statistics once (lost,
 * duplicated), the log exported by one server verifies, and a withdrawal sent to one server holds on the next
 * recommendation of each other one. Needs PostgreSQL and NATS (scripts/ensure-services.mjs).
 */
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { importLogPublicKey, verifyLog } from "@candor/core/audit";
import { createCatalog } from "@candor/sample-shop";
import { dropSchema, openDatabase } from "../packages/server/src/db.ts";
import { deleteStream, streamMessages } from "../packages/server/src/event-bus.ts";
import { buildCliBundle, exited, startCandor } from "../packages/server/src/processes.ts";
import { type Figure, round } from "./harness.ts";

const EVENTS = Number(process.env.CANDOR_SCALE_EVENTS ?? 1_000_000);
const BATCH = 500;
const SUBJECTS = 1000;
const SENDERS = 8;
const SERVERS = 4;
const WORKERS = 2;

const progress = (message: string) =>
  console.error(
    `server-scale bench: ${message} (${new Date().toISOString()}, load ${loadavg()[0]?.toFixed(2)})`,
  );

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the scenario (skipped, with a message, without PostgreSQL and NATS). */
export async function serverScaleBench(): Promise<Figure[]> {
  const { postgres, nats } = services();
  if (!postgres || !nats) {
    console.warn(
      "server-scale bench SKIPPED: needs PostgreSQL and NATS (run node scripts/ensure-services.mjs)",
    );
    return [];
  }
  const loadBefore = loadavg()[0] ?? 0;
  const run = `s${process.pid}`;
  const schema = `candor_scale_bench_${process.pid}`;
  const stream = `CANDOR_SCALE_BENCH_${process.pid}`;
  const dbUrl = `${postgres}${postgres.includes("?") ? "&" : "?"}search_path=${schema}`;
  const db = await openDatabase({ url: postgres, schema, max: 2 });
  const env = {
    ...process.env,
    CANDOR_SHOP_KEY: "scale-bench-shop-key",
    CANDOR_AUDITOR_KEY: "scale-bench-auditor-key",
    CANDOR_TOKEN_SECRET: "scale-bench-token-secret-0123456789abcdef",
  };
  const bundle = await buildCliBundle(`candor-scale-bench-${process.pid}`);
  const common = ["--database-url", dbUrl, "--nats", nats, "--nats-stream", stream];
  const serveArgs = [
    "serve",
    ...common,
    ...[
      "--port",
      "0",
      "--items",
      "2000",
      "--seed",
      "1",
      "--ingest-claim-ms",
      "5000",
      "--models-poll-ms",
      "2000",
    ],
  ];
  const workerArgs = ["worker", ...common, "--refit-min-events", "200000", "--refit-interval-ms", "5000"];
  const children = new Set<ChildProcess>();
  const start = async (args: string[]) => {
    const started = await startCandor(bundle, args, env);
    children.add(started.child);
    return started;
  };
  const figures: Figure[] = [];
  try {
    progress(`starting ${SERVERS} servers and ${WORKERS} workers`);
    const servers: { url: string; child: ChildProcess; alive: boolean }[] = [];
    // The first server migrates; the others start after it.
    servers.push({ ...(await start(serveArgs)), alive: true });
    for (const s of await Promise.all(Array.from({ length: SERVERS - 1 }, () => start(serveArgs))))
      servers.push({ ...s, alive: true });
    const workers = await Promise.all(Array.from({ length: WORKERS }, () => start(workerArgs)));
    const alive = () => servers.filter((s) => s.alive);
    let turn = 0;
    const pick = () => {
      const up = alive();
      return up[turn++ % up.length] as (typeof servers)[number];
    };
    const post = async (url: string, path: string, body: unknown) => {
      const response = await fetch(`${url}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${env.CANDOR_SHOP_KEY}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    };

    const items = createCatalog({ seed: 1, items: 2000 })
      .items.filter((i) => (i.sensitive?.length ?? 0) === 0)
      .map((i) => i.id);
    const subjects = Array.from({ length: SUBJECTS }, (_, i) => `${run}-shopper-${i}`);
    progress(`consent of ${SUBJECTS} subjects`);
    for (let i = 0; i < SUBJECTS; i += 20)
      await Promise.all(
        subjects
          .slice(i, i + 20)
          .map((s) => post(pick().url, `/v1/subjects/${s}/consent`, { action: "accept-all" })),
      );

    const batches = Math.ceil(EVENTS / BATCH);
    const queue = Array.from({ length: batches }, (_, b) => b);
    const acked = new Uint8Array(batches);
    let ackedEvents = 0;
    let retries = 0;
    let unavailable = 0;
    const started = Date.now();
    const batchOf = (b: number) => {
      const subject = subjects[b % SUBJECTS] as string;
      const n = Math.min(BATCH, EVENTS - b * BATCH);
      return {
        subject,
        body: {
          events: Array.from({ length: n }, (_, j) => ({
            id: `${run}-${b}-${j}`,
            type: "view",
            subject,
            item: items[(b * 7 + j) % items.length],
            at: started - 3_600_000 + j,
          })),
        },
      };
    };
    const sender = async () => {
      for (;;) {
        const b = queue.shift();
        if (b === undefined) {
          if (ackedEvents >= EVENTS) return;
          await sleep(50);
          continue;
        }
        const { subject, body } = batchOf(b);
        try {
          const reply = await post(pick().url, `/v1/subjects/${subject}/events`, body);
          if (reply.status === 202) {
            const stored = Number(reply.json.stored) + Number(reply.json.duplicates);
            if (stored !== body.events.length) throw new Error(`batch ${b}: ${JSON.stringify(reply.json)}`);
            if (!acked[b]) {
              acked[b] = 1;
              ackedEvents += body.events.length;
            }
            continue;
          }
          if (reply.status === 503) unavailable++;
          else throw new Error(`batch ${b}: ${reply.status} ${JSON.stringify(reply.json)}`);
        } catch (error) {
          if (error instanceof Error && error.message.startsWith("batch ")) throw error;
          // A killed server: the connection failed; the batch goes to another one.
        }
        retries++;
        queue.push(b);
        await sleep(100);
      }
    };
    let recommendOk = 0;
    let recommendFailed = 0;
    let sending = true;
    const recommender = async () => {
      let i = 0;
      while (sending) {
        const server = pick();
        try {
          const reply = await post(server.url, `/v1/subjects/${subjects[i++ % SUBJECTS]}/recommendations`, {
            surface: "home",
            k: 5,
          });
          if (reply.status === 200 && Array.isArray(reply.json.entries)) recommendOk++;
          else recommendFailed++;
        } catch {
          recommendFailed++;
        }
        await sleep(20);
      }
    };
    const kills = (async () => {
      while (ackedEvents < 0.3 * EVENTS) await sleep(200);
      progress("SIGKILL of a worker");
      const doomed = workers[0]?.child as ChildProcess;
      doomed.kill("SIGKILL");
      await exited(doomed);
      children.delete(doomed);
      await start(workerArgs);
      while (ackedEvents < 0.6 * EVENTS) await sleep(200);
      progress("SIGKILL of a server");
      const victim = servers[1] as (typeof servers)[number];
      victim.alive = false;
      victim.child.kill("SIGKILL");
      await exited(victim.child);
      children.delete(victim.child);
      servers.push({ ...(await start(serveArgs)), alive: true });
    })();
    const ticker = setInterval(() => progress(`${ackedEvents} events acknowledged`), 15_000);
    const recommenders = Array.from({ length: 2 }, recommender);
    await Promise.all(Array.from({ length: SENDERS }, sender));
    const sent = Date.now();
    sending = false;
    clearInterval(ticker);
    await Promise.all(recommenders);
    await kills;
    progress(`all ${ackedEvents} events acknowledged; waiting for the workers`);
    const count = async () =>
      Number(
        (
          await db.query<{ n: unknown }>(
            "SELECT count(*) AS n FROM shared_interactions WHERE event_id LIKE $1",
            [`${run}-%`],
          )
        )[0]?.n,
      );
    let counted = await count();
    while (counted < ackedEvents && Date.now() - sent < 600_000) {
      await sleep(1000);
      counted = await count();
    }
    const caughtUp = Date.now();
    const vaultRows = Number(
      (await db.query<{ n: unknown }>("SELECT count(*) AS n FROM vault_events"))[0]?.n,
    );
    const messages = await streamMessages(nats, stream);

    progress("verifying the log and the withdrawal");
    const auditor = { headers: { authorization: `Bearer ${env.CANDOR_AUDITOR_KEY}` } };
    const reader = alive()[0] as (typeof servers)[number];
    const exported = await (await fetch(`${reader.url}/v1/log/export`, auditor)).text();
    const lines = exported
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { record?: unknown; head?: unknown });
    const key = await importLogPublicKey(
      ((await (await fetch(`${reader.url}/v1/log/key`, auditor)).json()) as { jwk: JsonWebKey }).jwk,
    );
    const verified = await verifyLog(
      lines.filter((l) => l.record).map((l) => l.record) as never,
      lines.filter((l) => l.head).map((l) => l.head) as never,
      key,
    );
    const [first, ...others] = alive();
    const withdrawn = subjects[0] as string;
    await post((first as (typeof servers)[number]).url, `/v1/subjects/${withdrawn}/consent`, {
      action: "withdraw",
    });
    let held = 0;
    for (const other of others) {
      const reply = await post(other.url, `/v1/subjects/${withdrawn}/recommendations`, { surface: "home" });
      if ((reply.json.slate as { mode?: string } | undefined)?.mode === "non_profiling") held++;
    }

    const seconds = (sent - started) / 1000;
    const name = `server-scale: ${SERVERS} servers, ${WORKERS} workers, ${EVENTS.toLocaleString("en")} events`;
    figures.push(
      { name: `${name}: acknowledged`, value: ackedEvents, unit: "events" },
      { name: `${name}: in the shared statistics`, value: counted, unit: "events" },
      {
        name: `${name}: lost (acknowledged, not counted)`,
        value: ackedEvents - Math.min(counted, ackedEvents),
        unit: "events",
      },
      { name: `${name}: counted twice`, value: Math.max(0, counted - ackedEvents), unit: "events" },
      {
        name: `${name}: vault rows beyond the events (stored twice)`,
        value: vaultRows - EVENTS,
        unit: "events",
      },
      { name: `${name}: stream messages`, value: messages, unit: "messages" },
      { name: `${name}: ingest acknowledged`, value: round(ackedEvents / seconds), unit: "events/s" },
      {
        name: `${name}: end to end (until the workers caught up)`,
        value: round(counted / ((caughtUp - started) / 1000)),
        unit: "events/s",
      },
      {
        name: `${name}: worker lag after the last acknowledgement`,
        value: round((caughtUp - sent) / 1000),
        unit: "s",
      },
      { name: `${name}: batches retried (503 or a killed server)`, value: retries, unit: "batches" },
      { name: `${name}: 503 answers`, value: unavailable, unit: "requests" },
      { name: `${name}: recommendations served meanwhile`, value: recommendOk, unit: "slates" },
      { name: `${name}: recommendations failed (a killed server)`, value: recommendFailed, unit: "requests" },
      { name: `${name}: log entries`, value: verified.ok ? verified.size : -1, unit: "entries" },
      { name: `${name}: the exported log verifies`, value: verified.ok ? 1 : 0, unit: "" },
      {
        name: `${name}: a withdrawal on one server held on the next recommendation of the others`,
        value: held,
        unit: `of ${others.length}`,
      },
      { name: "server-scale: machine load (1 min) before", value: round(loadBefore), unit: "" },
      { name: "server-scale: machine load (1 min) after", value: round(loadavg()[0] ?? 0), unit: "" },
    );
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all([...children].map(exited));
    rmSync(bundle, { force: true });
    await dropSchema(db, schema);
    await db.close();
    await deleteStream(nats, stream);
  }
  return figures;
}
