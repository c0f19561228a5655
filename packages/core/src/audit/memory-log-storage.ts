/** Log storage in memory: for tests, demos and short-lived processes. */
import type { BodyKey, LogRecord, LogStorage, SignedTreeHead, StoredItem } from "./types.ts";

/** What a memory storage holds; records and heads are kept as given, so tests can reach in and tamper. */
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
    async putKeys(keys: readonly BodyKey[]) {
      for (const key of keys) state.keys.set(key.ref, { ...key });
    },
    async deleteKeys(refs: readonly string[]) {
      let removed = 0;
      for (const ref of refs) if (state.keys.delete(ref)) removed++;
      return removed;
    },
  };
}
