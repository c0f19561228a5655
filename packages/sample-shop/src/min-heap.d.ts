/** A binary min-heap of integer ids keyed by numbers, on typed arrays; ties go to the smaller id. */
/** A fixed-capacity min-heap of `(key, id)` pairs. */
export declare class MinHeap {
    private readonly keys;
    private readonly ids;
    private count;
    constructor(capacity: number);
    /** Number of entries. */
    get size(): number;
    /** Key of the smallest entry (`Infinity` when empty). */
    topKey(): number;
    /** Id of the smallest entry (`-1` when empty). */
    topId(): number;
    /** Adds an entry; the heap must have room. */
    push(key: number, id: number): void;
    /** Replaces the smallest entry with `(key, id)` and restores heap order. */
    replaceTop(key: number, id: number): void;
    /** Removes the smallest entry. */
    pop(): void;
}
