/**
 * One sequencer for the explanation log of every server process on a database. The process holding the advisory lock
 * {@link SEQUENCER_LOCK} owns the core explanation log (`createExplanationLog`, which assigns indexes, seals bodies and
 * signs heads in batches); the others hand their appends to it through `log_queue` and wait for the committed entry
 * (LISTEN/NOTIFY wakes both sides; polling covers a lost notification). When the sequencer stops, another process
 * takes the lock and loads the log from the database. A served slate is still returned only once its entries are
 * committed, whichever process serves it (DESIGN.md invariant 5).
 */
import type {
  AppendedEntry,
  ConsentLogItem,
  ExplanationLog,
  LogErasureReceipt,
  NoticeLogItem,
  ServedItem,
} from "@candor/core/audit";
import type { ServingLog } from "@candor/core/serve";
import type { Db, HeldLock } from "./db.ts";
import type { SlateSubjects } from "./log-storage.ts";

/** Advisory lock key of the sequencer. */
export const SEQUENCER_LOCK = 7_431_004;
const QUEUE_CHANNEL = "candor_log_queue";
const DONE_CHANNEL = "candor_log_done";

type Kind = "served" | "consent" | "notice" | "erase";

/** Options of {@link createLogSequencer}. */
export interface LogSequencerOptions {
  readonly db: Db;
  /** Opens the core log over the database (the sequencer's, with head signing; or a read-only replica). */
  readonly open: (role: "sequencer" | "replica") => Promise<ExplanationLog>;
  /** How long a queued append may wait for the sequencer; default 10 s (then the slate is served non-personalized). */
  readonly timeoutMs?: number;
  /** How often a process without the lock tries to take it; default 1 s. */
  readonly electionMs?: number;
  /**
   * Where served slates are registered (slate id → subject reference) while the sequencer appends them, so that the
   * storage records them in `subject_entries` in the append's own statement (the map `sqlLogStorage` was given);
   * with `subjectRef`. Default none: nothing is recorded.
   */
  readonly slateSubjects?: SlateSubjects;
  /** The subject's keyed reference (what `subject_entries` rows are keyed by). */
  readonly subjectRef?: (subject: string) => string;
  readonly onError?: (message: string) => void;
}

/** The log as the server uses it. */
export interface LogSequencer {
  /** What `createServing` appends through. */
  readonly serving: ServingLog;
  /** Whether this process is the sequencer now. */
  isSequencer(): boolean;
  /** The log to read (heads, entries, proofs): the sequencer's own, else a replica loaded from the database. */
  reader(): Promise<ExplanationLog>;
  /** Crypto-shreds the subject's bodies, on the sequencer (whose key ring is the one in force). */
  eraseSubject(subject: string): Promise<LogErasureReceipt>;
  /** Entries in the log (the sequencer's count, else the table's). */
  size(): Promise<number>;
  /** Why the sequencer's log refuses appends, or `null`. */
  failure(): string | null;
  close(): Promise<void>;
}

