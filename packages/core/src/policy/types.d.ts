/** Shared types of the policy module: shopper events, stored records, decisions, views, storage and rights. */
import type { ConsentRecord, ConsentState, DataCategoryId, Purpose, PurposeId } from "../consent/types.ts";
export type { DataCategoryId, PurposeId } from "../consent/types.ts";
/** Device class of a visit. */
export type Device = "mobile" | "desktop" | "tablet";
/**
 * Context of an event. Each field is its own data category (`pd:DeviceBased`, `candor:TimeOfDay`, `pd:Location`)
 * and is kept only while a purpose allowing that category is granted (GDPR Art. 5(1)(c), data minimisation).
 */
export interface EventContext {
    readonly device?: Device;
    /** Local hour, 0–23. */
    readonly hourOfDay?: number;
    /** BCP 47 locale, e.g. `"de-DE"`. */
    readonly locale?: string;
    /** Coarse region: a country (`"DE"`), a subdivision (`"US-CA"`) or a market (`"EU"`). */
    readonly region?: string;
}
/** A kind of interaction that reveals something about the shopper. */
export type InteractionType = "view" | "add_to_cart" | "purchase" | "rating" | "search" | "dismiss";
/** Every kind of shopper event: interactions and the `hide_from_history` control. */
export type ShopperEventType = InteractionType | "hide_from_history";
interface InteractionBase {
    /** Pseudonymous subject id (never a name or e-mail). */
    readonly subject: string;
    /** When it happened, epoch milliseconds. */
    readonly at: number;
    readonly session?: string;
    readonly context?: EventContext;
    /** Special-category tags of the item or query (`"health"`, `"religion"`, …), added to the vault's own lookup. */
    readonly sensitive?: readonly string[];
}
/** A shopper viewed, carted, bought or dismissed ("not interested") an item. */
export interface ItemEvent extends InteractionBase {
    readonly type: "view" | "add_to_cart" | "purchase" | "dismiss";
    readonly item: string;
}
/** A shopper rated an item. */
export interface RatingEvent extends InteractionBase {
    readonly type: "rating";
    readonly item: string;
    /** Stars, 0.5 to 5 in half steps. */
    readonly rating: number;
}
/** A shopper searched. */
export interface SearchEvent extends InteractionBase {
    readonly type: "search";
    readonly query: string;
}
/** A shopper removed one event (`eventId`) or every event about one item (`item`) from use. */
export interface HideEvent {
    readonly type: "hide_from_history";
    readonly subject: string;
    readonly at: number;
    readonly eventId?: string;
    readonly item?: string;
}
/** A shopper event as validated by `parseShopperEvent`, discriminated by `type`. */
export type InteractionEvent = ItemEvent | RatingEvent | SearchEvent;
/** Any event the vault accepts. */
export type ShopperEvent = InteractionEvent | HideEvent;
/** An interaction as the vault holds it: what was kept, under which purposes, on which consent evidence. */
export interface StoredEvent {
    /** Record format version. */
    readonly v: 1;
    /** Assigned by the vault. */
    readonly id: string;
    readonly subject: string;
    readonly type: InteractionType;
    readonly item?: string;
    readonly query?: string;
    readonly rating?: number;
    readonly at: number;
    readonly session?: string;
    /** Only the context fields a granted purpose allowed at collection. */
    readonly context?: EventContext;
    /** Every data category the stored event reveals, including kept context and special categories. */
    readonly categories: readonly DataCategoryId[];
    /** Carries a special category (GDPR Art. 9(1)): a signal only, never cited in an explanation, never segmented. */
    readonly special: boolean;
    /** The purposes under which collecting it was allowed at that moment (GDPR Art. 5(1)(b), 5(2)). */
    readonly purposes: readonly PurposeId[];
    /** Id of the consent event in force at collection: the evidence (GDPR Art. 7(1)). */
    readonly consentEventId: string | null;
    /** The vault's clock at collection. */
    readonly collectedAt: number;
}
/** A stored `hide_from_history` request. */
export interface HideMarker {
    readonly v: 1;
    readonly id: string;
    readonly subject: string;
    readonly type: "hide_from_history";
    readonly at: number;
    readonly eventId?: string;
    readonly item?: string;
    readonly collectedAt: number;
}
/** One record of the append-only vault. */
export type VaultRecord = StoredEvent | HideMarker;
/** One slot read back from storage: a value to validate, or why it could not be read. */
export type StoredSlot = {
    readonly ok: true;
    readonly location: string;
    readonly value: unknown;
} | {
    readonly ok: false;
    readonly location: string;
    readonly reason: string;
};
/**
 * Where the vault keeps its records; one async interface for memory, IndexedDB and JSON-lines files.
 * Adapters return raw values; the vault validates them and skips (and reports) what is corrupted.
 */
