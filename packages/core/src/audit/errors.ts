/** The audit module's one own error: a second writer of a log file. Every other error is a `CandorError` subclass. */
import { InputError, StorageError } from "../internal/candor-error.ts";

/**
 * Another writer holds the log's lock (code `"log-locked"`, `path` the lock file): names the file and the holder, so
 * the second writer stops before it corrupts anything.
 */
export class LogLockedError extends StorageError {
  /** The holder's process id and host, as its lock file states them (`null` when unreadable). */
  readonly holder: { readonly pid: number; readonly host: string; readonly since: number } | null;

  constructor(path: string, holder: LogLockedError["holder"], detail = "") {
    super("log", "lock", null, {
      code: "log-locked",
      path,
      message: `${path} is locked by another writer${
        holder
          ? ` (process ${holder.pid} on ${holder.host} since ${new Date(holder.since).toISOString()})`
          : ""
      }${detail ? `: ${detail}` : ""}; one log takes one writer. Stop the other writer, or delete ${path} only if it is certainly gone.`,
    });
    this.name = "LogLockedError";
    this.holder = holder;
  }
}

/** A proof asked for an index or sizes outside the tree: an {@link InputError} with code `"proof-range"`. */
export function proofRange(message: string, index: number): InputError {
  return new InputError("index", message, index, { code: "proof-range", message });
}
