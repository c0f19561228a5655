/** Vault storage in memory: tests, servers that persist elsewhere, and shoppers who allowed no device storage. */
import type { StoredSlot, VaultRecord, VaultStorage } from "./types.ts";

/**
 * Keeps records in memory. `initial` seeds raw values (as another medium would return them), which the vault
 * validates on load. Nothing is written to the device (ePrivacy Dir. Art. 5(3)).
 */
export function memoryVaultStorage(initial: readonly unknown[] = []): VaultStorage {
  let values: unknown[] = [...initial];
  return {
    async append(records: readonly VaultRecord[]) {
      for (const record of records) values.push(record);
    },
    async readAll(subject?: string) {
      const slots: StoredSlot[] = [];
      values.forEach((value, index) => {
        if (subject === undefined || subjectOf(value) === subject) {
          slots.push({ ok: true, location: `memory:${index}`, value });
        }
      });
      return slots;
    },
    async erase(subject: string) {
      const before = values.length;
      values = values.filter((value) => subjectOf(value) !== subject);
      return before - values.length;
    },
  };
}

function subjectOf(value: unknown): unknown {
  return typeof value === "object" && value !== null ? (value as { subject?: unknown }).subject : undefined;
}
