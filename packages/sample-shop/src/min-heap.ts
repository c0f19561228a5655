/** A binary min-heap of integer ids keyed by numbers, on typed arrays; ties go to the smaller id. */

const before = (key: number, id: number, otherKey: number, otherId: number): boolean =>
  key < otherKey || (key === otherKey && id < otherId);

/** A fixed-capacity min-heap of `(key, id)` pairs. */
export class MinHeap {
  private readonly keys: Float64Array;
  private readonly ids: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.ids = new Int32Array(capacity);
  }

  /** Number of entries. */
  get size(): number {
    return this.count;
  }

  /** Key of the smallest entry (`Infinity` when empty). */
  topKey(): number {
    return this.count > 0 ? (this.keys[0] as number) : Number.POSITIVE_INFINITY;
  }

  /** Id of the smallest entry (`-1` when empty). */
  topId(): number {
    return this.count > 0 ? (this.ids[0] as number) : -1;
  }

  /** Adds an entry; the heap must have room. */
  push(key: number, id: number): void {
    const { keys, ids } = this;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(key, id, keys[parent] as number, ids[parent] as number)) break;
      keys[i] = keys[parent] as number;
      ids[i] = ids[parent] as number;
      i = parent;
    }
    keys[i] = key;
    ids[i] = id;
  }

  /** Replaces the smallest entry with `(key, id)` and restores heap order. */
  replaceTop(key: number, id: number): void {
    const { keys, ids } = this;
    const n = this.count;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (
        right < n &&
        before(keys[right] as number, ids[right] as number, keys[child] as number, ids[child] as number)
      ) {
        child = right;
      }
      if (!before(keys[child] as number, ids[child] as number, key, id)) break;
      keys[i] = keys[child] as number;
      ids[i] = ids[child] as number;
      i = child;
    }
    keys[i] = key;
    ids[i] = id;
  }

  /** Removes the smallest entry. */
  pop(): void {
    const last = --this.count;
    if (last > 0) this.replaceTop(this.keys[last] as number, this.ids[last] as number);
  }
}
