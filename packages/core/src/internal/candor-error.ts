/**
 * The errors of Candor: one base class, `CandorError`, with a stable `code` to branch on and the offending `path`,
 * and the few subclasses a caller tells apart with `instanceof`: bad configuration, bad input, a failed store, a log
 * that is not intact. Everything finer is a `code`.
 */

/** A Candor error: `code` is stable across versions; `path` names the option, field or line that was wrong. */
export class CandorError extends Error {
  /** A stable machine-readable code, e.g. `"invalid-option"`. */
  readonly code: string;
  /** The offending path (dotted, e.g. `"weights.popularity"`), or `""` when the whole input was wrong. */
  readonly path: string;

  constructor(code: string, path: string, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = "CandorError";
    this.code = code;
    this.path = path;
  }
}

/**
 * Thrown at setup when an option or a configuration (rule set, experiment, re-rank config, model option…) is
 * invalid (code `"invalid-option"`): names the option path, the reason and the value. Fail fast, never at serve time.
 */
export class ConfigError extends CandorError {
  /** Why the value was rejected. */
  readonly reason: string;
  /** The offending value at `path`, when known. */
  readonly value: unknown;

  constructor(path: string, reason: string, value?: unknown) {
    super("invalid-option", path, `Invalid option "${path || "(root)"}": ${reason}`);
    this.name = "ConfigError";
    this.reason = reason;
    this.value = value;
  }
}

/** Options of {@link InputError}. */
export interface InputErrorOptions {
  /** The stable code; default `"invalid-input"`. */
  readonly code?: string;
  /** What was being read, for the message (e.g. `"shopper event"`); default `"input"`. */
  readonly what?: string;
  /** The whole message, when the default `Invalid <what> at "<path>": <reason>` does not fit. */
  readonly message?: string;
}

/**
 * Input data that failed validation (a shopper event, a served or consent item, an outcome, a consent choice, a
 * stored record, a dataset line…): names the field path, the reason and the value. Nothing was recorded. `code`
 * tells the kinds apart (`"invalid-input"`, `"invalid-event"`, `"empty-dataset"`, `"proof-range"`, …).
 */
export class InputError extends CandorError {
  /** Why the value was rejected. */
  readonly reason: string;
  /** The offending value at `path`, when known. */
  readonly value: unknown;

  constructor(path: string, reason: string, value?: unknown, options: InputErrorOptions = {}) {
    super(
      options.code ?? "invalid-input",
      path,
      options.message ?? `Invalid ${options.what ?? "input"} at "${path || "(root)"}": ${reason}`,
    );
    this.name = "InputError";
    this.reason = reason;
    this.value = value;
  }
}

/**
 * A storage adapter (vault, explanation log, outcome store) failed to load, write or erase (code
 * `"storage-failed"`); the operation had no effect on what is served or committed. `path` is the subject, if any.
 */
export class StorageError extends CandorError {
  /** The store that failed, e.g. `"vault"`, `"log"`. */
  readonly store: string;
  /** What was attempted, e.g. `"append"`, `"erase"`, `"load"`. */
  readonly operation: string;

  constructor(
    store: string,
    operation: string,
    cause: unknown,
    options: {
      readonly subject?: string;
      readonly path?: string;
      readonly code?: string;
      readonly message?: string;
    } = {},
  ) {
    const label = store === "vault" ? "Vault" : store === "log" ? "Explanation log" : store;
    super(
      options.code ?? "storage-failed",
      options.path ?? options.subject ?? "",
      options.message ??
        `${label} storage ${operation} failed${options.subject === undefined ? "" : ` for subject "${options.subject}"`}: ${String(cause)}`,
      { cause },
    );
    this.name = "StorageError";
    this.store = store;
    this.operation = operation;
  }
}

/**
 * The stored explanation log does not match its tree or its signed heads (code `"log-integrity"`): names the first bad
 * entry index (also `path`) and the reason. Tampering or corruption: never serve from it, report it.
 */
export class LogIntegrityError extends CandorError {
  /** The first entry that does not verify. */
  readonly index: number;
  /** What did not match. */
  readonly reason: string;

  constructor(index: number, reason: string) {
    super("log-integrity", String(index), `Explanation log is not intact at entry ${index}: ${reason}`);
    this.name = "LogIntegrityError";
    this.index = index;
    this.reason = reason;
  }
}
