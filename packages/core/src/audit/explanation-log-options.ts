/** Options of the explanation log, their defaults and their checks (STYLE.md rule 9: fail fast at configuration). */
import { ConfigError } from "../internal/candor-error.ts";
import type { BodyCipher } from "./body-cipher.ts";
import type { LogPublicKey, LogSigner } from "./log-signer.ts";
import type { Pseudonymizer } from "./pseudonymizer.ts";
import type { Sha256 } from "./sha256.ts";
import type { LogIssue, LogStorage } from "./types.ts";

/** Options of {@link createExplanationLog}; invalid options throw {@link ConfigError}. */
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
export function defaultSchedule(run: () => void, ms: number): () => void {
  const timer = setTimeout(run, ms);
  (timer as { unref?: () => void }).unref?.();
  return () => clearTimeout(timer);
}

/** Throws {@link ConfigError} naming the first invalid option. */
export function validateLogOptions(options: ExplanationLogOptions): void {
  if (typeof options !== "object" || options === null) throw new ConfigError("", "options are required");
  const storage = options.storage as Partial<LogStorage> | undefined;
  for (const method of ["load", "loadKeys", "append", "read", "putKeys", "deleteKeys"] as const)
    if (typeof storage?.[method] !== "function")
      throw new ConfigError(`storage.${method}`, "must be a function");
  if (typeof options.signer?.sign !== "function" || typeof options.signer.keyId !== "string")
    throw new ConfigError("signer", "must be a LogSigner (createLogSigner or importLogSigner)");
  if (typeof options.pseudonymizer?.pseudonymize !== "function")
    throw new ConfigError("pseudonymizer", "must be a Pseudonymizer (createPseudonymizer)");
  for (const name of ["headEvery", "headIntervalMs"] as const) {
    const value = options[name];
    if (value !== undefined && !(Number.isSafeInteger(value) && value > 0))
      throw new ConfigError(name, "must be a positive integer");
  }
  for (const name of ["clock", "hash", "onError"] as const) {
    const value = options[name];
    if (value !== undefined && typeof value !== "function") throw new ConfigError(name, "must be a function");
  }
  if (options.schedule !== undefined && options.schedule !== null && typeof options.schedule !== "function")
    throw new ConfigError("schedule", "must be a function or null");
}
