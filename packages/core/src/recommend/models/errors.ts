/** Typed errors of the recommendation models. */

/** Thrown when a model gets invalid options or training data: names the option path and the reason. */
export class ModelOptionError extends Error {
  /** Dotted path of the offending option, e.g. `"lambda"`. */
  readonly path: string;
  /** Why the value was rejected. */
  readonly reason: string;

  constructor(path: string, reason: string) {
    super(`Invalid model option "${path || "(root)"}": ${reason}`);
    this.name = "ModelOptionError";
    this.path = path;
    this.reason = reason;
  }
}

/** Thrown by the SPD inverse when a pivot is not positive: the matrix is not (numerically) positive definite. */
export class NotPositiveDefiniteError extends Error {
  /** 0-based row of the failing pivot. */
  readonly row: number;

  constructor(row: number, pivot: number) {
    super(`Matrix is not positive definite: pivot ${pivot} at row ${row}`);
    this.name = "NotPositiveDefiniteError";
    this.row = row;
  }
}
