import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Candidate,
  type CatalogItem,
  ConfigError,
  createExposureTracker,
  parseRerankSpec,
  type RerankContext,
  rerank,
  varietyConfig,
} from "./index.ts";
import { parseRerankConfig, safeParseRerankConfig } from "./rerank-config.ts";

/** A random request: items with categories, sellers and scores; every context input present. */
const request = fc
  .record({
    rows: fc.array(
      fc.record({
        score: fc.double({ min: -3, max: 3, noNaN: true }),
        top: fc.integer({ min: 0, max: 2 }),
        leaf: fc.integer({ min: 0, max: 2 }),
        seller: fc.integer({ min: 0, max: 4 }),
        allowed: fc.boolean(),
        tail: fc.boolean(),
      }),
      { minLength: 0, maxLength: 40 },
    ),
    k: fc.integer({ min: 0, max: 15 }),
    seed: fc.integer(),
    variety: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ rows, k, seed, variety }) => {
    const items = new Map<string, CatalogItem>();
    const candidates: Candidate[] = rows.map((row, i) => {
      const category = `t${row.top}/l${row.leaf}`;
      items.set(`i${i}`, { id: `i${i}`, category, sellerId: `s${row.seller}` });
      return { item: `i${i}`, score: row.score, contributions: [] };
    });
    candidates.sort((a, b) => b.score - a.score);
    const tracker = createExposureTracker();
    tracker.record([{ item: "i0", rank: 1 }], items);
    const context: RerankContext = {
      k,
      seed,
      items,
      history: new Map([
        ["t0/l0", 3],
        ["t1/l2", 1],
      ]),
      longTail: new Set(rows.flatMap((row, i) => (row.tail ? [`i${i}`] : []))),
      isProtected: (item) => item.sellerId === "s4",
      exposure: tracker,
      feedback: new Map(),
      isAllowed: (item) => rows[Number(item.id.slice(1))]?.allowed === true,
    };
    return { candidates, context, variety, items };
  });

