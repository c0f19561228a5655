/** Typed errors of the eval module. */
/** Thrown when a dataset line cannot be read: names the file, the 1-based line and what was wrong. */
export declare class DatasetParseError extends Error {
    /** File name given by the caller (or the format name when none was given). */
    readonly fileName: string;
    /** 1-based line number of the offending line. */
    readonly line: number;
    /** What was wrong with the line. */
    readonly reason: string;
    constructor(fileName: string, line: number, reason: string);
}
/** Thrown when an eval function gets invalid options or inputs that do not fit together: names the path and the reason. */
export declare class EvalOptionError extends Error {
    /** Dotted path of the offending option, e.g. `"ratios.1"`. */
    readonly path: string;
    /** Why the value was rejected. */
    readonly reason: string;
    constructor(path: string, reason: string);
}
