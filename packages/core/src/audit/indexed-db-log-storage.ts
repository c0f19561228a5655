/**
 * Log storage in IndexedDB (browsers): records keyed by index, heads in append order, the key ring (subject keys
 * by reference, entry ranges by `ref#from`) in its own store.
 * Each append is one transaction over records and heads, so it is stored whole or not at all; `add` refuses to
 * overwrite an index, so the store stays append-only. Open only after consent allows storing on the device
 * (ePrivacy Dir. Art. 5(3)) or under the controller's own legal obligation to keep the log.
 */
import { lazyDatabase } from "../internal/indexed-db.ts";
import { isEntryKeyRange } from "./body-key-ring.ts";
import type { KeyRingItem, LogRecord, LogStorage, SignedTreeHead, StoredItem } from "./types.ts";

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

const RECORDS = "records";
const HEADS = "heads";
const KEYS = "keys";

/** A {@link LogStorage} in IndexedDB; a failed open is retried on the next call. */
export function indexedDbLogStorage(options: IndexedDbLogStorageOptions = {}): LogStorage {
  const name = options.name ?? "candor-audit-log";
  const pageSize = options.pageSize ?? 1000;
  const range = (from: number | string, to: number | string): IDBKeyRange =>
    (options.IDBKeyRange ?? globalThis.IDBKeyRange).bound(from, to);
  let sequence = Date.now() * 1000;

  const database = lazyDatabase(name, options.indexedDB, (created) => {
    created.createObjectStore(RECORDS);
    created.createObjectStore(HEADS, { autoIncrement: true });
    created.createObjectStore(KEYS, { keyPath: "ref" });
  });
  const db = database.open;

  /** Runs `body` in one transaction and resolves with what it settled once the transaction completes. */
  const transact = async <T>(
    stores: string[],
    mode: IDBTransactionMode,
    body: (transaction: IDBTransaction, settle: (value: T) => void) => void,
  ): Promise<T> => {
    const connection = await db();
    return new Promise<T>((resolve, reject) => {
      const transaction = connection.transaction(stores, mode);
      let result: T;
      transaction.oncomplete = () => resolve(result);
      transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB transaction failed"));
      transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB transaction aborted"));
      body(transaction, (value) => {
        result = value;
      });
    });
  };

  const getAll = (store: string, range: IDBKeyRange | null): Promise<unknown[]> =>
    transact<unknown[]>([store], "readonly", (transaction, settle) => {
      const request = transaction.objectStore(store).getAll(range);
      request.onsuccess = () => settle(request.result);
    });

  return {
    async *load() {
      for (let from = 0; ; from += pageSize) {
        const page = await getAll(RECORDS, range(from, from + pageSize - 1));
        for (const [n, value] of page.entries())
          yield { kind: "record", value, location: `indexeddb:${RECORDS}/${from + n}` } satisfies StoredItem;
        if (page.length < pageSize) break;
      }
      for (const [n, value] of (await getAll(HEADS, null)).entries())
        yield { kind: "head", value, location: `indexeddb:${HEADS}/${n}` } satisfies StoredItem;
    },
    loadKeys: async () => {
      const items = (await getAll(KEYS, null)) as ({ seq?: unknown; of?: unknown; ref?: unknown } | null)[];
      const seq = (item: (typeof items)[number]) => (typeof item?.seq === "number" ? item.seq : 0);
      return [...items]
        .sort((a, b) => seq(a) - seq(b))
        .map((item) => {
          if (typeof item !== "object" || item === null) return item;
          const { seq: _seq, of, ...rest } = item;
          return typeof of === "string" ? { ...rest, ref: of } : rest;
        });
    },
    append: (records: readonly LogRecord[], heads: readonly SignedTreeHead[]) =>
      transact<void>([RECORDS, HEADS], "readwrite", (transaction) => {
        const store = transaction.objectStore(RECORDS);
        for (const record of records) store.add(record, record.i);
        const headStore = transaction.objectStore(HEADS);
        for (const head of heads) headStore.add(head);
      }),
    read: (from: number, to: number) =>
      from >= to ? Promise.resolve([]) : getAll(RECORDS, range(from, to - 1)),
    putKeys: (items: readonly KeyRingItem[]) =>
      transact<void>([KEYS], "readwrite", (transaction) => {
        const store = transaction.objectStore(KEYS);
        for (const item of items)
          store.put(
            isEntryKeyRange(item)
              ? {
                  entries: item.entries,
                  of: item.ref,
                  ref: `${item.ref}#${item.entries[0]}`,
                  seq: ++sequence,
                }
              : { ...item, seq: ++sequence },
          );
      }),
    deleteKeys: (refs: readonly string[]) =>
      transact<number>([KEYS], "readwrite", (transaction, settle) => {
        const store = transaction.objectStore(KEYS);
        let removed = 0;
        settle(0);
        for (const ref of refs) {
          const request = store.count(ref);
          request.onsuccess = () => {
            if (request.result > 0) {
              store.delete(ref);
              settle(++removed);
            }
          };
          store.delete(range(`${ref}#`, `${ref}#\uffff`));
        }
      }),
    close: database.close,
  };
}
