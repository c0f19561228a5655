import { importLogPublicKey, verifyLog } from "@candor/core/audit";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "./db.ts";
import { call, postgresUrl, testAuth, testDatabase, testServer } from "./test-harness.ts";

const drivers = [
  ["pglite", true],
  ["postgres", postgresUrl().url !== null],
] as const;

for (const [driver, available] of drivers) {
  describe.skipIf(!available)(`two servers on one ${driver} database`, () => {
    let db: Db;
    let drop: () => Promise<void>;
    let a: Awaited<ReturnType<typeof testServer>>;
    let b: Awaited<ReturnType<typeof testServer>>;
    const subjects = ["s1", "s2", "s3", "s4", "s5", "s6"];

    beforeAll(async () => {
      ({ db, drop } = await testDatabase(driver));
      a = await testServer(db);
      b = await testServer(db);
      const items = a.serving.catalog.items.filter((i) => (i.sensitive?.length ?? 0) === 0).map((i) => i.id);
      for (const [n, subject] of subjects.entries()) {
        const server = n % 2 === 0 ? a : b;
        await call(server, "POST", `/v1/subjects/${subject}/consent`, { body: { action: "accept-all" } });
        await call(server, "POST", `/v1/subjects/${subject}/events`, {
          body: {
            events: items
              .slice(n, n + 8)
              .map((item, i) => ({ type: "view", subject, item, at: Date.now() - 1000 + i })),
          },
        });
      }
    }, 60_000);
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await drop?.();
    });

    test("one sequencer; concurrent recommendations on both servers make one log that verifies", async () => {
      expect([a.log.isSequencer(), b.log.isSequencer()]).toEqual([true, false]);
      const replies = await Promise.all(
        subjects.flatMap((subject) =>
          [a, b].map((server) =>
            call(server, "POST", `/v1/subjects/${subject}/recommendations`, {
              body: { surface: "home", k: 4 },
            }),
          ),
        ),
      );
      for (const reply of replies) {
        expect(reply.status).toBe(200);
        expect((reply.json.slate as { mode: string }).mode).toBe("personalized");
        expect(reply.json.entries).toHaveLength(4);
      }
      const indexes = replies.flatMap((r) => (r.json.entries as { index: number }[]).map((e) => e.index));
      expect(new Set(indexes).size).toBe(indexes.length);
      const auditor = { auth: testAuth.auditorKey };
      const exported = await call(b, "GET", "/v1/log/export", auditor);
      const lines = exported.text
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { record?: unknown; head?: unknown });
      const key = await importLogPublicKey(
        (await call(b, "GET", "/v1/log/key", auditor)).json.jwk as JsonWebKey,
      );
      const verified = await verifyLog(
        lines.filter((l) => l.record).map((l) => l.record),
        lines.filter((l) => l.head).map((l) => l.head),
        key,
      );
      expect(verified).toMatchObject({ ok: true, size: await a.log.size() });
      expect(Number((await db.query<{ n: unknown }>("SELECT count(*) AS n FROM log_queue"))[0]?.n)).toBe(0);
      // Each subject's export lists exactly the entries served to it, by either server (the sequencer records them
      // with the entries, also for the slates queued by the other server).
      for (const subject of ["s1", "s6"]) {
        const served = replies
          .filter((_, n) => subjects[Math.floor(n / 2)] === subject)
          .flatMap((r) => (r.json.entries as { index: number }[]).map((e) => e.index))
          .sort((x, y) => x - y);
        const exported = await call(a, "GET", `/v1/subjects/${subject}/export`);
        const explanations = (exported.json.export as { explanations: { index: number }[] }).explanations;
        expect(explanations.map((e) => e.index).sort((x, y) => x - y)).toEqual(served);
      }
    });

    test("a withdrawal sent to one server takes effect on the next recommendation served by the other", async () => {
      await call(a, "POST", "/v1/subjects/s2/consent", { body: { action: "withdraw" } });
      const next = await call(b, "POST", "/v1/subjects/s2/recommendations", { body: { surface: "home" } });
      expect((next.json.slate as { mode: string }).mode).toBe("non_profiling");
      await call(b, "POST", "/v1/subjects/s3/consent", { body: { action: "reject-all" } });
      const other = await call(a, "POST", "/v1/subjects/s3/recommendations", { body: { surface: "home" } });
      expect((other.json.slate as { mode: string }).mode).toBe("non_profiling");
    });

    test("an erasure through the server that is not the sequencer shreds the log bodies on the sequencer", async () => {
      const erased = await call(b, "POST", "/v1/subjects/s4/erase");
      expect(erased.status).toBe(200);
      expect((erased.json.receipt as { log: { entries: number } }).log.entries).toBeGreaterThan(0);
      const exported = await call(a, "GET", "/v1/subjects/s4/export");
      expect(exported.json.export).toMatchObject({ events: [], explanations: [] });
      // The other server had s4's consent from an earlier request: the erasure still holds there at once.
      const state = await call(a, "GET", "/v1/subjects/s4/consent");
      expect((state.json.state as { status: string }).status).toBe("none");
      const next = await call(a, "POST", "/v1/subjects/s4/recommendations", { body: { surface: "home" } });
      expect((next.json.slate as { mode: string }).mode).toBe("non_profiling");
    });

    test("a subject erased through one server and back on the other is sealed under a new key, readable by both", async () => {
      // `a` read s4's vault for its recommendations before the erasure through `b`, so it had s4's key at hand.
      const item = a.serving.catalog.items.find((i) => (i.sensitive?.length ?? 0) === 0)?.id as string;
      const consented = await call(a, "POST", "/v1/subjects/s4/consent", { body: { action: "accept-all" } });
      expect(consented.status).toBe(201);
      const ingested = await call(a, "POST", "/v1/subjects/s4/events", {
        body: { events: [{ type: "view", subject: "s4", item, at: Date.now() }] },
      });
      expect(ingested.status).toBeLessThan(300);
      // Nothing was sealed under the erased key: the other server reads the new consent and the new event.
      const state = await call(b, "GET", "/v1/subjects/s4/consent");
      expect((state.json.state as { status: string }).status).not.toBe("none");
      const exported = await call(b, "GET", "/v1/subjects/s4/export");
      expect((exported.json.export as { events: { item: string }[] }).events.map((e) => e.item)).toEqual([
        item,
      ]);
    });

    test("when the sequencer stops, the other server takes over and keeps serving logged slates", async () => {
      const size = await a.log.size();
      await a.close();
      for (let i = 0; i < 40 && !b.log.isSequencer(); i++) await new Promise((r) => setTimeout(r, 100));
      expect(b.log.isSequencer()).toBe(true);
      const served = await call(b, "POST", "/v1/subjects/s5/recommendations", {
        body: { surface: "home", k: 3 },
      });
      expect(served.json.entries).toHaveLength(3);
      expect(await b.log.size()).toBeGreaterThanOrEqual(size + 3);
      expect(b.log.failure()).toBeNull();
    });
  });
}
