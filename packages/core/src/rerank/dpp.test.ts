import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dpp } from "./dpp.ts";
import type { Candidate, CatalogItem } from "./index.ts";

const candidate = (item: string, score: number): Candidate => ({ item, score, contributions: [] });

describe("dpp", () => {
  const catalog = new Map<string, CatalogItem>(
    ["a", "b", "c", "d", "e", "f"].map((id, i) => [
      id,
      { id, category: i < 3 ? "books/crime" : `toys/t${i}` },
    ]),
  );
  const candidates = ["a", "b", "c", "d", "e", "f"].map((id, i) => candidate(id, 10 - i));

  it("with θ = 1 returns the input order", () => {
    const { slate } = dpp(candidates, { theta: 1 }, { k: 4, items: catalog });
    expect(slate.map((s) => s.item)).toEqual(["a", "b", "c", "d"]);
  });

  it("spreads a slate over categories when diversity weighs", () => {
    const { slate } = dpp(candidates, { theta: 0.3 }, { k: 3, items: catalog });
    expect(slate.map((s) => s.item)).toEqual(["a", "d", "e"]);
    expect(slate[1]?.effects[0]).toMatchObject({
      stage: "dpp",
      kind: "variety",
      amount: 2,
      message: "added for variety",
    });
  });

  it("with a window of 1 only avoids repeating the previous item's category", () => {
    const items = new Map<string, CatalogItem>(
      ["a", "b", "c", "d", "e"].map((id, i) => [id, { id, category: ["x", "y", "x", "y", "z"][i] ?? "" }]),
    );
    const list = [
      candidate("a", 4),
      candidate("c", 3.9),
      candidate("b", 1),
      candidate("d", 0.9),
      candidate("e", 0.5),
    ];
    const windowed = dpp(list, { theta: 0.3, window: 1, offDiagonal: 0.99 }, { k: 3, items });
    expect(windowed.slate.map((s) => s.item)).toEqual(["a", "b", "c"]);
    const whole = dpp(list, { theta: 0.3, offDiagonal: 0.99 }, { k: 3, items });
    expect(whole.slate.map((s) => s.item)).toEqual(["a", "b", "e"]);
  });

  it("returns a permutation of the candidates for any scores and categories", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.integer({ min: 0, max: 3 })), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        (rows, k, theta, window) => {
          const items = new Map(rows.map(([, c], i) => [`i${i}`, { id: `i${i}`, category: `c${c}` }]));
          const list = rows.map(([score], i) => candidate(`i${i}`, score));
          const { slate, rest } = dpp(list, { theta, ...(window ? { window } : {}) }, { k, items });
          const out = [...slate.map((s) => s.item), ...rest.map((c) => c.item)];
          expect(out.slice().sort()).toEqual(list.map((c) => c.item).sort());
          expect(slate.length).toBe(Math.min(k, list.length));
        },
      ),
    );
  });
});
