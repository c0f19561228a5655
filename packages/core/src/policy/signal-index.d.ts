import type { DataCategoryId, StoredEvent, VaultRecord, ViewEvent } from "./types.ts";
/** One stored interaction with its masks and views. */
export interface Slot {
    readonly record: StoredEvent;
    /** The event as a view shows it when all its context is allowed: the record itself unless it needs amending. */
    readonly full: ViewEvent;
    /** Bits of its own and special categories: all must be allowed for the event to be seen. */
    readonly core: number;
    /** Bits of its context categories: stripped when not allowed. */
    readonly ctx: number;
    hidden: boolean;
    /** The last stripped variant and the allowed mask it was made for. */
    stripped: ViewEvent | null;
    strippedFor: number;
}
/** Creates the index. `special` categories are registered first so their bits are stable. */
export declare function createSignalIndex(special: readonly DataCategoryId[]): {
    bit: (category: DataCategoryId) => number;
    categoriesOf: (mask: number) => readonly DataCategoryId[];
    /** Bits of the special categories. */
    readonly specialMask: number;
    /** The mask of the known categories among `categories` (unknown ones are simply not allowed). */
    maskOf(categories: readonly DataCategoryId[]): number;
    /** Indexes a record in append order (ids are the caller's to keep unique). `extra` adds special categories found since. */
    add(record: VaultRecord, extra?: readonly DataCategoryId[]): void;
    /** The subject's visible events whose categories are all in `allowed`; cached until the subject changes. */
    events(subject: string, allowed: number): readonly ViewEvent[];
    slots: (subject: string) => readonly Slot[];
    records: (subject: string) => readonly VaultRecord[];
    hasEvent: (subject: string, id: string) => boolean;
    hasItem: (subject: string, item: string) => boolean;
    /** Drops the subject and everything derived from its records; returns the records that were held. */
    remove(subject: string): readonly VaultRecord[];
};
/** The in-memory index of a vault. */
export type SignalIndex = ReturnType<typeof createSignalIndex>;