export interface VaultStorage {
    /** Appends records durably and in order; either all of them or none become readable. */
    append(records: readonly VaultRecord[]): Promise<void>;
    /** Every record (of `subject`, when given) in append order. */
    readAll(subject?: string): Promise<readonly StoredSlot[]>;
    /** Removes every record of `subject`, including unreadable ones that name it; resolves to the number removed. */
    erase(subject: string): Promise<number>;
}
/** Which request families map to which consent purposes, and the catalog the decisions read. */
export interface Policy {
    /** The purpose catalog, the same one the consent manager uses. */
    readonly purposes: readonly Purpose[];
    /** Request purpose (`"recommend"`) → the consent purposes that may serve it, in basis order. */
    readonly requestPurposes: Readonly<Record<string, readonly PurposeId[]>>;
    /** The purpose that lets a subject's data enter shared statistics (`"personalization.similar-shoppers"`), or `null`. */
    readonly collaborativePurpose: PurposeId | null;
    /** Sensitive tag → special data category (`health` → `pd:Health`). */
    readonly sensitiveTags: Readonly<Record<string, DataCategoryId>>;
    /** Every special category (GDPR Art. 9(1)) the policy knows. */
    readonly specialCategories: readonly DataCategoryId[];
    /**
     * Whether known minors may get profiling-based recommendations. Default `false`: minors are served without
     * profiling (DSA Art. 28(2) forbids profiling-based ads to them; Candor extends that to recommendations unless the
     * shop, where the law allows, opts in).
     */
    readonly personalizeMinors: boolean;
}
/**
 * The consent state, optionally with the CPRA "limit the use of my sensitive personal information" flag
 * (CPRA §7027), which removes special categories from collection and use.
 */
export type PolicyConsent = ConsentState & {
    readonly limitSensitive?: boolean;
};
/** What asks for a decision. */
export interface DecisionRequest {
    /** The request family, a key of `policy.requestPurposes`, e.g. `"recommend"`. */
    readonly purpose: string;
    /** Where the result is shown, e.g. `"home"`, `"pdp"`; recorded, not interpreted. */
    readonly surface?: string;
    /** The shopper chose the non-personalized feed (DSA Art. 38, GDPR Art. 21). Default `false`. */
    readonly nonPersonalized?: boolean;
    /** The subject is in an experiment's control arm: no personal data is used, and the reason says so. Default `false`. */
    readonly holdout?: boolean;
}
/** Why a category is not allowed. */
export type DenialReason = 
/** No valid consent: none recorded, or expired (GDPR Art. 7, deny by default Art. 25). */
"not-decided"
/** The shopper chose the non-personalized mode. */
 | "non-personalized-chosen"
/** The subject is in a holdout experiment's control arm (`@candor/core/measure`): served without personal data. */
 | "holdout"
/** No granted purpose of the request covers it. */
 | "not-granted"
/** Only purposes that are off for minors cover it (DSA Art. 28(2), Civ. Code §1798.120(c)). */
 | "minor"
/** Special category under a CPRA limit request (CPRA §7027). */
 | "limit-sensitive"
/** Mode is non-profiling because no ordinary personalization purpose is granted. */
 | "no-personalization";
/** Why a decision is non-profiling. */
export type NonProfilingReason = "not-decided" | "non-personalized-chosen"
/** The subject is in a holdout experiment's control arm (`@candor/core/measure`): served without personal data. */
 | "holdout" | "no-personalization" | "unknown-request-purpose" | "invalid-consent-state"
/** A known minor, and the policy does not personalize minors (DSA Art. 28(2); `personalizeMinors`). */
 | "minor"
/** A stage of the pipeline failed (the vault could not be read, a scorer threw): served without personal data. */
 | "degraded";
/** The purpose and consent evidence one allowed category rests on. */
export interface CategoryBasis {
    readonly category: DataCategoryId;
    readonly purpose: PurposeId;
    /** The consent event in force (`ConsentState.lastEventId`). */
    readonly consentEventId: string | null;
    readonly recordId: string;
}
/** A category the request could have used but may not, and why. */
export interface DeniedCategory {
    readonly category: DataCategoryId;
    readonly reason: DenialReason;
}
/**
 * What personal data one request may use, and on which basis. Plain, frozen, JSON-serialisable.
 *
 * Purposes bind uses (GDPR Art. 5(1)(b), 6(1)(a)): `allowed` lists only the categories a granted personalization
 * purpose allows as evidence for the shopper's own slates ("browsing" → views, carts, searches; "purchases" →
 * purchases, ratings; "context" → device, time, coarse location). The collaborative purpose ("similar shoppers")
 * never makes a category evidence: it only lets the subject's data enter shared statistics (`sharedStatistics`) and
 * collaborative scorers be applied to evidence allowed under another purpose (`collaborative`).
 */
