import { describe, expect, it } from "vitest";
import { calibrate } from "./calibrate.ts";
import type { Candidate, CatalogItem } from "./index.ts";

const candidate = (item: string, score: number): Candidate => ({ item, score, contributions: [] });

/** KL(p ‖ q̃) of a slate's leaf categories against a history mix, α = 0.01 (Steck 2018). */
function kl(
  slate: readonly string[],
  history: ReadonlyMap<string, number>,
  catalog: ReadonlyMap<string, CatalogItem>,
) {
  const total = [...history.values()].reduce((s, w) => s + w, 0);
  const q = new Map<string, number>();
  for (const id of slate) {
    const c = catalog.get(id)?.category ?? "";
    q.set(c, (q.get(c) ?? 0) + 1 / slate.length);
  }
  let sum = 0;
  for (const [c, w] of history)
    sum += (w / total) * Math.log(w / total / (0.99 * (q.get(c) ?? 0) + (0.01 * w) / total));
  return sum;
}

describe("calibrate", () => {
  // Scores favour drama; the shopper's history is 70% comedy, 30% drama.
  const catalog = new Map<string, CatalogItem>();
  const candidates: Candidate[] = [];
  for (let i = 0; i < 20; i++) {
    const id = `m${i}`;
    catalog.set(id, { id, category: i < 12 ? "drama" : "comedy" });
    candidates.push(candidate(id, 100 - i));
  }
  const history = new Map([
    ["comedy", 7],
    ["drama", 3],
  ]);

  it("lowers the calibration KL of a skewed slate", () => {
    const before = kl(
      candidates.slice(0, 10).map((c) => c.item),
      history,
      catalog,
    );
    const { slate } = calibrate(candidates, { lambda: 0.5 }, { k: 10, items: catalog, history });
    const after = kl(
      slate.map((s) => s.item),
      history,
      catalog,
    );
    expect(before).toBeGreaterThan(2);
    expect(after).toBeLessThan(before / 4);
    const comedies = slate.filter((s) => catalog.get(s.item)?.category === "comedy");
    expect(comedies.length).toBeGreaterThanOrEqual(4);
    for (const item of comedies) {
      expect(item.effects).toContainEqual({
        stage: "calibration",
        kind: "calibration",
        amount: expect.any(Number),
        message: "kept category mix close to your history",
      });
    }
  });

  it("is a no-op without history or with λ = 0", () => {
    for (const context of [
      { k: 10, items: catalog },
      { k: 10, items: catalog, history: new Map() },
    ]) {
      expect(calibrate(candidates, { lambda: 0.9 }, context).slate.map((s) => s.item)).toEqual(
        candidates.slice(0, 10).map((c) => c.item),
      );
    }
    const none = calibrate(candidates, { lambda: 0 }, { k: 10, items: catalog, history });
    expect(none.slate.every((s) => s.effects.length === 0)).toBe(true);
  });

  it("spreads an item's weight over several categories", () => {
    const multi = new Map<string, CatalogItem>([
      ["x", { id: "x", category: "", tags: ["comedy", "drama"] }],
      ["y", { id: "y", category: "", tags: ["drama"] }],
      ["z", { id: "z", category: "", tags: ["comedy"] }],
    ]);
    const list = [candidate("y", 3), candidate("x", 2), candidate("z", 1)];
    const { slate } = calibrate(
      list,
      { lambda: 0.9 },
      {
        k: 1,
        items: multi,
        history: new Map([
          ["comedy", 1],
          ["drama", 1],
        ]),
        categoriesOf: (item) => item.tags ?? [],
      },
    );
    expect(slate[0]?.item).toBe("x");
  });
});
