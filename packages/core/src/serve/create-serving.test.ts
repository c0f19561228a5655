import { createCatalog, simulateTraffic } from "@candor/sample-shop";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { type ConsentManager, createConsentManager } from "../consent/index.ts";
import { createVault, type Vault } from "../policy/index.ts";
import { createRecommender, type Recommender, type Slate } from "./index.ts";

const catalog = createCatalog({ seed: 7, items: 400, sellers: 12 });
const items = catalog.items;
const tags = new Map(items.map((p) => [p.id, p.sensitive ?? []]));
const T0 = Date.UTC(2026, 0, 10);
/** Ordinary items: in stock and not special-category, so any consent that allows browsing stores their views. */
const ordinary = items.filter((p) => !p.sensitive && p.stock > 0 && !p.ageRestricted).map((p) => p.id);
const pick = (n: number) => ordinary[n] as string;

function shopper(choice: "all" | "browsing" | "reject" | "none", region = "DE"): ConsentManager {
  const manager = createConsentManager({ region, clock: () => T0 });
  if (choice === "all")
    manager.set({ ...Object.fromEntries(manager.purposes.map((p) => [p.id, true])), sensitive: false });
  if (choice === "browsing") manager.set({ "personalization.browsing": true });
  if (choice === "reject") manager.rejectAll();
  return manager;
}

/** A recommender fitted on simulated shoppers who all granted similar-shoppers. */
function setup(vault: Vault, options: Partial<Parameters<typeof createRecommender>[0]> = {}): Recommender {
  const recommender = createRecommender({ catalog: items, vault, clock: () => T0, ...options });
  const background = shopper("all").getState();
  const traffic = simulateTraffic({ seed: 3, catalog, shoppers: 300, days: 10, maxEvents: 20_000 });
  for (const event of traffic.events) {
    if ("item" in event) recommender.ingest(event, { ...background, subject: event.subject });
  }
  recommender.fit();
  return recommender;
}

async function view(vault: Vault, manager: ConsentManager, ...ids: string[]) {
  for (const [i, item] of ids.entries()) {
    await vault.append(
      { type: "view", subject: manager.getState().subject, item, at: T0 - 1000 + i },
      manager.getState(),
    );
  }
}

const sum = (slate: Slate) =>
  slate.items.map((item) => [item.score, item.contributions.reduce((s, c) => s + c.amount, 0)] as const);

