import { describe, expect, it } from "vitest";
import { defaultRuleSet } from "../policy/index.ts";
import type { PolicyDecision } from "../policy/types.ts";
import { defaultBlendWeights } from "../recommend/index.ts";
import type { Contribution, SlateItem } from "../recommend/types.ts";
import { describeRecommender, disclosureMarkdown, explainItem, explainWhyNot } from "./index.ts";

const decision = (mode: PolicyDecision["mode"] = "personalized"): PolicyDecision => ({
  subject: "s1",
  purpose: "recommend",
  surface: "home",
  mode,
  reason: mode === "personalized" ? null : "not-decided",
  allowed: mode === "personalized" ? ["pd:BrowsingBehavior", "pd:Purchase"] : [],
  basis:
    mode === "personalized"
      ? [
          {
            category: "pd:BrowsingBehavior",
            purpose: "personalization.browsing",
            consentEventId: "ce_1",
            recordId: "cr_1",
          },
          {
            category: "pd:Purchase",
            purpose: "personalization.purchases",
            consentEventId: "ce_1",
            recordId: "cr_1",
          },
        ]
      : [],
  denied: mode === "personalized" ? [{ category: "pd:Location", reason: "not-granted" }] : [],
  signalOnly: [],
  sensitiveAllowed: false,
  collaborative: true,
  sharedStatistics: true,
  consentEventId: "ce_1",
});

const titles: Record<string, string> = {
  p1: "Trail Runner 3",
  p2: "Dome Tent",
  p3: "Camp Stove",
  p9: "Rain Jacket",
  px: "Pregnancy Test",
};
const categories: Record<string, string> = {
  p1: "Running",
  p2: "Camping",
  p3: "Camping",
  p9: "Outdoor",
  px: "Pharmacy",
};
const context = (mode: PolicyDecision["mode"] = "personalized", locale = "en") => ({
  decision: decision(mode),
  titleOf: (id: string) => titles[id],
  categoryOf: (id: string) => categories[id],
  purposeTitle: (id: string) =>
    id === "personalization.browsing" ? "Recommendations from what you view" : undefined,
  locale,
});

const own = (
  item: string,
  amount: number,
  scorer = "content",
  dataCategory = "pd:BrowsingBehavior",
  special = false,
): Contribution => ({
  scorer,
  evidence: { kind: "item", item, event: `e_${item}`, dataCategory, ...(special ? { special: true } : {}) },
  raw: amount / 0.5,
  weight: 0.5,
  amount,
  purposes: [dataCategory === "pd:Purchase" ? "personalization.purchases" : "personalization.browsing"],
});
const popularity = (amount: number): Contribution => ({
  scorer: "popularity",
  evidence: { kind: "global", name: "popularity" },
  raw: amount * 20,
  weight: 0.05,
  amount,
  purposes: [],
});
const slateItem = (contributions: Contribution[], effects: SlateItem["effects"] = []): SlateItem => ({
  item: "p9",
  rank: 1,
  score: contributions.reduce((s, c) => s + c.amount, 0),
  contributions,
  effects,
});

