import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "./db.ts";
import { deleteStream } from "./event-bus.ts";
import {
  decodeSnapshot,
  encodeSnapshot,
  fitSnapshot,
  latestSnapshotId,
  loadSnapshot,
  publishSnapshot,
  sha256Hex,
  toCatalog,
} from "./model-snapshots.ts";
import { call, natsUrl, postgresUrl, testDatabase, testServer } from "./test-harness.ts";
import { startWorker, storeShared } from "./worker.ts";

const drivers = [
  ["pglite", true],
  ["postgres", postgresUrl().url !== null],
] as const;

test("a snapshot encodes and decodes to the same models; a flipped byte or a bad structure is refused", () => {
  const snapshot = {
    items: ["a", "b", "c"],
    knn: {
      numItems: 3,
      offsets: Int32Array.from([0, 1, 2, 2]),
      neighbours: Int32Array.from([1, 0]),
      weights: Float32Array.from([0.5, 0.5]),
    },
    popularity: Float64Array.from([1, 0.5, 0]),
    subjects: 2,
    interactions: 4,
    events: 5,
    fittedAt: 1_700_000_000_000,
  };
  const body = encodeSnapshot(snapshot);
  expect(decodeSnapshot(body)).toEqual(snapshot);
  const flipped = body.slice();
  flipped[flipped.length - 20] = (flipped[flipped.length - 20] as number) ^ 0xff;
  expect(sha256Hex(flipped)).not.toBe(sha256Hex(body));
  const badNeighbour = encodeSnapshot({
    ...snapshot,
    knn: { ...snapshot.knn, neighbours: Int32Array.from([7, 0]) },
  });
  expect(() => decodeSnapshot(badNeighbour)).toThrow(/bad neighbour/);
  expect(() => decodeSnapshot(body.subarray(0, body.length - 1))).toThrow(/length/);
  expect(() => decodeSnapshot(new Uint8Array(12))).toThrow(/not a model snapshot/);
  // Re-indexed to a catalog that lacks "c" and orders the others differently.
  const positions = new Map([
    ["b", 0],
    ["x", 1],
    ["a", 2],
  ]);
  const installed = toCatalog({ id: 9, sha256: "", snapshot }, 3, (id) => positions.get(id));
  expect(installed.version).toBe("snapshot-9");
  expect([...(installed.popularity ?? [])]).toEqual([0.5, 0, 1]);
  expect([...(installed.knn?.offsets ?? [])]).toEqual([0, 1, 1, 2]);
  expect([...(installed.knn?.neighbours ?? [])]).toEqual([2, 0]);
});

