/** Typed errors of the consent module. */

/** Thrown by `createConsentManager` when its options are invalid: names the option path and the reason. */
export class ConsentConfigError extends Error {
  /** Dotted path of the offending option, e.g. `"purposes.2.id"`. */
  readonly path: string;
  /** Why the value was rejected. */
  readonly reason: string;

  constructor(path: string, reason: string) {
    super(`Invalid consent option "${path || "(root)"}": ${reason}`);
    this.name = "ConsentConfigError";
    this.path = path;
    this.reason = reason;
  }
}

/**
 * Thrown by a choice (`acceptAll`, `set`, `withdraw`, `confirmGpcOverride`, `applyGpc`, …) whose input is malformed:
 * names the argument path and the reason. Nothing is recorded, so a bad input never reaches the stored record.
 */
export class ConsentInputError extends Error {
  /** Dotted path of the offending argument, e.g. `"via.kind"`, `"choices.analytics"`. */
  readonly path: string;
  /** Why the value was rejected. */
  readonly reason: string;

  constructor(path: string, reason: string) {
    super(`Invalid consent input "${path}": ${reason}`);
    this.name = "ConsentInputError";
    this.path = path;
    this.reason = reason;
  }
}
