/** The error thrown when a generator is called with an option it cannot honour. */

/** Thrown by the sample-shop factories for a bad option; carries the option's path and the value given. */
export class InvalidOptionError extends Error {
  /** Dotted path of the option, e.g. `"createCatalog.items"`. */
  readonly path: string;
  /** The value that was given. */
  readonly value: unknown;

  constructor(path: string, value: unknown, reason: string) {
    super(`${path}: ${reason} (got ${String(value)})`);
    this.name = "InvalidOptionError";
    this.path = path;
    this.value = value;
  }
}

/** Throws {@link InvalidOptionError} unless `value` is an integer in [min, max]. */
export function checkInteger(path: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidOptionError(path, value, `must be an integer from ${min} to ${max}`);
  }
}

/** Throws {@link InvalidOptionError} unless `value` is a finite number. */
export function checkFinite(path: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new InvalidOptionError(path, value, "must be a finite number");
  }
}
