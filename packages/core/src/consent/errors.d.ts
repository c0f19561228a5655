/** Typed errors of the consent module: each names the offending path and the reason. */
/** The base of the consent module's errors. */
declare class PathError extends Error {
    /** Dotted path of the offending value, e.g. `"purposes.2.id"`, `"via.kind"`. */
    readonly path: string;
    /** Why the value was rejected. */
    readonly reason: string;
    constructor(name: string, what: string, path: string, reason: string);
}
/** Thrown by `createConsentManager` when its options are invalid: names the option path and the reason. */
export declare class ConsentConfigError extends PathError {
    constructor(path: string, reason: string);
}
/**
 * Thrown by a choice (`acceptAll`, `set`, `withdraw`, `confirmGpcOverride`, `applyGpc`, …) whose input is malformed:
 * names the argument path and the reason. Nothing is recorded, so a bad input never reaches the stored record.
 */
export declare class ConsentInputError extends PathError {
    constructor(path: string, reason: string);
}
export {};