describe("the hybrid recommender", () => {
  let vault: Vault;
  let recommender: Recommender;
  beforeAll(() => {
    vault = createVault({ sensitiveTags: (id) => tags.get(id) });
    recommender = setup(vault);
  });

  it("every served score equals the sum of its contributions (within 1e-9 relative)", async () => {
    const manager = shopper("all");
    await view(vault, manager, pick(3), pick(10), pick(42));
    const slate = recommender.recommend({ consent: manager.getState(), surface: "home", k: 10 });
    expect(slate.mode).toBe("personalized");
    expect(slate.items).toHaveLength(10);
    for (const [score, total] of sum(slate))
      expect(Math.abs(score - total)).toBeLessThanOrEqual(1e-9 * Math.abs(score));
    expect(slate.items.some((i) => i.contributions.some((c) => c.evidence.kind === "item"))).toBe(true);
  });

  it("removing a cited evidence item lowers the score by exactly the cited amount", async () => {
    const manager = shopper("all");
    await view(vault, manager, pick(5), pick(77));
    const before = recommender.recommend({ consent: manager.getState(), surface: "home", k: 20 });
    const target = before.items.find((i) => i.contributions.some((c) => c.evidence.kind === "item"));
    const evidence = target?.contributions.find((c) => c.evidence.kind === "item")?.evidence;
    expect(evidence?.kind).toBe("item");
    if (!target || evidence?.kind !== "item") return;
    const cited = target.contributions
      .filter((c) => c.evidence.kind === "item" && c.evidence.item === evidence.item)
      .reduce((s, c) => s + c.amount, 0);
    expect(cited).toBeGreaterThan(0);
    await vault.append(
      { type: "hide_from_history", subject: manager.getState().subject, item: evidence.item, at: T0 },
      manager.getState(),
    );
    const after = recommender.recommend({ consent: manager.getState(), surface: "home", k: items.length });
    const again = after.items.find((i) => i.item === target.item);
    expect(again).toBeDefined();
    expect(again?.score).toBeCloseTo(target.score - cited, 12);
  });

  it("non-profiling mode reads no personal data", async () => {
    for (const manager of [shopper("none"), shopper("reject")]) {
      const spy = vi.spyOn(vault, "view");
      const slate = recommender.recommend({ consent: manager.getState(), surface: "home" });
      expect(slate.mode).toBe("non_profiling");
      expect(spy).not.toHaveBeenCalled();
      for (const item of slate.items) {
        expect(item.contributions.every((c) => c.evidence.kind === "global")).toBe(true);
      }
      spy.mockRestore();
    }
  });

  it("the shopper's non-personalized choice is honoured even with consent", async () => {
    const manager = shopper("all");
    await view(vault, manager, pick(3));
    const slate = recommender.recommend({
      consent: manager.getState(),
      surface: "home",
      nonPersonalized: true,
    });
    expect(slate.mode).toBe("non_profiling");
  });

  it("withdrawal takes effect on the next call", async () => {
    const manager = shopper("browsing");
    await view(vault, manager, pick(11), pick(12));
    const cites = (slate: Slate) =>
      slate.items.some((i) => i.contributions.some((c) => c.evidence.kind === "item"));
    expect(cites(recommender.recommend({ consent: manager.getState(), surface: "home" }))).toBe(true);
    manager.withdraw("personalization.browsing");
    const after = recommender.recommend({ consent: manager.getState(), surface: "home" });
    expect(after.mode).toBe("non_profiling");
    expect(cites(after)).toBe(false);
  });

  it("uses collaborative models only with similar-shoppers; browsing alone gets content-based signals", async () => {
    const manager = shopper("browsing");
    await view(vault, manager, pick(20), pick(21), pick(22));
    const slate = recommender.recommend({ consent: manager.getState(), surface: "home" });
    const scorers = new Set(slate.items.flatMap((i) => i.contributions.map((c) => c.scorer)));
    expect(scorers.has("item-knn")).toBe(false);
    expect(scorers.has("content")).toBe(true);
  });

  it("never serves a hard-filtered item: out of stock, or 18+ to a minor", () => {
    const minor = createConsentManager({ region: "DE", minor: true, clock: () => T0 });
    minor.rejectAll();
    const outOfStock = new Set(items.filter((p) => p.stock === 0).map((p) => p.id));
    const adult = new Set(items.filter((p) => p.ageRestricted).map((p) => p.id));
    expect(adult.size).toBeGreaterThan(0);
    const slate = recommender.recommend({
      consent: minor.getState(),
      surface: "home",
      k: 50,
      constraints: {
        categories: [...new Set(items.filter((p) => p.ageRestricted).map((p) => p.categoryPath[0] ?? ""))],
      },
    });
    for (const item of slate.items) {
      expect(outOfStock.has(item.item)).toBe(false);
      expect(adult.has(item.item)).toBe(false);
    }
  });

  it("a re-ranker cannot smuggle a filtered item into the slate", () => {
    const soldOut = items.find((p) => p.stock === 0);
    expect(soldOut).toBeDefined();
    const sneaky = createRecommender({
      catalog: items,
      vault,
      rerank: (candidates, context) => [
        { item: soldOut?.id ?? "", score: 1, contributions: [], rank: 1, effects: [] },
        ...candidates.slice(0, context.k - 1).map((c, i) => ({ ...c, rank: i + 2, effects: [] })),
      ],
    });
    const slate = sneaky.recommend({ consent: shopper("none").getState(), surface: "home" });
    expect(slate.items.map((i) => i.item)).not.toContain(soldOut?.id);
    expect(slate.items.map((i) => i.rank)).toEqual(slate.items.map((_, i) => i + 1));
  });

  it("applies knowledge-based constraints", () => {
    const slate = recommender.recommend({
      consent: shopper("none").getState(),
      surface: "listing",
      k: 20,
      constraints: { maxPrice: 30, categories: ["books"] },
    });
    expect(slate.items.length).toBeGreaterThan(0);
    for (const served of slate.items) {
      const product = items.find((p) => p.id === served.item);
      expect(product?.price).toBeLessThanOrEqual(30);
      expect(product?.categoryPath[0]).toBe("books");
    }
  });

  it("is deterministic: same inputs and seed, same slate", async () => {
    const manager = shopper("all");
    await view(vault, manager, pick(100), pick(101));
    const a = recommender.recommend({ consent: manager.getState(), surface: "home", seed: 4 });
    const b = recommender.recommend({ consent: manager.getState(), surface: "home", seed: 4 });
    expect(b.items).toEqual(a.items);
  });

  it("item-to-item: similar items by content, also-bought by k-anonymous co-occurrence", () => {
    const consent = shopper("none").getState();
    const similar = recommender.recommend({
      consent,
      surface: "pdp",
      anchor: { item: "p0003", relation: "similar" },
    });
    expect(similar.items.length).toBeGreaterThan(0);
    expect(similar.items.map((i) => i.item)).not.toContain("p0003");
    expect(similar.items[0]?.contributions.some((c) => c.scorer === "content")).toBe(true);
    const also = recommender.recommend({
      consent,
      surface: "pdp",
      anchor: { item: "p0003", relation: "also-bought" },
    });
    for (const item of also.items) expect(item.contributions.every((c) => c.scorer !== "content")).toBe(true);
  });

  it("cold start: a new shopper gets popularity, a new item is reachable through content", async () => {
    const manager = shopper("all");
    const slate = recommender.recommend({ consent: manager.getState(), surface: "home" });
    expect(slate.items.length).toBe(10);
    expect(slate.items.every((i) => i.contributions.every((c) => c.scorer === "popularity"))).toBe(true);
    const fresh = createRecommender({ catalog: items, vault, clock: () => T0 });
    await view(vault, manager, pick(200));
    const cold = fresh.recommend({ consent: manager.getState(), surface: "home" });
    expect(cold.items.some((i) => i.contributions.some((c) => c.scorer === "content"))).toBe(true);
  });
});

