/**
 * `createCandorServer`: Candor over HTTP, built on the one serving pipeline (`createServing` from `@candor/core/serve`).
 * The consent ledger, the vault and the explanation log live in SQL (PGlite or PostgreSQL); every route validates its
 * input with zod, answers errors as `{ error: { code, message, path? } }`, and reaches a subject's data only for
 * the shop or that subject's own token.
 */
import {
  createExplanationLog,
  createPseudonymizer,
  type LogStorage,
  type OpenedLogEntry,
} from "@candor/core/audit";
import { nodeBodyCipher, nodeSha256, recordLine } from "@candor/core/audit/node";
import {
  type ConsentState,
  type Controller,
  createConsentManager,
  gpcFromHeaders,
  type Purpose,
} from "@candor/core/consent/manager";
import { defaultPolicy, type Policy, safeParseShopperEvent } from "@candor/core/policy";
import type { CatalogItem } from "@candor/core/recommend";
import { createServing, type Serving, type ServingOptions } from "@candor/core/serve";
import { type Context, Hono } from "hono";
import type * as z from "zod";
import { type AuthKeys, authenticate, type Principal, requireLogReader, requireSubject } from "./auth.ts";
import type { Db } from "./db.ts";
import { BrokerUnavailableError, HttpError, ServerConfigError, StorageUnavailableError } from "./errors.ts";
import type { EventBus, SharedEvent } from "./event-bus.ts";
import { type ConsentChoice, createConsentLedger } from "./ledger.ts";
import { createLogSequencer, type LogSequencer } from "./log-sequencer.ts";
import { type SlateSubjects, sqlLogStorage } from "./log-storage.ts";
import { createMetrics } from "./metrics.ts";
import { migrate } from "./migrate.ts";
import { type ModelSync, syncModels, toCatalog } from "./model-snapshots.ts";
import {
  consentChoiceSchema,
  consistencyQuerySchema,
  entriesQuerySchema,
  eventBatchSchema,
  inclusionQuerySchema,
  receiptQuerySchema,
  recommendSchema,
  subjectParam,
} from "./schemas.ts";
import { loadSecrets } from "./secrets.ts";
import { subjectKeys } from "./subject-keys.ts";
import { subjectVaults } from "./subject-vaults.ts";

/** Serving options the server passes through to `createServing` (it supplies catalog, vault, log and policy). */
export type ServerServingOptions<T extends CatalogItem> = Omit<
  ServingOptions<T>,
  "catalog" | "vault" | "log" | "policy"
>;

/** Options of {@link createCandorServer}. */
export interface CandorServerOptions<T extends CatalogItem> {
  /** The database (`openDatabase`); migrated on start. */
  readonly db: Db;
  /** The catalog served. */
  readonly catalog: readonly T[];
  /** The credentials of the three roles. */
  readonly auth: AuthKeys;
  /** Purposes, request families and special categories; default `defaultPolicy`. */
  readonly policy?: Policy;
  /** The privacy notice the ledger records choices under (the shop's banner's). */
  readonly notice?: {
    readonly id: string;
    readonly version: string;
    readonly equivalent?: readonly string[];
  };
  /** The shop, named in consent records and receipts. */
  readonly controller?: Controller;
  /** The rest of `createServing`'s options (weights, re-rank stage, experiment, …). */
  readonly serving?: ServerServingOptions<T>;
  /** Log head policy; default a head at least every 1,000 entries and every second. */
  readonly log?: { readonly headEvery?: number; readonly headIntervalMs?: number };
  /** NATS JetStream (`connectEventBus`): accepted events go to the stream for `candor worker`; default none. */
  readonly bus?: EventBus;
  /**
   * How long an event id claimed by an ingest request that never finished (its process died, or the database went
   * away before the claim could be released) blocks that id; default 60,000 ms. Until then a retry gets 503
   * `ingest-pending`, never a 202 that calls the unstored event a duplicate.
   */
  readonly ingestClaimMs?: number;
  /**
   * Model snapshots published by `candor worker` (table `model_snapshots`): the newest valid one is loaded at start,
   * on every NOTIFY and every `pollMs` (default 5,000 ms), and served; `false` serves only this process's own models.
   */
  readonly models?: { readonly pollMs?: number } | false;
  /** Milliseconds since the epoch; default `Date.now`. */
  readonly clock?: () => number;
  /** Receives problems recovered from (stage failures, log issues); default none. */
  readonly onError?: (issue: { readonly code: string; readonly message: string }) => void;
}

