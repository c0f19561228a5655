import { describe, expect, it } from "vitest";
import { explore, isExplorationSlot } from "./explore.ts";
import type { Candidate, ClickCounts } from "./index.ts";

const candidates: Candidate[] = Array.from({ length: 50 }, (_, i) => ({
  item: `i${i}`,
  score: 50 - i,
  contributions: [],
}));
const items = new Map();

describe("exploration", () => {
  it("gives a bounded share of the lower slots to items from below, marked as exploration", () => {
    const { slate } = explore(candidates, { share: 0.2 }, { k: 10, items, seed: 7, feedback: new Map() });
    const slots = slate.filter(isExplorationSlot);
    expect(slots.length).toBe(2);
    for (const slot of slots) {
      expect(slot.rank).toBeGreaterThan(5);
      expect(Number(slot.item.slice(1))).toBeGreaterThanOrEqual(8);
      expect(slot.effects).toEqual([
        { stage: "exploration", kind: "exploration", amount: slot.rank, message: "exploration slot" },
      ]);
    }
    // The exploit slots keep the input order.
    const exploit = slate.filter((s) => !isExplorationSlot(s)).map((s) => s.item);
    expect(exploit).toEqual(candidates.slice(0, 8).map((c) => c.item));
  });

  it("reproduces a slate from its seed and varies across seeds", () => {
    const run = (seed: number) =>
      explore(candidates, { share: 0.3 }, { k: 10, items, seed, feedback: new Map() })
        .slate.map((s) => s.item)
        .join();
    expect(run(42)).toBe(run(42));
    expect(new Set([1, 2, 3, 4, 5, 6].map(run)).size).toBeGreaterThan(1);
  });

  it("prefers uncertain items over items known to be clicked rarely", () => {
    const feedback = new Map<string, ClickCounts>();
    for (let i = 0; i < 50; i++) if (i !== 33) feedback.set(`i${i}`, { clicks: 0, impressions: 1000 });
    let picked = 0;
    for (let seed = 0; seed < 20; seed++) {
      const { slate } = explore(candidates, { share: 0.1 }, { k: 10, items, seed, feedback });
      if (slate.some((s) => s.item === "i33" && isExplorationSlot(s))) picked++;
    }
    expect(picked).toBe(20);
  });

  it("keeps the expected share under stochastic rounding and is a no-op without feedback", () => {
    let total = 0;
    for (let seed = 0; seed < 400; seed++) {
      total += explore(candidates, { share: 0.05 }, { k: 10, items, seed, feedback: new Map() }).slate.filter(
        isExplorationSlot,
      ).length;
    }
    expect(total / 400).toBeGreaterThan(0.4);
    expect(total / 400).toBeLessThan(0.6);
    const none = explore(candidates, { share: 0.5 }, { k: 10, items, seed: 1 });
    expect(none.slate.map((s) => s.item)).toEqual(candidates.slice(0, 10).map((c) => c.item));
  });
});
