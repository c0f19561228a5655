/** Typed errors of the audit module. */
/** Thrown by `createExplanationLog` and the other factories when an option is invalid: names the option path and the reason. */
export declare class AuditConfigError extends Error {
    readonly path: string;
    readonly reason: string;
    constructor(path: string, reason: string);
}
/** A served item failed validation: names its position in the batch, the field path, the reason and the value. Nothing was logged. */
export declare class InvalidServedItemError extends Error {
    /** Position of the item in the appended batch. */
    readonly position: number;
    readonly path: string;
    readonly reason: string;
    readonly value: unknown;
    constructor(position: number, path: string, reason: string, value: unknown);
}
/** A consent or notice item failed validation (its event hash included): names the field path and the reason. Nothing was logged. */
export declare class InvalidLogItemError extends Error {
    readonly kind: "consent" | "notice";
    readonly path: string;
    readonly reason: string;
    readonly value: unknown;
    constructor(kind: "consent" | "notice", path: string, reason: string, value: unknown);
}
/** Another writer holds the log's lock: names the file and the holder, so the second writer stops before it corrupts anything. */
export declare class LogLockedError extends Error {
    readonly path: string;
    /** The holder's process id and host, as its lock file states them (`null` when unreadable). */
    readonly holder: {
        readonly pid: number;
        readonly host: string;
        readonly since: number;
    } | null;
    constructor(path: string, holder: LogLockedError["holder"], detail?: string);
}
/** The stored log does not match its tree or its signed heads: names the first bad entry index and the reason. */
export declare class LogIntegrityError extends Error {
    readonly index: number;
    readonly reason: string;
    constructor(index: number, reason: string);
}
/** A storage adapter failed; the operation had no effect on the log's tree. */
export declare class LogStorageError extends Error {
    readonly operation: "load" | "append" | "read" | "put-keys" | "delete-keys";
    constructor(operation: LogStorageError["operation"], cause: unknown);
}
/** Thrown when a proof is asked for an index or sizes outside the tree. */
export declare class ProofRangeError extends RangeError {
    readonly index: number;
    readonly size: number;
    constructor(message: string, index: number, size: number);
}