describe("explainItem", () => {
  it("cites the largest reason first and the reasons' amounts add up to the score", () => {
    const item = slateItem([own("p1", 0.6), own("p1", 0.2, "item-knn"), popularity(0.05)]);
    const explanation = explainItem(item, context());
    expect(explanation.text).toBe("Because you viewed Trail Runner 3");
    expect(explanation.reasons.map((r) => r.templateId)).toEqual(["because-viewed", "popular-in"]);
    expect(explanation.reasons.reduce((s, r) => s + r.amount, 0)).toBeCloseTo(item.score, 12);
    expect(explanation.reasons.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
    expect(explanation.reasons[1]?.text).toBe("Popular in Outdoor this week");
  });

  it("removing the cited evidence lowers the score by exactly the cited amount", () => {
    const contributions = [own("p1", 0.4), own("p2", 0.3, "item-knn", "pd:Purchase"), popularity(0.02)];
    const explanation = explainItem(slateItem(contributions), context());
    const cited = explanation.reasons.find((r) => r.evidence?.item === "p2");
    expect(cited?.text).toBe("Because you bought Dome Tent");
    const without = slateItem(
      contributions.filter((c) => c.evidence.kind !== "item" || c.evidence.item !== "p2"),
    );
    expect(slateItem(contributions).score - without.score).toBeCloseTo(cited?.amount ?? 0, 12);
  });

  it("merges several items of one category into an interest", () => {
    const explanation = explainItem(slateItem([own("p2", 0.3), own("p3", 0.3), popularity(0.01)]), context());
    expect(explanation.text).toBe("Matches your interest in Camping");
    expect(
      explanation.controls.filter((c) => c.kind === "dont-use").map((c) => (c as { item: string }).item),
    ).toEqual(["p2", "p3"]);
  });

  it("never names special-category evidence, but still accounts for its share", () => {
    const item = slateItem([own("px", 0.5, "content", "pd:Health", true), own("p1", 0.1)]);
    const explanation = explainItem(item, context());
    expect(JSON.stringify(explanation)).not.toContain("Pregnancy");
    expect(JSON.stringify(explanation)).not.toContain("px");
    expect(explanation.reasons[0]?.templateId).toBe("other-activity");
    expect(explanation.reasons.reduce((s, r) => s + r.amount, 0)).toBeCloseTo(item.score, 12);
  });

  it("says why a non-personalized item is shown, without personal data or basis", () => {
    const chosen = {
      ...context("non_profiling"),
      decision: { ...decision("non_profiling"), reason: "non-personalized-chosen" as const },
    };
    expect(explainItem(slateItem([popularity(0.3)]), chosen).text).toBe(
      "You're seeing this because you chose not to personalize: it is popular right now",
    );
    const explanation = explainItem(slateItem([popularity(0.3)]), context("non_profiling"));
    expect(explanation.text).toBe("Popular right now; nothing personal is used until you choose");
    const holdout = {
      ...context("non_profiling"),
      decision: { ...decision("non_profiling"), reason: "holdout" as const },
    };
    expect(explainItem(slateItem([popularity(0.3)]), holdout).templateId).toBe("popular-now-holdout");
    expect(explanation.dataCategories).toEqual([]);
    expect(explanation.basis).toEqual([]);
    expect(explanation.controls.map((c) => c.kind)).toEqual(["not-interested", "change-variety"]);
  });

  it("lists the data categories, the purposes and consent evidence relied on, and the controls", () => {
    const explanation = explainItem(slateItem([own("p1", 0.4)]), context());
    expect(explanation.dataCategories).toEqual(["pd:BrowsingBehavior"]);
    expect(explanation.basis).toEqual([
      { purpose: "personalization.browsing", consentEventId: "ce_1", categories: ["pd:BrowsingBehavior"] },
    ]);
    expect(explanation.controls.map((c) => c.label)).toEqual([
      "Don't use Trail Runner 3",
      "Not interested",
      "Turn off: Recommendations from what you view",
      "Change variety",
      "Show me non-personalized recommendations",
    ]);
  });

  it("headlines an item inserted for fairness or exploration, and words every effect", () => {
    const explanation = explainItem(
      slateItem(
        [own("p1", 0.1)],
        [
          {
            stage: "fair",
            kind: "provider-fairness",
            amount: 4,
            message: "added from an independent seller",
          },
          { stage: "mmr", kind: "variety", amount: 2, message: "moved up for variety" },
        ],
      ),
      context(),
    );
    expect(explanation.text).toBe("From an independent seller, to keep things fair");
    expect(explanation.effects.map((e) => e.text)).toEqual([
      "From an independent seller, to keep things fair",
      "Added for variety: outside your usual categories",
    ]);
  });

  it.each([
    ["de", "Weil Sie Trail Runner 3 angesehen haben"],
    ["fr", "Parce que vous avez consulté Trail Runner 3"],
    ["es", "Porque vio Trail Runner 3"],
    ["de-AT", "Weil Sie Trail Runner 3 angesehen haben"],
    ["ja", "Because you viewed Trail Runner 3"],
  ])("speaks %s", (locale, text) => {
    expect(explainItem(slateItem([own("p1", 0.4)]), context("personalized", locale)).text).toBe(text);
  });

  it("takes shop-defined wording by template id", () => {
    const explanation = explainItem(slateItem([own("p1", 0.4)]), {
      ...context(),
      templates: { "because-viewed": "You looked at {item} lately" },
    });
    expect(explanation.text).toBe("You looked at Trail Runner 3 lately");
    expect(explanation.templateId).toBe("because-viewed");
  });
});

describe("explainWhyNot", () => {
  it("renders each reason", () => {
    expect(
      explainWhyNot(
        [
          { kind: "filtered", ruleId: "out-of-stock", reason: "Out of stock." },
          { kind: "outranked", score: 0.1234, cutoff: 0.5, by: "p1" },
          { kind: "data-not-allowed", categories: ["pd:Purchase"] },
        ],
        { titleOf: (id) => titles[id] },
      ),
    ).toEqual([
      "It is filtered out: Out of stock.",
      "Other products scored higher: it scored 0.123, the last one shown (Trail Runner 3) 0.5.",
      "Some of your data may not be used for recommendations: pd:Purchase.",
    ]);
    expect(explainWhyNot([{ kind: "bought" }], { locale: "de" })).toEqual(["Sie haben es bereits gekauft."]);
  });
});

describe("describeRecommender (DSA Art. 27)", () => {
  const config = {
    surfaces: ["home", "pdp"],
    weights: { ...defaultBlendWeights, hybrid: 0 },
    rules: defaultRuleSet,
    variety: 0.5,
    rerankStages: ["mmr"],
  };

  it("lists the main parameters by weight, the options and the filters, per surface", () => {
    const disclosure = describeRecommender(config);
    expect(disclosure.surfaces.map((s) => s.surface)).toEqual(["home", "pdp"]);
    const params = disclosure.surfaces[0]?.mainParameters.map((p) => p.parameter);
    expect(params?.[0]).toBe("itemKnn");
    expect(params).not.toContain("ease");
    expect(
      disclosure.surfaces[0]?.options.some((o) => o.startsWith("Personalized or Not personalized")),
    ).toBe(true);
    expect(disclosure.surfaces[0]?.options.some((o) => o.startsWith("Variety"))).toBe(true);
    expect(disclosure.surfaces[0]?.filters.length).toBe(defaultRuleSet.rules.length);
    expect(disclosureMarkdown(disclosure)).toContain(`Version ${disclosure.version}.`);
  });

  it("versions the configuration: same config, same id; any change, a new id", () => {
    expect(describeRecommender(config).version).toBe(describeRecommender({ ...config }).version);
    expect(describeRecommender({ ...config, variety: 0.6 }).version).not.toBe(
      describeRecommender(config).version,
    );
  });
});
