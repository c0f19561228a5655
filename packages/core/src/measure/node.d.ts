import type { OutcomeStorage } from "./outcome-storage.ts";
/** Options of {@link jsonlOutcomeStorage}. */
export interface JsonlOutcomeStorageOptions {
    /** Path of the `.jsonl` file; created with its folder on the first append. */
    readonly path: string;
}
/**
 * Keeps outcomes in a JSON-lines file, one outcome per line, appended (the format `candor simulate` writes to
 * `LOG.outcomes.jsonl` and `candor measure report` reads). A line that is not JSON is returned as unreadable with
 * its line number and never costs the valid lines; a truncated last line from a crash mid-append is tolerated;
 * `erase` rewrites the file without the subject's lines via a temporary file and a rename. It is the vault's
 * JSON-lines adapter: outcomes, like vault records, are plain objects with a `subject`. One log per file.
 */
export declare function jsonlOutcomeStorage(options: JsonlOutcomeStorageOptions): OutcomeStorage;
