/**
 * The multi-process test: two `candor serve --nats` processes and `candor worker` on one PostgreSQL and one JetStream
 * stream. A few thousand events with ids go to both servers (some batches twice), the worker is killed with SIGKILL
 * mid-run and replaced; every acknowledged event ends up in the shared statistics exactly once. A withdrawal sent to
 * one server takes effect on the next recommendation served by the other. Needs PostgreSQL and NATS (see
 * scripts/ensure-services.mjs); skipped loudly otherwise.
 */
import type { ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createCatalog } from "@candor/sample-shop";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Db, dropSchema, openDatabase } from "./db.ts";
import { deleteStream, streamMessages } from "./event-bus.ts";
import { buildCliBundle, exited, startCandor } from "./processes.ts";
import { postgresUrl } from "./test-harness.ts";

const pg = postgresUrl();
const nats = process.env.CANDOR_TEST_NATS_URL ?? natsFromServices();
function natsFromServices(): string | null {
  try {
    return (
      (JSON.parse(readFileSync("test/artifacts/services.json", "utf8")) as { nats?: string | null }).nats ??
      null
    );
  } catch {
    return null;
  }
}
const available = pg.url !== null && nats !== null;
if (!available)
  console.warn("\n!!! @candor/server: the multi-process test (PostgreSQL + NATS JetStream) is SKIPPED.\n");

const SUBJECTS = 40;
const PER_SUBJECT = 50;
const THIRD = Math.floor(SUBJECTS / 3);
let bundle = "";
const env = {
  ...process.env,
  CANDOR_SHOP_KEY: "scale-shop-key",
  CANDOR_AUDITOR_KEY: "scale-auditor-key",
  CANDOR_TOKEN_SECRET: "scale-token-secret-0123456789abcdef",
};

const refit = ["--refit-min-events", "500", "--refit-interval-ms", "300", "--min-support", "2"];
const start = (args: string[]) => startCandor(bundle, args, env);
const stopped = exited;