/** A running server: the Hono app (mount it or pass `app.fetch` to `@hono/node-server`) and its parts. */
export interface CandorServer<T extends CatalogItem> {
  readonly app: Hono;
  readonly serving: Serving<T>;
  /** The explanation log: this process's own when it is the sequencer, else appends queued to the sequencer. */
  readonly log: LogSequencer;
  /** The model snapshots in force (`null` with `models: false`). */
  readonly models: ModelSync | null;
  /** Signs pending heads and releases the log; the database is the caller's to close. */
  close(): Promise<void>;
}

/** The receipt of `POST /v1/subjects/{subject}/erase`: one for vault, ledger, log bodies and models. */
export interface ServerErasureReceipt {
  readonly schema: "candor.server-erasure-receipt/1";
  readonly erasedAt: number;
  readonly vault: { readonly events: number; readonly hideRequests: number; readonly storageRecords: number };
  readonly consent: { readonly ledgerRows: number; readonly keyShredded: boolean };
  readonly log: { readonly entries: number; readonly keyRefs: readonly string[]; readonly treeHead: unknown };
  readonly models: { readonly forgotten: boolean; readonly sharedInteractions: number };
  readonly ingestIds: number;
}

type Env = { Variables: { principal: Principal } };

const JSON_LIMIT = 1_000_000;

