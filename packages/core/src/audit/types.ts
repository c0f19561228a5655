/** Shared types of the audit module: served items, log entries and their personal bodies, records, heads, proofs, storage. */
import type { LawfulBasis } from "../consent/types.ts";
import type { Contribution, RerankEffect } from "../recommend/types.ts";

export type { LawfulBasis } from "../consent/types.ts";
export type { Contribution, RerankEffect } from "../recommend/types.ts";

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
  readonly contributions: readonly Contribution[];
  readonly effects: readonly RerankEffect[];
  /** The explanation shown (personal: it may name the shopper's items) and the template it was rendered from. */
  readonly explanation: { readonly templateId: string; readonly text: string };
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
  };
  readonly versions: { readonly model: string; readonly policy: string; readonly disclosure: string };
  /** Controls offered next to the item (DSA Art. 27(3)), e.g. `"why-this"`, `"not-interested"`, `"non-personalized"`. */
  readonly controls: readonly string[];
  /** The holdout arm the subject was served under (`@candor/core/measure`); absent outside experiments. */
  readonly arm?: string | null;
}

/** Evidence as committed in the tree: its kind and category, without the shopper's item, event or context value. */
export type RedactedEvidence =
  | { readonly kind: "item"; readonly dataCategory: string }
  | { readonly kind: "search"; readonly dataCategory: string }
  | { readonly kind: "context"; readonly name: string; readonly dataCategory: string }
  | { readonly kind: "global"; readonly name: string };

/** A contribution as committed in the tree. */
export interface LoggedContribution {
  readonly scorer: string;
  readonly evidence: RedactedEvidence;
  /** The purposes the contribution rested on (not personal: a purpose names no one). */
  readonly purposes?: readonly string[];
  readonly raw: number;
  readonly weight: number;
  readonly amount: number;
}

/**
 * The committed part of one explanation-log entry: the tree's leaf is `SHA-256(0x00 ‖ canonicalJson(entry))`
 * (RFC 9162 §2.1.1). It holds no personal data; `bodyDigest` commits to the personal body.
 */
export interface LogEntry {
  readonly v: 1;
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
  };
  readonly versions: { readonly model: string; readonly policy: string; readonly disclosure: string };
  readonly controls: readonly string[];
  /** The holdout arm the subject was served under, or `null`/absent outside experiments (not personal). */
  readonly arm?: string | null;
  /** SHA-256 (hex) of `salt ‖ canonicalJson(personal body)`; the salt is shredded with the body. */
  readonly bodyDigest: string;
}

/** A subject's keyed pseudonym: HMAC-SHA-256 (RFC 2104) under the key `keyId`. */
export interface SubjectPseudonym {
  readonly pseudonym: string;
  readonly keyId: string;
}

/** The personal part of a contribution's evidence, aligned with `LogEntry.contributions`; `null` for global evidence. */
export type EvidenceDetail =
  | { readonly item: string; readonly event?: string }
  | { readonly value: string }
  | null;

/** The personal body of an entry: encrypted with the subject's key, unreadable once the key is erased (GDPR Art. 17). */
export interface PersonalBody {
  readonly v: 1;
  readonly subject: SubjectPseudonym;
  readonly consentRecordId: string | null;
  readonly consentStateHash: string | null;
  readonly withdrawnAt: number | null;
  readonly explanation: string;
  readonly evidence: readonly EvidenceDetail[];
}

/** A personal body sealed with AES-256-GCM: key reference, IV and ciphertext (base64url). */
export interface SealedBody {
  /** Reference of the subject's body key (random, so it names no one once the key is gone). */
  readonly k: string;
  readonly iv: string;
  readonly ct: string;
}

/** One stored record: the index, the leaf hash (hex), the committed entry and the sealed personal body. */
export interface LogRecord {
  readonly i: number;
  readonly leaf: string;
  readonly entry: LogEntry;
  readonly body: SealedBody;
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

/** An entry read back: the committed entry and, unless erased or unreadable, its personal body. */
export interface OpenedEntry {
  readonly index: number;
  readonly leaf: string;
  readonly entry: LogEntry;
  readonly personal: PersonalBody | null;
}

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

/** A subject's body key as stored: erasing it crypto-shreds every body sealed with it. */
export interface BodyKey {
  readonly ref: string;
  readonly pseudonym: string;
  readonly keyId: string;
  /** Raw AES-256 key, base64url. */
  readonly key: string;
  readonly createdAt: number;
}

/** One item read back by {@link LogStorage.load}, in storage order. */
export type StoredItem =
  | { readonly kind: "record"; readonly value: unknown; readonly location: string }
  | { readonly kind: "head"; readonly value: unknown; readonly location: string }
  | { readonly kind: "unreadable"; readonly location: string; readonly reason: string };

/**
 * Where the log lives; one async interface for memory, IndexedDB and JSON-lines files. Adapters return raw values;
 * the log validates them. An `append` becomes readable whole or not at all.
 */
export interface LogStorage {
  /** Every complete record and head in append order; an interrupted append at the end is reported and skipped. */
  load(onIssue: (issue: LogIssue) => void): AsyncIterable<StoredItem>;
  /** Every stored body key. */
  loadKeys(onIssue: (issue: LogIssue) => void): Promise<readonly unknown[]>;
  /** Appends records, then heads, durably and in order. */
  append(records: readonly LogRecord[], heads: readonly SignedTreeHead[]): Promise<void>;
  /** Raw records with indexes `from` (inclusive) to `to` (exclusive), after `load`. */
  read(from: number, to: number): Promise<readonly unknown[]>;
  /** Stores new body keys (before the records sealed with them). */
  putKeys(keys: readonly BodyKey[]): Promise<void>;
  /** Deletes body keys by reference; resolves to the number deleted. */
  deleteKeys(refs: readonly string[]): Promise<number>;
  /** Releases files or connections; optional. */
  close?(): Promise<void>;
}

/** A problem the log or a storage adapter recovered from, reported through `onError`. */
export interface LogIssue {
  readonly code:
    | "truncated-tail"
    | "integrity"
    | "unreadable-body"
    | "unreadable-key"
    | "storage-write"
    | "signing";
  readonly message: string;
  /** The entry index concerned. */
  readonly index?: number;
  /** Where, e.g. `"log.jsonl:12"` or `"indexeddb:records/7"`. */
  readonly location?: string;
  readonly cause?: unknown;
}