describe("why not?", () => {
  it("says whether an item is unknown, filtered, bought, shown or outranked", async () => {
    const vault = createVault();
    const recommender = setup(vault);
    const manager = shopper("all");
    const soldOut = items.find((p) => p.stock === 0)?.id ?? "";
    await vault.append(
      { type: "purchase", subject: manager.getState().subject, item: pick(1), at: T0 - 5 },
      manager.getState(),
    );
    const request = { consent: manager.getState(), surface: "home", k: 5 };
    expect(recommender.whyNot(request, "nope")).toEqual([{ kind: "unknown-item" }]);
    expect(recommender.whyNot(request, soldOut)[0]).toMatchObject({
      kind: "filtered",
      ruleId: "out-of-stock",
    });
    expect(recommender.whyNot(request, pick(1))[0]).toEqual({ kind: "bought" });
    const slate = recommender.recommend(request);
    const first = slate.items[0]?.item ?? "";
    expect(recommender.whyNot(request, first)).toEqual([{ kind: "shown", rank: 1 }]);
    const outside = ordinary.find((id) => !slate.items.some((i) => i.item === id) && id !== pick(1)) ?? "";
    const [reason] = recommender.whyNot(request, outside);
    expect(reason?.kind).toBe("outranked");
    if (reason?.kind === "outranked") {
      expect(reason.score).toBeLessThanOrEqual(reason.cutoff);
      expect(reason.by).toBe(slate.items.at(-1)?.item);
    }
  });
});

/** Four shoppers link p0001 and p0002; five link p0003 and p0004. Returns the consent state they shared. */
function linkPairs(recommender: Recommender) {
  const consent = shopper("all").getState();
  for (const [prefix, count, pair] of [
    ["a", 4, ["p0001", "p0002"]],
    ["b", 5, ["p0003", "p0004"]],
  ] as const) {
    for (let s = 0; s < count; s++) {
      for (const item of pair) {
        const subject = `${prefix}${s}`;
        recommender.ingest({ subject, type: "view", item, at: T0 }, { ...consent, subject });
      }
    }
  }
  return consent;
}

