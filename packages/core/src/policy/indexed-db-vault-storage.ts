/** Vault storage in IndexedDB (browsers): one object store of records, indexed by subject, in append order. */
import { lazyDatabase } from "../internal/indexed-db.ts";
import type { StoredSlot, VaultRecord, VaultStorage } from "./types.ts";

/** Options of {@link indexedDbVaultStorage}. */
export interface IndexedDbVaultStorageOptions {
  /** Database name; default `"candor-vault"`. */
  readonly name?: string;
  /** Object store name; default `"records"`. */
  readonly storeName?: string;
  /** The IndexedDB factory; default `globalThis.indexedDB` (inject one in tests or workers). */
  readonly indexedDB?: IDBFactory;
}

/**
 * Keeps vault records in IndexedDB. Each `append` is one transaction, so a batch is stored whole or not at all.
 * Records come back as stored; the vault validates them and skips (and reports) corrupted ones by key. Open only
 * after consent allows storing on the device (ePrivacy Dir. Art. 5(3)); a failed open is retried on the next call.
 */
export function indexedDbVaultStorage(options: IndexedDbVaultStorageOptions = {}): VaultStorage {
  const name = options.name ?? "candor-vault";
  const storeName = options.storeName ?? "records";

  const database = lazyDatabase(name, options.indexedDB, (created) => {
    const store = created.createObjectStore(storeName, { autoIncrement: true });
    store.createIndex("subject", "subject", { unique: false });
  });
  const db = database.open;

  /** Runs `body` in one transaction and resolves with its result when the transaction completes. */
  const transact = async <T>(
    mode: IDBTransactionMode,
    body: (store: IDBObjectStore, settle: (value: T) => void) => void,
  ): Promise<T> => {
    const connection = await db();
    return new Promise<T>((resolve, reject) => {
      const transaction = connection.transaction(storeName, mode);
      let result: T;
      transaction.oncomplete = () => resolve(result);
      transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB transaction failed"));
      transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB transaction aborted"));
      body(transaction.objectStore(storeName), (value) => {
        result = value;
      });
    });
  };

  return {
    append: (records: readonly VaultRecord[]) =>
      transact<void>("readwrite", (store) => {
        for (const record of records) store.add(record);
      }),

    readAll: (subject?: string) =>
      transact<StoredSlot[]>("readonly", (store, settle) => {
        const slots: StoredSlot[] = [];
        settle(slots);
        const source = subject === undefined ? store : store.index("subject");
        const request = source.openCursor(subject === undefined ? null : subject);
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor) return;
          slots.push({
            ok: true,
            location: `indexeddb:${storeName}/${String(cursor.primaryKey)}`,
            value: cursor.value,
          });
          cursor.continue();
        };
      }),

    erase: (subject: string) =>
      transact<number>("readwrite", (store, settle) => {
        let removed = 0;
        settle(0);
        const request = store.index("subject").openCursor(subject);
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor) return;
          cursor.delete();
          settle(++removed);
          cursor.continue();
        };
      }),
  };
}