async function post(
  url: string,
  path: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${env.CANDOR_SHOP_KEY}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe.skipIf(!available)(
  "two servers and a worker on PostgreSQL and NATS JetStream (separate processes)",
  () => {
    const schema = `candor_scale_${process.pid}_${Date.now().toString(36)}`;
    const stream = `CANDOR_SCALE_${process.pid}`;
    const dbUrl = `${pg.url}${pg.url?.includes("?") ? "&" : "?"}search_path=${schema}`;
    let db: Db;
    const children: ChildProcess[] = [];
    let a = "";
    let b = "";

    beforeAll(async () => {
      bundle = await buildCliBundle(`candor-scale-test-${process.pid}`);
      db = await openDatabase({ url: pg.url as string, schema, max: 2 });
      const common = ["--database-url", dbUrl, "--nats", nats as string, "--nats-stream", stream];
      const serve = [
        "serve",
        ...common,
        ...["--port", "0", "--items", "200", "--seed", "1", "--models-poll-ms", "500"],
      ];
      // The first server migrates; the others start after it.
      const first = await start(serve);
      children.push(first.child);
      const [second, worker] = await Promise.all([start(serve), start(["worker", ...common, ...refit])]);
      children.push(second.child, worker.child);
      a = first.url;
      b = second.url;
    }, 120_000);

    afterAll(async () => {
      for (const child of children) child.kill("SIGTERM");
      await Promise.all(children.map(stopped));
      if (bundle) rmSync(bundle, { force: true });
      await deleteStream(nats as string, stream);
      if (db) {
        await dropSchema(db, schema);
        await db.close();
      }
    });

    test("every acknowledged event is counted once, across a worker's SIGKILL; a withdrawal on one server holds on the other", async () => {
      const items = createCatalog({ seed: 1, items: 200 })
        .items.filter((i) => (i.sensitive?.length ?? 0) === 0)
        .map((i) => i.id);
      const subjects = Array.from({ length: SUBJECTS }, (_, i) => `shopper-${i}`);
      for (const [i, s] of subjects.entries())
        expect(
          (await post(i % 2 ? b : a, `/v1/subjects/${s}/consent`, { action: "accept-all" })).status,
        ).toBe(201);
      const batchOf = (s: string, n: number) => ({
        events: Array.from({ length: PER_SUBJECT }, (_, j) => ({
          id: `${s}-${j}`,
          type: "view",
          subject: s,
          item: items[(n * 7 + j) % items.length],
          at: Date.now() - 100_000 + j,
        })),
      });
      let acknowledged = 0;
      const send = async (i: number, url: string) => {
        const reply = await post(
          url,
          `/v1/subjects/${subjects[i]}/events`,
          batchOf(subjects[i] as string, i),
        );
        expect(reply.status).toBe(202);
        acknowledged += Number(reply.json.stored);
      };
      // A third of the batches, then the worker dies mid-stream and another takes its place.
      for (let i = 0; i < THIRD; i++) await send(i, i % 2 ? b : a);
      const doomed = children[2] as ChildProcess;
      doomed.kill("SIGKILL");
      await stopped(doomed);
      const common = ["--database-url", dbUrl, "--nats", nats as string, "--nats-stream", stream];
      const replacement = await start(["worker", ...common, ...refit]);
      children[2] = replacement.child;
      for (let i = THIRD; i < SUBJECTS; i += 4)
        await Promise.all(
          [0, 1, 2, 3].filter((k) => i + k < SUBJECTS).map((k) => send(i + k, (i + k) % 2 ? b : a)),
        );
      // Retried batches (sent again to the other server) store and count nothing twice.
      for (let i = 0; i < 10; i++) {
        const again = await post(
          i % 2 ? a : b,
          `/v1/subjects/${subjects[i]}/events`,
          batchOf(subjects[i] as string, i),
        );
        expect(again.json).toMatchObject({ stored: 0, duplicates: PER_SUBJECT });
      }
      expect(acknowledged).toBe(SUBJECTS * PER_SUBJECT);
      let counted = 0;
      for (let t = 0; t < 300 && counted < acknowledged; t++) {
        counted = Number(
          (await db.query<{ n: unknown }>("SELECT count(*) AS n FROM shared_interactions"))[0]?.n,
        );
        if (counted < acknowledged) await new Promise((r) => setTimeout(r, 200));
      }
      expect(counted).toBe(acknowledged);
      const distinct = await db.query<{ n: unknown }>(
        "SELECT count(DISTINCT event_id) AS n FROM shared_interactions WHERE event_id LIKE 'shopper-%'",
      );
      expect(Number(distinct[0]?.n)).toBe(acknowledged);
      // One stream message per batch; the retried batches' republished messages were deduplicated by JetStream.
      expect(await streamMessages(nats as string, stream)).toBe(SUBJECTS);

      // The worker refitted on the drift and published a snapshot; both servers serve it (hot-reloaded).
      let snapshot = 0;
      const served = async (url: string) =>
        Number(/candor_model_snapshot (\d+)/.exec(await (await fetch(`${url}/metrics`)).text())?.[1] ?? 0);
      for (let t = 0; t < 100; t++) {
        snapshot = Number(
          (await db.query<{ id: unknown }>("SELECT coalesce(max(id), 0) AS id FROM model_snapshots"))[0]?.id,
        );
        if (snapshot > 0 && (await served(a)) >= snapshot && (await served(b)) >= snapshot) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(snapshot).toBeGreaterThan(0);
      expect(await served(a)).toBeGreaterThanOrEqual(snapshot);
      expect(await served(b)).toBeGreaterThanOrEqual(snapshot);

      await post(a, "/v1/subjects/shopper-0/consent", { action: "withdraw" });
      const next = await post(b, "/v1/subjects/shopper-0/recommendations", { surface: "home" });
      expect((next.json.slate as { mode: string }).mode).toBe("non_profiling");
      const still = await post(b, "/v1/subjects/shopper-1/recommendations", { surface: "home" });
      expect((still.json.slate as { mode: string }).mode).toBe("personalized");
    }, 180_000);
  },
);