describe("k-anonymity of collaborative links", () => {
  it("a pair supported by fewer than minSupport shoppers never contributes", () => {
    const vault = createVault();
    const recommender = createRecommender({ catalog: items, vault, knn: { minSupport: 5 }, content: false });
    const consent = linkPairs(recommender);
    recommender.fit();
    const anchor = (item: string) =>
      recommender.recommend({ consent, surface: "pdp", anchor: { item, relation: "also-bought" } });
    const knnItems = (slate: Slate) =>
      slate.items.filter((i) => i.contributions.some((c) => c.scorer === "item-knn")).map((i) => i.item);
    expect(knnItems(anchor("p0001"))).toEqual([]);
    expect(knnItems(anchor("p0003"))).toEqual(["p0004"]);
  });

  it("EASE links are masked to pairs with at least minSupport shoppers", () => {
    const recommender = createRecommender({
      catalog: items,
      vault: createVault(),
      content: false,
      ease: { lambda: 10 },
    });
    linkPairs(recommender);
    recommender.fit();
    const ease = recommender.models().ease;
    const n = items.length;
    expect(ease?.weights[0 * n + 1]).toBe(0);
    expect(ease?.weights[2 * n + 3]).not.toBe(0);
  });

  it("a shopper without similar-shoppers never enters shared statistics, and one who withdraws is forgotten", () => {
    const recommender = createRecommender({ catalog: items, vault: createVault(), content: false });
    const browsingOnly = shopper("browsing").getState();
    recommender.ingest(
      { subject: browsingOnly.subject, type: "purchase", item: "p0001", at: T0 },
      browsingOnly,
    );
    expect(recommender.fit().interactions).toBe(0);
    const manager = shopper("all");
    recommender.ingest(
      { subject: manager.getState().subject, type: "view", item: "p0001", at: T0 },
      manager.getState(),
    );
    expect(recommender.fit().interactions).toBe(1);
    manager.withdraw("personalization.similar-shoppers");
    recommender.ingest(
      { subject: manager.getState().subject, type: "view", item: "p0002", at: T0 },
      manager.getState(),
    );
    expect(recommender.fit().interactions).toBe(0);
  });
});

