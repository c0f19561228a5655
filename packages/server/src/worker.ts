/**
 * `candor worker`: consumes the event stream and keeps the shared statistics in PostgreSQL. Inserts are idempotent
 * on the event id (a redelivered message counts once) and skip events of subjects erased after them.
 */
import type { Db } from "./db.ts";
import { connectEventConsumer, type SharedEvent, type StreamNames } from "./event-bus.ts";
import { migrate } from "./migrate.ts";
import { fitSnapshot, publishSnapshot, REFIT_LOCK } from "./model-snapshots.ts";

/** When a worker refits the collaborative models and publishes a snapshot (see `model-snapshots.ts`). */
export interface RefitOptions {
  /** Refit once the shared statistics changed by at least this many events; default 1,000. */
  readonly minEvents?: number;
  /** …and by at least this share of the events the last snapshot was fitted on (the drift); default 0.1. */
  readonly drift?: number;
  /** How often to look; default 5,000 ms. */
  readonly intervalMs?: number;
  /** k-anonymity floor of every collaborative link; default 5 (as serving's). */
  readonly minSupport?: number;
}

/** Options of {@link startWorker}. */
export interface WorkerOptions extends StreamNames {
  /** Stream messages per fetch (each up to 500 events: one accepted batch); default 100. */
  readonly batch?: number;
  /** Model refits; `false`: this worker never refits (another one does). Default on. */
  readonly refit?: RefitOptions | false;
  /** Receives problems recovered from (a failed refit); default none. */
  readonly onError?: (issue: { readonly code: string; readonly message: string }) => void;
}

/** A running worker. */
export interface Worker {
  /** Events stored and redeliveries ignored so far. */
  counts(): {
    readonly stored: number;
    readonly duplicates: number;
    readonly lagMs: number;
    /** Model snapshots this worker published. */
    readonly snapshots: number;
  };
  /** Refits and publishes now if the statistics drifted (or `force`); resolves to the snapshot's id or `null`. */
  refit(force?: boolean): Promise<number | null>;
  /** Stops fetching, lets the batch in hand finish, and disconnects. */
  stop(): Promise<void>;
}

/** Rows per INSERT statement of {@link storeShared}. */
const ROWS_PER_STATEMENT = 5000;

/**
 * Stores a batch in as few statements as it takes ({@link ROWS_PER_STATEMENT} rows each); resolves to how many rows
 * were new. Idempotent on the event id: a batch stored again (redelivered after a failure part-way) adds nothing.
 */
export async function storeShared(db: Db, events: readonly SharedEvent[]): Promise<number> {
  let added = 0;
  for (let at = 0; at < events.length; at += ROWS_PER_STATEMENT)
    added += await storeChunk(db, events.slice(at, at + ROWS_PER_STATEMENT));
  return added;
}

async function storeChunk(db: Db, events: readonly SharedEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  const rows = await db.query(
    `INSERT INTO shared_interactions (event_id, subject_ref, type, item, rating, at, accepted_at)
     SELECT e.id, e.ref, e.type, e.item, e.rating, e.at, e.accepted
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::bigint[], $7::bigint[])
       AS e(id, ref, type, item, rating, at, accepted)
     WHERE NOT EXISTS (SELECT 1 FROM erased_subjects x WHERE x.subject_ref = e.ref AND x.erased_at >= e.accepted)
     ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
    [
      events.map((e) => e.id),
      events.map((e) => e.subjectRef),
      events.map((e) => e.type),
      events.map((e) => e.item),
      events.map((e) => e.rating ?? null),
      events.map((e) => e.at),
      events.map((e) => e.acceptedAt),
    ],
  );
  return rows.length;
}

/** Starts a worker on `db` and the NATS server at `natsUrl`. */
export async function startWorker(db: Db, natsUrl: string, options: WorkerOptions = {}): Promise<Worker> {
  await migrate(db);
  const refitOptions = options.refit === false ? null : (options.refit ?? {});
  const minEvents = refitOptions?.minEvents ?? 1000;
  const drift = refitOptions?.drift ?? 0.1;
  let snapshots = 0;
  let refitting: Promise<number | null> | null = null;
  const refitOnce = async (force: boolean): Promise<number | null> => {
    const lock = await db.tryLock(REFIT_LOCK);
    if (!lock) return null;
    try {
      const row = (
        await db.query<{ rows: unknown; last: unknown; at: unknown; erased: unknown }>(
          `SELECT (SELECT count(*) FROM shared_interactions) AS rows,
                  (SELECT events FROM model_snapshots ORDER BY id DESC LIMIT 1) AS last,
                  (SELECT created_at FROM model_snapshots ORDER BY id DESC LIMIT 1) AS at,
                  (SELECT max(erased_at) FROM erased_subjects) AS erased`,
        )
      )[0];
      const rows = Number(row?.rows ?? 0);
      const last = row?.last === null || row?.last === undefined ? null : Number(row.last);
      const erasedSince =
        row?.erased !== null &&
        row?.at !== null &&
        row?.at !== undefined &&
        Number(row?.erased) > Number(row.at);
      const changed = last === null ? rows : Math.abs(rows - last);
      const drifted = changed >= minEvents && (last === null || changed >= drift * last);
      if (!force && !drifted && !erasedSince) return null;
      const snapshot = await fitSnapshot(db, {
        ...(refitOptions?.minSupport === undefined ? {} : { minSupport: refitOptions.minSupport }),
      });
      const id = await publishSnapshot(db, snapshot);
      snapshots++;
      return id;
    } finally {
      await lock.release();
    }
  };
  const refit = (force = false): Promise<number | null> => {
    refitting ??= refitOnce(force).finally(() => {
      refitting = null;
    });
    return refitting;
  };
  const refitTimer =
    refitOptions === null
      ? null
      : setInterval(() => {
          refit().catch((cause: unknown) => {
            try {
              options.onError?.({ code: "refit-failed", message: String(cause) });
            } catch {
              // A failing reporter must not stop the worker.
            }
          });
        }, refitOptions.intervalMs ?? 5000);
  refitTimer?.unref?.();
  const consumer = await connectEventConsumer(natsUrl, options);
  let stored = 0;
  let duplicates = 0;
  let lagMs = 0;
  const running = consumer.run(async (events) => {
    const added = await storeShared(db, events);
    stored += added;
    duplicates += events.length - added;
    const last = events.at(-1);
    if (last) lagMs = Date.now() - last.acceptedAt;
  });
  return {
    counts: () => ({ stored, duplicates, lagMs, snapshots }),
    refit,
    async stop() {
      if (refitTimer) clearInterval(refitTimer);
      await refitting?.catch(() => {});
      await consumer.stop();
      await running.catch(() => {});
    },
  };
}
