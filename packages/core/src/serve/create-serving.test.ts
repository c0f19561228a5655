import { createCatalog, simulateTraffic } from "@candor/sample-shop";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { verifyLog } from "../audit/index.ts";
import { type ConsentManager, createConsentManager } from "../consent/manager.ts";
import { failingLog, memoryLog } from "../internal/testing/memory-log.ts";
import { createPolicy, createVault, type Vault } from "../policy/index.ts";
import { createExposureTracker, createRerankStage } from "../rerank/index.ts";
import {
  ConfigError,
  createServing,
  type Served,
  type Serving,
  type ServingLog,
  type ServingOptions,
  type Slate,
} from "./index.ts";

const catalog = createCatalog({ seed: 7, items: 400, sellers: 12 });
const items = catalog.items;
const byId = new Map(items.map((p) => [p.id, p]));
const tags = (id: string) => byId.get(id)?.sensitive;
const T0 = Date.UTC(2026, 0, 10);
/** Ordinary items: in stock, not special-category, not age-restricted. */
const ordinary = items.filter((p) => !p.sensitive && p.stock > 0 && !p.ageRestricted).map((p) => p.id);
const pick = (n: number) => ordinary[n] as string;
const special = items.filter((p) => p.sensitive && p.stock > 0 && !p.ageRestricted).map((p) => p.id);

type Choice = "all" | "browsing" | "reject" | "none";
function shopper(choice: Choice, region = "DE", minor = false): ConsentManager {
  const manager = createConsentManager({ region, clock: () => T0, minor });
  if (choice === "all")
    manager.set({ ...Object.fromEntries(manager.purposes.map((p) => [p.id, true])), sensitive: false });
  if (choice === "browsing") manager.set({ "personalization.browsing": true });
  if (choice === "reject") manager.rejectAll();
  return manager;
}

type Options = Partial<ServingOptions<(typeof items)[number]>>;

/** A serving pipeline over a memory log, its shared statistics learned from 300 simulated shoppers who allowed it. */
async function setup(vault: Vault, options: Options = {}, learn = true) {
  const memory = await memoryLog();
  const serving = createServing({ catalog: items, vault, log: memory.log, clock: () => T0, ...options });
  if (learn) {
    const background = shopper("all").getState();
    const traffic = simulateTraffic({ seed: 3, catalog, shoppers: 300, days: 10, maxEvents: 20_000 });
    for (const event of traffic.events) {
      if ("item" in event) serving.learn(event, { ...background, subject: event.subject });
    }
    serving.fit();
  }
  return { serving, ...memory };
}

async function act(serving: Serving, manager: ConsentManager, type: string, ...ids: string[]) {
  for (const [i, item] of ids.entries()) {
    await serving.ingest(
      { type, subject: manager.getState().subject, item, at: T0 - 1000 + i },
      manager.getState(),
    );
  }
}
const view = (serving: Serving, manager: ConsentManager, ...ids: string[]) =>
  act(serving, manager, "view", ...ids);

const home = (manager: ConsentManager, extra: Partial<Parameters<Serving["serve"]>[0]> = {}) => ({
  consent: manager.getState(),
  surface: "home",
  ...extra,
});
const cites = (slate: Slate, kind: "item" | "search" = "item") =>
  slate.items.some((i) => i.contributions.some((c) => c.evidence.kind === kind));
const templates = (served: Served) => served.explanations.flatMap((e) => e.reasons.map((r) => r.templateId));

