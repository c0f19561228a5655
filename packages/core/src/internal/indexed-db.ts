/** Opening an IndexedDB database lazily, shared by the vault's and the log's storage adapters. */

/** A database opened on first use. */
export interface LazyDatabase {
  /** Opens `name` (version 1) on first use; after a failed open (blocked, unavailable, quota) it tries again. */
  open(): Promise<IDBDatabase>;
  /** Closes the connection, if one was opened; the next `open` reconnects. */
  close(): Promise<void>;
}

/** A lazily opened database whose stores `upgrade` creates. */
export function lazyDatabase(
  name: string,
  factory: IDBFactory | undefined,
  upgrade: (database: IDBDatabase) => void,
): LazyDatabase {
  let database: Promise<IDBDatabase> | null = null;
  const open = () => {
    database ??= new Promise<IDBDatabase>((resolve, reject) => {
      const indexedDB = factory ?? globalThis.indexedDB;
      if (!indexedDB) {
        reject(new Error("IndexedDB is not available"));
        return;
      }
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => upgrade(request.result);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error(`could not open IndexedDB "${name}"`));
      request.onblocked = () => reject(new Error(`IndexedDB "${name}" is blocked by another connection`));
    }).catch((error: unknown) => {
      database = null;
      throw error;
    });
    return database;
  };
  return {
    open,
    async close() {
      const connection = database;
      database = null;
      (await connection?.catch(() => null))?.close();
    },
  };
}
