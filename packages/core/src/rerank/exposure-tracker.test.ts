import { describe, expect, it } from "vitest";
import { amortizeExposure } from "./amortize-exposure.ts";
import { type Candidate, type CatalogItem, createExposureTracker } from "./index.ts";

const candidate = (item: string, score: number): Candidate => ({ item, score, contributions: [] });
const catalog = new Map<string, CatalogItem>(
  ["a1", "a2", "a3", "b1", "c1"].map((id) => [id, { id, category: "c", sellerId: id.slice(0, 1) }]),
);

describe("exposure tracker", () => {
  it("adds position-weighted exposure 1 / log2(rank + 1) per provider", () => {
    const tracker = createExposureTracker();
    const seen: number[] = [];
    tracker.subscribe(() => seen.push(tracker.getState().slates));
    tracker.record(
      [
        { item: "a1", rank: 1 },
        { item: "b1", rank: 2 },
        { item: "a2", rank: 3 },
        { item: "unknown", rank: 4 },
      ],
      catalog,
    );
    expect(tracker.exposureOf("a")).toBeCloseTo(1 + 1 / 2, 12);
    expect(tracker.exposureOf("b")).toBeCloseTo(1 / Math.log2(3), 12);
    expect(tracker.exposureOf("c")).toBe(0);
    expect(seen).toEqual([1]);
    tracker.reset();
    expect(tracker.getState()).toEqual({ byProvider: new Map(), slates: 0 });
  });

  it("forgets with decay", () => {
    const tracker = createExposureTracker({ decay: 0.5, initial: new Map([["a", 4]]) });
    tracker.record([{ item: "b1", rank: 1 }], catalog);
    tracker.record([{ item: "b1", rank: 1 }], catalog);
    expect(tracker.exposureOf("a")).toBeCloseTo(1, 12);
    expect(tracker.exposureOf("b")).toBeCloseTo(0.5 + 1, 12);
  });
});

describe("exposure amortization", () => {
  const candidates = ["a1", "a2", "a3", "b1", "c1"].map((id, i) => candidate(id, 5 - i));

  it("moves up providers that have been shown less and spreads the slate over providers", () => {
    const tracker = createExposureTracker();
    for (let i = 0; i < 5; i++) tracker.record([{ item: "a1", rank: 1 }], catalog);
    tracker.record([{ item: "b1", rank: 1 }], catalog);
    const { slate } = amortizeExposure(
      candidates,
      { strength: 0.5 },
      { k: 3, items: catalog, exposure: tracker },
    );
    const sellers = slate.map((s) => catalog.get(s.item)?.sellerId);
    expect(new Set(sellers).size).toBeGreaterThanOrEqual(2);
    expect(slate.map((s) => s.item)).toContain("c1");
    const c1 = slate.find((s) => s.item === "c1");
    expect(c1?.effects[0]).toMatchObject({
      stage: "exposure",
      kind: "exposure",
      message: "added: this seller has been shown less often",
    });
  });

  it("is a no-op without a tracker or before anything was recorded", () => {
    const order = ["a1", "a2", "a3"];
    expect(
      amortizeExposure(candidates, { strength: 0.9 }, { k: 3, items: catalog }).slate.map((s) => s.item),
    ).toEqual(order);
    const fresh = createExposureTracker();
    expect(
      amortizeExposure(candidates, { strength: 0.9 }, { k: 3, items: catalog, exposure: fresh }).slate.map(
        (s) => s.item,
      ),
    ).toEqual(order);
  });
});
