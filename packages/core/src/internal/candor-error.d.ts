/** The one error base class of Candor: a stable `code` to branch on and the offending option or field `path`. */
/** A Candor error: `code` is stable across versions; `path` names the option, field or line that was wrong. */
export declare class CandorError extends Error {
    /** A stable machine-readable code, e.g. `"invalid-option"`. */
    readonly code: string;
    /** The offending path (dotted, e.g. `"weights.popularity"`), or `""` when the whole input was wrong. */
    readonly path: string;
    constructor(code: string, path: string, message: string, options?: {
        readonly cause?: unknown;
    });
}