describe("policy view is the only data source (property)", () => {
  it("a slate never cites an event of a category the consent does not allow now", async () => {
    const vault = createVault({ sensitiveTags: (id) => tags.get(id) });
    const recommender = setup(vault);
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([
          "personalization.browsing",
          "personalization.purchases",
          "personalization.similar-shoppers",
          "sensitive",
        ]),
        fc.array(
          fc.tuple(fc.constantFrom("view", "purchase", "add_to_cart"), fc.integer({ min: 1, max: 399 })),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        async (granted, events) => {
          const manager = createConsentManager({ region: "FR", clock: () => T0 });
          manager.acceptAll();
          const subject = manager.getState().subject;
          for (const [type, n] of events) {
            await vault.append(
              { type, subject, item: `p${String(n).padStart(4, "0")}`, at: T0 - 10 },
              manager.getState(),
            );
          }
          manager.rejectAll();
          manager.set(Object.fromEntries(granted.map((id) => [id, true])));
          const slate = recommender.recommend({ consent: manager.getState(), surface: "home" });
          const allowed = new Set(slate.decision.allowed);
          for (const item of slate.items) {
            for (const c of item.contributions) {
              if (c.evidence.kind === "item" && c.evidence.dataCategory !== "candor:CurrentProduct") {
                expect(allowed.has(c.evidence.dataCategory)).toBe(true);
              }
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("with the re-rank stage", () => {
  it("re-ranks for variety, reports effects, and keeps hard filters", async () => {
    const { createRerankStage, createExposureTracker } = await import("../rerank/index.ts");
    const vault = createVault();
    const plain = setup(vault);
    const reranked = setup(vault, {
      rerank: createRerankStage({
        exposure: createExposureTracker(),
        isProtected: (item) => catalog.sellers.find((s) => s.id === item.sellerId)?.size === "independent",
      }),
    });
    const manager = shopper("all");
    await view(vault, manager, pick(1), pick(2), pick(3), pick(4));
    const request = { consent: manager.getState(), surface: "home", k: 10 };
    const a = plain.recommend(request);
    const b = reranked.recommend({ ...request, variety: 1 });
    expect(b.items).toHaveLength(10);
    expect(b.items.map((i) => i.item)).not.toEqual(a.items.map((i) => i.item));
    const moved = b.items.filter((i) => i.item !== a.items[i.rank - 1]?.item);
    expect(moved.length).toBeGreaterThan(0);
    for (const item of moved) expect(item.effects.length).toBeGreaterThan(0);
    for (const item of b.items) {
      const product = items.find((p) => p.id === item.item);
      expect(product?.stock).toBeGreaterThan(0);
      expect(Math.abs(item.score - item.contributions.reduce((s, c) => s + c.amount, 0))).toBeLessThanOrEqual(
        1e-9 * Math.abs(item.score),
      );
    }
    const zero = reranked.recommend({ ...request, variety: 0 });
    expect(zero.items.map((i) => i.item)).toEqual(a.items.map((i) => i.item));
  });
});

describe("with a validation-tuned hybrid", () => {
  it("blends the tuned hybrid with exact contributions and masks its EASE links by support", async () => {
    const vault = createVault();
    const recommender = setup(vault, {
      hybrid: {
        ease: { weight: 1, lambda: 50, dropout: 0.2 },
        itemKnn: { weight: 0.5, k: 50 },
        popularity: { weight: 0.1 },
      },
      weights: { itemKnn: 0 },
    });
    const hybrid = recommender.models().hybrid;
    expect(hybrid?.ease).toBeDefined();
    const manager = shopper("all");
    await view(vault, manager, pick(1), pick(2), pick(3));
    const slate = recommender.recommend({ consent: manager.getState(), surface: "home", k: 10 });
    const scorers = new Set(slate.items.flatMap((i) => i.contributions.map((c) => c.scorer)));
    expect(scorers.has("ease")).toBe(true);
    for (const item of slate.items) {
      const sum = item.contributions.reduce((s, c) => s + c.amount, 0);
      expect(Math.abs(item.score - sum)).toBeLessThanOrEqual(1e-9 * Math.abs(item.score));
    }
    const browsingOnly = shopper("browsing");
    await view(vault, browsingOnly, pick(1));
    const personal = recommender.recommend({ consent: browsingOnly.getState(), surface: "home" });
    expect(personal.items.flatMap((i) => i.contributions).some((c) => c.scorer === "ease")).toBe(false);
  });
});

describe("in a holdout experiment", () => {
  const experiment = {
    key: "test-key",
    salt: "exp-1",
    arms: [
      { id: "personalized", share: 0.5, kind: "personalized" as const },
      { id: "control", share: 0.5, kind: "control" as const },
    ],
  };

  it("serves the control arm without personal data, stably, and never counts shoppers who opted out", async () => {
    const vault = createVault();
    const recommender = setup(vault, { experiment });
    const arms = new Map<string, string | undefined>();
    for (let n = 0; n < 12; n++) {
      const manager = shopper("all");
      await view(vault, manager, pick(n));
      const spy = vi.spyOn(vault, "view");
      const slate = recommender.recommend({ consent: manager.getState(), surface: "home" });
      const again = recommender.recommend({ consent: manager.getState(), surface: "home" });
      expect(again.arm?.arm).toBe(slate.arm?.arm);
      arms.set(manager.getState().subject, slate.arm?.arm);
      if (slate.arm?.kind === "control") {
        expect(slate.mode).toBe("non_profiling");
        expect(slate.decision.reason).toBe("holdout");
        expect(spy).not.toHaveBeenCalled();
        for (const item of slate.items)
          expect(item.contributions.every((c) => c.evidence.kind === "global")).toBe(true);
      } else {
        expect(slate.arm?.arm).toBe("personalized");
        expect(slate.mode).toBe("personalized");
      }
      spy.mockRestore();
    }
    expect(new Set(arms.values())).toEqual(new Set(["personalized", "control"]));
    const rejected = recommender.recommend({ consent: shopper("reject").getState(), surface: "home" });
    expect(rejected.arm).toBeNull();
    const chose = recommender.recommend({
      consent: shopper("all").getState(),
      surface: "home",
      nonPersonalized: true,
    });
    expect(chose.arm).toBeNull();
    expect(chose.decision.reason).toBe("non-personalized-chosen");
  });

  it("serves a challenger arm with its own blend weights", async () => {
    const vault = createVault();
    const recommender = setup(vault, {
      experiment: {
        key: "k",
        arms: [{ id: "popular-only", share: 1, kind: "challenger" as const }],
      },
      armWeights: { "popular-only": { itemKnn: 0, content: 0, session: 0, context: 0, hybrid: 0 } },
    });
    const manager = shopper("all");
    await view(vault, manager, pick(1), pick(2));
    const slate = recommender.recommend({ consent: manager.getState(), surface: "home" });
    expect(slate.arm?.arm).toBe("popular-only");
    expect(slate.mode).toBe("personalized");
    for (const item of slate.items)
      expect(item.contributions.every((c) => c.scorer === "popularity")).toBe(true);
  });

  it("leaves surfaces outside the experiment alone", () => {
    const recommender = setup(createVault(), { experiment: { ...experiment, surfaces: ["home"] } });
    const slate = recommender.recommend({ consent: shopper("all").getState(), surface: "pdp" });
    expect(slate.arm).toBeNull();
  });
});
