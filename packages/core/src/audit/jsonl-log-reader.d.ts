import type { BodyCipher } from "./body-cipher.ts";
import { type BodyKeyRing } from "./body-key-ring.ts";
import type { LogPublicKey } from "./log-signer.ts";
import { type VerifyFailure } from "./stream-verifier.ts";
import type { CommittedEntry, LogIssue, OpenedLogEntry, SignedTreeHead } from "./types.ts";
/** How far a pass has come, for progress displays. */
export interface AuditProgress {
    readonly bytes: number;
    readonly totalBytes: number;
    readonly entries: number;
}
/** Options of {@link auditJsonlLog}. */
export interface JsonlAuditOptions {
    /** The log's public keys (current and earlier). Required unless `verify` is `false`. */
    readonly publicKeys?: LogPublicKey | readonly LogPublicKey[];
    /** Heads the auditor trusts (saved earlier or from a witness); each must be signed by `publicKeys`. */
    readonly trustedHeads?: readonly unknown[];
    /** Verify leaves and heads; default `true`. With `false` entries are read UNVERIFIED. */
    readonly verify?: boolean;
    /** The shop's key ring, to open bodies (`readKeyRing`); default none: bodies are `sealed`. */
    readonly keyRing?: BodyKeyRing | null;
    /** AES-256-GCM for bodies; default `nodeBodyCipher`. */
    readonly cipher?: BodyCipher;
    /** Which bodies to open (their key known); default all. A body not opened comes as `unopened`. */
    readonly needsBody?: (entry: CommittedEntry, keyRef: string) => boolean;
    /** Receives every committed entry in index order (after its append's commit line); may be async. */
    readonly onEntry?: (entry: OpenedLogEntry) => void | Promise<void>;
    /** Called after each chunk read. */
    readonly onProgress?: (progress: AuditProgress) => void;
    /** Notes: interrupted appends, unreadable bodies. */
    readonly onIssue?: (issue: LogIssue) => void;
}
/** What an audit pass found. */
export type JsonlAuditResult = {
    readonly status: "intact";
    /** Committed entries (all verified, unless `verify` was `false`). */
    readonly size: number;
    /** Entries covered by the newest signed head. */
    readonly signedSize: number;
    readonly heads: number;
    readonly latestHead: SignedTreeHead | null;
    readonly trustedHeads: number;
    /** Complete record lines after the last commit line (an interrupted append, or a deleted commit line). */
    readonly uncommittedRecords: number;
    /** Bytes after the last commit line. */
    readonly uncommittedBytes: number;
    readonly verified: boolean;
} | ({
    readonly status: "tampered";
} & VerifyFailure) | {
    readonly status: "unusable";
    readonly reason: string;
};
/**
 * Streams `path` once: verifies it (unless `verify: false`) and hands its committed entries to `onEntry`. Never
 * throws for a bad log: a missing, unreadable, empty or foreign file is `unusable`, a changed one `tampered`.
 */
export declare function auditJsonlLog(path: string, options?: JsonlAuditOptions): Promise<JsonlAuditResult>;
/** Reads the shop's key-ring file (read-only) for an auditor who was given it; malformed items go to `onIssue`. */
export declare function readKeyRing(keysPath: string, onIssue?: (issue: LogIssue) => void): Promise<BodyKeyRing>;
/** A read-only view of a log file: its committed heads, and its committed records as a stream. */
export interface JsonlLogReader {
    /** Every committed tree head, in file order. */
    heads(): Promise<readonly unknown[]>;
    /** Every committed record, in file order (unparseable lines come as `undefined`, which verification rejects). */
    records(): AsyncIterable<unknown>;
}
/** Reads a log file without changing it, as plain values (for `verifyLog`); prefer {@link auditJsonlLog}. */
export declare function readJsonlLog(path: string, onIssue?: (issue: LogIssue) => void): JsonlLogReader;
