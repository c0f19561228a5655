/**
 * The vault's IndexedDB storage for the demo, opened lazily: nothing is created on the device until the vault stores
 * a first event, which it only does under a granted purpose (ePrivacy Dir. Art. 5(3)). It can also be wiped whole.
 */
import { type VaultStorage } from "@candor/core/policy";
/** Name of the demo's vault database. */
export declare const VAULT_DATABASE = "candor-vault";
/** Vault storage that can also close and delete its database (the demo's "reset everything"). */
export interface DeviceVaultStorage extends VaultStorage {
    /** Closes the connection and deletes the database. */
    destroy(): Promise<void>;
}
/** IndexedDB storage that reads nothing and creates nothing until there is something to store. */
export declare function deviceVaultStorage(name?: string): DeviceVaultStorage;
