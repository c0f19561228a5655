import type { ConsentRecord } from "../consent/types.ts";
import type { Result } from "../internal/result.ts";
import { type InvalidEventError, VaultStorageError } from "./errors.ts";
import type { AppendOutcome, Policy, PolicyConsent, PolicyDecision, SignalView, SubjectExport, VaultErasureReceipt, VaultIssue, VaultStorage } from "./types.ts";
/** Options of {@link createVault}; invalid options throw {@link PolicyConfigError}. */
export interface VaultOptions {
    /** Purposes, request families and special categories; default {@link defaultPolicy}. Must match the consent manager's catalog. */
    readonly policy?: Policy;
    /** Where records live; default {@link memoryVaultStorage}. */
    readonly storage?: VaultStorage;
    /** The item's special-category tags (a product's `sensitive` field), added to the tags on the event. Default none. */
    readonly sensitiveTags?: (item: string) => readonly string[] | undefined;
    /** Milliseconds since the epoch, stamped as `collectedAt`; default `Date.now`. */
    readonly clock?: () => number;
    /** The subject's consent record for `export` (e.g. `() => manager.record()`); a record of another subject is left out. */
    readonly consentRecord?: (subject: string) => ConsentRecord | null | Promise<ConsentRecord | null>;
    /** The explanations served to the subject, for `export`; default none (until the audit log exists). */
    readonly explanations?: (subject: string) => readonly unknown[] | Promise<readonly unknown[]>;
    /** Receives problems the vault recovered from (corrupted records, failed reads, malformed decisions). */
    readonly onError?: (issue: VaultIssue) => void;
}
/** What the vault holds, as a snapshot: the UI re-reads views when `version` changes. */
export interface VaultState {
    /** Whether stored records have been loaded. */
    readonly ready: boolean;
    /** Increases with every stored record and every erasure. */
    readonly version: number;
    /** Readable records in the index (events and hide markers of every subject). */
    readonly records: number;
}
/** The vault. Reads are synchronous over an in-memory index; storage is written first, then indexed. */
export interface Vault {
    /** The current snapshot; the same object until something changes. */
    getState(): VaultState;
    /** Calls `listener` after every change; returns the unsubscribe function. */
    subscribe(listener: (state: VaultState) => void): () => void;
    /** Resolves once stored records are loaded (corrupted ones skipped and reported); it never rejects. */
    readonly ready: Promise<void>;
    /**
     * Validates and stores one event with the purposes that allow collecting it under `consent` now
     * (GDPR Art. 5(1)(b)–(c), 6(1)(a), 25). An event of a category no granted purpose allows is not stored and the
     * outcome says why; context fields whose category is not allowed are stripped. `hide_from_history` removes one
     * event (or every event about one item) from use. Rejects with {@link InvalidEventError} naming the field, or
     * {@link VaultStorageError}; nothing half-written becomes readable.
     */
    append(event: unknown, consent: PolicyConsent): Promise<AppendOutcome>;
    /** {@link Vault.append} that resolves to a result instead of rejecting. */
    safeAppend(event: unknown, consent: PolicyConsent): Promise<Result<AppendOutcome, InvalidEventError | VaultStorageError>>;
    /**
     * The only read-only view of personal data the recommender gets: exactly the subject's events whose categories
     * are all allowed by `decision` now, minus hidden ones, with context stripped to what is allowed now, so a
     * withdrawal hides past data on the next call (GDPR Art. 7(3)). Empty for non-profiling decisions, unknown
     * subjects and malformed decisions (reported). Cached per subject, allowed categories and version.
     */
    view(decision: PolicyDecision): SignalView;
    /** The subject's data as JSON (GDPR Art. 15, 20): consent record, events with purposes, derived data, explanations. */
    export(subject: string, extras?: {
        readonly consentRecord?: ConsentRecord | null;
        readonly explanations?: readonly unknown[];
    }): Promise<SubjectExport>;
    /** Erases the subject's records, derived data and caches, in memory and storage (GDPR Art. 17(1)); returns a receipt. */
    erase(subject: string): Promise<VaultErasureReceipt>;
    /** Resolves when every operation so far has settled. */
    flush(): Promise<void>;
}
/** Creates a vault; validates its options (throwing {@link PolicyConfigError}) and starts loading its storage. */
export declare function createVault(options?: VaultOptions): Vault;