export interface PolicyDecision {
    readonly subject: string;
    readonly purpose: string;
    readonly surface: string | null;
    /** `non_profiling`: no personal data is read (popularity, editorial, non-personal context only). */
    readonly mode: "personalized" | "non_profiling";
    /** Why the mode is non-profiling, or `null` when personalized. */
    readonly reason: NonProfilingReason | null;
    /** Categories that may be read now as the shopper's own evidence; empty in non-profiling mode. */
    readonly allowed: readonly DataCategoryId[];
    /** One entry per allowed category: the first granted purpose (in policy order) and the consent evidence. */
    readonly basis: readonly CategoryBasis[];
    readonly denied: readonly DeniedCategory[];
    /** Special categories among `allowed`: signals only, never cited in explanations, never segmented (GDPR Art. 9). */
    readonly signalOnly: readonly DataCategoryId[];
    /**
     * Whether personal evidence may lift items tagged with a special category: only with the explicit special purpose
     * granted and no CPRA limit (GDPR Art. 9(2)(a), CPRA §7027). Such items may still appear through non-personal
     * scorers.
     */
    readonly sensitiveAllowed: boolean;
    /** Whether collaborative scorers may be applied to this request's evidence (personalized, similar shoppers granted). */
    readonly collaborative: boolean;
    /**
     * Whether this subject's data may enter shared statistics (the collaborative purpose granted), whatever the mode
     * of this request: a shopper who chose the non-personalized feed still helps others if they allowed it.
     */
    readonly sharedStatistics: boolean;
    /** The consent event the decision rests on. */
    readonly consentEventId: string | null;
}
/**
 * An event as the recommender sees it: read-only, with context stripped to what is allowed now. `special` marks
 * a special category: use it as a signal only, never cite it in an explanation, never derive a segment (GDPR Art. 9).
 * The object may be the vault's frozen record; fields beyond these are not part of the contract.
 */
export type ViewEvent = Pick<StoredEvent, "id" | "type" | "item" | "query" | "rating" | "at" | "session" | "context" | "categories" | "special">;
/** The only read-only view of personal data the recommender gets (DESIGN.md, "signal view"). */
export interface SignalView {
    readonly subject: string;
    readonly mode: PolicyDecision["mode"];
    readonly allowed: readonly DataCategoryId[];
    readonly collaborative: boolean;
    /** Events whose categories are all allowed now, not hidden, oldest first. */
    readonly events: readonly ViewEvent[];
}
/** Why an event was not stored. */
export type RefusalReason = 
/** A category of the event is allowed by no granted purpose (GDPR Art. 5(1)(b)–(c), 25). */
"not-allowed"
/** The consent state is another subject's. */
 | "subject-mismatch"
/** `hide_from_history` names no stored event of the subject. */
 | "unknown-event";
/** What `vault.append` did. */
export type AppendOutcome = {
    readonly stored: true;
    readonly record: VaultRecord;
    /** Context fields dropped because no granted purpose allowed their category. */
    readonly stripped: readonly (keyof EventContext)[];
} | {
    readonly stored: false;
    readonly reason: RefusalReason;
    /** For `not-allowed`: the categories no granted purpose allows. */
    readonly categories: readonly DataCategoryId[];
    readonly message: string;
};
/** An exported event: what is stored, plus whether it was removed from use. */
export type ExportedEvent = StoredEvent & {
    readonly hidden: boolean;
};
/** Data the vault derives from events, computed on request and never persisted. */
export interface DerivedData {
    readonly countsByCategory: Readonly<Record<DataCategoryId, number>>;
    readonly countsByType: Readonly<Partial<Record<InteractionType, number>>>;
    readonly firstEventAt: number | null;
    readonly lastEventAt: number | null;
}
/** A subject's data as JSON (GDPR Art. 15 access, Art. 20 portability). */
export interface SubjectExport {
    readonly schema: "candor.subject-export/1";
    readonly subject: string;
    readonly exportedAt: number;
    readonly consentRecord: ConsentRecord | null;
    readonly events: readonly ExportedEvent[];
    readonly hideRequests: readonly HideMarker[];
    /** Derived data; special categories are counted here for the subject only and never used as segments. */
    readonly derived: DerivedData;
    /** Served explanations, from the audit log once it exists; empty until then. */
    readonly explanations: readonly unknown[];
}
/** Proof of an erasure without the erased data (GDPR Art. 17, Art. 5(2)). */
export interface VaultErasureReceipt {
    readonly schema: "candor.erasure-receipt/1";
    readonly subject: string;
    readonly erasedAt: number;
    /** Interactions erased. */
    readonly events: number;
    /** `hide_from_history` requests erased. */
    readonly hideRequests: number;
    /** Records removed from storage, including unreadable ones that named the subject. */
    readonly storageRecords: number;
    /** What else was dropped: derived data and caches. */
    readonly derived: readonly string[];
    /** `sha256:` of the canonical JSON of the erased records (ids are random, so it cannot be guessed back). */
    readonly digest: string;
}
/** A problem the vault recovered from, reported through `onError`; never thrown at the caller. */
export interface VaultIssue {
    readonly code: "corrupted-record" | "storage-read" | "storage-write" | "invalid-decision" | "tag-lookup";
    readonly message: string;
    /** Where, e.g. `"events.jsonl:12"` or `"indexeddb:events/7"`. */
    readonly location?: string;
    readonly cause?: unknown;
}
