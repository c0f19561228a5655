import { type ConsentReceipt } from "./receipt.ts";
import type { ConsentIssue, ConsentRecord, ConsentState, ConsentStorage, ConsentVia, Controller, Purpose, PurposeId } from "./types.ts";
/** Options of {@link createConsentManager}. Invalid or unknown options throw a {@link ConsentConfigError}. */
export interface ConsentManagerOptions {
    /** Region code of the shopper, e.g. `"DE"`, `"US-CA"`; missing or malformed means the strictest regime. */
    readonly region?: string | null;
    /** Pseudonymous subject id; default: a random id, persisted with the first choice. */
    readonly subject?: string;
    /** The purpose catalog; default {@link defaultPurposes}. */
    readonly purposes?: readonly Purpose[];
    /**
     * The privacy notice's id and version (its content hash is computed from the purposes); default `candor-default@1`.
     * A choice made under another version stops counting and the shopper is asked again (GDPR Art. 7(1), 13), unless
     * that version is listed in `equivalent`: earlier versions whose changes the shop judged not material.
     */
    readonly notice?: {
        readonly id: string;
        readonly version: string;
        readonly equivalent?: readonly string[];
    };
    /** The shop, named in records and receipts. */
    readonly controller?: Controller;
    /** Lifetime of a choice in opt-in regimes; default six months, at most thirteen (CNIL délibération 2020-091). */
    readonly lifetimeMs?: number;
    /** Regions outside the EU/EEA/UK/CH and California that the shop runs as opt-out; default none. */
    readonly optOutRegions?: readonly string[];
    /** The shopper is a known minor (DSA Art. 28, Civ. Code §1798.120(c)); default `false`. */
    readonly minor?: boolean;
    /** A Global Privacy Control signal on this visit, from {@link detectGpc} or {@link gpcFromHeaders}. */
    readonly gpc?: boolean;
    /** Where the record is kept; default: memory only. */
    readonly storage?: ConsentStorage;
    /** Storage key of the record; default `"candor.consent"`. */
    readonly storageKey?: string;
    /** Milliseconds since the epoch; default `Date.now`. Fractions are floored; a non-finite or negative time falls back to `Date.now()`. */
    readonly clock?: () => number;
    /** How far a stored event may lie after the clock before the record is not honored; default 5 minutes, at most a day. */
    readonly clockSkewMs?: number;
    /** Receives problems the manager recovered from (unreadable storage, records not honored); never throws at the caller. */
    readonly onError?: (issue: ConsentIssue) => void;
}
/** What {@link ConsentManager.erase} returns: proof of the erasure without the erased data (GDPR Art. 17). */
export interface ErasureReceipt {
    readonly subject: string;
    readonly recordId: string;
    readonly erasedAt: number;
    /** How many consent events were erased (compacted ones included). */
    readonly events: number;
}
/**
 * The consent store. Every change appends exactly one event to the record (after an `expired` or `notice-changed`
 * event when the standing choice lapsed since); a call that changes nothing appends none. Choices validate their
 * input and throw {@link ConsentInputError} before recording anything.
 */
export interface ConsentManager {
    /** The purposes in force, as validated. */
    readonly purposes: readonly Purpose[];
    /** Resolves once an asynchronous storage adapter has loaded the record (at once for synchronous ones). */
    readonly ready: Promise<void>;
    /** The current state: pure, and the same object until something changes (an expiry is derived when read). */
    getState(): ConsentState;
    /** Calls `listener` after every change; returns the unsubscribe function. */
    subscribe(listener: (state: ConsentState) => void): () => void;
    /** Whether `purpose` may be processed now: a plain lookup, `false` for unknown purposes (deny by default). */
    can(purpose: PurposeId): boolean;
    /**
     * Grants every consent purpose except special categories, which need their own explicit act (GDPR Art. 9(2)(a)),
     * and those an honored GPC signal opts out of (CPRA regs §7025(c)(3), GDPR Art. 21(5)): see `gpc.conflicts`.
     */
    acceptAll(via?: ConsentVia): ConsentState;
    /** Refuses every consent purpose; as easy as accepting (GDPR Art. 7(3), CPRA §7004). */
    rejectAll(via?: ConsentVia): ConsentState;
    /** Sets the named purposes; unknown ids are reported through `onError` and ignored; GPC-covered grants are held back. */
    set(choices: Readonly<Record<PurposeId, boolean>>, via?: ConsentVia): ConsentState;
    /** Withdraws one purpose, or every consent purpose; effective on the next call (GDPR Art. 7(3)). */
    withdraw(purpose?: PurposeId, via?: ConsentVia): ConsentState;
    /**
     * Grants one purpose that the shopper's GPC signal opts out of, as their separate act after being told that it
     * conflicts with the signal (CPRA regs §7025(c)(3)); recorded with `source: "override"` beside the GPC event.
     * `via` is required and names the conflict notice's control.
     */
    confirmGpcOverride(purpose: PurposeId, via: ConsentVia): ConsentState;
    /** Records that the notice at collection was shown; under opt-out regimes this starts the defaults (CPRA §7012). */
    noticeShown(via?: ConsentVia): ConsentState;
    /** Applies a GPC signal seen after creation (CPRA §7025, GDPR Art. 21(5)). */
    applyGpc(signal: boolean): ConsentState;
    /** Whether the shopper should be asked: no valid choice, expired, notice changed, or a purpose new or widened since. */
    needsPrompt(): boolean;
    /** The subject's consent record (ISO/IEC TS 27560 shape), or `null` before any choice. */
    record(): ConsentRecord | null;
    /** A Kantara Consent Receipt v1.1 of the standing choice, or `null` before any choice. */
    receipt(locale?: string): ConsentReceipt | null;
    /** Deletes the stored record and starts afresh; returns proof of the erasure (GDPR Art. 17). */
    erase(): ErasureReceipt;
    /** Resolves when every pending storage write has settled. */
    flush(): Promise<void>;
}
/**
 * Creates a consent manager. Validates its options (throwing {@link ConsentConfigError} with the path and reason),
 * then loads the stored record; a record that is unreadable, fails its schema, its hash chain or its timestamps
 * counts as no consent, is reported to `onError`, and stays stored until the shopper's next choice replaces it.
 */
export declare function createConsentManager(options?: ConsentManagerOptions): ConsentManager;