describe("createServing", () => {
  let vault: Vault;
  let serving: Serving;
  let log: Awaited<ReturnType<typeof memoryLog>>;
  beforeAll(async () => {
    vault = createVault({ sensitiveTags: tags });
    const built = await setup(vault);
    serving = built.serving;
    log = built;
  });

  it("every served score is the sum of its contributions, and the ranking pass agrees within 1e-9", async () => {
    const manager = shopper("all");
    await view(serving, manager, pick(3), pick(10), pick(42));
    const { slate } = await serving.serve(home(manager, { k: 10 }));
    expect(slate.mode).toBe("personalized");
    expect(slate.items).toHaveLength(10);
    for (const item of slate.items) {
      const total = item.contributions.reduce((s, c) => s + c.amount, 0);
      expect(Math.abs(item.score - total)).toBeLessThanOrEqual(1e-9 * Math.abs(item.score));
      const ranked = (item as { rankingScore?: number }).rankingScore ?? item.score;
      expect(Math.abs(ranked - item.score)).toBeLessThanOrEqual(1e-9 * Math.abs(item.score));
    }
    expect(cites(slate)).toBe(true);
  });

  it("commits one log entry per served item before returning, and the log verifies", async () => {
    const manager = shopper("all");
    await view(serving, manager, pick(7));
    const before = log.log.size;
    const served = await serving.serve(home(manager));
    expect(served.entries).toHaveLength(served.slate.items.length);
    // The slate's entries, after the one consent event they rest on (the notice was committed earlier).
    expect(log.log.size).toBe(before + 1 + served.slate.items.length);
    // An item-to-item row (evidence: the product on screen, no vault event) is logged like any other.
    const row = await serving.serve({
      consent: manager.getState(),
      surface: "pdp",
      anchor: { item: pick(7), relation: "also-bought" },
    });
    expect(row.issues).toEqual([]);
    expect(row.entries).toHaveLength(row.slate.items.length);
    await log.log.treeHead();
    expect((await verifyLog(log.state.records, log.state.heads, log.publicKey)).ok).toBe(true);
    expect(serving.getState().failedAppends).toBe(0);
  });

  it("commits the notice once and each consent event a slate rests on once, and served entries cite it", async () => {
    const { serving: fresh, log: own } = await setup(createVault({ sensitiveTags: tags }), {}, false);
    const manager = shopper("all");
    await view(fresh, manager, pick(9));
    const inForce = manager.getState().lastEvent?.hash;
    await fresh.serve(home(manager));
    await fresh.serve(home(manager));
    manager.withdraw("personalization.purchases");
    const third = await fresh.serve(home(manager));
    const entries = await own.read(0);
    const kinds = entries.map((e) => e.entry.kind ?? "served");
    expect(kinds.filter((k) => k === "notice")).toHaveLength(1);
    expect(kinds.filter((k) => k === "consent")).toHaveLength(2);
    expect(kinds.filter((k) => k === "served")).toHaveLength(30);
    // The notice comes first, then the consent event, then the entries that rest on it.
    expect(kinds.slice(0, 2)).toEqual(["notice", "consent"]);
    const served = entries.filter((e) => (e.entry.kind ?? "served") === "served");
    const cited = (e: (typeof served)[number]) =>
      (e.personal as { consentEventHash?: string } | null)?.consentEventHash;
    expect(cited(served[0] as (typeof served)[number])).toBe(inForce);
    expect(cited(served.at(-1) as (typeof served)[number])).toBe(manager.getState().lastEvent?.hash);
    expect(third.entries).toHaveLength(10);
  });

  it("removing a cited evidence item lowers the score by exactly the cited amount", async () => {
    const manager = shopper("all");
    await view(serving, manager, pick(5), pick(77));
    const before = await serving.serve(home(manager, { k: 20 }));
    const target = before.slate.items.find((i) => i.contributions.some((c) => c.evidence.kind === "item"));
    const evidence = target?.contributions.find((c) => c.evidence.kind === "item")?.evidence;
    if (!target || evidence?.kind !== "item") throw new Error("no cited item");
    const cited = target.contributions
      .filter((c) => c.evidence.kind === "item" && c.evidence.item === evidence.item)
      .reduce((s, c) => s + c.amount, 0);
    expect(cited).toBeGreaterThan(0);
    await serving.ingest(
      { type: "hide_from_history", subject: manager.getState().subject, item: evidence.item, at: T0 },
      manager.getState(),
    );
    const after = await serving.serve(home(manager, { k: 100 }));
    const again = after.slate.items.find((i) => i.item === target.item);
    expect(again?.score).toBeCloseTo(target.score - cited, 12);
  });

  it("non-profiling mode reads no personal data", async () => {
    for (const manager of [shopper("none"), shopper("reject")]) {
      const spy = vi.spyOn(vault, "view");
      const { slate } = await serving.serve(home(manager));
      expect(slate.mode).toBe("non_profiling");
      expect(spy).not.toHaveBeenCalled();
      for (const item of slate.items)
        expect(item.contributions.every((c) => c.evidence.kind === "global")).toBe(true);
      spy.mockRestore();
    }
  });

  it("honours the shopper's non-personalized choice even with consent", async () => {
    const manager = shopper("all");
    await view(serving, manager, pick(3));
    const { slate } = await serving.serve(home(manager, { nonPersonalized: true }));
    expect(slate.mode).toBe("non_profiling");
    expect(slate.decision.reason).toBe("non-personalized-chosen");
  });

  it("withdrawal takes effect on the next call", async () => {
    const manager = shopper("browsing");
    await view(serving, manager, pick(11), pick(12));
    expect(cites((await serving.serve(home(manager))).slate)).toBe(true);
    manager.withdraw("personalization.browsing");
    const after = await serving.serve(home(manager));
    expect(after.slate.mode).toBe("non_profiling");
    expect(cites(after.slate)).toBe(false);
  });

  it("uses collaborative scorers only with similar shoppers; browsing alone gets content-based signals", async () => {
    const manager = shopper("browsing");
    await view(serving, manager, pick(20), pick(21), pick(22));
    const { slate } = await serving.serve(home(manager));
    const scorers = new Set(slate.items.flatMap((i) => i.contributions.map((c) => c.scorer)));
    expect(scorers.has("item-knn")).toBe(false);
    expect(scorers.has("content")).toBe(true);
  });

  it("never serves a hard-filtered item: out of stock, or 18+ to a minor", async () => {
    const minor = createConsentManager({ region: "DE", minor: true, clock: () => T0 });
    minor.rejectAll();
    const outOfStock = new Set(items.filter((p) => p.stock === 0).map((p) => p.id));
    const adult = new Set(items.filter((p) => p.ageRestricted).map((p) => p.id));
    expect(adult.size).toBeGreaterThan(0);
    const { slate } = await serving.serve({
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

  it("a re-ranker cannot smuggle a filtered item into the slate", async () => {
    const soldOut = items.find((p) => p.stock === 0)?.id ?? "";
    const { serving: sneaky } = await setup(
      vault,
      {
        rerank: (candidates, request) => [
          { item: soldOut, score: 1, contributions: [], rank: 1, effects: [] },
          ...candidates.slice(0, request.k - 1).map((c, i) => ({ ...c, rank: i + 2, effects: [] })),
        ],
      },
      false,
    );
    const { slate } = await sneaky.serve(home(shopper("none")));
    expect(slate.items.map((i) => i.item)).not.toContain(soldOut);
    expect(slate.items.map((i) => i.rank)).toEqual(slate.items.map((_, i) => i + 1));
  });

  it("applies knowledge-based constraints", async () => {
    const { slate } = await serving.serve({
      consent: shopper("none").getState(),
      surface: "listing",
      k: 20,
      constraints: { maxPrice: 30, categories: ["books"] },
    });
    expect(slate.items.length).toBeGreaterThan(0);
    for (const served of slate.items) {
      expect(byId.get(served.item)?.price).toBeLessThanOrEqual(30);
      expect(byId.get(served.item)?.categoryPath[0]).toBe("books");
    }
  });

  it("is deterministic: same inputs and seed, same slate and explanations", async () => {
    const manager = shopper("all");
    await view(serving, manager, pick(100), pick(101));
    const a = await serving.serve(home(manager, { seed: 4 }));
    const b = await serving.serve(home(manager, { seed: 4 }));
    expect(b.slate.items).toEqual(a.slate.items);
    expect(b.explanations).toEqual(a.explanations);
  });

  it("item-to-item: similar items by content, also-bought by k-anonymous co-occurrence", async () => {
    const consent = shopper("none").getState();
    const similar = await serving.serve({
      consent,
      surface: "pdp",
      anchor: { item: "p0003", relation: "similar" },
    });
    expect(similar.slate.items.length).toBeGreaterThan(0);
    expect(similar.slate.items.map((i) => i.item)).not.toContain("p0003");
    expect(similar.slate.items[0]?.contributions.some((c) => c.scorer === "content")).toBe(true);
    // The product on screen is not the shopper's data: no purpose is cited for it.
    for (const c of similar.slate.items.flatMap((i) => i.contributions)) expect(c.purposes).toEqual([]);
    const also = await serving.serve({
      consent,
      surface: "pdp",
      anchor: { item: "p0003", relation: "also-bought" },
    });
    for (const item of also.slate.items)
      expect(item.contributions.every((c) => c.scorer !== "content")).toBe(true);
  });

  it("cold start: a new shopper gets popularity, a new item is reachable through content", async () => {
    const manager = shopper("all");
    const { slate } = await serving.serve(home(manager));
    expect(slate.items.length).toBe(10);
    expect(slate.items.every((i) => i.contributions.every((c) => c.scorer === "popularity"))).toBe(true);
    const { serving: fresh } = await setup(createVault({ sensitiveTags: tags }), {}, false);
    await view(fresh, manager, pick(200));
    expect(
      (await fresh.serve(home(manager))).slate.items.some((i) =>
        i.contributions.some((c) => c.scorer === "content"),
      ),
    ).toBe(true);
  });

  it("never rejects on junk: a missing consent, a bad k, an unknown surface type", async () => {
    const junk = await serving.serve({ consent: null, surface: 42, k: -3 } as never);
    expect(junk.slate.mode).toBe("non_profiling");
    expect(junk.slate.items).toHaveLength(10);
    expect(junk.issues.map((i) => i.code)).toContain("invalid-request");
    expect(junk.entries).toHaveLength(10);
  });
});

describe("purpose-bound use (GDPR Art. 5(1)(b))", () => {
  it("a refused purchases purpose: a purchase is never a reason, though browsing and similar shoppers are granted", async () => {
    const { serving } = await setup(createVault({ sensitiveTags: tags }));
    const manager = shopper("none");
    manager.set({ "personalization.browsing": true, "personalization.similar-shoppers": true });
    await view(serving, manager, pick(30));
    await act(serving, manager, "purchase", pick(31), pick(32));
    const served = await serving.serve(home(manager));
    expect(served.slate.mode).toBe("personalized");
    expect(templates(served)).not.toContain("because-bought");
    const categories = served.slate.items.flatMap((i) =>
      i.contributions.flatMap((c) => (c.evidence.kind === "item" ? [c.evidence.dataCategory] : [])),
    );
    expect(categories).not.toContain("pd:Purchase");
    expect(categories).toContain("pd:BrowsingBehavior");
  });

  it("browsing withdrawn, similar shoppers kept: the shopper's own views no longer seed the slate", async () => {
    const { serving } = await setup(createVault({ sensitiveTags: tags }));
    const manager = shopper("all");
    await view(serving, manager, pick(40), pick(41), pick(42));
    expect(cites((await serving.serve(home(manager))).slate)).toBe(true);
    manager.withdraw("personalization.browsing");
    const after = await serving.serve(home(manager));
    const views = after.slate.items.flatMap((i) =>
      i.contributions.filter(
        (c) => c.evidence.kind === "item" && c.evidence.dataCategory === "pd:BrowsingBehavior",
      ),
    );
    expect(views).toEqual([]);
  });

  it("each contribution names its purposes: the evidence's own, plus similar shoppers for collaborative scorers", async () => {
    const { serving } = await setup(createVault({ sensitiveTags: tags }));
    const manager = shopper("all");
    await view(serving, manager, pick(50), pick(51));
    const served = await serving.serve(home(manager));
    const contributions = served.slate.items.flatMap((i) => i.contributions);
    const knn = contributions.find((c) => c.scorer === "item-knn");
    const content = contributions.find((c) => c.scorer === "content");
    expect(knn?.purposes).toEqual(["personalization.browsing", "personalization.similar-shoppers"]);
    expect(content?.purposes).toEqual(["personalization.browsing"]);
    // Explanations cite only purposes in force, from the contributions.
    for (const e of served.explanations)
      for (const b of e.basis) expect(manager.getState().granted[b.purpose]).toBe(true);
  });

  it("searches are evidence under the browsing purpose only", async () => {
    const { serving } = await setup(createVault({ sensitiveTags: tags }));
    const word = (byId.get(pick(60))?.title ?? "").split(" ").find((w) => w.length > 3) ?? "";
    const manager = shopper("browsing");
    await serving.ingest(
      { type: "search", subject: manager.getState().subject, query: word, at: T0 - 10 },
      manager.getState(),
    );
    const served = await serving.serve(home(manager, { k: 20 }));
    expect(cites(served.slate, "search")).toBe(true);
    expect(templates(served)).toContain("because-searched");
    const search = served.slate.items
      .flatMap((i) => i.contributions)
      .find((c) => c.evidence.kind === "search");
    expect(search?.purposes).toEqual(["personalization.browsing"]);
    manager.set({ "personalization.browsing": false, "personalization.purchases": true });
    expect(cites((await serving.serve(home(manager, { k: 20 }))).slate, "search")).toBe(false);
  });
});

describe("special categories (GDPR Art. 9(2)(a), CPRA §7027)", () => {
  it("without explicit consent no personal evidence lifts a special-category item; popularity may still show it", async () => {
    expect(special.length).toBeGreaterThan(2);
    const vault = createVault({ sensitiveTags: tags });
    const { serving } = await setup(vault, { weights: { popularity: 0.05 } });
    const manager = shopper("all");
    // Ordinary items in the same categories as special ones, so content and co-occurrence links exist.
    const near = ordinary.filter((id) =>
      special.some((s) => byId.get(s)?.categoryPath[0] === byId.get(id)?.categoryPath[0]),
    );
    await view(serving, manager, ...near.slice(0, 8));
    const served = await serving.serve(home(manager, { k: 100 }));
    for (const item of served.slate.items) {
      if (!byId.get(item.item)?.sensitive) continue;
      for (const c of item.contributions) expect(c.purposes).toEqual([]);
    }
    // With explicit consent for sensitive data, the same evidence may lift them.
    manager.set({ sensitive: true });
    const allowed = await serving.serve(home(manager, { k: 100 }));
    const lifted = allowed.slate.items.some(
      (i) => byId.get(i.item)?.sensitive && i.contributions.some((c) => c.purposes.length > 0),
    );
    expect(lifted).toBe(true);
  });

  it("the disclosure names the rule", async () => {
    const { serving } = await setup(createVault(), {}, false);
    expect(serving.disclosure.surfaces[0]?.protections.join(" ")).toMatch(
      /explicit consent for sensitive data/,
    );
  });
});

describe("minors (DSA Art. 28(2))", () => {
  it("a known minor is not profiled by default; a shop may allow it where the law does", async () => {
    const vault = createVault();
    const minor = shopper("all", "DE", true);
    const { serving } = await setup(vault, {}, false);
    await view(serving, minor, pick(1));
    expect((await serving.serve(home(minor))).slate.decision.reason).toBe("minor");
    const { serving: allowing } = await setup(
      vault,
      { policy: createPolicy({ personalizeMinors: true }) },
      false,
    );
    expect((await allowing.serve(home(minor))).slate.mode).toBe("personalized");
  });
});

describe("degradation: a failing stage never crashes a page", () => {
  it("a failing log serves a non-personalized slate, reports it and counts the failed append", async () => {
    const vault = createVault();
    const onError = vi.fn();
    const memory = await memoryLog();
    let fail = true;
    const flaky: ServingLog = {
      append: (entries) => (fail ? failingLog().append() : memory.log.append(entries)),
      appendConsent: (item) => memory.log.appendConsent(item),
      appendNotice: (item) => memory.log.appendNotice(item),
    };
    const serving = createServing({ catalog: items, vault, log: flaky, onError, clock: () => T0 });
    const manager = shopper("all");
    await view(serving, manager, pick(1), pick(2));
    const served = await serving.serve(home(manager));
    expect(served.slate.mode).toBe("non_profiling");
    expect(served.entries).toBeNull();
    expect(served.issues.map((i) => i.stage)).toContain("log");
    expect(onError).toHaveBeenCalled();
    expect(serving.getState().failedAppends).toBe(2);
    fail = false;
    const recovered = await serving.serve(home(manager));
    expect(recovered.slate.mode).toBe("personalized");
    expect(recovered.entries).toHaveLength(recovered.slate.items.length);
  });

  it("a throwing re-ranker degrades to the top k; a throwing vault to non-profiling", async () => {
    const vault = createVault();
    const onError = vi.fn();
    const { serving } = await setup(
      vault,
      {
        onError,
        rerank: () => {
          throw new Error("boom");
        },
      },
      false,
    );
    const manager = shopper("all");
    await view(serving, manager, pick(1));
    const served = await serving.serve(home(manager));
    expect(served.slate.items).toHaveLength(10);
    expect(served.issues.map((i) => i.stage)).toEqual(["rerank"]);
    const spy = vi.spyOn(vault, "view").mockImplementation(() => {
      throw new Error("indexeddb gone");
    });
    const degraded = await serving.serve(home(manager));
    expect(degraded.slate.mode).toBe("non_profiling");
    expect(degraded.slate.decision.reason).toBe("degraded");
    expect(degraded.entries).toHaveLength(degraded.slate.items.length);
    spy.mockRestore();
  });

  it("a throwing shop callback is reported and falls back to the catalog", async () => {
    const onError = vi.fn();
    const { serving } = await setup(
      createVault(),
      {
        onError,
        explain: {
          titleOf: () => {
            throw new Error("no titles");
          },
        },
      },
      false,
    );
    const manager = shopper("all");
    await view(serving, manager, pick(1), pick(2));
    const served = await serving.serve(home(manager));
    expect(served.slate.mode).toBe("personalized");
    expect(served.explanations).toHaveLength(10);
    // The failing lookup falls back to the catalog's own titles.
    const text = served.explanations.map((e) => e.text).join(" ");
    expect([pick(1), pick(2)].some((id) => text.includes(byId.get(id)?.title ?? "?"))).toBe(true);
    expect(onError.mock.calls.some(([issue]) => issue.stage === "hook")).toBe(true);
  });
});

describe("options are validated once, at creation", () => {
  const base = async () => ({ catalog: items, vault: createVault(), log: (await memoryLog()).log });

  it("rejects unknown keys, naming them", async () => {
    const options = await base();
    const error = (() => {
      try {
        createServing({ ...options, regoin: "DE" } as never);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ code: "invalid-option", path: "regoin" });
    expect(() => createServing({ ...options, weigths: {} } as never)).toThrow(/weigths/);
    expect(() => createServing({ ...options, weights: { popularty: 1 } } as never)).toThrow(
      /weights\.popularty/,
    );
    expect(() => createServing({ ...options, knn: { minSuport: 5 } } as never)).toThrow(/knn\.minSuport/);
  });

  it("rejects values that would serve nonsense", async () => {
    const options = await base();
    expect(() => createServing({ ...options, popularityHalfLifeDays: Number.NaN })).toThrow(ConfigError);
    expect(() => createServing({ ...options, weights: { popularity: Number.POSITIVE_INFINITY } })).toThrow(
      /weights\.popularity/,
    );
    expect(() => createServing({ ...options, candidates: 0 })).toThrow(/candidates/);
    expect(() => createServing({ ...options, vault: {} as never })).toThrow(/vault/);
    expect(() => createServing({ ...options, experiment: { key: "k", arms: [] } as never })).toThrow(
      /experiment/,
    );
  });
});

describe("why not?", () => {
  it("says whether an item is unknown, filtered, bought, shown or outranked", async () => {
    const { serving } = await setup(createVault());
    const manager = shopper("all");
    const soldOut = items.find((p) => p.stock === 0)?.id ?? "";
    await act(serving, manager, "purchase", pick(1));
    const request = home(manager, { k: 5 });
    expect(serving.whyNot(request, "nope")).toEqual([{ kind: "unknown-item" }]);
    expect(serving.whyNot(request, soldOut)[0]).toMatchObject({ kind: "filtered", ruleId: "out-of-stock" });
    expect(serving.whyNot(request, pick(1))[0]).toEqual({ kind: "bought" });
    const { slate } = await serving.serve(request);
    expect(serving.whyNot(request, slate.items[0]?.item ?? "")).toEqual([{ kind: "shown", rank: 1 }]);
    const outside = ordinary.find((id) => !slate.items.some((i) => i.item === id) && id !== pick(1)) ?? "";
    const [reason] = serving.whyNot(request, outside);
    expect(reason?.kind).toBe("outranked");
    if (reason?.kind === "outranked") {
      expect(reason.score).toBeLessThanOrEqual(reason.cutoff);
      expect(reason.by).toBe(slate.items.at(-1)?.item);
    }
  });
});

/** Four shoppers link p0001 and p0002; five link p0003 and p0004. Returns the consent state they shared. */
function linkPairs(serving: Serving) {
  const consent = shopper("all").getState();
  for (const [prefix, count, pair] of [
    ["a", 4, ["p0001", "p0002"]],
    ["b", 5, ["p0003", "p0004"]],
  ] as const) {
    for (let s = 0; s < count; s++) {
      for (const item of pair)
        serving.learn(
          { subject: `${prefix}${s}`, type: "view", item, at: T0 },
          { ...consent, subject: `${prefix}${s}` },
        );
    }
  }
  return consent;
}

describe("shared statistics", () => {
  it("a pair supported by fewer than minSupport shoppers never contributes", async () => {
    const { serving } = await setup(createVault(), { knn: { minSupport: 5 }, content: false }, false);
    const consent = linkPairs(serving);
    serving.fit();
    const knnItems = async (item: string) =>
      (
        await serving.serve({ consent, surface: "pdp", anchor: { item, relation: "also-bought" } })
      ).slate.items
        .filter((i) => i.contributions.some((c) => c.scorer === "item-knn"))
        .map((i) => i.item);
    expect(await knnItems("p0001")).toEqual([]);
    expect(await knnItems("p0003")).toEqual(["p0004"]);
  });

  it("EASE links are masked to pairs with at least minSupport shoppers", async () => {
    const { serving } = await setup(createVault(), { content: false, ease: { lambda: 10 } }, false);
    linkPairs(serving);
    serving.fit();
    const ease = serving.models().ease;
    const n = items.length;
    expect(ease?.weights[0 * n + 1]).toBe(0);
    expect(ease?.weights[2 * n + 3]).not.toBe(0);
  });

  it("only similar-shoppers lets data in; a withdrawal forgets the subject; ratings and special items stay out", async () => {
    const { serving } = await setup(createVault(), { content: false }, false);
    const browsingOnly = shopper("browsing").getState();
    expect(
      serving.learn({ subject: browsingOnly.subject, type: "purchase", item: "p0001", at: T0 }, browsingOnly),
    ).toBe(false);
    expect(serving.fit().interactions).toBe(0);
    const manager = shopper("all");
    const subject = manager.getState().subject;
    expect(serving.learn({ subject, type: "view", item: pick(1), at: T0 }, manager.getState())).toBe(true);
    expect(serving.learn({ subject, type: "rating", item: pick(2), at: T0 }, manager.getState())).toBe(false);
    expect(serving.learn({ subject, type: "view", item: special[0] ?? "", at: T0 }, manager.getState())).toBe(
      false,
    );
    expect(serving.fit().interactions).toBe(1);
    expect(serving.getState().model).toMatchObject({ version: "fit-2", interactions: 1 });
    manager.withdraw("personalization.similar-shoppers");
    await serving.serve(home(manager));
    expect(serving.fit().interactions).toBe(0);
  });
});

describe("with the re-rank stage", () => {
  it("re-ranks for variety, reports effects, keeps hard filters, and names its stages in the disclosure", async () => {
    const vault = createVault();
    const { serving: plain } = await setup(vault);
    const rerank = createRerankStage<(typeof items)[number]>({
      exposure: createExposureTracker(),
      isProtected: (item) => catalog.sellers.find((s) => s.id === item.sellerId)?.size === "independent",
    });
    const { serving: reranked } = await setup(vault, { rerank });
    expect(reranked.disclosure.surfaces[0]?.summary).toContain("re-balanced");
    const manager = shopper("all");
    await view(plain, manager, pick(1), pick(2), pick(3), pick(4));
    const request = home(manager, { k: 10 });
    const a = (await plain.serve(request)).slate;
    const b = (await reranked.serve({ ...request, variety: 1 })).slate;
    expect(b.items).toHaveLength(10);
    expect(b.items.map((i) => i.item)).not.toEqual(a.items.map((i) => i.item));
    const moved = b.items.filter((i) => i.item !== a.items[i.rank - 1]?.item);
    for (const item of moved) expect(item.effects.length).toBeGreaterThan(0);
    for (const item of b.items) expect(byId.get(item.item)?.stock).toBeGreaterThan(0);
    const zero = (await reranked.serve({ ...request, variety: 0 })).slate;
    expect(zero.items.map((i) => i.item)).toEqual(a.items.map((i) => i.item));
  });
});

describe("with a validation-tuned hybrid", () => {
  it("blends the tuned hybrid with exact contributions; browsing alone never reaches it", async () => {
    const vault = createVault();
    const { serving } = await setup(vault, {
      hybrid: {
        ease: { weight: 1, lambda: 50, dropout: 0.2 },
        itemKnn: { weight: 0.5, k: 50 },
        popularity: { weight: 0.1 },
      },
      weights: { itemKnn: 0 },
    });
    expect(serving.models().hybrid?.ease).toBeDefined();
    const manager = shopper("all");
    await view(serving, manager, pick(1), pick(2), pick(3));
    const { slate } = await serving.serve(home(manager, { k: 10 }));
    expect(new Set(slate.items.flatMap((i) => i.contributions.map((c) => c.scorer))).has("ease")).toBe(true);
    const browsingOnly = shopper("browsing");
    await view(serving, browsingOnly, pick(1));
    const personal = (await serving.serve(home(browsingOnly))).slate;
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
    const { serving } = await setup(vault, { experiment });
    const arms = new Set<string | undefined>();
    for (let n = 0; n < 12; n++) {
      const manager = shopper("all");
      await view(serving, manager, pick(n));
      const spy = vi.spyOn(vault, "view");
      const { slate } = await serving.serve(home(manager));
      const again = (await serving.serve(home(manager))).slate;
      expect(again.arm?.arm).toBe(slate.arm?.arm);
      arms.add(slate.arm?.arm);
      if (slate.arm?.kind === "control") {
        expect(slate.decision.reason).toBe("holdout");
        expect(spy).not.toHaveBeenCalled();
        for (const item of slate.items)
          expect(item.contributions.every((c) => c.evidence.kind === "global")).toBe(true);
      } else expect(slate.mode).toBe("personalized");
      spy.mockRestore();
    }
    expect(arms).toEqual(new Set(["personalized", "control"]));
    expect((await serving.serve(home(shopper("reject")))).slate.arm).toBeNull();
    const chose = (await serving.serve(home(shopper("all"), { nonPersonalized: true }))).slate;
    expect(chose.arm).toBeNull();
    expect(chose.decision.reason).toBe("non-personalized-chosen");
  });

  it("serves a challenger arm with its own blend weights", async () => {
    const vault = createVault();
    const { serving } = await setup(vault, {
      experiment: { key: "k", arms: [{ id: "popular-only", share: 1, kind: "challenger" as const }] },
      armWeights: {
        "popular-only": { itemKnn: 0, content: 0, session: 0, context: 0, hybrid: 0, search: 0 },
      },
    });
    const manager = shopper("all");
    await view(serving, manager, pick(1), pick(2));
    const { slate } = await serving.serve(home(manager));
    expect(slate.arm?.arm).toBe("popular-only");
    for (const item of slate.items)
      expect(item.contributions.every((c) => c.scorer === "popularity")).toBe(true);
  });

  it("leaves surfaces outside the experiment alone", async () => {
    const { serving } = await setup(createVault(), { experiment: { ...experiment, surfaces: ["home"] } });
    expect(
      (await serving.serve({ consent: shopper("all").getState(), surface: "pdp" })).slate.arm,
    ).toBeNull();
  });
});

describe("installModels (a snapshot fitted elsewhere)", () => {
  it("serves the installed models under their version, and refuses models indexed unlike the catalog", async () => {
    const { serving } = await setup(createVault(), {}, false);
    expect(serving.models().knn).toBeUndefined();
    const n = serving.catalog.size;
    const [a, b] = [serving.catalog.indexOf(pick(0)) as number, serving.catalog.indexOf(pick(1)) as number];
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i] as number) + (i === a ? 1 : 0);
    const popularity = new Float64Array(n);
    popularity[b] = 1;
    const knn = { numItems: n, offsets, neighbours: Int32Array.from([b]), weights: Float32Array.from([0.9]) };
    serving.installModels({ version: "snapshot-7", knn, popularity, subjects: 6, interactions: 12 });
    expect(serving.models().knn).toBe(knn);
    expect(serving.models().popularity).toBe(popularity);
    expect(serving.getState().model).toMatchObject({ version: "snapshot-7", subjects: 6, interactions: 12 });
    const { slate } = await serving.serve({ consent: shopper("none").getState(), surface: "home", k: 3 });
    expect(slate.versions.model).toBe("snapshot-7");
    expect(slate.items[0]?.item).toBe(pick(1));
    expect(() =>
      serving.installModels({
        version: "bad",
        popularity: new Float64Array(n - 1),
        subjects: 0,
        interactions: 0,
      }),
    ).toThrow(ConfigError);
    expect(serving.getState().model.version).toBe("snapshot-7");
  });
});
