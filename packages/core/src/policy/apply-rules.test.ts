import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyRules, ConfigError, defaultRuleSet, isAllowed, type PolicyItem } from "./index.ts";
import { parseRuleSet, safeParseRuleSet } from "./rule-set.ts";

const item = (id: string, extra: Partial<PolicyItem> = {}): PolicyItem => ({
  id,
  category: "outdoor/camping",
  categoryPath: ["outdoor", "outdoor/camping"],
  sellerId: "seller-001",
  stock: 5,
  ...extra,
});

const wine = item("wine", {
  category: "wine-spirits/red-wine",
  categoryPath: ["wine-spirits", "wine-spirits/red-wine"],
  ageRestricted: 18,
});
const lootBox = item("loot", { category: "toys/board-games", tags: ["loot-box"] });
const soldOut = item("gone", { stock: 0 });
const euOnly = item("eu", { regions: ["EU"] });
const caOnly = item("ca", { regions: ["US"] });
const tent = item("tent");
const catalog = [tent, wine, lootBox, soldOut, euOnly, caOnly];

const ids = (items: readonly PolicyItem[]) => items.map((i) => i.id);

describe("business rules as data", () => {
  it("the default rules filter out of stock and not-shipped items, with the rule and its reason", () => {
    const { kept, filtered } = applyRules(catalog, defaultRuleSet, { region: "DE", minor: false });
    expect(ids(kept)).toEqual(["tent", "wine", "loot", "eu"]);
    expect(filtered.map((f) => [f.item.id, f.ruleId])).toEqual([
      ["gone", "out-of-stock"],
      ["ca", "not-shipped-to-region"],
    ]);
    expect(filtered[0]?.reason).toBe("Out of stock.");
    expect(ids(applyRules(catalog, defaultRuleSet, { region: "US-CA" }).kept)).toEqual([
      "tent",
      "wine",
      "loot",
      "ca",
    ]);
  });

  it("filters region-restricted items when the region is unknown, keeps unrestricted ones", () => {
    expect(ids(applyRules(catalog, defaultRuleSet, {}).kept)).toEqual(["tent", "wine", "loot"]);
  });

  it("keeps age-restricted, alcohol, gambling and vulnerability-exploiting offers away from minors (DSA Art. 28)", () => {
    const { kept, filtered } = applyRules(catalog, defaultRuleSet, { region: "DE", minor: true });
    expect(ids(kept)).toEqual(["tent", "eu"]);
    expect(filtered.find((f) => f.item.id === "wine")?.ruleId).toBe("age-restricted-minor");
    expect(filtered.find((f) => f.item.id === "loot")?.ruleId).toBe("exploits-vulnerability");
    const beer = item("beer", { category: "food/beer" });
    expect(isAllowed(beer, defaultRuleSet, { minor: true })).toBe(false);
    expect(isAllowed(beer, defaultRuleSet, { minor: false })).toBe(true);
  });

  it("filters age-restricted items for an unknown age where a rule requires it, and by known age", () => {
    const strict = parseRuleSet({
      id: "strict",
      version: "2",
      rules: [{ id: "age-verified", kind: "age", unknownAge: "filter", reason: "Age must be verified." }],
    });
    expect(isAllowed(wine, strict, {})).toBe(false);
    expect(isAllowed(wine, strict, { minor: false })).toBe(false);
    expect(isAllowed(wine, strict, { age: 17 })).toBe(false);
    expect(isAllowed(wine, strict, { age: 30 })).toBe(true);
    expect(isAllowed(tent, strict, {})).toBe(true);
  });

  it("applies category, seller, item and sensitive blocks under their conditions", () => {
    const rules = parseRuleSet({
      id: "shop",
      version: "1",
      rules: [
        { id: "no-seller-9", kind: "seller-block", sellers: ["seller-009"], reason: "Seller suspended." },
        {
          id: "recall",
          kind: "item-block",
          items: ["tent"],
          when: { regions: ["EU"] },
          reason: "Recalled in the EU.",
        },
        {
          id: "no-health-on-home",
          kind: "sensitive-block",
          tags: ["health"],
          when: { surfaces: ["home"] },
          reason: "Not on the home page.",
        },
        {
          id: "no-camping-ca",
          kind: "category-block",
          categories: ["outdoor"],
          when: { regions: ["US-CA"] },
          reason: "Test.",
        },
      ],
    });
    const pills = item("pills", { category: "health/pharmacy", sensitive: ["health"] });
    expect(isAllowed(item("x", { sellerId: "seller-009" }), rules)).toBe(false);
    expect(isAllowed(tent, rules, { region: "FR" })).toBe(false);
    expect(isAllowed(tent, rules, { region: "CH" })).toBe(true);
    expect(isAllowed(pills, rules, { surface: "home" })).toBe(false);
    expect(isAllowed(pills, rules, { surface: "search" })).toBe(true);
    expect(isAllowed(euOnly, rules, { region: "US-CA" })).toBe(false);
  });

  it("validates rule sets and names the offending path", () => {
    const cases: [unknown, string][] = [
      [{ id: "r", version: "1", rules: [{ id: "a", kind: "teleport", reason: "x" }] }, "rules.0.kind"],
      [
        { id: "r", version: "1", rules: [{ id: "a", kind: "stock", minStock: 0, reason: "x" }] },
        "rules.0.minStock",
      ],
      [
        { id: "r", version: "1", rules: [{ id: "a", kind: "seller-block", sellers: [], reason: "x" }] },
        "rules.0.sellers",
      ],
      [{ id: "r", version: "1", rules: [{ id: "a", kind: "category-block", reason: "x" }] }, "rules.0"],
      [{ id: "r", version: "1", rules: [{ id: "a", kind: "stock", reason: "" }] }, "rules.0.reason"],
      [
        {
          id: "r",
          version: "1",
          rules: [
            { id: "a", kind: "stock", reason: "x" },
            { id: "a", kind: "stock", reason: "y" },
          ],
        },
        "rules.1.id",
      ],
      [{ id: "r", rules: [] }, "version"],
    ];
    for (const [input, path] of cases) {
      const result = safeParseRuleSet(input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toBeInstanceOf(ConfigError);
        expect(result.error.path).toBe(path);
      }
    }
    expect(() => parseRuleSet(null)).toThrow(ConfigError);
  });

  it("rule sets are plain JSON that auditors can read back", () => {
    expect(parseRuleSet(JSON.parse(JSON.stringify(defaultRuleSet)))).toEqual(defaultRuleSet);
  });

  it("isAllowed agrees with applyRules for every item and context", () => {
    const itemArb = fc.record(
      {
        id: fc.constantFrom("a", "b", "tent"),
        category: fc.constantFrom("outdoor/camping", "wine-spirits/gin", "toys/board-games", "food/beer"),
        sellerId: fc.constantFrom("seller-001", "seller-009"),
        stock: fc.integer({ min: -1, max: 3 }),
        regions: fc.constantFrom(["EU"], ["US"], ["DE", "US-CA"]),
        ageRestricted: fc.constant(18),
        tags: fc.constantFrom(["loot-box"], ["gift"]),
        sensitive: fc.constantFrom(["health"], []),
      },
      { requiredKeys: ["id", "category"] },
    );
    const contextArb = fc.record(
      {
        region: fc.constantFrom("DE", "US-CA", "JP", null),
        minor: fc.boolean(),
        age: fc.integer({ min: 10, max: 60 }),
        surface: fc.constantFrom("home", "pdp"),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 12 }), contextArb, (items, context) => {
        const { kept, filtered } = applyRules(items, defaultRuleSet, context);
        expect(kept.length + filtered.length).toBe(items.length);
        for (const i of kept) expect(isAllowed(i, defaultRuleSet, context)).toBe(true);
        for (const f of filtered) expect(isAllowed(f.item, defaultRuleSet, context)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
