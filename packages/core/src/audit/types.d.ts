/** Shared types of the audit module: served items, log entries and their personal bodies, records, heads, proofs, storage. */
import type { ConsentEvent, ConsentEventType, LawfulBasis, NoticeRef, Purpose, RegimeId } from "../consent/types.ts";
import type { Contribution, Evidence, RerankEffect } from "../recommend/types.ts";
export type { LawfulBasis, NoticeRef } from "../consent/types.ts";
export type { Contribution, RerankEffect } from "../recommend/types.ts";
/** A shopper's own search, as evidence (contract 6): the query is personal and goes to the sealed body. */
export interface SearchEvidence {
    readonly kind: "search";
    readonly query: string;
    /** The vault event id of the search. */
    readonly event?: string;
    /** `"pd:SearchHistory"`. */
    readonly dataCategory: string;
}
/**
 * A contribution as the log accepts it: the recommender's {@link Contribution}, whose evidence may also be a
 * search and which records the purposes it rests on (contract 1). Absent `purposes` are not committed.
 */
export type LoggableContribution = Omit<Contribution, "evidence" | "purposes"> & {
    readonly evidence: Evidence | SearchEvidence;
    /** The purposes this contribution rests on (e.g. `"personalization.browsing"`); empty for global evidence. */
    readonly purposes?: readonly string[];
};
/** Whether a slate used personal data (`personalized`) or only non-personal signals (`non_profiling`, DSA Art. 38). */
export type LogMode = "personalized" | "non_profiling";
/** The personalization consent in force when the item was served (GDPR Art. 6(1)(a), 7). */
export type ConsentStatus = "valid" | "none" | "refused" | "withdrawn" | "expired";
/** One served item as the pipeline hands it to the log; the log pseudonymizes `subject` and splits personal fields off. */
export interface ServedItem {
    /** Entry id; default a random `le_…` id. */
    readonly id?: string;
    /** When it was served, epoch milliseconds; default the log's clock. */
    readonly at?: number;
    /** Where it was shown, e.g. `"home"`, `"pdp"`. */
    readonly surface: string;
    readonly slateId: string;
    /** 1-based position in the slate. */
    readonly rank: number;
    /** The subject id; never stored: the log keeps only its keyed pseudonym, inside the personal body. */
    readonly subject: string;
    /** Region code the regime was derived from, or `null`. */
    readonly jurisdiction: string | null;
    /** Minor mode was on (DSA Art. 28(2), Civ. Code §1798.120(c)). */
    readonly minor: boolean;
    readonly mode: LogMode;
    readonly item: string;
    /** The item's catalog category, for exposure reports; default `null`. */
    readonly category?: string | null;
    /** The seller or provider, for provider-fairness reports. */
    readonly provider: string | null;
    readonly score: number;
    readonly contributions: readonly LoggableContribution[];
    readonly effects: readonly RerankEffect[];
    /** The explanation shown (personal: it may name the shopper's items) and the template it was rendered from. */
    readonly explanation: {
        readonly templateId: string;
        readonly text: string;
    };
    /** The data categories read for this item. */
    readonly dataCategories: readonly string[];
    readonly legalBasis: {
        /** GDPR Art. 6(1) basis; `null` in non-profiling mode. */
        readonly basis: LawfulBasis | null;
        readonly purposes: readonly string[];
        readonly consent: ConsentStatus;
        readonly consentRecordId: string | null;
        /** SHA-256 (hex) of the canonical consent state in force. */
        readonly consentStateHash: string | null;
        /** When the personalization consent was last withdrawn, if the state in force reflects a withdrawal. */
        readonly withdrawnAt?: number | null;
        /**
         * Id of the consent event the item rested on (`ConsentState.lastEvent`), sealed in the body so that an auditor
         * with the keys can match it to the consent entry of the same log (GDPR Art. 7(1)); `null` when none.
         */
        readonly consentEventId: string | null;
        /** That event's `hash` (lowercase hex SHA-256, contract 2); `null` when none. */
        readonly consentEventHash: string | null;
    };
    readonly versions: {
        readonly model: string;
        readonly policy: string;
        readonly disclosure: string;
    };
    /** Controls offered next to the item (DSA Art. 27(3)), e.g. `"why-this"`, `"not-interested"`, `"non-personalized"`. */
    readonly controls: readonly string[];
    /** The holdout arm the subject was served under (`@candor/core/measure`); absent outside experiments. */
    readonly arm?: string | null;
}
/** A consent event to commit to the log (contract 3); the subject is pseudonymized like a served item's. */
export interface ConsentLogItem {
    readonly subject: string;
    readonly recordId: string;
    /**
     * The event as the consent record holds it, with `prev` and `hash` (contract 2). The log checks the hash, or
     * computes it when missing (events of records written before events were hashed).
     */
    readonly event: Omit<ConsentEvent, "prev" | "hash"> & {
        readonly prev?: string | null;
        readonly hash?: string;
    };
}
/** A privacy notice to commit once per content hash: the purposes it declares and their data categories. */
export interface NoticeLogItem {
    readonly notice: NoticeRef;
    readonly purposes: readonly Purpose[];
    /** When it was logged, epoch ms; default the log's clock. */
    readonly at?: number;
}
/** Evidence as committed in the tree: its kind and category, without the shopper's item, event, query or context value. */
export type RedactedEvidence = {
    readonly kind: "item";
    readonly dataCategory: string;
} | {
    readonly kind: "search";
    readonly dataCategory: string;
} | {
    readonly kind: "context";
    readonly name: string;
    readonly dataCategory: string;
} | {
    readonly kind: "global";
    readonly name: string;
};
/** A contribution as committed in the tree. */
export interface LoggedContribution {
    readonly scorer: string;
    readonly evidence: RedactedEvidence;
    readonly raw: number;
    readonly weight: number;
    readonly amount: number;
    /** The purposes it rested on (public: a purpose id names no one); absent in entries logged before they were recorded. */
    readonly purposes?: readonly string[];
}
/**
 * The committed part of one explanation-log entry: the tree's leaf is `SHA-256(0x00 ‖ canonicalJson(entry))`
 * (RFC 9162 §2.1.1). It holds no personal data; `bodyDigest` commits to the personal body.
 */
