import type { ConsentEvent, ConsentIssue, ConsentRecord } from "./types.ts";
/** Lowercase hex SHA-256 of the canonical JSON of `event` without its `hash` (contract 2). */
export declare function eventHash(event: Omit<ConsentEvent, "hash"> | ConsentEvent): string;
/** The event with its `hash` set. */
export declare function sealEvent(event: Omit<ConsentEvent, "hash">): ConsentEvent;
type Problem = Pick<ConsentIssue, "code" | "message">;
/**
 * Checks a schema-valid record: every hash, every link (from the checkpoint's head, or `null`, to the record's head),
 * and time (events never go back, none lies after `now + skewMs`). Returns the first problem, or `null`.
 */
export declare function verifyRecord(record: ConsentRecord, now: number, skewMs: number): Problem | null;
/**
 * Drops the oldest events into the checkpoint until the record's JSON `fits`, keeping at least the newest event. The
 * first kept event still links to the checkpoint's head, so the compacted record verifies as the whole one did.
 */
export declare function compact(record: ConsentRecord, fits: (json: string) => boolean): ConsentRecord;
export {};
