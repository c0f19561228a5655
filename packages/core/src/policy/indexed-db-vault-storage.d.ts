import type { VaultStorage } from "./types.ts";
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
export declare function indexedDbVaultStorage(options?: IndexedDbVaultStorageOptions): VaultStorage;
