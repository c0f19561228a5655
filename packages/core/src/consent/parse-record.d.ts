/** Reading a stored consent record back: JSON, schema, hash chain and timestamps, as a `safe*` result. */
import type { Result } from "../internal/result.ts";
import type { ConsentIssue, ConsentRecord } from "./types.ts";
/** Options of {@link safeParseConsentRecord}. */
export interface ParseRecordOptions {
    /** The time to check against, in milliseconds since the epoch; default `Date.now()`. */
    readonly now?: number;
    /** How far an event may lie after `now`; default 5 minutes. */
    readonly clockSkewMs?: number;
}
/**
 * Parses a stored consent record (its JSON text, or the parsed value) and checks its schema, every hash and link of
 * its chain, and its timestamps. A failure names the check in `error.code` (`invalid-record`, `broken-chain`,
 * `invalid-time`) and never throws; a record that fails is not consent (DESIGN invariant 7).
 */
export declare function safeParseConsentRecord(stored: unknown, options?: ParseRecordOptions): Result<ConsentRecord, ConsentIssue>;
