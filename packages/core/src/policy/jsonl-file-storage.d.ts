import type { VaultStorage } from "./types.ts";
/** Options of {@link jsonlFileStorage}. */
export interface JsonlFileStorageOptions {
    /** Path of the `.jsonl` file; created with its folder on the first append. */
    readonly path: string;
}
/**
 * Keeps vault records in a JSON-lines file. A line that is not JSON is returned as unreadable with its 1-based
 * line number (the vault skips and reports it) and never costs the valid lines; a truncated last line from a crash
 * mid-append is tolerated and the next append starts on a fresh line. `erase` rewrites the file without the
 * subject's records, including unreadable lines that name the subject (GDPR Art. 17), via a temporary file and
 * a rename. One vault per file: the adapter does not lock against other processes.
 */
export declare function jsonlFileStorage(options: JsonlFileStorageOptions): VaultStorage;