export interface LogEntry {
    readonly v: 1;
    /** `"served"`; absent in entries written before the log held other kinds. */
    readonly kind?: "served";
    readonly id: string;
    readonly at: number;
    readonly surface: string;
    readonly slateId: string;
    readonly rank: number;
    readonly jurisdiction: string | null;
    readonly minor: boolean;
    readonly mode: LogMode;
    readonly item: string;
    readonly category: string | null;
    readonly provider: string | null;
    readonly score: number;
    readonly contributions: readonly LoggedContribution[];
    readonly effects: readonly RerankEffect[];
    readonly templateId: string;
    readonly dataCategories: readonly string[];
    readonly legalBasis: {
        readonly basis: LawfulBasis | null;
        readonly purposes: readonly string[];
        readonly consent: ConsentStatus;
        /**
         * The consent event this entry rested on, as a keyed tag: HMAC-SHA-256 under the subject's secret of the entry
         * id, the event id and its hash ({@link consentCitation}). It is unique per entry, so it links nothing without
         * the key; with the key ring an auditor checks it against the subject's consent entries without opening the
         * body, and after erasure it can never be recomputed. `null` when no event was cited; absent in older entries.
         */
        readonly citation?: string | null;
    };
    readonly versions: {
        readonly model: string;
        readonly policy: string;
        readonly disclosure: string;
    };
    readonly controls: readonly string[];
    /** The holdout arm the subject was served under, or `null`/absent outside experiments (not personal). */
    readonly arm?: string | null;
    /** SHA-256 (hex) of `salt ‖ canonicalJson(personal body)`; the salt is shredded with the body. */
    readonly bodyDigest: string;
}
/**
 * The committed part of a consent entry (contract 3): what the event did, under which notice and regime, with no
 * personal data and nothing that links it to the subject once the subject's key is erased. The event id, its hash
 * and the subject's pseudonym are in the sealed body, which `bodyDigest` commits to.
 */
