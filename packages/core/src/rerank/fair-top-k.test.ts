import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fairFailureProbability, fairMinimums } from "./fair-minimums.ts";
import { fairTopK } from "./fair-top-k.ts";
import type { Candidate, CatalogItem } from "./index.ts";

const candidate = (item: string, score: number): Candidate => ({ item, score, contributions: [] });

describe("FA*IR", () => {
  it("computes the paper's minimum table without adjustment", () => {
    // binom.ppf(0.1, i, 0.5) for i = 1…10.
    expect(Array.from(fairMinimums(10, 0.5, { alpha: 0.1, adjust: false }))).toEqual([
      0, 0, 0, 1, 1, 1, 2, 2, 3, 3,
    ]);
    expect(Array.from(fairMinimums(5, 0))).toEqual([0, 0, 0, 0, 0]);
  });

  it("adjusts α so that a fair ranking fails some prefix with probability at most α", () => {
    for (const [k, p] of [
      [20, 0.5],
      [40, 0.3],
      [10, 0.7],
    ] as const) {
      const plain = fairMinimums(k, p, { alpha: 0.1, adjust: false });
      const adjusted = fairMinimums(k, p, { alpha: 0.1 });
      expect(fairFailureProbability(plain, p)).toBeGreaterThan(0.1);
      expect(fairFailureProbability(adjusted, p)).toBeLessThanOrEqual(0.1);
      for (const [i, m] of adjusted.entries()) expect(m).toBeLessThanOrEqual(plain[i] ?? 0);
    }
  });

  it("holds the prefix minimums in every prefix when enough protected items exist", () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 25 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (flags, k, p) => {
          const items = new Map<string, CatalogItem>(
            flags.map((small, i) => [
              `i${i}`,
              { id: `i${i}`, category: "c", sellerId: small ? "small" : "big" },
            ]),
          );
          const list = flags.map((_, i) => candidate(`i${i}`, 100 - i));
          const isProtected = (item: CatalogItem) => item.sellerId === "small";
          const { slate, rest } = fairTopK(list, { p }, { k, items, isProtected });
          const size = Math.min(k, list.length);
          const minimums = fairMinimums(size, p);
          const available = flags.filter(Boolean).length;
          let count = 0;
          slate.forEach((s, i) => {
            if (items.get(s.item)?.sellerId === "small") count++;
            expect(count).toBeGreaterThanOrEqual(Math.min(minimums[i] ?? 0, available));
          });
          // Each group keeps its incoming order.
          const all = [...slate, ...rest].map((s) => Number(s.item.slice(1)));
          for (const group of [true, false]) {
            const seq = all.filter((i) => flags[i] === group);
            expect(seq).toEqual(seq.slice().sort((a, b) => a - b));
          }
        },
      ),
    );
  });

  it("marks inserted items from the protected group and the items they displaced", () => {
    const items = new Map<string, CatalogItem>(
      ["a", "b", "c", "d", "e", "f"].map((id) => [
        id,
        { id, category: "c", sellerId: id === "f" ? "indie" : "mega" },
      ]),
    );
    const list = ["a", "b", "c", "d", "e", "f"].map((id, i) => candidate(id, 6 - i));
    const { slate } = fairTopK(
      list,
      { p: 0.5, alpha: 0.1 },
      { k: 4, items, isProtected: (i) => i.sellerId === "indie" },
    );
    // m(4) = 1 for p = 0.5 (adjusted α), so f enters by slot 4.
    expect(slate.map((s) => s.item)).toContain("f");
    const f = slate.find((s) => s.item === "f");
    expect(f?.effects).toEqual([
      {
        stage: "fair",
        kind: "provider-fairness",
        amount: f?.rank,
        message: "added from an independent seller",
      },
    ]);
  });

  it("is a no-op without a protected group", () => {
    const list = ["a", "b"].map((id, i) => candidate(id, 2 - i));
    expect(fairTopK(list, { p: 0.8 }, { k: 2, items: new Map() }).slate.map((s) => s.item)).toEqual([
      "a",
      "b",
    ]);
  });
});
