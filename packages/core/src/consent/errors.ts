/**
 * The consent module's errors are Candor's shared ones (`CandorError` subclasses with `code` and `path`), under the
 * names this module has always used.
 */

/** Thrown by `createConsentManager` when its options are invalid: names the option path and the reason. */
/**
 * Thrown by a choice (`acceptAll`, `set`, `withdraw`, `confirmGpcOverride`, `applyGpc`, …) whose input is malformed:
 * names the argument path and the reason. Nothing is recorded, so a bad input never reaches the stored record.
 */
export {
  ConfigError as ConsentConfigError,
  InputError as ConsentInputError,
} from "../internal/candor-error.ts";