export interface ConsentLogEntry {
    readonly v: 1;
    readonly kind: "consent";
    readonly id: string;
    /** When the event happened, epoch ms. */
    readonly at: number;
    readonly type: ConsentEventType | "notice-changed";
    /** Per consent purpose, whether it is granted after the event. */
    readonly granted: Readonly<Record<string, boolean>>;
    /** The purposes whose value the event changed. */
    readonly changed: readonly string[];
    readonly notice: NoticeRef;
    readonly regime: RegimeId;
    readonly region: string | null;
    readonly via: {
        readonly kind: string;
        readonly control: string | null;
    };
    readonly bodyDigest: string;
}
/** A purpose as a notice entry declares it. */
export interface DeclaredPurpose {
    readonly id: string;
    readonly dpv: string;
    readonly basis: LawfulBasis;
    readonly dataCategories: readonly string[];
    readonly special: boolean;
    readonly saleOrSharing: boolean;
    readonly directMarketing: boolean;
}
/** The committed notice entry: one per notice content hash, with the purposes it declares (no personal data, no body). */
export interface NoticeLogEntry {
    readonly v: 1;
    readonly kind: "notice";
    readonly id: string;
    readonly at: number;
    readonly notice: NoticeRef;
    readonly purposes: readonly DeclaredPurpose[];
}
/** Any committed entry: served items, consent events and notices share one tree. */
export type CommittedEntry = LogEntry | ConsentLogEntry | NoticeLogEntry;
/** A subject's keyed pseudonym: HMAC-SHA-256 (RFC 2104) under the key `keyId`. */
export interface SubjectPseudonym {
    readonly pseudonym: string;
    readonly keyId: string;
}
/** The personal part of a contribution's evidence, aligned with `LogEntry.contributions`; `null` for global evidence. */
export type EvidenceDetail = {
    readonly item: string;
    readonly event?: string;
} | {
    readonly query: string;
    readonly event?: string;
} | {
    readonly value: string;
} | null;
/**
 * The personal body of a served entry: encrypted with the subject's key, unreadable once the key is erased
 * (GDPR Art. 17). `subject.pseudonym` is keyed by that same per-subject key, so it cannot be recomputed after erasure.
 */
export interface PersonalBody {
    readonly v: 1;
    readonly subject: SubjectPseudonym;
    readonly consentRecordId: string | null;
    readonly consentStateHash: string | null;
    /** The consent event the item rested on; absent in bodies written before consent events were cited. */
    readonly consentEventId?: string | null;
    readonly consentEventHash?: string | null;
    readonly withdrawnAt: number | null;
    readonly explanation: string;
    readonly evidence: readonly EvidenceDetail[];
}
/** The sealed body of a consent entry: who (pseudonym), which record, which event and where it sits in its chain. */
export interface ConsentBody {
    readonly v: 1;
    readonly kind: "consent";
    readonly subject: SubjectPseudonym;
    readonly recordId: string;
    readonly eventId: string;
    /** The event's hash (contract 2), recomputed by the log from the event. */
    readonly eventHash: string;
    /** The hash of the previous event in the subject's record, or `null` for the first. */
    readonly prev: string | null;
}
/**
 * A personal body sealed with AES-256-GCM: IV and ciphertext (base64url). Which subject key opens it is kept in
 * the key ring, never in the log; bodies written by earlier versions name their key in `k`.
 */
export interface SealedBody {
    /** Reference of the subject's body key, in records written before the key ring held entry ranges. */
    readonly k?: string;
    readonly iv: string;
    readonly ct: string;
}
/** One stored record: the index, the leaf hash (hex), the committed entry and its sealed body (`null` for notices). */
export interface LogRecord {
    readonly i: number;
    readonly leaf: string;
    readonly entry: CommittedEntry;
    readonly body: SealedBody | null;
}
/** A signed tree head (RFC 6962 §3.5): ECDSA P-256/SHA-256 over the TreeHeadSignature structure. */
export interface SignedTreeHead {
    readonly treeSize: number;
    /** MTH of the first `treeSize` leaves, hex. */
    readonly rootHash: string;
    /** Epoch milliseconds. */
    readonly timestamp: number;
    /** The signer's log id: SHA-256 of its SubjectPublicKeyInfo, hex (RFC 6962 §3.2). */
    readonly keyId: string;
    /** IEEE P1363 (r ‖ s) signature as Web Crypto produces it, base64url. */
    readonly signature: string;
}
/**
 * Whether an entry's body could be read: `opened`; `erased` (the key ring was at hand and holds no key for it:
 * crypto-shredded, GDPR Art. 17); `sealed` (no key ring was given, so nothing can be said about erasure);
 * `unreadable` (a key exists but the body does not open or does not match its digest); `unopened` (its key exists
 * but the reader did not need the body); `none` (notices).
 */
