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
  /** `ui` for a shopper's action on a control, `api` for a call by the shop, `gpc` for the browser signal, `system` for expiry. */
  readonly kind: "ui" | "api" | "gpc" | "system";
  /** The control or call, e.g. `"banner.reject-all"`, `"settings.save"`. */
  readonly control?: string;
  /** The UI surface and its version, e.g. `"candor-banner@1"`. */
  readonly ui?: string;
}

/** What a consent event did. */
export type ConsentEventType = "given" | "refused" | "withdrawn" | "expired" | "gpc-honored" | "notified";

/** The state of one purpose as stored in an event. */
export interface PurposeChoice {
  /** Whether processing for this purpose is allowed. */
  readonly granted: boolean;
  /** The data categories the shopper was told about when choosing (to detect a widened purpose). */
  readonly dataCategories: readonly DataCategoryId[];
  /** Where the value comes from: the shopper's choice, a regime default, or an applied GPC signal. */
  readonly source: "choice" | "default" | "gpc";
}

/** One entry of the consent record: every change appends one (ISO/IEC TS 27560 "events"). */
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
    readonly schema: "candor.consent-record/1";
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
  /** Newest last. */
  readonly events: readonly ConsentEvent[];
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
  | "expired";

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
  /** When the standing choice was made, or `null`. */
  readonly decidedAt: number | null;
  /** When the standing choice stops counting, or `null`. */
  readonly expiresAt: number | null;
  /** Global Privacy Control: whether a signal was seen and whether an opt-out was applied for it (CPRA §7025(c)(6)). */
  readonly gpc: { readonly detected: boolean; readonly honored: boolean };
}

/** A failure the manager recovered from on its own, reported through `onError`. */
export interface ConsentIssue {
  readonly code: "storage-read" | "storage-write" | "invalid-record" | "unknown-purpose";
  readonly message: string;
  readonly cause?: unknown;
}

/** A value or a promise of it: storage adapters may be synchronous or asynchronous. */
export type MaybePromise<T> = T | Promise<T>;

/** Where the consent record lives. Sync adapters load before first render; async ones resolve `ready`. */
export interface ConsentStorage {
  get(key: string): MaybePromise<string | null>;
  set(key: string, value: string): MaybePromise<void>;
  remove(key: string): MaybePromise<void>;
  /** Largest value the medium holds, in UTF-8 bytes; older consent events are dropped to fit (the newest is the state). */
  readonly maxBytes?: number;
}