/** Creates the server: migrates the database, loads (or makes) its secrets, opens the log and the serving pipeline. */
export async function createCandorServer<T extends CatalogItem>(
  options: CandorServerOptions<T>,
): Promise<CandorServer<T>> {
  const { db, auth } = options;
  if (auth.tokenSecret.length < 32)
    throw new ServerConfigError("auth.tokenSecret", "must have at least 32 characters");
  const clock = options.clock ?? Date.now;
  const claimTakeoverMs = options.ingestClaimMs ?? 60_000;
  if (!(Number.isInteger(claimTakeoverMs) && claimTakeoverMs >= 1000))
    throw new ServerConfigError("ingestClaimMs", "must be an integer of at least 1000 ms");
  const policy = options.policy ?? defaultPolicy;
  const report = (code: string, message: string) => {
    try {
      options.onError?.({ code, message });
    } catch {
      // A failing reporter must not break the server.
    }
  };
  await migrate(db);
  const secrets = await loadSecrets(db, clock());
  const keys = subjectKeys(secrets.refSecret, clock);
  // Served slates the sequencer is appending, by slate id: their `subject_entries` rows go in the append's statement.
  const slateSubjects: SlateSubjects = new Map();
  const logStorage = sqlLogStorage(db, { slateSubjects });
  const pseudonymizer = createPseudonymizer({ keys: [secrets.pseudonymKey], hash: nodeSha256 });
  const openLog = async (role: "sequencer" | "replica") => {
    const opened = createExplanationLog({
      storage: role === "sequencer" ? logStorage : readOnly(logStorage),
      signer: secrets.signer,
      pseudonymizer,
      hash: nodeSha256,
      cipher: nodeBodyCipher,
      clock,
      ...(options.log?.headEvery === undefined ? {} : { headEvery: options.log.headEvery }),
      ...(options.log?.headIntervalMs === undefined ? {} : { headIntervalMs: options.log.headIntervalMs }),
      ...(role === "replica" ? { schedule: null } : {}),
      onError: (issue) => {
        if (role === "sequencer" || issue.code !== "storage-write")
          report(`log:${issue.code}`, issue.message);
      },
    });
    await opened.ready;
    return opened;
  };
  const log = await createLogSequencer({
    db,
    open: openLog,
    slateSubjects,
    subjectRef: (subject) => keys.ref(subject),
    onError: (message) => report("log:sequencer", message),
  });
  const ledgerOptions = {
    purposes: policy.purposes as readonly Purpose[],
    ...(options.notice ? { notice: options.notice } : {}),
    ...(options.controller ? { controller: options.controller } : {}),
    clock,
  };
  const ledger = createConsentLedger(db, keys, ledgerOptions);
  const vaults = subjectVaults(db, keys, policy, clock);
  const serving = createServing<T>({
    ...options.serving,
    catalog: options.catalog,
    vault: vaults.vault,
    log: log.serving,
    policy,
    clock,
    onError: (issue) => {
      report(`serve:${issue.stage}:${issue.code}`, issue.message);
      options.serving?.onError?.(issue);
    },
  });
  const metrics = createMetrics();
  const pollMs = options.models === false ? 0 : (options.models?.pollMs ?? 5000);
  if (options.models !== false && !(Number.isInteger(pollMs) && pollMs >= 100))
    throw new ServerConfigError("models.pollMs", "must be an integer of at least 100 ms");
  const models =
    options.models === false
      ? null
      : await syncModels({
          db,
          pollMs,
          install: (stored) =>
            serving.installModels(
              toCatalog(stored, serving.catalog.size, (id) => serving.catalog.indexOf(id)),
            ),
          onError: report,
        });

  /** The subject's state from the ledger; with the database down, the anonymous deny-by-default state. */
  const consentOf = async (subject: string): Promise<{ state: ConsentState; degraded: boolean }> => {
    try {
      return { state: await ledger.state(subject), degraded: false };
    } catch (cause) {
      report("consent:unavailable", String(cause));
      const anonymous = createConsentManager({ subject, purposes: ledgerOptions.purposes, clock });
      return { state: anonymous.getState(), degraded: true };
    }
  };

  const app = new Hono<Env>();

  app.use("*", async (c, next) => {
    const started = performance.now();
    await next();
    const route = c.req.routePath || "unmatched";
    metrics.request(route, c.req.method, c.res.status, (performance.now() - started) / 1000);
  });

  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json(errorBody(error), error.status);
    report("http:internal", error instanceof Error ? error.message : String(error));
    const fromDb = isDatabaseError(error);
    const wrapped = fromDb
      ? new StorageUnavailableError("request", error)
      : new HttpError(500, "internal", "internal error");
    return c.json(errorBody(wrapped), wrapped.status);
  });
  app.notFound((c) =>
    c.json(errorBody(new HttpError(404, "not-found", `no route ${c.req.method} ${c.req.path}`)), 404),
  );

  app.get("/health", async (c) => {
    let database = true;
    try {
      await db.query("SELECT 1");
    } catch {
      database = false;
    }
    const failure = log.failure();
    let entries: number | null = null;
    try {
      entries = await log.size();
    } catch {
      database = false;
    }
    const ok = database && failure === null;
    return c.json(
      {
        status: ok ? "ok" : "degraded",
        database,
        log: failure ?? "ok",
        sequencer: log.isSequencer(),
        entries,
      },
      ok ? 200 : 503,
    );
  });

  app.get("/metrics", async (c) => {
    const state = serving.getState();
    const text = metrics.render({
      candor_log_entries: {
        help: "Entries in the explanation log.",
        value: await log.size().catch(() => -1),
      },
      candor_log_sequencer: {
        help: "1 when this process is the log's sequencer.",
        value: log.isSequencer() ? 1 : 0,
      },
      candor_slates_total: { help: "Slates served.", value: state.slates },
      candor_slates_personalized_total: { help: "Personalized slates served.", value: state.personalized },
      candor_log_failed_appends_total: {
        help: "Slates served non-personalized because the log failed.",
        value: state.failedAppends,
      },
      candor_vaults_hydrated: {
        help: "Subject vaults loaded for requests in flight.",
        value: vaults.active(),
      },
      candor_model_snapshot: {
        help: "The id of the model snapshot served (0: none yet).",
        value: models?.current().id ?? 0,
      },
      candor_ingest_lag_seconds: {
        help: "Ingest lag: events are stored in-process before the response.",
        value: 0,
      },
    });
    return c.text(text, 200, { "content-type": "text/plain; version=0.0.4" });
  });

  // Every /v1 route needs a credential.
  app.use("/v1/*", async (c, next) => {
    c.set("principal", authenticate(c.req.header("authorization"), auth, clock()));
    await next();
  });

  const subjectOf = (c: Context<Env>): string => {
    const subject = parse(subjectParam, c.req.param("subject"), "subject", 400);
    requireSubject(c.get("principal"), subject);
    return subject;
  };

  app.post("/v1/subjects/:subject/consent", async (c) => {
    const subject = subjectOf(c);
    const body = parse(consentChoiceSchema, await jsonBody(c), "", 400);
    const gpc = gpcFromHeaders(c.req.raw.headers);
    const { region, minor, ...choice } = body;
    const recorded = await storage("consent ledger", () =>
      ledger.choose(subject, choice as ConsentChoice, {
        gpc,
        ...(region === undefined ? {} : { region }),
        ...(minor === undefined ? {} : { minor }),
      }),
    );
    return c.json({ state: recorded.state, appended: recorded.appended, gpc }, 201);
  });

  app.get("/v1/subjects/:subject/consent", async (c) => {
    const subject = subjectOf(c);
    return c.json({ state: await storage("consent ledger", () => ledger.state(subject)) });
  });

  app.get("/v1/subjects/:subject/consent/record", async (c) => {
    const subject = subjectOf(c);
    const record = await storage("consent ledger", () => ledger.record(subject));
    if (!record) throw new HttpError(404, "no-record", "no consent is recorded for this subject");
    return c.json({ record });
  });

  app.get("/v1/subjects/:subject/consent/receipt", async (c) => {
    const subject = subjectOf(c);
    const query = parse(receiptQuerySchema, c.req.query(), "query", 400);
    const receipt = await storage("consent ledger", () => ledger.receipt(subject, query.locale));
    if (!receipt) throw new HttpError(404, "no-record", "no consent is recorded for this subject");
    return c.json({ receipt });
  });

  app.post("/v1/subjects/:subject/events", async (c) => {
    const subject = subjectOf(c);
    const body = parse(eventBatchSchema, await jsonBody(c), "", 400);
    // Validate the whole batch first: one bad event and nothing is stored.
    const events = body.events.map((raw, i) => {
      const { id, ...event } = raw;
      const parsed = safeParseShopperEvent(event);
      if (!parsed.ok)
        throw new HttpError(
          400,
          "invalid-event",
          parsed.error.message,
          joinPath(`events.${i}`, parsed.error.path),
        );
      if (parsed.value.subject !== subject)
        throw new HttpError(
          400,
          "subject-mismatch",
          "the event's subject is not the path's subject",
          `events.${i}.subject`,
        );
      return { id, event };
    });
    const ids = events.map((e) => e.id).filter((id): id is string => id !== undefined);
    if (new Set(ids).size !== ids.length)
      throw new HttpError(400, "duplicate-id", "two events of the batch have the same id", "events");
    const { state } = await storage("consent ledger", async () => ({ state: await ledger.state(subject) }));
    const ref = keysRef(subject);
    const shared =
      options.bus !== undefined &&
      policy.collaborativePurpose !== null &&
      state.granted[policy.collaborativePurpose] === true;
    const publish: SharedEvent[] = [];
    const results = await storage("vault", async () => {
      // Claim every id in one statement; a claim left 'pending' longer than the takeover time belongs to a
      // request that died mid-batch (or lost the database before it could let go) and is taken over.
      const claimed = new Set<string>();
      if (ids.length > 0) {
        const now = clock();
        const rows = await db.query<{ event_id: string }>(
          `INSERT INTO ingested_events (event_id, subject_ref, outcome, claimed_at)
           SELECT id, $2, 'pending', $3 FROM unnest($1::text[]) AS id
           ON CONFLICT (event_id) DO UPDATE SET claimed_at = EXCLUDED.claimed_at
             WHERE ingested_events.outcome = 'pending' AND ingested_events.claimed_at < $4
           RETURNING event_id`,
          [ids, ref, now, now - claimTakeoverMs],
        );
        for (const row of rows) claimed.add(row.event_id);
        const seen = ids.filter((id) => !claimed.has(id));
        if (seen.length > 0) {
          const earlier = await db.query<{ outcome: string; shared: string | null }>(
            "SELECT outcome, shared FROM ingested_events WHERE event_id = ANY($1::text[])",
            [seen],
          );
          // Claimed by a request still running, or by one that died before it could let go: not stored yet, so
          // never acknowledged as a duplicate. The client retries; a claim older than the takeover time is taken.
          if (earlier.some((row) => row.outcome === "pending")) {
            const mine = [...claimed];
            if (mine.length > 0)
              await db.query(
                "DELETE FROM ingested_events WHERE event_id = ANY($1::text[]) AND outcome = 'pending'",
                [mine],
              );
            throw new HttpError(
              503,
              "ingest-pending",
              "some events of the batch are being stored by another request; retry the batch",
              "events",
            );
          }
          // Republished: JetStream drops them within its window, the worker's insert beyond it.
          if (options.bus)
            for (const row of earlier)
              if (row.shared !== null) publish.push(JSON.parse(row.shared) as SharedEvent);
        }
      }
      const fresh = events.filter((e) => e.id === undefined || claimed.has(e.id));
      type Outcome = Awaited<ReturnType<typeof serving.ingest>>;
      const mine = fresh.map((e) => e.id).filter((id): id is string => id !== undefined);
      // The outcomes of the events stored in `q`'s transaction (or right after the vault's writes, for a hide).
      const settle = async (q: Db, outcomes: readonly Outcome[]) => {
        const failed = outcomes.find((o) => !o.stored && o.reason === "storage-error");
        if (failed && !failed.stored) throw new StorageUnavailableError("vault", failed.message);
        const byEvent = new Map(fresh.map((e, i) => [e, outcomes[i] as (typeof outcomes)[number]]));
        const updates: { id: string; outcome: string; shared: string | null }[] = [];
        const out = events.map((e): Record<string, unknown> => {
          const outcome = byEvent.get(e);
          if (!outcome) return { id: e.id, stored: false, reason: "duplicate" };
          let message: SharedEvent | null = null;
          if (shared && outcome.stored && outcome.record.type !== "hide_from_history") {
            const record = outcome.record;
            if (record.item !== undefined && !record.special && record.type !== "search")
              message = {
                id: e.id ?? record.id,
                subjectRef: ref,
                type: record.type,
                item: record.item,
                ...(record.rating === undefined ? {} : { rating: record.rating }),
                at: record.at,
                acceptedAt: clock(),
              };
          }
          if (message) publish.push(message);
          if (e.id !== undefined)
            updates.push({
              id: e.id,
              outcome: outcome.stored ? "stored" : outcome.reason,
              shared: message ? JSON.stringify(message) : null,
            });
          const tag = e.id === undefined ? {} : { id: e.id };
          return outcome.stored
            ? { ...tag, stored: true, record: outcome.record.id, stripped: outcome.stripped }
            : {
                ...tag,
                stored: false,
                reason: outcome.reason,
                categories: outcome.categories,
                message: outcome.message,
              };
        });
        if (updates.length > 0)
          await q.query(
            `UPDATE ingested_events AS t SET outcome = u.outcome, shared = u.shared
             FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, outcome, shared) WHERE t.event_id = u.id`,
            [updates.map((u) => u.id), updates.map((u) => u.outcome), updates.map((u) => u.shared)],
          );
        return out;
      };
      const letGo = () =>
        mine.length > 0
          ? db
              .query("DELETE FROM ingested_events WHERE event_id = ANY($1::text[]) AND outcome = 'pending'", [
                mine,
              ])
              .then(() => {})
          : Promise.resolve();
      // A hide request needs the events before it indexed (the whole history loaded); it is settled right after its
      // writes, and its claims are let go only when the vault stored nothing.
      if (fresh.some((e) => (e.event as { type?: unknown }).type === "hide_from_history")) {
        const outcomes = await vaults.with(subject, async () => {
          const out: Outcome[] = [];
          for (const e of fresh) out.push(await serving.ingest(e.event, state));
          return out;
        });
        if (outcomes.some((o) => !o.stored && o.reason === "storage-error")) await letGo().catch(() => {});
        return await settle(db, outcomes);
      }
      // A batch of interactions only appends (nothing loaded) and commits in one transaction with its outcomes: a
      // request that dies before the commit stored nothing and leaves its claims to be taken over; one that dies
      // after it left them 'stored', so the retry answers "duplicate" (republishing from the outcomes) and never
      // stores an event in the vault twice. When the transaction fails nothing was kept, and the claims are let go
      // at once so that the client's retry is not refused.
      try {
        return await db.transaction((tx) =>
          vaults.appending(
            subject,
            async () => settle(tx, await Promise.all(fresh.map((e) => serving.ingest(e.event, state)))),
            tx,
          ),
        );
      } catch (error) {
        await letGo().catch(() => {});
        throw error;
      }
    });
    // Acknowledged only once the stream has them: a failure here is a 503, and the client's retry republishes.
    if (options.bus && publish.length > 0) {
      const bus = options.bus;
      try {
        await bus.publish(publish);
      } catch (cause) {
        report("stream:unavailable", String(cause));
        throw new BrokerUnavailableError("event stream", cause);
      }
    }
    const stored = results.filter((r) => r.stored === true).length;
    const duplicates = results.filter((r) => r.reason === "duplicate").length;
    metrics.ingested(results.length, stored, duplicates);
    return c.json({ stored, refused: results.length - stored - duplicates, duplicates, results }, 202);
  });

  app.post("/v1/subjects/:subject/recommendations", async (c) => {
    const subject = subjectOf(c);
    const body = parse(recommendSchema, await jsonBody(c), "", 400);
    // The consent read and the vault's load go out together (two queries in flight instead of one after the other);
    // the slate is built only once the consent state is in, and only that state gates what the vault shows.
    const consentRead = consentOf(subject);
    const requestWith = (consent: Awaited<typeof consentRead>) =>
      ({ ...body, consent: consent.state }) as Parameters<Serving<T>["serve"]>[0];
    let degraded = false;
    let served: Awaited<ReturnType<Serving<T>["serve"]>>;
    try {
      served = await vaults.with(subject, async () => serving.serve(requestWith(await consentRead)));
    } catch (cause) {
      // The vault could not be loaded: serve without personal data (the pipeline's own degraded path).
      report("vault:unavailable", String(cause));
      degraded = true;
      served = await serving.serve(requestWith(await consentRead));
    }
    if ((await consentRead).degraded) degraded = true;
    // The entries' `subject_entries` rows (the subject's export finds its explanations there) were written by the
    // sequencer in the same statement as the entries themselves.
    const entries = served.entries;
    // With the database down the slate is the non-personalized one, said so instead of a 503: the page still shows it.
    return c.json({
      slate: served.slate,
      explanations: served.explanations,
      entries,
      issues: served.issues.map(({ stage, code, message }) => ({ stage, code, message })),
      ...(degraded ? { degraded: "storage-unavailable" } : {}),
    });
  });

  app.get("/v1/subjects/:subject/export", async (c) => {
    const subject = subjectOf(c);
    const [record, ranges] = await storage("database", () =>
      Promise.all([
        ledger.record(subject),
        db.query<{ first_index: unknown; last_index: unknown }>(
          "SELECT first_index, last_index FROM subject_entries WHERE subject_ref = $1 ORDER BY first_index",
          [keysRef(subject)],
        ),
      ]),
    );
    const explanations: OpenedLogEntry[] = [];
    const reader = ranges.length > 0 ? await storage("log", () => log.reader()) : null;
    for (const range of ranges) {
      const from = Number(range.first_index);
      const to = Number(range.last_index) + 1;
      for (const entry of await (reader as NonNullable<typeof reader>).read(from, to))
        explanations.push(entry);
    }
    const exported = await storage("vault", () =>
      vaults.with(subject, (vault) => vault.export(subject, { consentRecord: record, explanations })),
    );
    return c.json({ export: exported });
  });

  app.post("/v1/subjects/:subject/erase", async (c) => {
    const subject = subjectOf(c);
    const receipt = await storage("database", async (): Promise<ServerErasureReceipt> => {
      const vault = await vaults.with(subject, (v) => v.erase(subject));
      const logReceipt = await log.eraseSubject(subject);
      const ledgerRows = await ledger.rows(subject);
      const keyShredded = await keys.shred(db, subject);
      // Read again at once: the consent this process kept for the subject is replaced by the erased state (deny by
      // default), so nothing of the erased record stays in its memory. (Another server replaces its own on its next
      // request for the subject, whose query sees the key gone.)
      await ledger.state(subject);
      await db.query("DELETE FROM subject_entries WHERE subject_ref = $1", [keysRef(subject)]);
      const ingest = await db.query("DELETE FROM ingested_events WHERE subject_ref = $1 RETURNING event_id", [
        keysRef(subject),
      ]);
      const sharedRows = await db.query(
        "DELETE FROM shared_interactions WHERE subject_ref = $1 RETURNING event_id",
        [keysRef(subject)],
      );
      await db.query("INSERT INTO erased_subjects (subject_ref, erased_at) VALUES ($1, $2)", [
        keysRef(subject),
        clock(),
      ]);
      const forgotten = serving.forget(subject);
      return {
        schema: "candor.server-erasure-receipt/1",
        erasedAt: clock(),
        vault: {
          events: vault.events,
          hideRequests: vault.hideRequests,
          storageRecords: vault.storageRecords,
        },
        consent: { ledgerRows, keyShredded },
        log: { entries: logReceipt.entries, keyRefs: logReceipt.keyRefs, treeHead: logReceipt.treeHead },
        models: { forgotten, sharedInteractions: sharedRows.length },
        ingestIds: ingest.length,
      };
    });
    return c.json({ receipt });
  });

  const logReader = (c: Context<Env>) => requireLogReader(c.get("principal"));

  app.get("/v1/log/head", async (c) => {
    logReader(c);
    const head = await storage("log", async () => {
      const reader = await log.reader();
      return log.isSequencer() ? reader.treeHead() : ((await reader.heads()).at(-1) ?? null);
    });
    if (!head) throw new HttpError(404, "no-head", "the log has no signed tree head yet");
    return c.json({ head });
  });

  app.get("/v1/log/key", (c) => {
    logReader(c);
    return c.json({ keyId: secrets.signer.keyId, jwk: secrets.signer.publicKey.jwk });
  });

  app.get("/v1/log/heads", async (c) => {
    logReader(c);
    return c.json({ heads: await storage("log", async () => (await log.reader()).heads()) });
  });

  app.get("/v1/log/entries", async (c) => {
    logReader(c);
    const query = parse(entriesQuerySchema, c.req.query(), "query", 400);
    const reader = await storage("log", () => log.reader());
    const to = Math.min(query.to ?? reader.size, reader.size, query.from + 1000);
    if (query.from > reader.size)
      throw new HttpError(400, "out-of-range", `from is past the log's ${reader.size} entries`, "from");
    const entries = query.from >= to ? [] : await storage("log", () => reader.read(query.from, to));
    // Auditors see committed entries; personal bodies stay sealed (they are the subjects', through their export).
    return c.json({
      size: reader.size,
      entries: entries.map(({ index, leaf, entry }) => ({ index, leaf, entry })),
    });
  });

  app.get("/v1/log/proofs/inclusion", async (c) => {
    logReader(c);
    const query = parse(inclusionQuerySchema, c.req.query(), "query", 400);
    const reader = await storage("log", () => log.reader());
    rangeCheck(query.index < (query.treeSize ?? reader.size), "index", "must be below the tree size");
    rangeCheck(
      (query.treeSize ?? 0) <= reader.size,
      "treeSize",
      `must be at most the log's size (${reader.size})`,
    );
    return c.json({ proof: await storage("log", () => reader.proveInclusion(query.index, query.treeSize)) });
  });

  app.get("/v1/log/proofs/consistency", async (c) => {
    logReader(c);
    const query = parse(consistencyQuerySchema, c.req.query(), "query", 400);
    const reader = await storage("log", () => log.reader());
    const second = query.second ?? reader.size;
    rangeCheck(second <= reader.size, "second", `must be at most the log's size (${reader.size})`);
    rangeCheck(query.first >= 1 && query.first <= second, "first", "must be between 1 and second");
    return c.json({ proof: await storage("log", () => reader.proveConsistency(query.first, second)) });
  });

  app.get("/v1/log/export", async (c) => {
    logReader(c);
    const reader = await storage("log", () => log.reader());
    if (log.isSequencer()) await storage("log", () => reader.treeHead());
    const lines: string[] = [];
    const size = reader.size;
    for (let from = 0; from < size; from += 1000) {
      const raw = await storage("log", () => logStorage.read(from, Math.min(size, from + 1000)));
      for (const record of raw) lines.push(recordLine(record as Parameters<typeof recordLine>[0]));
    }
    const heads = (await storage("log", () => reader.heads())).filter((h) => h.treeSize <= size);
    for (const head of heads) lines.push(`{"head":${JSON.stringify(head)}}`);
    lines.push(`{"commit":${size}}`);
    return c.body(`${lines.join("\n")}\n`, 200, {
      "content-type": "application/x-ndjson",
      "content-disposition": 'attachment; filename="candor-log.jsonl"',
    });
  });

  function keysRef(subject: string): string {
    return keys.ref(subject);
  }

  return {
    app: app as unknown as Hono,
    serving,
    log,
    models,
    async close() {
      await models?.stop();
      await log.close();
    },
  };
}

