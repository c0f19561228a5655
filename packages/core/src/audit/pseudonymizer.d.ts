import { type Sha256 } from "./sha256.ts";
import type { SubjectPseudonym } from "./types.ts";
/** A pseudonym key: an id recorded with each pseudonym, and a secret of at least 32 bytes (base64url). */
export interface PseudonymKey {
    readonly id: string;
    readonly secret: string;
}
/** Keyed pseudonyms with a rotatable key ring. */
export interface Pseudonymizer {
    /** Id of the key new pseudonyms use. */
    readonly keyId: string;
    /** Ids of every key in the ring, oldest first. */
    readonly keyIds: readonly string[];
    /** The subject's pseudonym under the current key. */
    pseudonymize(subject: string): Promise<SubjectPseudonym>;
    /** The subject's pseudonym under every key of the ring, oldest first. */
    pseudonymsOf(subject: string): Promise<readonly SubjectPseudonym[]>;
    /** Adds `key` and makes it current; later pseudonyms use it. */
    rotate(key: PseudonymKey): void;
    /** Drops the subject from the in-memory cache (on erasure). */
    forget(subject: string): void;
}
/** Options of {@link createPseudonymizer}. */
export interface PseudonymizerOptions {
    /** The key ring, oldest first; the last key is current. At least one. */
    readonly keys: readonly PseudonymKey[];
    /** How many recent subjects' current pseudonyms to keep in memory; default 10,000, 0 for none. */
    readonly cacheSize?: number;
    /** Synchronous SHA-256 under the HMAC; default the portable one (Node may pass `nodeSha256`). */
    readonly hash?: Sha256;
}
/** A fresh random 256-bit pseudonym key. Keep it secret and stored: without it no pseudonym can be recomputed. */
export declare function generatePseudonymKey(id?: string): PseudonymKey;
/** Creates a pseudonymizer over a key ring; throws {@link AuditConfigError} for an empty ring or a short secret. */
export declare function createPseudonymizer(options: PseudonymizerOptions): Pseudonymizer;
