import type { StoredSlot } from "../policy/types.ts";
import type { Outcome } from "./types.ts";
/** One slot read back from storage: a value to validate, or why it could not be read. */
export type StoredOutcome = StoredSlot;
/**
 * Durable storage of an outcome log. Adapters return raw values; the log validates them and skips (and reports)
 * what is corrupted, never deleting it.
 */
export interface OutcomeStorage {
    /** Appends outcomes durably and in order; either all of them or none become readable. */
    append(outcomes: readonly Outcome[]): Promise<void>;
    /** Every stored outcome in append order. */
    readAll(): Promise<readonly StoredOutcome[]>;
    /** Removes every outcome of `subject` (GDPR Art. 17(1)), including unreadable ones that name it; resolves to how many. */
    erase(subject: string): Promise<number>;
}
/** Keeps outcomes in memory (tests, and a process that persists elsewhere). */
export declare function memoryOutcomeStorage(): OutcomeStorage;
/** Options of {@link indexedDbOutcomeStorage}. */
export interface IndexedDbOutcomeStorageOptions {
    /** Database name; default `"candor-outcomes"`. */
    readonly name?: string;
    /** Object store name; default `"outcomes"`. */
    readonly storeName?: string;
    /** The IndexedDB factory; default `globalThis.indexedDB` (inject one in tests or workers). */
    readonly indexedDB?: IDBFactory;
}
/**
 * Keeps outcomes in IndexedDB (browsers), one object store indexed by subject, each `append` one transaction. The
 * database is opened on first use only: the outcome log uses it only for outcomes admitted under `analytics`, so
 * nothing is written to the device before that consent (ePrivacy Dir. Art. 5(3)). It is the vault's IndexedDB
 * adapter under another database name: outcomes, like vault records, are plain objects with a `subject`.
 */
export declare function indexedDbOutcomeStorage(options?: IndexedDbOutcomeStorageOptions): OutcomeStorage;