/** The storage as a replica sees it: it reads, and refuses every write (only the sequencer writes the log). */
function readOnly(storage: LogStorage): LogStorage {
  const refuse = () => Promise.reject(new Error("a log replica does not write"));
  // Closing a replica writes nothing (the key-ring items the sequencer holds are the sequencer's to write).
  return { ...storage, append: refuse, putKeys: refuse, deleteKeys: refuse, close: async () => {} };
}

function errorBody(error: HttpError): { error: { code: string; message: string; path?: string } } {
  return {
    error: { code: error.code, message: error.message, ...(error.path === "" ? {} : { path: error.path }) },
  };
}

function joinPath(prefix: string, path: string): string {
  return path === "" ? prefix : `${prefix}.${path}`;
}

function rangeCheck(ok: boolean, path: string, message: string): void {
  if (!ok) throw new HttpError(400, "out-of-range", `${path} ${message}`, path);
}

/** Validates `value` with `schema`; a 4xx naming the first issue's path otherwise. */
function parse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix: string,
  status: 400 | 422,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = joinPath(prefix, (issue?.path ?? []).map(String).join(".")).replace(/^\./, "");
  throw new HttpError(status, "invalid-input", `${path || "body"}: ${issue?.message ?? "invalid"}`, path);
}

/** The request's JSON body: 415 for another media type, 413 when too large, 400 when it does not parse. */
async function jsonBody(c: Context<Env>): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\b/i.test(type))
    throw new HttpError(415, "unsupported-media-type", "send the body as Content-Type: application/json");
  const text = await c.req.text();
  if (text.length > JSON_LIMIT)
    throw new HttpError(413, "body-too-large", `the body exceeds ${JSON_LIMIT} bytes`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "invalid-json", "the body is not valid JSON");
  }
}

/** Runs a storage operation; a driver or connection failure becomes a 503. */
async function storage<R>(what: string, run: () => Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new StorageUnavailableError(what, error);
  }
}

function isDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^(ECONNREFUSED|ECONNRESET|CONNECTION_|57P|08)/.test(code);
}