export type BodyState = "opened" | "erased" | "sealed" | "unreadable" | "unopened" | "none";
/** A served entry read back: the committed entry and, unless erased, sealed or unreadable, its personal body. */
export interface OpenedEntry {
    readonly index: number;
    readonly leaf: string;
    readonly entry: LogEntry;
    readonly personal: PersonalBody | null;
    /** Default: `opened` when `personal` is set, else `erased`. */
    readonly bodyState?: BodyState;
    /** The subject key that sealed the body, when the key ring knows it (groups one subject's entries). */
    readonly keyRef?: string | null;
}
/** A consent entry read back. */
export interface OpenedConsentEntry {
    readonly index: number;
    readonly leaf: string;
    readonly entry: ConsentLogEntry;
    readonly personal: ConsentBody | null;
    readonly bodyState?: BodyState;
    readonly keyRef?: string | null;
}
/** A notice entry read back (it has no body). */
export interface OpenedNoticeEntry {
    readonly index: number;
    readonly leaf: string;
    readonly entry: NoticeLogEntry;
    readonly personal: null;
    readonly bodyState?: BodyState;
    readonly keyRef?: null;
}
/** Any entry read back. */
export type OpenedLogEntry = OpenedEntry | OpenedConsentEntry | OpenedNoticeEntry;
/** An inclusion proof (RFC 9162 §2.1.3), hashes hex. */
export interface InclusionProof {
    readonly index: number;
    readonly treeSize: number;
    readonly leafHash: string;
    readonly path: readonly string[];
}
/** A consistency proof (RFC 9162 §2.1.4), hashes hex. */
export interface ConsistencyProof {
    readonly first: number;
    readonly second: number;
    readonly path: readonly string[];
}
/**
 * A subject's key as stored in the key ring (never in the log): erasing it crypto-shreds every body sealed with it
 * and makes the subject's pseudonym impossible to recompute.
 */
export interface BodyKey {
    /** A random reference (`bk_…`); it appears nowhere in the log. */
    readonly ref: string;
    /** The subject's lookup pseudonym, HMAC-SHA-256 of the subject id under the pseudonym key `keyId`: how the ring finds the key. */
    readonly pseudonym: string;
    readonly keyId: string;
    /** Raw AES-256 key, base64url. */
    readonly key: string;
    /** 256-bit secret (base64url) that keys the pseudonym sealed in bodies; absent in keys made by earlier versions. */
    readonly secret?: string;
    readonly createdAt: number;
}
/** Which entries a subject key sealed, `[from, to)`: kept in the key ring, so the log itself links no entry to a key. */
export interface EntryKeyRange {
    readonly ref: string;
    readonly entries: readonly [number, number];
}
/** One item of the key ring: a subject key or an entry range; both carry the `ref` that erasure deletes. */
export type KeyRingItem = BodyKey | EntryKeyRange;
/** One item read back by {@link LogStorage.load}, in storage order. */
export type StoredItem = {
    readonly kind: "record";
    readonly value: unknown;
    readonly location: string;
} | {
    readonly kind: "head";
    readonly value: unknown;
    readonly location: string;
} | {
    readonly kind: "unreadable";
    readonly location: string;
    readonly reason: string;
};
/**
 * Where the log lives; one async interface for memory, IndexedDB and JSON-lines files. Adapters return raw values;
 * the log validates them. An `append` becomes readable whole or not at all.
 */
export interface LogStorage {
    /** Every complete record and head in append order; an interrupted append at the end is reported and skipped. */
    load(onIssue: (issue: LogIssue) => void): AsyncIterable<StoredItem>;
    /** Every stored key-ring item (subject keys and entry ranges), in the order stored. */
    loadKeys(onIssue: (issue: LogIssue) => void): Promise<readonly unknown[]>;
    /** Appends records, then heads, durably and in order. */
    append(records: readonly LogRecord[], heads: readonly SignedTreeHead[]): Promise<void>;
    /** Raw records with indexes `from` (inclusive) to `to` (exclusive), after `load`. */
    read(from: number, to: number): Promise<readonly unknown[]>;
    /** Stores new key-ring items (before the records sealed with them), in order. */
    putKeys(items: readonly KeyRingItem[]): Promise<void>;
    /** Deletes every key-ring item of the given references; resolves to the number of subject keys deleted. */
    deleteKeys(refs: readonly string[]): Promise<number>;
    /** Releases files or connections; optional. */
    close?(): Promise<void>;
}
/** A problem the log or a storage adapter recovered from, reported through `onError`. */
export interface LogIssue {
    readonly code: "truncated-tail" | "integrity" | "unreadable-body" | "unreadable-key" | "storage-write" | "signing" | "locked";
    readonly message: string;
    /** The entry index concerned. */
    readonly index?: number;
    /** Where, e.g. `"log.jsonl:12"` or `"indexeddb:records/7"`. */
    readonly location?: string;
    readonly cause?: unknown;
}
