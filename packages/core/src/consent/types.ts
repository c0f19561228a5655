/** Shared types of the consent module: purposes, regimes, consent events, records and state. */

/** A purpose id from the catalog, e.g. `"personalization.browsing"`. */
export type PurposeId = string;

/** A data category id, DPV-aligned where DPV has one, e.g. `"pd:BrowsingBehavior"`. */
export type DataCategoryId = string;

/**
 * The lawful basis a purpose relies on (GDPR Art. 6(1)); `explicit-consent` is Art. 9(2)(a).
 * Only `consent` and `explicit-consent` purposes are ever asked for; the others are always on.
 */
export type LawfulBasis =
  | "consent"
  | "explicit-consent"
  | "contract"
  | "legal-obligation"
  | "legitimate-interest";

/** Text in one or more locales; a plain string is used for every locale. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** One processing purpose the shopper can be asked about. */
export interface Purpose {
  /** Stable id used in code, records and UI, e.g. `"personalization.browsing"`. */
  readonly id: PurposeId;
  /** W3C DPV purpose, e.g. `"dpv:ProvideProductRecommendations"`. */
  readonly dpv: string;
  /** Lawful basis (GDPR Art. 6(1)); `consent` purposes are off until chosen in opt-in regimes. */
  readonly basis: LawfulBasis;
  /** Data categories this purpose may use; widening this list asks the shopper again. */
  readonly dataCategories: readonly DataCategoryId[];
  /** Plain-language title (GDPR Art. 7(2)). */
  readonly title: LocalizedText;
  /** Plain-language description of what is done and why (GDPR Arts. 12–13). */
  readonly description: LocalizedText;
  /** Uses special-category data (GDPR Art. 9, CPRA §7027): always opt-in, with explicit consent. */
  readonly special?: boolean;
  /** Counts as "sale or sharing" under CPRA (Civ. Code §1798.120, §1798.140(ad)); GPC opts out of it. */
  readonly saleOrSharing?: boolean;
  /** Profiling for direct marketing: GPC counts as an objection (GDPR Art. 21(2), 21(5)). */
  readonly directMarketing?: boolean;
}

/** The consent model a regime applies to ordinary (non-special) consent purposes. */
export type ConsentModel = "opt-in" | "opt-out";

/** Which body of rules applies to a shopper. */
export type RegimeId = "gdpr" | "cpra" | "opt-in" | "opt-out" | "strictest";

/** The rules in force for one shopper, derived from their region. */
export interface Regime {
  /** `gdpr` for EU/EEA/UK/CH, `cpra` for California, `opt-in` elsewhere (`opt-out` where the shop configured so), `strictest` when the region is unknown. */
  readonly id: RegimeId;
  /** The region code it was derived from (uppercased), or `null` when none was given. */
  readonly region: string | null;
  /** Opt-in: off until chosen. Opt-out: on once the notice was shown, until the shopper opts out. */
  readonly model: ConsentModel;
  /** How long a choice stands before the shopper is asked again, in milliseconds. */
  readonly lifetimeMs: number;
}

/** How a choice was indicated, kept in the record to demonstrate consent (GDPR Art. 7(1)). */
export interface ConsentVia {
  /**
   * `ui` for a shopper's action on a control, `api` for a call by the shop; `gpc` (the browser signal) and `system`
   * (expiry, a changed notice) are written by the manager only and refused from callers.
   */
  readonly kind: "ui" | "api" | "gpc" | "system";
  /** The control or call, e.g. `"banner.reject-all"`, `"settings.save"`: 1–128 characters, no control characters. */
  readonly control?: string;
  /** The UI surface and its version, e.g. `"candor-banner@1"`: 1–128 characters, no control characters. */
  readonly ui?: string;
}

/**
 * What a consent event did; each is one action of the manager's reducer, typed by the call that made it: a choice
 * (`acceptAll`, `rejectAll`, `set`, `withdraw`, `confirmGpcOverride`) that turns off a granted purpose is `withdrawn`
 * (GDPR Art. 7(3)), else one that grants something is `given`, else `refused`; `expired` (the lifetime passed),
 * `gpc-honored` (a GPC signal opted out), `notified` (the notice at collection started opt-out defaults) and
 * `notice-changed` (choices under an earlier notice stopped counting). `expired` and `notice-changed` are derived
 * when read and recorded with the next write.
 */
