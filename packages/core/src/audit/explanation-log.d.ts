/**
 * The tamper-evident explanation log: one entry per served item (DESIGN.md invariant 5), consent events and notices
 * (invariant 7), in one RFC 9162 Merkle tree with signed tree heads. Personal bodies are sealed per subject, and
 * which key sealed which entry is kept in the key ring, not in the log, so erasure unlinks as well as shreds while
 * every proof stays valid (GDPR Art. 17). One storage interface for memory, IndexedDB and JSON-lines files.
 * Appends are serialized; a failed write leaves the tree as it was.
 */
import type { Result } from "../internal/result.ts";
import { InvalidServedItemError, LogIntegrityError, LogStorageError } from "./errors.ts";
import { type ExplanationLogOptions } from "./explanation-log-options.ts";
import type { ConsentLogItem, ConsistencyProof, InclusionProof, NoticeLogItem, OpenedLogEntry, ServedItem, SignedTreeHead } from "./types.ts";
export type { ExplanationLogOptions } from "./explanation-log-options.ts";
/** Where an appended item went. */
export interface AppendedEntry {
    readonly id: string;
    readonly index: number;
}
/** Proof of an erasure without the erased data (GDPR Art. 17, Art. 5(2)). */
export interface LogErasureReceipt {
    readonly schema: "candor.log-erasure-receipt/1";
    readonly erasedAt: number;
    /** References of the destroyed subject keys (random; they appear nowhere in the log and name no one). */
    readonly keyRefs: readonly string[];
    /** Entries whose bodies are now unreadable and unlinkable. */
    readonly entries: number;
    /** The signed tree head at erasure: every entry and proof up to it still verifies. */
    readonly treeHead: SignedTreeHead;
}
/** Why appends are refused: the stored log failed its check on load, or its storage could not be loaded (or locked). */
export type LogFailure = LogIntegrityError | LogStorageError;
/** The explanation log. */
export interface ExplanationLog {
    /** Resolves once the stored log is loaded and checked; it never rejects (problems go to `onError` and {@link ExplanationLog.failure}). */
    readonly ready: Promise<void>;
    /** Number of entries of every kind. */
    readonly size: number;
    /** Why the log refuses appends (set on load), or `null`. */
    readonly failure: LogFailure | null;
    /**
     * Appends one slate's items (one entry each) and resolves to their ids and indexes once stored; signs heads
     * by the head policy. Rejects with {@link InvalidServedItemError}, {@link LogStorageError} or
     * {@link LogIntegrityError} (the stored log failed its check on load); nothing is half-appended.
     */
    append(items: readonly ServedItem[]): Promise<readonly AppendedEntry[]>;
    /** {@link ExplanationLog.append} that resolves to a result instead of rejecting. */
    safeAppend(items: readonly ServedItem[]): Promise<Result<readonly AppendedEntry[], InvalidServedItemError | LogStorageError | LogIntegrityError>>;
    /**
     * Commits one consent event (contract 3; GDPR Art. 7(1)): kind `"consent"`, with what it did in the clear and the
     * event id, its hash and the subject's pseudonym sealed under the subject's key. Rejects with
     * {@link InvalidLogItemError} (also when `event.hash` does not match the event), {@link LogStorageError} or
     * {@link LogIntegrityError}.
     */
    appendConsent(item: ConsentLogItem): Promise<AppendedEntry>;
    /** Commits a notice's declared purposes once per notice hash (a second call returns the first entry). */
    appendNotice(item: NoticeLogItem): Promise<AppendedEntry>;
    /** The newest signed tree head, signing one first when entries are unsigned (RFC 6962 §3.5). */
    treeHead(): Promise<SignedTreeHead>;
    /** Every signed tree head, oldest first. */
    heads(): Promise<readonly SignedTreeHead[]>;
    /** The inclusion proof of entry `index` in the tree of `treeSize` entries (default: all), RFC 9162 §2.1.3. */
    proveInclusion(index: number, treeSize?: number): Promise<InclusionProof>;
    /** The consistency proof between two tree sizes (default second: all), RFC 9162 §2.1.4. */
    proveConsistency(first: number, second?: number): Promise<ConsistencyProof>;
    /** Entries `from` (inclusive) to `to` (exclusive, default all), bodies opened where their keys exist. */
    read(from: number, to?: number): Promise<readonly OpenedLogEntry[]>;
    /**
     * Crypto-shreds every body of `subject` under every pseudonym key and deletes the key ring's record of which
     * entries were theirs; entries, heads and proofs stay valid.
     */
    eraseSubject(subject: string): Promise<LogErasureReceipt>;
    /** Signs a head for unsigned entries, stops the head timer and releases the storage (and its lock). */
    close(): Promise<void>;
}
/** Creates the log over `storage`; loading starts at once and every method waits for it. */
export declare function createExplanationLog(options: ExplanationLogOptions): ExplanationLog;
