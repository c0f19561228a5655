/** Opening an IndexedDB database lazily, shared by the vault's and the log's storage adapters. */
/** A database opened on first use. */
export interface LazyDatabase {
    /** Opens `name` (version 1) on first use; after a failed open (blocked, unavailable, quota) it tries again. */
    open(): Promise<IDBDatabase>;
    /** Closes the connection, if one was opened; the next `open` reconnects. */
    close(): Promise<void>;
}
/** A lazily opened database whose stores `upgrade` creates. */
export declare function lazyDatabase(name: string, factory: IDBFactory | undefined, upgrade: (database: IDBDatabase) => void): LazyDatabase;
