/** Typed errors of the policy module. */
/** A shopper event failed validation: names the field, the reason and the offending value. Nothing was stored. */
export declare class InvalidEventError extends Error {
    /** Dotted path of the offending field, e.g. `"context.hourOfDay"`; `""` for the event itself. */
    readonly path: string;
    readonly reason: string;
    /** The offending value at `path`. */
    readonly value: unknown;
    constructor(path: string, reason: string, value: unknown);
}
/** Thrown by `createPolicy` and `createVault` when their options are invalid: names the option path and the reason. */
export declare class PolicyConfigError extends Error {
    readonly path: string;
    readonly reason: string;
    constructor(path: string, reason: string);
}
/** A business rule set failed validation: names the path (`"rules.2.kind"`), the reason and the value. */
export declare class RuleSetError extends Error {
    readonly path: string;
    readonly reason: string;
    readonly value: unknown;
    constructor(path: string, reason: string, value: unknown);
}
/** A storage adapter failed to write or erase; the operation had no effect on what the vault serves. */
export declare class VaultStorageError extends Error {
    readonly operation: "append" | "erase";
    /** The subject concerned. */
    readonly subject: string;
    constructor(operation: "append" | "erase", subject: string, cause: unknown);
}
