/** Typed errors of the audit module. */

/** Thrown by `createExplanationLog` and the other factories when an option is invalid: names the option path and the reason. */
export class AuditConfigError extends Error {
  readonly path: string;
  readonly reason: string;

  constructor(path: string, reason: string) {
    super(`Invalid audit option "${path || "(root)"}": ${reason}`);
    this.name = "AuditConfigError";
    this.path = path;
    this.reason = reason;
  }
}

/** A served item failed validation: names its position in the batch, the field path, the reason and the value. Nothing was logged. */
export class InvalidServedItemError extends Error {
  /** Position of the item in the appended batch. */
  readonly position: number;
  readonly path: string;
  readonly reason: string;
  readonly value: unknown;

  constructor(position: number, path: string, reason: string, value: unknown) {
    super(`Invalid served item ${position} at "${path || "(root)"}": ${reason}`);
    this.name = "InvalidServedItemError";
    this.position = position;
    this.path = path;
    this.reason = reason;
    this.value = value;
  }
}

/** The stored log does not match its tree or its signed heads: names the first bad entry index and the reason. */
export class LogIntegrityError extends Error {
  readonly index: number;
  readonly reason: string;

  constructor(index: number, reason: string) {
    super(`Explanation log is not intact at entry ${index}: ${reason}`);
    this.name = "LogIntegrityError";
    this.index = index;
    this.reason = reason;
  }
}

/** A storage adapter failed; the operation had no effect on the log's tree. */
export class LogStorageError extends Error {
  readonly operation: "load" | "append" | "read" | "put-keys" | "delete-keys";

  constructor(operation: LogStorageError["operation"], cause: unknown) {
    super(`Explanation log storage ${operation} failed: ${String(cause)}`, { cause });
    this.name = "LogStorageError";
    this.operation = operation;
  }
}

/** Thrown when a proof is asked for an index or sizes outside the tree. */
export class ProofRangeError extends RangeError {
  readonly index: number;
  readonly size: number;

  constructor(message: string, index: number, size: number) {
    super(message);
    this.name = "ProofRangeError";
    this.index = index;
    this.size = size;
  }
}
