import { describe, expect, it } from "vitest";
import { MinHeap } from "./min-heap.ts";
import { mulberry32 } from "./prng.ts";

describe("MinHeap", () => {
  it("pops entries in key order, ties by id, through pushes and top replacements", () => {
    const random = mulberry32(3);
    const heap = new MinHeap(500);
    const reference: [number, number][] = [];
    for (let id = 0; id < 500; id++) {
      const key = Math.floor(random() * 50);
      heap.push(key, id);
      reference.push([key, id]);
    }
    const popped: [number, number][] = [];
    while (heap.size > 0) {
      const entry: [number, number] = [heap.topKey(), heap.topId()];
      popped.push(entry);
      if (entry[0] < 60 && random() < 0.3) {
        const next: [number, number] = [entry[0] + 1 + Math.floor(random() * 20), entry[1]];
        reference.push(next);
        heap.replaceTop(next[0], next[1]);
      } else {
        heap.pop();
      }
    }
    const sorted = (list: [number, number][]) => [...list].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(popped).toEqual(sorted(popped));
    expect(popped).toEqual(sorted(reference));
    expect(heap.topId()).toBe(-1);
  });
});
