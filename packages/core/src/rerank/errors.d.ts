/** Typed errors of the rerank module. */
/** Thrown when a re-rank pipeline config or stage option is invalid: names the option path, the reason and the value. */
export declare class RerankConfigError extends Error {
    /** Dotted path of the offending option, e.g. `"stages.2.lambda"`. */
    readonly path: string;
    /** Why the value was rejected. */
    readonly reason: string;
    /** The offending value at `path`. */
    readonly value: unknown;
    constructor(path: string, reason: string, value: unknown);
}
