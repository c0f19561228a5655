import { describe, expect, it } from "vitest";
import { PURPOSE_IDS } from "./consent-choices.ts";
import { createCatalog, createPersonas, InvalidOptionError, type Persona } from "./index.ts";

const catalog = createCatalog({ seed: 3, items: 600 });
const personas = createPersonas({ seed: 3, catalog });

const topOf = (leaf: string) => leaf.split("/")[0] ?? leaf;
function topWeights(p: Persona): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [leaf, w] of Object.entries(p.tastes))
    weights.set(topOf(leaf), (weights.get(topOf(leaf)) ?? 0) + w);
  return weights;
}

describe("createPersonas", () => {
  it("is deterministic for a seed and names personas differently for another seed", () => {
    expect(createPersonas({ seed: 3, catalog })).toEqual(personas);
    const other = createPersonas({ seed: 4, catalog });
    expect(other.map((p) => p.name)).not.toEqual(personas.map((p) => p.name));
  });

  it("creates eight personas with human, distinct names by default", () => {
    expect(personas).toHaveLength(8);
    expect(new Set(personas.map((p) => p.id)).size).toBe(8);
    expect(new Set(personas.map((p) => p.name)).size).toBe(8);
    for (const p of personas) expect(p.name).toMatch(/^\S+( \S+)+$/u);
  });

  it("gives each persona a different favourite top-level category", () => {
    const favourites = personas.map((p) => [...topWeights(p)].sort((a, b) => b[1] - a[1])[0]?.[0]);
    expect(new Set(favourites).size).toBe(8);
  });

  it("concentrates tastes on two or three top-level categories over existing leaves", () => {
    const leaves = new Set(catalog.categories.filter((c) => c.parent !== null).map((c) => c.id));
    for (const p of personas) {
      const total = Object.values(p.tastes).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 9);
      for (const leaf of Object.keys(p.tastes)) expect(leaves.has(leaf)).toBe(true);
      const tops = [...topWeights(p).values()].filter((w) => w > 0);
      expect(tops.length).toBeGreaterThanOrEqual(2);
      expect(tops.length).toBeLessThanOrEqual(3);
      expect(Math.max(...tops)).toBeGreaterThan(1 / 3);
    }
  });

  it("mixes EU regions and California with one Texan and one minor", () => {
    const regions = personas.map((p) => p.region);
    expect(regions).toEqual(expect.arrayContaining(["DE", "FR", "ES", "NL", "US-CA", "US-TX"]));
    expect(regions.filter((r) => r === "US-TX")).toHaveLength(1);
    expect(personas.filter((p) => p.minor)).toHaveLength(1);
    expect(personas.every((p) => p.locale.endsWith(p.region.slice(0, 2)))).toBe(true);
  });

  it("covers every consent profile with choices that match it, and GPC where set", () => {
    expect(new Set(personas.map((p) => p.consentProfile))).toEqual(
      new Set(["accept-all", "reject-all", "browsing-only", "custom"]),
    );
    for (const p of personas) {
      expect(Object.keys(p.choices).sort()).toEqual([...PURPOSE_IDS].sort());
      const on = PURPOSE_IDS.filter((id) => p.choices[id]);
      if (p.consentProfile === "reject-all") expect(on).toEqual([]);
      if (p.consentProfile === "browsing-only") expect(on).toEqual(["personalization.browsing"]);
      if (p.consentProfile === "accept-all") expect(on).toContain("personalization.purchases");
      if (p.gpc) expect(p.choices["advertising.cross-context"]).toBe(false);
    }
    expect(personas.some((p) => p.gpc)).toBe(true);
    expect(new Set(personas.map((p) => p.device))).toEqual(new Set(["mobile", "desktop"]));
  });

  it("rejects a count below one", () => {
    expect(() => createPersonas({ seed: 1, catalog, count: 0 })).toThrow(InvalidOptionError);
  });
});
