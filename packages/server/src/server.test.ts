import { fromHex, importLogPublicKey, verifyInclusion, verifyLog } from "@candor/core/audit";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "./db.ts";
import { routeDocs } from "./openapi.ts";
import { call, postgresUrl, testAuth, testDatabase, testServer, tokenFor } from "./test-harness.ts";

const pg = postgresUrl();
if (!pg.url)
  console.warn(
    `\n!!! @candor/server: the PostgreSQL variant of the server suite is SKIPPED (${pg.reason}). Only PGlite ran.\n`,
  );
const drivers = [
  ["pglite", true],
  ["postgres", pg.url !== null],
] as const;

const TABLES = [
  "consent_ledger",
  "vault_events",
  "ingested_events",
  "log_records",
  "log_keys",
  "subject_keys",
  "subject_entries",
] as const;

async function counts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const rows = await db.query<{ n: unknown }>(`SELECT count(*) AS n FROM ${table}`);
    out[table] = Number(rows[0]?.n);
  }
  return out;
}

const now = Date.now();
const view = (subject: string, item: string, offset = 0) => ({
  type: "view",
  subject,
  item,
  at: now - 60_000 + offset,
});

for (const [driver, available] of drivers) {
  describe.skipIf(!available)(`@candor/server on ${driver}`, () => {
    let db: Db;
    let drop: () => Promise<void>;
    let server: Awaited<ReturnType<typeof testServer>>;
    const alice = tokenFor("alice");
    const bob = tokenFor("bob");
    let items: string[];

    beforeAll(async () => {
      ({ db, drop } = await testDatabase(driver));
      server = await testServer(db);
      items = server.serving.catalog.items
        .filter((item) => (item.sensitive?.length ?? 0) === 0)
        .slice(0, 40)
        .map((item) => item.id);
    }, 60_000);
    afterAll(async () => {
      await server?.close();
      await drop?.();
    });

    test("consent: a choice is a ledger entry, Sec-GPC is honored and recorded, state, record and receipt read back", async () => {
      const given = await call(server, "POST", "/v1/subjects/alice/consent", {
        auth: alice,
        body: { action: "accept-all", via: { kind: "ui", control: "banner.accept-all" }, region: "US-CA" },
        headers: { "sec-gpc": "1" },
      });
      expect(given.status).toBe(201);
      const state = given.json.state as { status: string; gpc: { detected: boolean; honored: boolean } };
      expect(state.status).toBe("decided");
      expect(state.gpc).toMatchObject({ detected: true, honored: true });
      expect(given.json.appended).toBeGreaterThanOrEqual(1);
      const read = await call(server, "GET", "/v1/subjects/alice/consent", { auth: alice });
      expect((read.json.state as { status: string }).status).toBe("decided");
      const record = await call(server, "GET", "/v1/subjects/alice/consent/record", { auth: alice });
      const events = (record.json.record as { events: { type: string; hash: string; prev: string | null }[] })
        .events;
      expect(events.map((e) => e.type)).toContain("gpc-honored");
      for (let i = 1; i < events.length; i++) expect(events[i]?.prev).toBe(events[i - 1]?.hash);
      const receipt = await call(server, "GET", "/v1/subjects/alice/consent/receipt?locale=de", {
        auth: alice,
      });
      expect(receipt.status).toBe(200);
      expect(receipt.json.receipt).toBeTruthy();
      const gpcRows = await db.query<{ gpc: boolean }>("SELECT gpc FROM consent_ledger");
      expect(gpcRows.some((r) => r.gpc)).toBe(true);
      const refused = await call(server, "POST", "/v1/subjects/bob/consent", {
        body: { action: "reject-all" },
      });
      expect(refused.status).toBe(201);
    });

    test("events: only what the subject's consent allows is kept; ids make a retried batch idempotent", async () => {
      const batch = {
        events: items.slice(0, 12).map((item, i) => ({ id: `a-${i}`, ...view("alice", item, i) })),
      };
      const first = await call(server, "POST", "/v1/subjects/alice/events", { auth: alice, body: batch });
      expect(first.status).toBe(202);
      expect(first.json).toMatchObject({ stored: 12, duplicates: 0 });
      const retry = await call(server, "POST", "/v1/subjects/alice/events", { auth: alice, body: batch });
      expect(retry.json).toMatchObject({ stored: 0, duplicates: 12 });
      const refused = await call(server, "POST", "/v1/subjects/bob/events", {
        auth: bob,
        body: { events: [view("bob", items[0] as string)] },
      });
      expect(refused.json).toMatchObject({ stored: 0, refused: 1 });
      expect((refused.json.results as { reason: string }[])[0]?.reason).toBe("not-allowed");
      expect(Number((await db.query<{ n: unknown }>("SELECT count(*) AS n FROM vault_events"))[0]?.n)).toBe(
        12,
      );
      // Other shoppers' events feed the shared statistics (for the collaborative scorers).
      for (const s of ["carol", "dave", "erin"]) {
        await call(server, "POST", `/v1/subjects/${s}/consent`, { body: { action: "accept-all" } });
        await call(server, "POST", `/v1/subjects/${s}/events`, {
          body: { events: items.slice(5, 20).map((item, i) => view(s, item, i)) },
        });
      }
    });

    test("events: interaction batches load no history, and a later hide request still finds the earlier events", async () => {
      const rows = async () =>
        Number((await db.query<{ n: unknown }>("SELECT count(*) AS n FROM vault_events"))[0]?.n);
      const before = await rows();
      await call(server, "POST", "/v1/subjects/frank/consent", { body: { action: "accept-all" } });
      for (const part of [0, 1]) {
        const batch = await call(server, "POST", "/v1/subjects/frank/events", {
          body: {
            events: items
              .slice(part * 5, part * 5 + 5)
              .map((item, i) => ({ id: `f-${part}-${i}`, ...view("frank", item, part * 5 + i) })),
          },
        });
        expect(batch.json).toMatchObject({ stored: 5, duplicates: 0 });
      }
      // A hide request needs the whole history: the event of the first batch is found, an unknown one is not.
      const hidden = await call(server, "POST", "/v1/subjects/frank/events", {
        body: {
          events: [
            { type: "hide_from_history", subject: "frank", at: now, item: items[1] as string },
            { type: "hide_from_history", subject: "frank", at: now, item: "no-such-item" },
          ],
        },
      });
      expect(hidden.json).toMatchObject({ stored: 1, refused: 1 });
      expect((hidden.json.results as { reason?: string }[])[1]?.reason).toBe("unknown-event");
      expect(await rows()).toBe(before + 11);
      const exported = await call(server, "GET", "/v1/subjects/frank/export");
      const events = (exported.json.export as { events: { item?: string }[] }).events;
      expect(events.filter((e) => e.item !== undefined).map((e) => e.item)).toEqual(
        expect.arrayContaining(items.slice(0, 10).filter((_, i) => i !== 1)),
      );
    });

    test("recommend: runs createServing, returns the slate with explanations, committed to the log first", async () => {
      server.serving.fit();
      const before = await server.log.size();
      const served = await call(server, "POST", "/v1/subjects/alice/recommendations", {
        auth: alice,
        body: { surface: "home", k: 5, seed: 3 },
      });
      expect(served.status).toBe(200);
      const slate = served.json.slate as { mode: string; items: unknown[]; subject: string };
      expect(slate.mode).toBe("personalized");
      expect(slate.items).toHaveLength(5);
      expect(served.json.explanations).toHaveLength(5);
      const entries = served.json.entries as { index: number }[];
      expect(entries).toHaveLength(5);
      expect(await server.log.size()).toBeGreaterThanOrEqual(before + 5);
      const stored = await db.query<{ n: unknown }>("SELECT count(*) AS n FROM log_records");
      expect(Number(stored[0]?.n)).toBe(await server.log.size());
      const bobs = await call(server, "POST", "/v1/subjects/bob/recommendations", {
        auth: bob,
        body: { surface: "home" },
      });
      expect((bobs.json.slate as { mode: string }).mode).toBe("non_profiling");
    });

    test("no route leaks another subject's data", async () => {
      const subjectRoutes: [string, string, unknown?][] = [
        ["POST", "/v1/subjects/bob/consent", { action: "accept-all" }],
        ["GET", "/v1/subjects/bob/consent"],
        ["GET", "/v1/subjects/bob/consent/record"],
        ["GET", "/v1/subjects/bob/consent/receipt"],
        ["POST", "/v1/subjects/bob/events", { events: [view("bob", "x")] }],
        ["POST", "/v1/subjects/bob/recommendations", { surface: "home" }],
        ["GET", "/v1/subjects/bob/export"],
        ["POST", "/v1/subjects/bob/erase"],
      ];
      const before = await counts(db);
      for (const [method, path, body] of subjectRoutes) {
        for (const credential of [alice, testAuth.auditorKey]) {
          const reply = await call(server, method, path, {
            auth: credential,
            ...(body === undefined ? {} : { body }),
          });
          expect(reply.status, `${method} ${path}`).toBe(403);
          expect(reply.json).toMatchObject({ error: { code: "forbidden" } });
          expect(reply.text).not.toContain("cr_");
        }
        const anonymous = await call(server, method, path, {
          auth: null,
          ...(body === undefined ? {} : { body }),
        });
        expect(anonymous.status).toBe(401);
        const forged = await call(server, method, path, { auth: `${bob.slice(0, -2)}xx` });
        expect(forged.status).toBe(401);
      }
      for (const path of ["/v1/log/head", "/v1/log/entries", "/v1/log/export", "/v1/log/key"]) {
        expect((await call(server, "GET", path, { auth: alice })).status).toBe(403);
      }
      expect(await counts(db)).toEqual(before);
      // What alice reads of her own never names bob; what auditors read never names anyone.
      const bobRecord = (await call(server, "GET", "/v1/subjects/bob/consent/record")).json.record as {
        header: { recordId: string };
      };
      for (const [method, path, body] of [
        ["GET", "/v1/subjects/alice/consent"],
        ["GET", "/v1/subjects/alice/export"],
        ["POST", "/v1/subjects/alice/recommendations", { surface: "home" }],
      ] as const) {
        const own = await call(server, method, path, { auth: alice, ...(body ? { body } : {}) });
        expect(own.status).toBeLessThan(300);
        expect(own.text).not.toContain('"bob"');
        expect(own.text).not.toContain(bobRecord.header.recordId);
      }
      for (const path of ["/v1/log/entries", "/v1/log/export"]) {
        const audit = await call(server, "GET", path, { auth: testAuth.auditorKey });
        expect(audit.status).toBe(200);
        for (const name of ["alice", "bob", "carol"]) expect(audit.text).not.toContain(`"${name}"`);
      }
    });

    test("bad input on every route: a 4xx with a clear message, and nothing changes", async () => {
      const before = await counts(db);
      const cases: [
        string,
        string,
        { body?: unknown; raw?: string; headers?: Record<string, string> },
        number,
        string,
      ][] = [
        ["POST", "/v1/subjects/alice/consent", { body: { action: "accept-everything" } }, 400, "action"],
        [
          "POST",
          "/v1/subjects/alice/consent",
          { body: { action: "set", choices: { nope: true } } },
          422,
          "choices.nope",
        ],
        [
          "POST",
          "/v1/subjects/alice/consent",
          { body: { action: "withdraw", purpose: "nope" } },
          422,
          "purpose",
        ],
        ["POST", "/v1/subjects/alice/consent", { body: { action: "accept-all", extra: 1 } }, 400, ""],
        [
          "POST",
          "/v1/subjects/alice/consent",
          { body: { action: "accept-all", via: { kind: "gpc" } } },
          400,
          "via.kind",
        ],
        ["POST", "/v1/subjects/alice/consent", { raw: "{not json" }, 400, ""],
        [
          "POST",
          "/v1/subjects/alice/consent",
          { raw: "{}", headers: { "content-type": "text/plain" } },
          415,
          "",
        ],
        ["POST", "/v1/subjects/al%20ice/consent", { body: { action: "accept-all" } }, 400, "subject"],
        ["GET", "/v1/subjects/alice/consent/receipt?locale=x", {}, 400, "query.locale"],
        ["GET", "/v1/subjects/nobody/consent/record", {}, 404, ""],
        ["POST", "/v1/subjects/alice/events", { body: { events: [] } }, 400, "events"],
        [
          "POST",
          "/v1/subjects/alice/events",
          { body: { events: [view("alice", "p1"), { type: "view", subject: "alice" }] } },
          400,
          "events.1.item",
        ],
        [
          "POST",
          "/v1/subjects/alice/events",
          { body: { events: [view("bob", "p1")] } },
          400,
          "events.0.subject",
        ],
        [
          "POST",
          "/v1/subjects/alice/events",
          {
            body: {
              events: [
                { id: "d", ...view("alice", "p1") },
                { id: "d", ...view("alice", "p2") },
              ],
            },
          },
          400,
          "events",
        ],
        [
          "POST",
          "/v1/subjects/alice/events",
          { body: { events: [{ id: "bad id!", ...view("alice", "p1") }] } },
          400,
          "events.0.id",
        ],
        ["POST", "/v1/subjects/alice/recommendations", { body: {} }, 400, "surface"],
        ["POST", "/v1/subjects/alice/recommendations", { body: { surface: "home", k: 0 } }, 400, "k"],
        ["POST", "/v1/subjects/alice/recommendations", { body: { surface: "home", consent: {} } }, 400, ""],
        [
          "POST",
          "/v1/subjects/alice/recommendations",
          { body: { surface: "home", anchor: { item: "p1", relation: "x" } } },
          400,
          "anchor.relation",
        ],
        ["GET", "/v1/log/entries?from=-1", {}, 400, "query.from"],
        ["GET", "/v1/log/entries?from=999999", {}, 400, "from"],
        ["GET", "/v1/log/proofs/inclusion", {}, 400, "query.index"],
        ["GET", "/v1/log/proofs/inclusion?index=999999", {}, 400, "index"],
        ["GET", "/v1/log/proofs/consistency?first=0", {}, 400, "first"],
        ["GET", "/v1/log/proofs/consistency?first=1&second=999999", {}, 400, "second"],
        ["GET", "/v1/nothing-here", {}, 404, ""],
      ];
      for (const [method, path, options, status, where] of cases) {
        const reply = await call(server, method, path, options);
        expect(reply.status, `${method} ${path} ${JSON.stringify(options)}`).toBe(status);
        const error = reply.json.error as { code: string; message: string; path?: string };
        expect(error.code).toMatch(/^[a-z-]+$/);
        expect(error.message.length).toBeGreaterThan(5);
        if (where !== "") expect(error.path, `${method} ${path}`).toBe(where);
      }
      expect(await counts(db)).toEqual(before);
    });

    test("log: signed heads, entries, inclusion and consistency proofs, and an export that verifies", async () => {
      const auditor = { auth: testAuth.auditorKey };
      const head = (await call(server, "GET", "/v1/log/head", auditor)).json.head as {
        treeSize: number;
        rootHash: string;
      };
      const key = await importLogPublicKey(
        (await call(server, "GET", "/v1/log/key", auditor)).json.jwk as JsonWebKey,
      );
      const entries = (await call(server, "GET", "/v1/log/entries?from=0", auditor)).json.entries as {
        index: number;
        leaf: string;
      }[];
      expect(entries).toHaveLength(head.treeSize);
      const last = entries.at(-1) as { index: number; leaf: string };
      const inclusion = (
        await call(
          server,
          "GET",
          `/v1/log/proofs/inclusion?index=${last.index}&treeSize=${head.treeSize}`,
          auditor,
        )
      ).json.proof as { path: string[] };
      expect(
        verifyInclusion(
          last.index,
          head.treeSize,
          fromHex(last.leaf),
          inclusion.path.map(fromHex),
          fromHex(head.rootHash),
        ),
      ).toBe(true);
      const consistency = await call(
        server,
        "GET",
        `/v1/log/proofs/consistency?first=1&second=${head.treeSize}`,
        auditor,
      );
      expect(consistency.status).toBe(200);
      const exported = await call(server, "GET", "/v1/log/export", auditor);
      const lines = exported.text
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { record?: unknown; head?: unknown });
      const verified = await verifyLog(
        lines.filter((l) => l.record).map((l) => l.record),
        lines.filter((l) => l.head).map((l) => l.head),
        key,
      );
      expect(verified).toMatchObject({ ok: true, size: head.treeSize });
    });

    test("the consent ledger is append-only in the database itself", async () => {
      await expect(db.query("UPDATE consent_ledger SET at = 0")).rejects.toThrow(/append-only/);
      await expect(db.query("DELETE FROM consent_ledger")).rejects.toThrow(/append-only/);
    });

    test("a withdrawal takes effect on the next recommendation", async () => {
      const withdrawn = await call(server, "POST", "/v1/subjects/carol/consent", {
        body: { action: "withdraw" },
      });
      expect(withdrawn.status).toBe(201);
      const next = await call(server, "POST", "/v1/subjects/carol/recommendations", {
        body: { surface: "home" },
      });
      expect((next.json.slate as { mode: string }).mode).toBe("non_profiling");
    });

    test("erase: vault, ledger (crypto-shredded), log bodies and models, one receipt; the log still verifies", async () => {
      const rowsBefore = await db.query<{ n: unknown }>("SELECT count(*) AS n FROM consent_ledger");
      const erased = await call(server, "POST", "/v1/subjects/alice/erase", { auth: alice });
      expect(erased.status).toBe(200);
      const receipt = erased.json.receipt as Record<string, Record<string, unknown>>;
      expect(receipt.vault?.events).toBe(12);
      expect(receipt.consent).toMatchObject({ keyShredded: true });
      expect(receipt.log?.entries).toBeGreaterThan(0);
      // Ledger rows stay (append-only) but no longer open: the subject is back to deny by default.
      const rowsAfter = await db.query<{ n: unknown }>("SELECT count(*) AS n FROM consent_ledger");
      expect(Number(rowsAfter[0]?.n)).toBe(Number(rowsBefore[0]?.n));
      const state = await call(server, "GET", "/v1/subjects/alice/consent", { auth: alice });
      expect((state.json.state as { status: string }).status).toBe("none");
      const exported = await call(server, "GET", "/v1/subjects/alice/export", { auth: alice });
      expect(exported.json.export).toMatchObject({ consentRecord: null, events: [], explanations: [] });
      const again = await call(server, "POST", "/v1/subjects/alice/recommendations", {
        auth: alice,
        body: { surface: "home" },
      });
      expect((again.json.slate as { mode: string }).mode).toBe("non_profiling");
    });

    test("a database outage: writes get 503s, recommendations non-personalized slates, health 503; no crash", async () => {
      let broken = false;
      const outage = () =>
        Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
      const flaky: Db = {
        ...db,
        query: (text, params) => (broken ? outage() : db.query(text, params)),
        exec: (script) => (broken ? outage() : db.exec(script)),
        transaction: (work) => (broken ? outage() : db.transaction(work)),
      };
      const other = await testServer(flaky);
      try {
        await call(other, "POST", "/v1/subjects/dave/consent", { body: { action: "accept-all" } });
        broken = true;
        const events = await call(other, "POST", "/v1/subjects/dave/events", {
          body: { events: [view("dave", items[1] as string)] },
        });
        expect(events.status).toBe(503);
        expect(events.json).toMatchObject({ error: { code: "storage-unavailable" } });
        const consent = await call(other, "POST", "/v1/subjects/dave/consent", {
          body: { action: "reject-all" },
        });
        expect(consent.status).toBe(503);
        const served = await call(other, "POST", "/v1/subjects/dave/recommendations", {
          body: { surface: "home", k: 3 },
        });
        expect(served.status).toBe(200);
        expect((served.json.slate as { mode: string }).mode).toBe("non_profiling");
        expect((await call(other, "GET", "/health", { auth: null })).status).toBe(503);
        expect((await call(other, "GET", "/v1/subjects/dave/export")).status).toBe(503);
      } finally {
        broken = false;
        await other.close();
      }
      const state = await call(server, "GET", "/v1/subjects/dave/consent");
      expect((state.json.state as { status: string }).status).toBe("decided");
    });

    test("every route the app serves is in the HTTP API reference, and nothing else", () => {
      const served = new Set(
        server.app.routes
          .filter((r) => r.method !== "ALL")
          .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([a-z]+)/g, "{$1}")}`),
      );
      expect([...served].sort()).toEqual(routeDocs.map((r) => `${r.method} ${r.path}`).sort());
    });

    test("health, metrics, and a restart over the same database", async () => {
      expect((await call(server, "GET", "/health", { auth: null })).json).toMatchObject({
        status: "ok",
        database: true,
      });
      const metrics = await call(server, "GET", "/metrics", { auth: null });
      expect(metrics.text).toMatch(
        /candor_http_requests_total\{route="\/v1\/subjects\/:subject\/recommendations"/,
      );
      expect(metrics.text).toMatch(new RegExp(`candor_log_entries ${await server.log.size()}\\n`));
      const size = await server.log.size();
      await server.close();
      server = await testServer(db);
      expect(server.log.failure()).toBeNull();
      expect(await server.log.size()).toBe(size);
      const served = await call(server, "POST", "/v1/subjects/dave/recommendations", {
        body: { surface: "home", k: 3 },
      });
      expect((served.json.entries as unknown[]).length).toBe(3);
    });
  });
}