export type ConsentEventType =
  | "given"
  | "refused"
  | "withdrawn"
  | "expired"
  | "gpc-honored"
  | "notified"
  | "notice-changed";

/** The state of one purpose as stored in an event. */
export interface PurposeChoice {
  /** Whether processing for this purpose is allowed. */
  readonly granted: boolean;
  /** The data categories the shopper was told about when choosing (to detect a widened purpose). */
  readonly dataCategories: readonly DataCategoryId[];
  /**
   * Where the value comes from: the shopper's choice, a regime default, an applied GPC signal, or `override`: the
   * shopper's separate act granting a purpose their GPC signal opts out of, after the conflict notice (CPRA regs
   * §7025(c)(3)).
   */
  readonly source: "choice" | "default" | "gpc" | "override";
}

/**
 * One entry of the consent record: every change appends one (ISO/IEC TS 27560 "events"). Events are hash-chained:
 * `hash` commits to the whole event, `prev` to the one before it, so an edited, removed or reordered event is detected.
 */
export interface ConsentEvent {
  /** Unique id of this event. */
  readonly id: string;
  /** Milliseconds since the epoch, from the manager's clock. */
  readonly at: number;
  readonly type: ConsentEventType;
  /** The full per-purpose state after this event (consent purposes only), so the newest event alone is the state. */
  readonly purposes: Readonly<Record<PurposeId, PurposeChoice>>;
  /** The purposes whose value this event changed. */
  readonly changed: readonly PurposeId[];
  readonly via: ConsentVia;
  /** The notice shown, by id, version and content hash. */
  readonly notice: NoticeRef;
  /** The regime in force and its region. */
  readonly regime: RegimeId;
  readonly region: string | null;
  /** The `hash` of the previous event (or the checkpoint's `head` when it follows compacted events); `null` for the first. */
  readonly prev: string | null;
  /** Lowercase hex SHA-256 of the canonical JSON of this event without `hash` (keys sorted at every level). */
  readonly hash: string;
}

/**
 * Events dropped from the front of a record to fit small storage (a cookie), summarized so the chain still links:
 * the first kept event's `prev` is `head`. The dropped events themselves live only where the shop copied them (the
 * explanation log commits every event's hash).
 */
export interface ConsentCheckpoint {
  /** How many events were dropped, over every compaction of this record. */
  readonly events: number;
  /** Time of the first dropped event. */
  readonly from: number;
  /** Time of the last dropped event. */
  readonly to: number;
  /** The `hash` of the last dropped event. */
  readonly head: string;
}

/** A reference to the version of the privacy notice the shopper saw. */
export interface NoticeRef {
  readonly id: string;
  readonly version: string;
  /** SHA-256 (hex) of the canonical notice content: purposes with their texts, bases and categories. */
  readonly hash: string;
}

/** The consent record of one subject, shaped after ISO/IEC TS 27560:2023. */
export interface ConsentRecord {
  readonly header: {
    /** Schema of this record, for readers. */
    readonly schema: "candor.consent-record/2";
    readonly recordId: string;
    /** Pseudonymous subject id (never a name or e-mail). */
    readonly subject: string;
    readonly createdAt: number;
  };
  readonly parties: {
    readonly controller: Controller;
  };
  readonly processing: {
    readonly notice: NoticeRef;
    readonly jurisdiction: string | null;
    readonly minor: boolean;
  };
  /** The events compacted away to fit the storage, or `null` when the record is whole. */
  readonly checkpoint: ConsentCheckpoint | null;
  /** Newest last; never empty (a record starts with its first event). */
  readonly events: readonly ConsentEvent[];
  /** The `hash` of the newest event: the head of the chain, to be compared with a copy kept elsewhere. */
  readonly head: string;
}

/** The data controller (the shop), named in records and receipts. */
export interface Controller {
  readonly name: string;
  readonly contact?: string;
  readonly email?: string;
  readonly address?: string;
  readonly phone?: string;
  /** Where the privacy notice lives. */
  readonly policyUrl?: string;
}

/** Why the state is what it is. */
export type ConsentStatus =
  /** No valid record: nothing non-essential is allowed (deny by default). */
  | "none"
  /** The shopper (or a regime default after notice) decided, and it is still valid. */
  | "decided"
  /** The choice is older than the regime's lifetime: counts as no consent. */
  | "expired"
  /** The choice was made under another version of the notice, not marked equivalent: counts as no consent. */
  | "notice-changed";