for (const [driver, available] of drivers) {
  describe.skipIf(!available)(`model snapshots on ${driver}`, () => {
    let db: Db;
    let drop: () => Promise<void>;
    let server: Awaited<ReturnType<typeof testServer>>;
    const issues: string[] = [];

    beforeAll(async () => {
      ({ db, drop } = await testDatabase(driver));
      server = await testServer(db, undefined, {
        models: { pollMs: 200 },
        onError: (issue) => issues.push(issue.code),
      });
    }, 60_000);
    afterAll(async () => {
      await server?.close();
      await drop?.();
    });

    test("a snapshot a worker publishes changes what another server serves; a corrupt one is refused", async () => {
      const items = server.serving.catalog.items
        .filter((i) => (i.sensitive?.length ?? 0) === 0)
        .map((i) => i.id);
      const [seen, other, third] = items as [string, string, string];
      await call(server, "POST", "/v1/subjects/zoe/consent", { body: { action: "accept-all" } });
      await call(server, "POST", "/v1/subjects/zoe/events", {
        body: { events: [{ type: "view", subject: "zoe", item: seen, at: Date.now() - 1000 }] },
      });
      const serve = async () =>
        (await call(server, "POST", "/v1/subjects/zoe/recommendations", { body: { surface: "home", k: 10 } }))
          .json as {
          slate: { items: { item: string; contributions: { scorer: string }[] }[] };
          explanations: { item: string; reasons?: unknown }[];
        };
      const before = await serve();
      expect(server.serving.models().knn).toBeUndefined();
      expect(server.serving.getState().model.version).toBe("unfitted");

      // What servers elsewhere accepted and the worker stored: six other shoppers viewed `seen` and `other`.
      const now = Date.now();
      await storeShared(
        db,
        Array.from({ length: 6 }, (_, s) =>
          [seen, other].map((item, j) => ({
            id: `shared-${s}-${j}`,
            subjectRef: `ref-${s}`,
            type: "view" as const,
            item,
            at: now - 5000 + j,
            acceptedAt: now,
          })),
        ).flat(),
      );
      const id = await publishSnapshot(db, await fitSnapshot(db, { minSupport: 5 }));
      for (let t = 0; t < 50 && server.models?.current().id !== id; t++)
        await new Promise((r) => setTimeout(r, 50));
      expect(server.models?.current().id).toBe(id);
      expect(server.serving.getState().model.version).toBe(`snapshot-${id}`);
      const collaborative = (served: Awaited<ReturnType<typeof serve>>) =>
        served.slate.items
          .filter((i) => i.contributions.some((c) => c.scorer === "item-knn"))
          .map((i) => i.item);
      const after = await serve();
      expect(collaborative(before)).toEqual([]);
      expect(collaborative(after)).toContain(other);
      expect(after.slate.items[0]?.item).toBe(other);
      expect(JSON.stringify(after.explanations)).not.toBe(JSON.stringify(before.explanations));

      // A snapshot whose body no longer matches its digest: refused, the one in force keeps serving.
      await storeShared(db, [
        ...Array.from({ length: 6 }, (_, s) => ({
          id: `shared-third-${s}`,
          subjectRef: `ref-${s}`,
          type: "view" as const,
          item: third,
          at: now,
          acceptedAt: now,
        })),
      ]);
      // Written as a worker would, but a byte of the body flipped after its digest was taken.
      const body = encodeSnapshot(await fitSnapshot(db, { minSupport: 5 }));
      const digest = sha256Hex(body);
      body[30] = (body[30] as number) ^ 0xff;
      const inserted = await db.query<{ id: unknown }>(
        "INSERT INTO model_snapshots (created_at, events, sha256, body) VALUES ($1, 0, $2, $3) RETURNING id",
        [now, digest, body],
      );
      const corrupt = Number(inserted[0]?.id);
      expect(await server.models?.refresh()).toBe(false);
      expect(server.models?.current()).toEqual({ id, refused: corrupt });
      expect(issues).toContain("models:corrupt");
      expect(server.serving.getState().model.version).toBe(`snapshot-${id}`);
      expect(collaborative(await serve())).toEqual(collaborative(after));
      expect(await latestSnapshotId(db)).toBe(corrupt);

      // A well-formed digest over a body that does not decode is refused as well.
      const garbage = new TextEncoder().encode("not a snapshot at all");
      const rows = await db.query<{ id: unknown }>(
        "INSERT INTO model_snapshots (created_at, events, sha256, body) VALUES ($1, 0, $2, $3) RETURNING id",
        [now, sha256Hex(garbage), garbage],
      );
      expect(await server.models?.refresh()).toBe(false);
      expect(server.models?.current()).toEqual({ id, refused: Number(rows[0]?.id) });
      expect(server.serving.getState().model.version).toBe(`snapshot-${id}`);

      // The next valid snapshot is taken again.
      const next = await publishSnapshot(db, await fitSnapshot(db, { minSupport: 5 }));
      expect(await server.models?.refresh()).toBe(true);
      expect(server.serving.getState().model.version).toBe(`snapshot-${next}`);
      const metrics = await call(server, "GET", "/metrics", { auth: null });
      expect(metrics.text).toContain(`candor_model_snapshot ${next}\n`);
    }, 60_000);
  });
}

const nats = natsUrl();
describe.skipIf(postgresUrl().url === null || nats === null)(
  "candor worker's refit (PostgreSQL and NATS)",
  () => {
    test("a worker publishes a snapshot once the statistics drift, and again after an erasure", async () => {
      const { db, drop } = await testDatabase("postgres");
      const stream = `CANDOR_REFIT_${process.pid}`;
      const worker = await startWorker(db, nats as string, {
        stream,
        consumer: `${stream}-workers`,
        refit: { minEvents: 10, drift: 0.5, intervalMs: 100, minSupport: 2 },
      });
      const snapshots = async () =>
        Number((await db.query<{ n: unknown }>("SELECT count(*) AS n FROM model_snapshots"))[0]?.n);
      const until = async (n: number) => {
        for (let t = 0; t < 100 && (await snapshots()) < n; t++) await new Promise((r) => setTimeout(r, 50));
        return snapshots();
      };
      try {
        const now = Date.now();
        const events = (from: number, n: number) =>
          Array.from({ length: n }, (_, i) => ({
            id: `refit-${from + i}`,
            subjectRef: `ref-${(from + i) % 4}`,
            type: "view" as const,
            item: `p${(from + i) % 3}`,
            at: now,
            acceptedAt: now,
          }));
        await storeShared(db, events(0, 6));
        await new Promise((r) => setTimeout(r, 400));
        expect(await snapshots()).toBe(0);
        await storeShared(db, events(6, 6));
        expect(await until(1)).toBe(1);
        // 3 more rows are under the drift (half of the 12 fitted on): no refit; an erasure since is one.
        await storeShared(db, events(12, 3));
        await new Promise((r) => setTimeout(r, 400));
        expect(await snapshots()).toBe(1);
        await db.query("DELETE FROM shared_interactions WHERE subject_ref = 'ref-0'");
        await db.query("INSERT INTO erased_subjects (subject_ref, erased_at) VALUES ('ref-0', $1)", [
          Date.now() + 1,
        ]);
        expect(await until(2)).toBe(2);
        expect(worker.counts().snapshots).toBe(2);
        const latest = await loadSnapshot(db, (await latestSnapshotId(db)) as number);
        expect(latest?.snapshot.events).toBe(11);
      } finally {
        await worker.stop();
        await deleteStream(nats as string, stream);
        await drop();
      }
    }, 30_000);
  },
);
