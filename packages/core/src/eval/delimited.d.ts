/** Line and field splitting shared by the dataset readers (internal). */
/** Calls `visit` for each non-blank line with its 1-based line number; handles `\n` and `\r\n`. */
export declare function forEachLine(text: string, visit: (line: string, lineNumber: number) => void): void;
/** The first non-blank line and its 1-based number, or `undefined` for blank text. */
export declare function firstLine(text: string): {
    line: string;
    lineNumber: number;
} | undefined;
/**
 * Splits one CSV line with RFC 4180 quoting (`"a, b"`, `""` for a quote inside quotes).
 * Quoted fields cannot span lines. Returns `undefined` when a quote is not closed.
 */
export declare function splitCsvLine(line: string): string[] | undefined;
/** The base name of a path (after the last `/` or `\`), lower-cased. */
export declare function baseName(fileName: string): string;
/** A finite number from a whole field, or `undefined`. */
export declare function toNumber(field: string): number | undefined;
