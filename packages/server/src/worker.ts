/**
 * `candor worker`: consumes the event stream and keeps the shared statistics in PostgreSQL. Inserts are idempotent
 * on the event id (a redelivered message counts once) and skip events of subjects erased after them.
 */
import type { Db } from "./db.ts";
import { connectEventConsumer, type SharedEvent, type StreamNames } from "./event-bus.ts";
import { migrate } from "./migrate.ts";

/** A running worker. */
export interface Worker {
  /** Events stored and redeliveries ignored so far. */
  counts(): { readonly stored: number; readonly duplicates: number; readonly lagMs: number };
  /** Stops fetching, lets the batch in hand finish, and disconnects. */
  stop(): Promise<void>;
}

/** Stores one batch in one transaction; resolves to how many rows were new. */
export async function storeShared(db: Db, events: readonly SharedEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  return db.transaction(async (tx) => {
    let added = 0;
    for (const e of events) {
      const rows = await tx.query(
        `INSERT INTO shared_interactions (event_id, subject_ref, type, item, rating, at, accepted_at)
         SELECT $1, $2, $3, $4, $5, $6, $7
         WHERE NOT EXISTS (SELECT 1 FROM erased_subjects WHERE subject_ref = $2 AND erased_at >= $7)
         ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
        [e.id, e.subjectRef, e.type, e.item, e.rating ?? null, e.at, e.acceptedAt],
      );
      added += rows.length;
    }
    return added;
  });
}

/** Starts a worker on `db` and the NATS server at `natsUrl`. */
export async function startWorker(
  db: Db,
  natsUrl: string,
  options: StreamNames & { readonly batch?: number } = {},
): Promise<Worker> {
  await migrate(db);
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
    counts: () => ({ stored, duplicates, lagMs }),
    async stop() {
      await consumer.stop();
      await running.catch(() => {});
    },
  };
}
