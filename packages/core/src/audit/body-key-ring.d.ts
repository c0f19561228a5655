/**
 * The log's key ring: one key per subject (an AES-256 body key and a secret that keys the subject's pseudonym),
 * found by the subject's lookup pseudonym, and the ranges of entries each key sealed. It is the unit of
 * crypto-shredding (GDPR Art. 17): the log holds no reference to a key, so once a subject's key and ranges are
 * deleted nothing stored can be tied to the subject again, even with every remaining key. Keys live in memory;
 * the log writes them to storage before using them.
 */
import { type Sha256 } from "./sha256.ts";
import type { EntryKeyRange, KeyRingItem, LogIssue, SubjectPseudonym } from "./types.ts";
/** One subject's key. */
export interface KeySlot {
    readonly ref: string;
    /** The lookup pseudonym (under the pseudonym key `keyId`): kept in the ring only. */
    readonly pseudonym: string;
    readonly keyId: string;
    /** Raw AES-256 body key. */
    readonly key: Uint8Array;
    /** Keys the subject's pseudonym in bodies; `null` for keys made by earlier versions (their bodies hold the lookup pseudonym). */
    readonly secret: Uint8Array | null;
}
/** The key ring of a log (or of an auditor given the shop's keys). */
export interface BodyKeyRing {
    /** Adds a stored item (validated; a malformed one is reported and skipped). */
    load(value: unknown): void;
    /** The subject's slot, or a new one whose stored form is pushed to `fresh` (not yet usable by `byRef`). */
    slotFor(subject: SubjectPseudonym, fresh: KeyRingItem[], now: number): KeySlot;
    /** Makes new slots usable once they are stored. */
    commit(slots: Iterable<KeySlot>): void;
    byRef(ref: string): KeySlot | undefined;
    byPseudonym(pseudonym: string): KeySlot | undefined;
    /** Records that entries `[from, to)` are sealed with `ref` (later assignments win). */
    assign(from: number, to: number, ref: string): void;
    /** The slot whose key sealed entry `index`, if the ring still holds it. */
    slotAt(index: number): KeySlot | undefined;
    /** Forgets slots and their entries (after their items were deleted from storage). */
    drop(slots: readonly KeySlot[]): void;
    /** Entries sealed with any of `refs`. */
    entriesOf(refs: readonly string[]): number;
    /** The subject's pseudonym as sealed in bodies: HMAC-SHA-256 of the subject id under the slot's secret. */
    bodyPseudonym(slot: KeySlot, subject: string): Promise<string>;
    /** Number of subject keys held. */
    readonly size: number;
}
/** Whether a stored key-ring item is an entry range. */
export declare function isEntryKeyRange(value: unknown): value is EntryKeyRange;
/** HMAC-SHA-256 (RFC 2104) over a synchronous SHA-256: no thread-pool round trip per pseudonym or tag. */
export declare function hmacSha256(hash: Sha256, secret: Uint8Array, message: Uint8Array): Uint8Array;
/**
 * The tag by which a served entry cites its consent event: HMAC-SHA-256 under the subject's secret of
 * `candor-consent-citation/1`, the entry id, the event id and the event hash (empty when unknown), newline-separated.
 */
export declare function consentCitation(hash: Sha256, secret: Uint8Array, entryId: string, eventId: string, eventHash: string | null): string;
/** Creates an empty key ring; malformed stored items go to `report`; `hash` keys the body pseudonyms (HMAC). */
export declare function createBodyKeyRing(report: (issue: LogIssue) => void, hash?: Sha256): BodyKeyRing;
