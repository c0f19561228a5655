/**
 * Splitting a served item into the committed entry and the personal body, and the hashes that bind them:
 * `bodyDigest = SHA-256(salt ‖ canonicalJson(body))`, leaf = `SHA-256(0x00 ‖ canonicalJson(entry))` (RFC 9162 §2.1.1).
 * Erasing the body (and its salt) leaves the entry, its leaf and every proof unchanged (GDPR Art. 17).
 * Objects are built with their keys in sorted order so that hashing them takes the fast canonical path.
 */
import type { Contribution } from "../recommend/types.ts";
import { type Sha256 } from "./sha256.ts";
import type { CommittedEntry, LogEntry, LoggableContribution, LoggedContribution, PersonalBody, ServedItem, SubjectPseudonym } from "./types.ts";
/** A served item split in two: the committed entry and the personal body it commits to (with its canonical text). */
export interface SplitItem {
    readonly entry: LogEntry;
    readonly body: PersonalBody;
    readonly bodyText: string;
}
/** Splits a validated served item; `id`, `at`, the pseudonym and the salt are resolved by the log. */
export declare function splitServedItem(item: ServedItem, resolved: {
    readonly id: string;
    readonly at: number;
    readonly subject: SubjectPseudonym;
    readonly salt: Uint8Array;
    /** The consent citation tag (`consentCitation`); omitted from the entry when `undefined`. */
    readonly citation?: string | null;
}, hash?: Sha256): SplitItem;
/** The contributions of an entry with their evidence restored from the body, or redacted when it is erased. */
export declare function contributionsOf(entry: LogEntry, personal: PersonalBody | null): readonly (Contribution | LoggableContribution | LoggedContribution)[];
/** `SHA-256(salt ‖ canonicalJson(body))`, hex: the body digest the entry commits to. */
export declare function bodyDigest(salt: Uint8Array, body: object, hash?: Sha256): string;
/** `SHA-256(salt ‖ UTF-8(text))`, hex. */
export declare function saltedDigest(salt: Uint8Array, text: string, hash?: Sha256): string;
/** Remembers the canonical text of an entry built here (entries are never mutated). */
export declare function rememberEntryText(entry: CommittedEntry): void;
/**
 * The canonical JSON of an object built in this module: every object literal here lists its keys in sorted order
 * and holds no `undefined`, so `JSON.stringify` already is the canonical form (tests check this against
 * `canonicalJson` for every kind of entry and body), at a third of the cost.
 */
export declare function builtText(value: object): string;
/** The canonical JSON of a committed entry (remembered for entries split here, which are never mutated). */
export declare function entryText(entry: CommittedEntry): string;
/** The leaf hash of a committed entry, `SHA-256(0x00 ‖ canonicalJson(entry))` (RFC 9162 §2.1.1). */
export declare function entryLeafHash(entry: CommittedEntry, hash?: Sha256): Uint8Array;
