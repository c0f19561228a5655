import { describe, expect, it } from "vitest";
import { createCatalog, InvalidOptionError, type SensitiveTag } from "./index.ts";
import { artKinds } from "./product-art.ts";
import { shipsTo } from "./ships-to.ts";

const catalog = createCatalog({ seed: 1 });
const { items, sellers, categories } = catalog;

describe("createCatalog", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    expect(createCatalog({ seed: 1 })).toEqual(catalog);
    const other = createCatalog({ seed: 2 });
    expect(other.items.map((i) => i.title)).not.toEqual(items.map((i) => i.title));
    expect(other.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
  });

  it("has 2000 items with stable, unique p0001-style ids by default", () => {
    expect(items).toHaveLength(2000);
    expect(items[0]?.id).toBe("p0001");
    expect(items[1999]?.id).toBe("p2000");
    expect(new Set(items.map((i) => i.id)).size).toBe(2000);
    expect(createCatalog({ seed: 1, items: 12_345 }).items[0]?.id).toBe("p00001");
  });

  it("builds a kebab-case tree of about twelve top-level categories, every one of them non-empty", () => {
    const tops = categories.filter((c) => c.parent === null);
    expect(tops.length).toBeGreaterThanOrEqual(10);
    expect(tops.length).toBeLessThanOrEqual(14);
    for (const c of categories) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/);
      expect(
        items.some((i) => i.categoryPath.includes(c.id)),
        c.id,
      ).toBe(true);
    }
    for (const top of tops)
      expect(categories.filter((c) => c.parent === top.id).length).toBeGreaterThanOrEqual(3);
    expect(categories.map((c) => c.id)).toEqual(
      expect.arrayContaining(["outdoor/camping", "outdoor/running"]),
    );
  });

  it("files every item under a leaf, with the path from its top-level category", () => {
    const byId = new Map(categories.map((c) => [c.id, c]));
    for (const item of items) {
      const leaf = byId.get(item.category);
      expect(leaf?.parent).not.toBeNull();
      expect(item.categoryPath).toEqual(leaf?.path);
    }
  });

  it("keeps every category non-empty even when asked for one item per leaf", () => {
    const leaves = categories.filter((c) => c.parent !== null);
    const small = createCatalog({ seed: 5, items: leaves.length });
    expect(new Set(small.items.map((i) => i.category)).size).toBe(leaves.length);
  });

  it("marks at least 2% of items sensitive, every pharmacy item as health, and uses every sensitive tag", () => {
    const sensitive = items.filter((i) => i.sensitive !== undefined && i.sensitive.length > 0);
    expect(sensitive.length / items.length).toBeGreaterThanOrEqual(0.02);
    for (const item of items.filter((i) => i.categoryPath[0] === "pharmacy")) {
      expect(item.sensitive).toContain("health");
    }
    const tags = new Set(sensitive.flatMap((i) => i.sensitive ?? []));
    const all: SensitiveTag[] = ["health", "religion", "sexuality", "political", "ethnicity", "biometric"];
    expect([...tags].sort()).toEqual([...all].sort());
    expect(items.filter((i) => i.categoryPath[0] === "kitchen").every((i) => i.sensitive === undefined)).toBe(
      true,
    );
  });

  it("restricts all alcohol and some gambling-like toys to adults", () => {
    const wine = items.filter((i) => i.categoryPath[0] === "wine-spirits");
    expect(wine.length).toBeGreaterThan(0);
    expect(wine.every((i) => i.ageRestricted === 18)).toBe(true);
    const games = items.filter((i) => i.category === "toys/board-games");
    const restricted = games.filter((i) => i.ageRestricted === 18);
    expect(restricted.length).toBeGreaterThan(0);
    expect(restricted.length).toBeLessThan(games.length);
  });

  it("prices in EUR with cents, and bands follow price within each leaf", () => {
    for (const item of items) {
      expect(item.currency).toBe("EUR");
      expect(item.price).toBeGreaterThan(0);
      expect(Math.round(item.price * 100) / 100).toBe(item.price);
    }
    for (const leaf of categories.filter((c) => c.parent !== null)) {
      const inLeaf = items.filter((i) => i.category === leaf.id);
      const prices = (band: string) => inLeaf.filter((i) => i.priceBand === band).map((i) => i.price);
      const [budget, mid, premium] = [prices("budget"), prices("mid"), prices("premium")];
      expect(Math.max(...budget)).toBeLessThanOrEqual(Math.min(...mid, ...premium));
      expect(Math.max(...budget, ...mid)).toBeLessThanOrEqual(Math.min(...premium));
    }
    expect(new Set(items.map((i) => i.priceBand))).toEqual(new Set(["budget", "mid", "premium"]));
  });

  it("has some sold-out items and integer stock", () => {
    expect(items.every((i) => Number.isInteger(i.stock) && i.stock >= 0)).toBe(true);
    const soldOut = items.filter((i) => i.stock === 0).length;
    expect(soldOut).toBeGreaterThan(0);
    expect(soldOut).toBeLessThan(items.length / 4);
  });

  it("has about 20% large sellers carrying most items, and independents that all carry items", () => {
    expect(sellers).toHaveLength(40);
    const large = sellers.filter((s) => s.size === "large");
    expect(large).toHaveLength(8);
    const count = new Map<string, number>();
    for (const item of items) count.set(item.sellerId, (count.get(item.sellerId) ?? 0) + 1);
    const byLarge = large.reduce((sum, s) => sum + (count.get(s.id) ?? 0), 0);
    expect(byLarge / items.length).toBeGreaterThan(0.5);
    for (const s of sellers.filter((x) => x.size === "independent"))
      expect(count.get(s.id) ?? 0).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.sellerId))).toEqual(new Set(sellers.map((s) => s.id)));
  });

  it("never ships an item outside its seller's markets, and limits some items to the EU", () => {
    const sellerOf = new Map(sellers.map((s) => [s.id, s]));
    for (const item of items) {
      for (const region of ["DE", "FR", "US-CA", "US-TX"]) {
        if (shipsTo(item, region))
          expect(shipsTo({ regions: sellerOf.get(item.sellerId)?.regions ?? [] }, region)).toBe(true);
      }
    }
    const euOnly = items.filter((i) => i.regions?.length === 1 && i.regions[0] === "EU");
    expect(euOnly.length).toBeGreaterThan(0);
    expect(euOnly.every((i) => shipsTo(i, "NL") && !shipsTo(i, "US-CA"))).toBe(true);
  });

  it("gives a positive, long-tailed popularity prior whose top item is 1", () => {
    const priors = items.map((i) => i.popularityPrior).sort((a, b) => b - a);
    expect(priors[0]).toBe(1);
    expect(priors.every((p) => p > 0)).toBe(true);
    const total = priors.reduce((a, b) => a + b, 0);
    const head = priors.slice(0, items.length / 10).reduce((a, b) => a + b, 0);
    expect(head / total).toBeGreaterThan(0.4);
    expect((priors[0] ?? 0) / (priors[priors.length - 1] ?? 1)).toBeGreaterThan(100);
  });

  it("describes each item for display: title, brand, tags and a locally drawable image", () => {
    for (const item of items) {
      expect(item.title.trim().length).toBeGreaterThan(0);
      expect(item.description.length).toBeGreaterThan(10);
      expect(item.brand.length).toBeGreaterThan(0);
      expect(item.tags.length).toBeGreaterThan(0);
      expect(item.tags.every((t) => t === t.toLowerCase())).toBe(true);
      expect(item.image.glyph.length).toBeGreaterThan(0);
      expect(artKinds).toContain(item.image.kind);
      expect(item.image.hue).toBe(item.image.colour.hue);
      expect(item.title).not.toMatch(/undefined|NaN/);
    }
  });

  it("writes copy that fits the category: no Faker catch-phrases, books by an author, wine by vintage", () => {
    const byTop = (top: string) => items.filter((i) => i.categoryPath[0] === top);
    expect(items.some((i) => /synergy|paradigm|project|solution|bandwidth/i.test(i.description))).toBe(false);
    for (const book of byTop("books")) {
      expect(book.image.kind).toBe("book");
      expect(book.description).toMatch(/ by .+, published by /);
    }
    for (const wine of byTop("wine-spirits")) expect(wine.title).toMatch(/(19|20)\d\d|Year Old/);
    const rainBoots = items.filter((i) => i.title.includes("Rain Boots"));
    expect(rainBoots.length).toBeGreaterThan(0);
    for (const item of rainBoots) expect(item.image.kind).toBe("boot");
    for (const item of byTop("fashion")) expect(item.title).toContain(`, ${item.image.colour.name}`);
  });

  it("tags as sensitive only the categories that reveal special-category data", () => {
    const sensitiveTops = new Set(items.filter((i) => i.sensitive).map((i) => i.category));
    expect([...sensitiveTops].sort()).toEqual(
      [
        "books/politics",
        "books/religion",
        "electronics/wearables",
        "pharmacy/diagnostics",
        "pharmacy/first-aid",
        "pharmacy/pain-relief",
        "pharmacy/sexual-wellness",
        "pharmacy/vitamins",
      ].sort(),
    );
    for (const item of items.filter((i) => i.category === "books/fiction"))
      expect(item.sensitive).toBeUndefined();
  });

  it("rejects options it cannot honour with the option's path", () => {
    expect(() => createCatalog({ seed: 1, items: 10 })).toThrow(InvalidOptionError);
    expect(() => createCatalog({ seed: 1, sellers: 1 })).toThrow(/createCatalog\.sellers/);
    expect(() => createCatalog({ seed: Number.NaN })).toThrow(/createCatalog\.seed/);
  });
});
