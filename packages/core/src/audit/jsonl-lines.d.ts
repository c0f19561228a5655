/** One complete line (without its newline), its 1-based number and its byte span in the file. */
export interface FileLine {
    readonly bytes: Buffer;
    readonly number: number;
    readonly start: number;
    readonly end: number;
}
/** What {@link readLines} leaves after the last newline, and how far it read. */
export interface LinesTail {
    /** Bytes after the last newline (an unterminated last line). */
    trailingBytes: number;
    /** File size when reading started. */
    fileBytes: number;
}
/** Options of {@link readLines}. */
export interface ReadLinesOptions {
    /** Bytes per read; default 4 MiB. */
    readonly chunkBytes?: number;
    /** Called after each chunk with the bytes read so far and the file size. */
    readonly onProgress?: (bytes: number, total: number) => void;
    /** Filled in at the end. */
    readonly tail?: LinesTail;
}
/** Every newline-terminated line of `path`; rejects with the `open` error (e.g. `ENOENT`). */
export declare function readLines(path: string, options?: ReadLinesOptions): AsyncGenerator<FileLine>;
