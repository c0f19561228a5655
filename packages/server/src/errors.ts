/** Typed errors of the server, each with a stable `code`, the offending `path` and the HTTP status it maps to. */
import { CandorError } from "@candor/core/serve";

/** An error the HTTP layer turns into `{ error: { code, message, path? } }` with `status`. */
export class HttpError extends CandorError {
  /** The HTTP status. */
  readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 500 | 503;

  constructor(status: HttpError["status"], code: string, message: string, path = "", cause?: unknown) {
    super(code, path, message, cause === undefined ? undefined : { cause });
    this.name = "HttpError";
    this.status = status;
  }
}

/** An invalid server option (thrown at start, never at request time). */
export class ServerConfigError extends CandorError {
  constructor(path: string, reason: string) {
    super("invalid-option", path, `candor server: option "${path}" ${reason}`);
    this.name = "ServerConfigError";
  }
}

/** The database could not be reached or refused a write: requests get 503. */
export class StorageUnavailableError extends HttpError {
  constructor(what: string, cause: unknown) {
    super(503, "storage-unavailable", `${what}: the database is unavailable (${describe(cause)})`, "", cause);
    this.name = "StorageUnavailableError";
  }
}

/** The event stream (NATS JetStream) did not acknowledge a publish: the request gets 503 and the client retries. */
export class BrokerUnavailableError extends HttpError {
  constructor(what: string, cause: unknown) {
    super(
      503,
      "broker-unavailable",
      `${what}: the event stream is unavailable (${describe(cause)})`,
      "",
      cause,
    );
    this.name = "BrokerUnavailableError";
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
