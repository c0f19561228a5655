import type { LogRecord, LogStorage } from "./types.ts";
/** Options of {@link jsonlLogStorage}. */
export interface JsonlLogStorageOptions {
    /** Path of the log file; it and its folder are created on the first append. */
    readonly path: string;
    /**
     * Path of the key-ring file (secret: it opens every personal body). Required, and best in another directory than
     * the log (e.g. `~/.config/candor/keys/…`), so an auditor's copy of the log's folder never contains it.
     */
    readonly keysPath: string;
    /** `fdatasync` after every append (survives power loss, costs a disk flush per append); default `false`. */
    readonly fsync?: boolean;
    /** Take the writer's lock on load; default `true` (turn off only where another mechanism ensures one writer). */
    readonly lock?: boolean;
}
/** The kind of a log line, by its first bytes. */
export declare function lineKind(bytes: Buffer): "record" | "head" | "commit" | "other";
/** The line a record is stored as: body, canonical entry, index and leaf, in this order (the verifier's fast path reads it). */
export declare function recordLine(record: LogRecord): string;
/** A {@link LogStorage} in an append-only JSON-lines file, with its key ring in `keysPath`. */
export declare function jsonlLogStorage(options: JsonlLogStorageOptions): LogStorage;
