/**
 * The vault's IndexedDB storage for the demo, opened lazily: nothing is created on the device until the vault stores
 * a first event, which it only does under a granted purpose (ePrivacy Dir. Art. 5(3)). It can also be wiped whole.
 */
import { indexedDbVaultStorage, type VaultStorage } from "@candor/core/policy";

/** Name of the demo's vault database. */
export const VAULT_DATABASE = "candor-vault";

/** Vault storage that can also close and delete its database (the demo's "reset everything"). */
export interface DeviceVaultStorage extends VaultStorage {
  /** Closes the connection and deletes the database. */
  destroy(): Promise<void>;
}

/** Whether the database exists, without creating it. */
async function exists(name: string): Promise<boolean> {
  if (typeof indexedDB === "undefined") return false;
  if (typeof indexedDB.databases !== "function") return true;
  return (await indexedDB.databases()).some((db) => db.name === name);
}

/** IndexedDB storage that reads nothing and creates nothing until there is something to store. */
export function deviceVaultStorage(name = VAULT_DATABASE): DeviceVaultStorage {
  const open: IDBDatabase[] = [];
  const factory = {
    open(database: string, version?: number) {
      const request = indexedDB.open(database, version);
      request.addEventListener("success", () => open.push(request.result));
      return request;
    },
  } as unknown as IDBFactory;
  const inner = indexedDbVaultStorage({ name, indexedDB: factory });
  let created = false;
  const ready = async () => {
    if (!created) created = await exists(name);
    return created;
  };
  return {
    append: (records) => {
      created = true;
      return inner.append(records);
    },
    readAll: async (subject) => ((await ready()) ? inner.readAll(subject) : []),
    erase: async (subject) => ((await ready()) ? inner.erase(subject) : 0),
    destroy: async () => {
      for (const db of open.splice(0)) db.close();
      if (typeof indexedDB === "undefined") return;
      await new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      });
    },
  };
}