describe("rerank pipeline", () => {
  it("at variety 0 returns the input order unchanged", () => {
    fc.assert(
      fc.property(request, ({ candidates, context }) => {
        const { isAllowed: _, ...open } = context;
        const { slate } = rerank(candidates, varietyConfig(0), open);
        expect(slate.map((s) => s.item)).toEqual(candidates.slice(0, context.k).map((c) => c.item));
        expect(slate.every((s, i) => s.effects.length === 0 && s.rank === i + 1)).toBe(true);
      }),
    );
  });

  it("never lets a filtered item into a slate, and explains every item that moved or was added", () => {
    fc.assert(
      fc.property(request, ({ candidates, context, variety, items }) => {
        const { slate, rest, removed } = rerank(candidates, varietyConfig(variety), context);
        const allowed = candidates.filter((c) => context.isAllowed?.(items.get(c.item) as CatalogItem));
        for (const s of slate) expect(removed).not.toContain(s.item);
        expect(slate.length + rest.length).toBe(allowed.length);
        expect(removed.length).toBe(candidates.length - allowed.length);
        const inputRank = new Map(allowed.map((c, i) => [c.item, i + 1]));
        for (const s of slate) {
          const from = inputRank.get(s.item) ?? Number.POSITIVE_INFINITY;
          if (from !== s.rank) expect(s.effects.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("re-checks the hard filters after re-ranking", () => {
    const items = new Map<string, CatalogItem>(["a", "b", "c", "d"].map((id) => [id, { id, category: "c" }]));
    const candidates = ["a", "b", "c", "d"].map((item, i) => ({ item, score: 4 - i, contributions: [] }));
    // A stock check that fails on its second look at "b": sold out while the slate was being built.
    let looks = 0;
    const isAllowed = (item: CatalogItem) => item.id !== "b" || ++looks < 2;
    const { slate, removed } = rerank(
      candidates,
      { stages: [{ stage: "mmr", lambda: 1 }] },
      { k: 3, items, isAllowed },
    );
    expect(slate.map((s) => s.item)).toEqual(["a", "c", "d"]);
    expect(removed).toEqual(["b"]);
    expect(slate[1]?.effects).toEqual([
      { stage: "filter", kind: "filter", amount: 1, message: "moved up after an item was filtered out" },
    ]);
    expect(slate[2]?.effects[0]).toMatchObject({
      amount: 3,
      message: "added after an item was filtered out",
    });
  });

  it("drops items the catalog does not know when hard filters are set", () => {
    const items = new Map<string, CatalogItem>([["a", { id: "a", category: "c" }]]);
    const candidates = ["ghost", "a"].map((item, i) => ({ item, score: 2 - i, contributions: [] }));
    const result = rerank(candidates, varietyConfig(0.5), { k: 2, items, isAllowed: () => true });
    expect(result.slate.map((s) => s.item)).toEqual(["a"]);
    expect(result.removed).toEqual(["ghost"]);
  });

  it("reproduces a slate from the same inputs and seed", () => {
    fc.assert(
      fc.property(request, ({ candidates, context, variety }) => {
        const config = varietyConfig(variety);
        const a = rerank(candidates, config, context);
        const b = rerank(candidates, config, context);
        expect(b).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });

  it("stacks the effects of several stages on one item", () => {
    const items = new Map<string, CatalogItem>();
    const candidates: Candidate[] = [];
    for (let i = 0; i < 12; i++) {
      items.set(`i${i}`, {
        id: `i${i}`,
        category: i < 10 ? "books" : "games",
        sellerId: i === 11 ? "indie" : "big",
      });
      candidates.push({ item: `i${i}`, score: 12 - i, contributions: [] });
    }
    const { slate } = rerank(
      candidates,
      {
        stages: [
          { stage: "calibration", lambda: 0.9 },
          { stage: "fair", p: 0.6 },
        ],
      },
      {
        k: 5,
        items,
        history: new Map([
          ["games", 1],
          ["books", 1],
        ]),
        isProtected: (item) => item.sellerId === "indie",
      },
    );
    // Calibration adds the two games at slots 2 and 4; FA*IR then moves the independent seller's game up one.
    expect(slate.map((s) => s.item)).toEqual(["i0", "i10", "i11", "i1", "i2"]);
    expect(slate[2]?.effects).toEqual([
      {
        stage: "calibration",
        kind: "calibration",
        amount: 4,
        message: "kept category mix close to your history",
      },
      {
        stage: "fair",
        kind: "provider-fairness",
        amount: 1,
        message: "moved up: from an independent seller",
      },
    ]);
    expect(slate[3]?.effects.map((e) => e.amount)).toEqual([-1, -1]);
  });
});

describe("pipeline config", () => {
  it("accepts a valid config and names the path of an invalid one", () => {
    const config = {
      stages: [
        { stage: "mmr", lambda: 0.9 },
        { stage: "fair", p: 0.3, alpha: 0.05 },
      ],
    };
    expect(parseRerankConfig(config)).toBe(config);
    const bad = {
      stages: [
        { stage: "mmr", lambda: 0.9 },
        { stage: "calibration", lambda: 1.5 },
      ],
    };
    expect(() => parseRerankConfig(bad)).toThrow(ConfigError);
    const result = safeParseRerankConfig(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.path).toBe("stages.1.lambda");
      expect(result.error.value).toBe(1.5);
    }
    expect(() => parseRerankConfig({ stages: [{ stage: "magic" }] })).toThrow(/stages\.0\.stage/);
    expect(() => parseRerankConfig({ stages: [{ stage: "mmr", lamda: 0.5 }] })).toThrow(/stages\.0/);
    expect(() => parseRerankConfig({ stages: [{ stage: "exploration", share: 0.9 }] })).toThrow(/share/);
  });

  it("maps the variety knob to a validated pipeline", () => {
    expect(varietyConfig(0)).toEqual({ stages: [] });
    for (const v of [0.25, 0.5, 0.75, 1]) expect(parseRerankConfig(varietyConfig(v))).toBeTruthy();
    expect(varietyConfig(undefined, { defaultVariety: 1 })).toEqual(varietyConfig(1));
    expect(varietyConfig(1).stages.find((s) => s.stage === "exploration")).toMatchObject({ share: 0.1 });
    expect(varietyConfig(0.5, { without: ["exploration", "fair"] }).stages.map((s) => s.stage)).toEqual([
      "exposure",
      "calibration",
      "mmr",
      "xquad",
    ]);
    expect(() => varietyConfig(1.2)).toThrow(ConfigError);
  });

  it("parses command-line specs", () => {
    expect(parseRerankSpec("none")).toEqual({ stages: [] });
    expect(parseRerankSpec("default")).toEqual(varietyConfig(0.5));
    expect(parseRerankSpec("variety=0.75")).toEqual(varietyConfig(0.75));
    expect(parseRerankSpec("calibration=0.3, mmr=0.9,fair")).toEqual({
      stages: [{ stage: "calibration", lambda: 0.3 }, { stage: "mmr", lambda: 0.9 }, { stage: "fair" }],
    });
    expect(() => parseRerankSpec("mmr=2")).toThrow(/spec\.0\.lambda/);
    expect(() => parseRerankSpec("shuffle=1")).toThrow(/spec\.0/);
  });
});
