import type { LogStorage } from "./types.ts";
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
export declare function memoryLogStorage(state?: MemoryLogState): LogStorage & {
    readonly state: MemoryLogState;
};
