/** The consent record's hash chain: sealing events, verifying a stored record, and compacting it for small storage. */
import { canonicalJson } from "../internal/canonical-json.ts";
import { sha256Hex } from "../internal/sha256.ts";
import type { ConsentEvent, ConsentIssue, ConsentRecord } from "./types.ts";

/** Lowercase hex SHA-256 of the canonical JSON of `event` without its `hash` (contract 2). */
export function eventHash(event: Omit<ConsentEvent, "hash"> | ConsentEvent): string {
  const { hash: _, ...body } = event as ConsentEvent;
  return sha256Hex(canonicalJson(body));
}

/** The event with its `hash` set. */
export function sealEvent(event: Omit<ConsentEvent, "hash">): ConsentEvent {
  return { ...event, hash: eventHash(event) };
}

type Problem = Pick<ConsentIssue, "code" | "message">;

/**
 * Checks a schema-valid record: every hash, every link (from the checkpoint's head, or `null`, to the record's head),
 * and time (events never go back, none lies after `now + skewMs`). Returns the first problem, or `null`.
 */
export function verifyRecord(record: ConsentRecord, now: number, skewMs: number): Problem | null {
  let prev = record.checkpoint?.head ?? null;
  for (const [index, event] of record.events.entries()) {
    if (event.prev !== prev) return broken(`event ${index} does not link to the one before it`);
    if (eventHash(event) !== event.hash) return broken(`event ${index} does not match its hash`);
    prev = event.hash;
  }
  if (record.head !== prev) return broken("the head does not match the newest event");
  const { checkpoint, header } = record;
  // Times in the order they happened: creation, the compacted span, then every kept event.
  const times = [
    header.createdAt,
    ...(checkpoint ? [checkpoint.from, checkpoint.to] : []),
    ...record.events.map((e) => e.at),
  ];
  for (const [index, t] of times.entries()) {
    if (t > now + skewMs) {
      return {
        code: "invalid-time",
        message: `stored consent record: a time lies after the clock (${new Date(t).toISOString()})`,
      };
    }
    if (index > 0 && t < (times[index - 1] as number)) {
      return { code: "invalid-time", message: "stored consent record: events go back in time" };
    }
  }
  return null;
}

function broken(message: string): Problem {
  return { code: "broken-chain", message: `stored consent record: ${message}` };
}

/**
 * Drops the oldest events into the checkpoint until the record's JSON `fits`, keeping at least the newest event. The
 * first kept event still links to the checkpoint's head, so the compacted record verifies as the whole one did.
 */
export function compact(record: ConsentRecord, fits: (json: string) => boolean): ConsentRecord {
  let compacted = record;
  while (compacted.events.length > 1 && !fits(JSON.stringify(compacted))) {
    const [dropped, ...events] = compacted.events as [ConsentEvent, ...ConsentEvent[]];
    const before = compacted.checkpoint;
    compacted = {
      ...compacted,
      checkpoint: {
        events: (before?.events ?? 0) + 1,
        from: before?.from ?? dropped.at,
        to: dropped.at,
        head: dropped.hash,
      },
      events,
    };
  }
  return compacted;
}