/** Starts the election and, once elected, the sequencer loop. */
export async function createLogSequencer(options: LogSequencerOptions): Promise<LogSequencer> {
  const { db } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const report = (message: string) => {
    try {
      options.onError?.(message);
    } catch {
      // A failing reporter must not break the log.
    }
  };
  let log: ExplanationLog | null = null;
  let lock: HeldLock | null = null;
  let closed = false;
  let draining: Promise<void> | null = null;
  let again = false;
  const waiters = new Map<number, () => void>();
  const slateSubjects = options.slateSubjects;
  const subjectRef = options.subjectRef;
  /** Registers the slates of `items` for `subject_entries` while `run`'s append is pending. */
  const registered = <T>(items: readonly ServedItem[], run: () => Promise<T>): Promise<T> => {
    if (!slateSubjects || !subjectRef) return run();
    const mine: string[] = [];
    for (const item of items)
      if (!slateSubjects.has(item.slateId)) {
        slateSubjects.set(item.slateId, subjectRef(item.subject));
        mine.push(item.slateId);
      }
    return run().finally(() => {
      for (const slate of mine) slateSubjects.delete(slate);
    });
  };
  // A replica is reloaded when entries or key-ring items changed (an erasure deletes keys without adding entries).
  let replica: { log: ExplanationLog; version: string } | null = null;

  const drainOnce = async (): Promise<void> => {
    const current = log;
    if (!current) return;
    const rows = await db.query<{ id: unknown; kind: Kind; item: string }>(
      "SELECT id, kind, item FROM log_queue WHERE NOT done ORDER BY id LIMIT 200",
    );
    for (const row of rows) {
      let result: string | null = null;
      let error: string | null = null;
      try {
        const item = JSON.parse(row.item) as unknown;
        const value =
          row.kind === "served"
            ? await registered(item as readonly ServedItem[], () =>
                current.append(item as readonly ServedItem[]),
              )
            : row.kind === "consent"
              ? await current.appendConsent(item as ConsentLogItem)
              : row.kind === "notice"
                ? await current.appendNotice(item as NoticeLogItem)
                : await current.eraseSubject(item as string);
        result = JSON.stringify(value);
      } catch (cause) {
        error = cause instanceof Error ? cause.message : String(cause);
      }
      await db.query("UPDATE log_queue SET done = true, result = $2, error = $3 WHERE id = $1", [
        row.id,
        result,
        error,
      ]);
      await db.query("SELECT pg_notify($1, $2)", [DONE_CHANNEL, String(row.id)]);
    }
    if (rows.length === 200) again = true;
  };

  const drain = (): void => {
    if (!log) return;
    if (draining) {
      again = true;
      return;
    }
    draining = (async () => {
      do {
        again = false;
        try {
          await drainOnce();
        } catch (cause) {
          report(`log sequencer: could not drain the queue: ${String(cause)}`);
        }
      } while (again && !closed);
    })().finally(() => {
      draining = null;
    });
  };

  /** Steps down when the lock was lost with its connection (another process may be the sequencer now). */
  const checkLock = async (): Promise<void> => {
    const current = lock;
    if (!log || !current || closed || (await current.held())) return;
    if (lock !== current || closed) return;
    report("log sequencer: the sequencer lock was lost with its database connection; stepping down");
    const stale = log;
    log = null;
    lock = null;
    // Not awaited: with the database away its pending head signing would hold up the next election.
    void stale.close().catch(() => {});
    await current.release();
  };

  let electing = false;
  const elect = async (): Promise<void> => {
    if (electing || closed) return;
    electing = true;
    try {
      if (log) return await checkLock();
      const taken = await db.tryLock(SEQUENCER_LOCK);
      if (!taken) return;
      let opened: ExplanationLog;
      try {
        opened = await options.open("sequencer");
      } catch (cause) {
        await taken.release();
        throw cause;
      }
      // A log that could not be read (the database went away mid-load) is dropped and the election tried again;
      // an integrity failure stays: the log refuses appends and /health says why.
      if (opened.failure && opened.failure.name !== "LogIntegrityError") {
        report(`log sequencer: could not load the log, trying again: ${opened.failure.message}`);
        void opened.close().catch(() => {});
        await taken.release();
        return;
      }
      log = opened;
      lock = taken;
      drain();
    } catch (cause) {
      report(`log sequencer: election failed: ${String(cause)}`);
    } finally {
      electing = false;
    }
  };

  const stopQueue = await db.listen(QUEUE_CHANNEL, () => drain());
  const stopDone = await db.listen(DONE_CHANNEL, (payload) => waiters.get(Number(payload))?.());
  await elect();
  const timer = setInterval(() => {
    void elect();
    drain();
  }, options.electionMs ?? 1000);
  timer.unref?.();

  /** Queues one append for the sequencer and waits for its result. */
  const queued = async <T>(kind: Kind, item: unknown): Promise<T> => {
    const rows = await db.query<{ id: unknown }>(
      "INSERT INTO log_queue (kind, item) VALUES ($1, $2) RETURNING id",
      [kind, JSON.stringify(item)],
    );
    const id = Number(rows[0]?.id);
    await db.query("SELECT pg_notify($1, '')", [QUEUE_CHANNEL]);
    const deadline = Date.now() + timeoutMs;
    let pause = 2;
    try {
      for (;;) {
        const found = await db.query<{ done: boolean; result: string | null; error: string | null }>(
          "SELECT done, result, error FROM log_queue WHERE id = $1",
          [id],
        );
        const row = found[0];
        if (row?.done) {
          if (row.error !== null) throw new Error(`log sequencer: ${row.error}`);
          return JSON.parse(row.result as string) as T;
        }
        if (Date.now() > deadline) throw new Error(`log sequencer: no answer within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const wake = setTimeout(resolve, pause);
          waiters.set(id, () => {
            clearTimeout(wake);
            resolve();
          });
        });
        pause = Math.min(pause * 2, 50);
      }
    } finally {
      waiters.delete(id);
      // Served items are personal: the row goes as soon as its result is read (or given up on).
      await db.query("DELETE FROM log_queue WHERE id = $1", [id]).catch(() => {});
    }
  };

  /**
   * Group commit of served slates on the sequencer: the core log appends one call at a time, each with its storage
   * round trips, so slates that arrive while an append is in flight wait for it and then go in together as one
   * append (one write for all of them); each caller gets its own entries back. A slate arriving with nothing in
   * flight goes at once. If a group fails, each slate is retried alone, so one bad slate cannot fail the others.
   */
  type Waiting = {
    items: readonly ServedItem[];
    resolve: (entries: readonly AppendedEntry[]) => void;
    reject: (error: unknown) => void;
  };
  let group: Waiting[] = [];
  let committing = false;
  const commitGroups = async (current: ExplanationLog): Promise<void> => {
    committing = true;
    try {
      while (group.length > 0) {
        const batch = group;
        group = [];
        if (batch.length === 1) {
          const only = batch[0] as Waiting;
          await current.append(only.items).then(only.resolve, only.reject);
          continue;
        }
        let entries: readonly AppendedEntry[] | null = null;
        try {
          entries = await current.append(batch.flatMap((w) => w.items));
        } catch {
          entries = null;
        }
        if (entries === null) {
          for (const w of batch) await current.append(w.items).then(w.resolve, w.reject);
          continue;
        }
        let at = 0;
        for (const w of batch) {
          w.resolve(entries.slice(at, at + w.items.length));
          at += w.items.length;
        }
      }
    } finally {
      committing = false;
    }
  };
  const appendServed = (current: ExplanationLog, items: readonly ServedItem[]) =>
    registered(
      items,
      () =>
        new Promise<readonly AppendedEntry[]>((resolve, reject) => {
          group.push({ items, resolve, reject });
          if (!committing) void commitGroups(current);
        }),
    );

  return {
    serving: {
      append: (items) => (log ? appendServed(log, items) : queued("served", items)),
      appendConsent: (item) => (log ? log.appendConsent(item) : queued("consent", item)),
      appendNotice: (item) => (log ? log.appendNotice(item) : queued("notice", item)),
    },
    isSequencer: () => log !== null,
    async reader() {
      if (log) return log;
      const rows = await db.query<{ n: unknown; k: unknown }>(
        "SELECT (SELECT coalesce(max(i) + 1, 0) FROM log_records) AS n, (SELECT count(*) FROM log_keys) AS k",
      );
      const version = `${String(rows[0]?.n)}/${String(rows[0]?.k)}`;
      if (!replica || replica.version !== version) {
        await replica?.log.close();
        replica = { log: await options.open("replica"), version };
      }
      return replica.log;
    },
    eraseSubject: (subject) => (log ? log.eraseSubject(subject) : queued("erase", subject)),
    async size() {
      if (log) return log.size;
      const rows = await db.query<{ n: unknown }>("SELECT coalesce(max(i) + 1, 0) AS n FROM log_records");
      return Number(rows[0]?.n ?? 0);
    },
    failure: () => log?.failure?.message ?? null,
    async close() {
      closed = true;
      clearInterval(timer);
      await draining;
      await stopQueue();
      await stopDone();
      await log?.close();
      await replica?.log.close();
      log = null;
      await lock?.release();
      lock = null;
    },
  };
}
