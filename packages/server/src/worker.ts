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

/** Stores one batch in one statement; resolves to how many rows were new. */
export async function storeShared(db: Db, events: readonly SharedEvent[]): Promise<number> {
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
