/** The outcome log: the consented outcome events of an experiment, in memory and optionally in durable storage, with erasure. */
import type { ConsentState } from "../consent/types.ts";
import { type AdmitOutcomeOptions, type OutcomeAdmission, type OutcomeDropReason } from "./admit-outcome.ts";
import type { OutcomeStorage } from "./outcome-storage.ts";
import type { Outcome } from "./types.ts";
/** A storage problem of the outcome log, reported through `onError`; the log itself never throws for it. */
export type OutcomeLogIssue = 
/** A stored outcome could not be read or failed validation: skipped, and left in storage untouched. */
{
    readonly kind: "unreadable";
    readonly location: string;
    readonly reason: string;
}
/** Reading the storage failed; the log works from memory and `load()` tries again on its next call. */
 | {
    readonly kind: "load-failed";
    readonly error: unknown;
}
/** Writing outcomes failed; they stay in memory and are written with the next append or `flush()`. */
 | {
    readonly kind: "append-failed";
    readonly outcomes: number;
    readonly error: unknown;
}
/** Erasing a subject's stored outcomes failed; it is tried again with the next `flush()`. */
 | {
    readonly kind: "erase-failed";
    readonly error: unknown;
};
/** Options of {@link createOutcomeLog}. */
export interface OutcomeLogOptions extends AdmitOutcomeOptions {
    /** The subject's current consent state, used when `record` gets none; default: none (everything is dropped). */
    readonly consentOf?: (subject: string) => ConsentState | null | undefined;
    /** Called with every dropped event's reason (never with the event: nothing of it is kept). Default: none. */
    readonly onDrop?: (drop: Extract<OutcomeAdmission, {
        admitted: false;
    }>) => void;
    /** Outcomes to start from, e.g. read back from storage; validated, and an invalid one throws. Default none. */
    readonly initial?: readonly unknown[];
    /**
     * Durable storage (`indexedDbOutcomeStorage()` in browsers, `jsonlOutcomeStorage()` from
     * `@candor/core/measure/node` in Node). Only admitted outcomes are written to it, and it is first read at
     * `load()` or at the first admitted outcome, never before. Default: none (memory only).
     */
    readonly storage?: OutcomeStorage;
    /** Storage problems (unreadable stored outcomes, failed reads, writes and erasures); default: none. */
    readonly onError?: (issue: OutcomeLogIssue) => void;
}
/** A snapshot of the log. */
export interface OutcomeLogState {
    /** Counted outcomes in recording order (stored ones first, once loaded). */
    readonly outcomes: readonly Outcome[];
    /** Dropped events by reason: counts only, nothing about who. */
    readonly dropped: Readonly<Record<OutcomeDropReason, number>>;
    /** Whether the stored outcomes have been read (always `true` without storage). */
    readonly loaded: boolean;
    /** Admitted outcomes not yet written to storage (0 without storage). */
    readonly unsaved: number;
    /** Stored outcomes skipped as unreadable when loading. */
    readonly unreadable: number;
}
/** Collects outcome events; `record` each impression, click, add-to-cart and purchase attributed to a slate. */
export interface OutcomeLog {
    /**
     * Counts the event when it is valid and the subject's consent grants `analytics` (from `consent`, else from
     * `consentOf`); otherwise drops it, keeps nothing of it and returns why. Never throws. With storage, the counted
     * outcome is written in the background (see `flush`).
     */
    record(input: unknown, consent?: ConsentState | null): OutcomeAdmission;
    /** The counted outcomes, oldest first. */
    outcomes(): readonly Outcome[];
    /** A snapshot, the same object until the next change. */
    getState(): OutcomeLogState;
    /** Calls `listener` after each change; returns the unsubscribe function. */
    subscribe(listener: () => void): () => void;
    /**
     * Removes every outcome of `subject` from memory at once and from storage in the background (GDPR Art. 17(1));
     * returns how many were in memory. Await `flush()` for the stored ones.
     */
    erase(subject: string): number;
    /**
     * Reads the stored outcomes into the log, once (again after a failed read). Call it once the consent in force
     * allows reading the device (ePrivacy Dir. Art. 5(3)), e.g. for a shop's own analytics store. Never rejects.
     */
    load(): Promise<void>;
    /** Resolves once every write and erasure so far has been tried; failures go to `onError`. Never rejects. */
    flush(): Promise<void>;
}
/**
 * Creates an outcome log (a closure: it holds state). Deny by default: without a consent state that grants
 * `analytics` nothing is counted, or stored, for that shopper (GDPR Art. 6(1)(a), Art. 25). Outcomes of subjects
 * who later withdraw stay counted (GDPR Art. 7(3): withdrawal does not affect earlier processing) until `erase`.
 * Storage work runs in order on one queue: a failed write keeps the outcomes in memory and retries them.
 */
export declare function createOutcomeLog(options?: OutcomeLogOptions): OutcomeLog;
