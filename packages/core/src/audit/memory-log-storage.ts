/** Log storage in memory: for tests, demos and short-lived processes. */
import { isEntryKeyRange } from "./body-key-ring.ts";
import type { KeyRingItem, LogRecord, LogStorage, SignedTreeHead, StoredItem } from "./types.ts";

/**
 * What a memory storage holds; records and heads are kept as given, so tests can reach in and tamper. `keys` is the
 * key ring in insertion order: subject keys under their `ref`, entry ranges under `ref#from`.
 */
export interface MemoryLogState {
  readonly records: unknown[];
  readonly heads: unknown[];
  readonly keys: Map<string, unknown>;
}

/** A {@link LogStorage} in memory, optionally over an existing `state` (e.g. another storage's, to reopen it). */
export function memoryLogStorage(
  state: MemoryLogState = { records: [], heads: [], keys: new Map() },
): LogStorage & { readonly state: MemoryLogState } {
  return {
    state,
    async *load() {
      for (let i = 0; i < state.records.length; i++)
        yield {
          kind: "record",
          value: state.records[i],
          location: `memory:records/${i}`,
        } satisfies StoredItem;
      for (let i = 0; i < state.heads.length; i++)
        yield { kind: "head", value: state.heads[i], location: `memory:heads/${i}` } satisfies StoredItem;
    },
    async loadKeys() {
      return [...state.keys.values()];
    },
    async append(records: readonly LogRecord[], heads: readonly SignedTreeHead[]) {
      state.records.push(...records);
      state.heads.push(...heads);
    },
    async read(from: number, to: number) {
      return state.records.slice(from, to).map((r) => structuredClone(r));
    },
    async putKeys(items: readonly KeyRingItem[]) {
      for (const item of items) {
        const key = isEntryKeyRange(item) ? `${item.ref}#${item.entries[0]}` : item.ref;
        state.keys.delete(key);
        state.keys.set(key, structuredClone(item));
      }
    },
    async deleteKeys(refs: readonly string[]) {
      const doomed = new Set(refs);
      let removed = 0;
      for (const [key, value] of state.keys) {
        const ref = (value as { ref?: unknown } | null)?.ref;
        if (typeof ref !== "string" || !doomed.has(ref)) continue;
        state.keys.delete(key);
        if (!isEntryKeyRange(value)) removed++;
      }
      return removed;
    },
  };
}
