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

/** A consent or notice item failed validation (its event hash included): names the field path and the reason. Nothing was logged. */
export class InvalidLogItemError extends Error {
  readonly kind: "consent" | "notice";
  readonly path: string;
  readonly reason: string;
  readonly value: unknown;

  constructor(kind: "consent" | "notice", path: string, reason: string, value: unknown) {
    super(`Invalid ${kind} item at "${path || "(root)"}": ${reason}`);
    this.name = "InvalidLogItemError";
    this.kind = kind;
    this.path = path;
    this.reason = reason;
    this.value = value;
  }
}

/** Another writer holds the log's lock: names the file and the holder, so the second writer stops before it corrupts anything. */
export class LogLockedError extends Error {
  readonly path: string;
  /** The holder's process id and host, as its lock file states them (`null` when unreadable). */
  readonly holder: { readonly pid: number; readonly host: string; readonly since: number } | null;

  constructor(path: string, holder: LogLockedError["holder"], detail = "") {
    super(
      `${path} is locked by another writer${
        holder
          ? ` (process ${holder.pid} on ${holder.host} since ${new Date(holder.since).toISOString()})`
          : ""
      }${detail ? `: ${detail}` : ""}; one log takes one writer. Stop the other writer, or delete ${path} only if it is certainly gone.`,
    );
    this.name = "LogLockedError";
    this.path = path;
    this.holder = holder;
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
