/** Options of the explanation log, their defaults and their checks (STYLE.md rule 9: fail fast at configuration). */
import type { BodyCipher } from "./body-cipher.ts";
import type { LogPublicKey, LogSigner } from "./log-signer.ts";
import type { Pseudonymizer } from "./pseudonymizer.ts";
import type { Sha256 } from "./sha256.ts";
import type { LogIssue, LogStorage } from "./types.ts";
/** Options of {@link createExplanationLog}; invalid options throw {@link AuditConfigError}. */
export interface ExplanationLogOptions {
    /** Where records, heads and body keys live (`memoryLogStorage`, `indexedDbLogStorage`, `jsonlLogStorage`). */
    readonly storage: LogStorage;
    /** Signs tree heads (`createLogSigner`, `importLogSigner`). */
    readonly signer: LogSigner;
    /** Turns subject ids into keyed pseudonyms (`createPseudonymizer`). */
    readonly pseudonymizer: Pseudonymizer;
    /** Public keys of earlier signers whose stored heads are accepted on load; default none. */
    readonly previousKeys?: readonly LogPublicKey[];
    /** Epoch milliseconds for entries and heads; default `Date.now`. */
    readonly clock?: () => number;
    /** Synchronous SHA-256 for leaves and nodes; default the portable one (Node may pass `nodeSha256`). */
    readonly hash?: Sha256;
    /** AES-256-GCM for personal bodies; default Web Crypto (Node may pass `nodeBodyCipher`, same format). */
    readonly cipher?: BodyCipher;
    /** A head is signed at least every this many entries; default 1,000. */
    readonly headEvery?: number;
    /** …and at least this often (ms) while entries are unsigned; default 1,000. */
    readonly headIntervalMs?: number;
    /** Runs `run` after `ms` and returns a cancel function; default `setTimeout` (unref'd in Node); `null` signs on append only. */
    readonly schedule?: ((run: () => void, ms: number) => () => void) | null;
    /** Receives problems the log recovered from (interrupted appends, unreadable bodies, failed signing). */
    readonly onError?: (issue: LogIssue) => void;
}
/** `setTimeout`, unref'd in Node so a pending head never keeps a process alive. */
export declare function defaultSchedule(run: () => void, ms: number): () => void;
/** Throws {@link AuditConfigError} naming the first invalid option. */
export declare function validateLogOptions(options: ExplanationLogOptions): void;
