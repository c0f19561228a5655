/** Typed errors of the recommendation models. */
/** Thrown when a model gets invalid options or training data: names the option path and the reason. */
export declare class ModelOptionError extends Error {
    /** Dotted path of the offending option, e.g. `"lambda"`. */
    readonly path: string;
    /** Why the value was rejected. */
    readonly reason: string;
    constructor(path: string, reason: string);
}
/** Thrown by the SPD inverse when a pivot is not positive: the matrix is not (numerically) positive definite. */
export declare class NotPositiveDefiniteError extends Error {
    /** 0-based row of the failing pivot. */
    readonly row: number;
    constructor(row: number, pivot: number);
}