/** The derived, read-only consent state the rest of Candor works from. */
export interface ConsentState {
  readonly status: ConsentStatus;
  readonly subject: string;
  readonly recordId: string;
  readonly regime: Regime;
  readonly minor: boolean;
  readonly notice: NoticeRef;
  /** Whether each purpose of the catalog is allowed right now; essential purposes are always `true`. */
  readonly granted: Readonly<Record<PurposeId, boolean>>;
  /** Consent purposes the shopper still has to decide on (new, widened, expired or never asked). */
  readonly pending: readonly PurposeId[];
  /** Id of the newest consent event, the evidence later decisions cite, or `null` when there is none. */
  readonly lastEventId: string | null;
  /** The newest consent event with its hash (what the explanation log commits and served entries cite), or `null`. */
  readonly lastEvent: ConsentEvent | null;
  /** When the standing choice was made, or `null`. */
  readonly decidedAt: number | null;
  /** When the standing choice stops counting, or `null`. */
  readonly expiresAt: number | null;
  /** Global Privacy Control on this visit, with what the UI needs to say so (CPRA regs §7025(c)(4), (c)(6)). */
  readonly gpc: GpcState;
}

/** What a Global Privacy Control signal did, for the UI's "Your opt-out preference signal is honored" and conflict notice. */
export interface GpcState {
  /** A signal is present on this visit. */
  readonly detected: boolean;
  /** The signal is present and none of its purposes is granted except by the shopper's own override. */
  readonly honored: boolean;
  /** The purposes the signal opts out of here: sale/sharing under CPRA-style regimes, direct marketing elsewhere. */
  readonly purposes: readonly PurposeId[];
  /** Of those, the ones the shopper granted anyway with `confirmGpcOverride` (kept in the record as `source: "override"`). */
  readonly overridden: readonly PurposeId[];
  /**
   * Of those, the ones the shopper's latest choice asked to grant and that stayed off because of the signal: show the
   * conflict notice and offer `confirmGpcOverride` for each. Cleared by the next call; not stored.
   */
  readonly conflicts: readonly PurposeId[];
}

/**
 * A failure the manager recovered from on its own, reported through `onError`:
 * - `storage-read`, `storage-write`: the adapter threw or rejected (or the record does not fit `maxBytes`);
 * - `invalid-record`: the stored record is not JSON or fails the schema (also a record of an earlier version);
 * - `broken-chain`: an event's hash or link does not match (edited, removed, reordered or inserted events);
 * - `invalid-time`: an event lies after the clock plus the allowed skew, or events go back in time;
 * - `record-replaced`: a new choice overwrote a stored record that was not honored (its bytes are in `stored`);
 * - `unknown-purpose`: a choice named a purpose that is not in the catalog; it was ignored;
 * - `manager-load`: the page's manager could not load the full one (`import()` failed, e.g. offline): it keeps
 *   denying every consent purpose, keeps the queued choices and tries again on the next call.
 * A stored record that fails any check counts as no consent and is not overwritten before the shopper's next choice.
 */
export interface ConsentIssue {
  readonly code:
    | "storage-read"
    | "storage-write"
    | "invalid-record"
    | "broken-chain"
    | "invalid-time"
    | "record-replaced"
    | "unknown-purpose"
    | "manager-load";
  readonly message: string;
  readonly cause?: unknown;
  /** The stored text the issue is about (a rejected or replaced record), so that nothing is lost silently. */
  readonly stored?: string;
}

/** A value or a promise of it: storage adapters may be synchronous or asynchronous. */
export type MaybePromise<T> = T | Promise<T>;

/** Where the consent record lives. Sync adapters load before first render; async ones resolve `ready`. */
export interface ConsentStorage {
  get(key: string): MaybePromise<string | null>;
  set(key: string, value: string): MaybePromise<void>;
  remove(key: string): MaybePromise<void>;
  /**
   * Largest value the medium holds, as `measure` counts it; the oldest events are compacted into a checkpoint to fit
   * (the chain stays verifiable, the newest event is the state). Default: no limit.
   */
  readonly maxBytes?: number;
  /** The stored size of `value` in bytes, e.g. after the adapter's own encoding; default: its UTF-8 length. */
  measure?(value: string): number;
}
