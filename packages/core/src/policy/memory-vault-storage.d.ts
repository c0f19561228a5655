/** Vault storage in memory: tests, servers that persist elsewhere, and shoppers who allowed no device storage. */
import type { VaultStorage } from "./types.ts";
/**
 * Keeps records in memory. `initial` seeds raw values (as another medium would return them), which the vault
 * validates on load. Nothing is written to the device (ePrivacy Dir. Art. 5(3)).
 */
export declare function memoryVaultStorage(initial?: readonly unknown[]): VaultStorage;
