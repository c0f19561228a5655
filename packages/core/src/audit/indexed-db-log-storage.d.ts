import type { LogStorage } from "./types.ts";
/** Options of {@link indexedDbLogStorage}. */
export interface IndexedDbLogStorageOptions {
    /** Database name; default `"candor-audit-log"`. */
    readonly name?: string;
    /** The IndexedDB factory; default `globalThis.indexedDB` (inject one in tests or workers). */
    readonly indexedDB?: IDBFactory;
    /** The matching key-range class; default `globalThis.IDBKeyRange`. */
    readonly IDBKeyRange?: typeof IDBKeyRange;
    /** Records read per transaction on load; default 1,000. */
    readonly pageSize?: number;
}
/** A {@link LogStorage} in IndexedDB; a failed open is retried on the next call. */
export declare function indexedDbLogStorage(options?: IndexedDbLogStorageOptions): LogStorage;
