/** Typed errors of the measure module. */
/** Thrown when an experiment, report or monitor option is invalid: names the option path, the reason and the value. */
export declare class MeasureConfigError extends Error {
    /** Dotted path of the offending option, e.g. `"arms.1.share"`. */
    readonly path: string;
    /** Why the value was rejected. */
    readonly reason: string;
    /** The offending value at `path`. */
    readonly value: unknown;
    constructor(path: string, reason: string, value: unknown);
}
/** An outcome event failed validation: names the field, the reason and the offending value. Nothing was counted. */
export declare class InvalidOutcomeError extends Error {
    /** Dotted path of the offending field, e.g. `"revenue"`; `""` for the event itself. */
    readonly path: string;
    /** Why the value was rejected. */
    readonly reason: string;
    /** The offending value at `path`. */
    readonly value: unknown;
    constructor(path: string, reason: string, value: unknown);
}
