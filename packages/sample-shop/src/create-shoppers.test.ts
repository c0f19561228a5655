import { describe, expect, it } from "vitest";
import { createCatalog, createShoppers } from "./index.ts";
import { isEuRegion } from "./ships-to.ts";
import { tasteClusters } from "./taste-clusters.ts";

const catalog = createCatalog({ seed: 4, items: 500 });
const shoppers = createShoppers({ seed: 4, catalog, shoppers: 3000 });
const share = <T>(list: readonly T[], test: (x: T) => boolean) => list.filter(test).length / list.length;

describe("createShoppers", () => {
  it("is deterministic, and shopper i does not depend on how many are asked for", () => {
    const few = createShoppers({ seed: 4, catalog, shoppers: 50 });
    expect(few).toEqual(shoppers.slice(0, 50));
    expect(createShoppers({ seed: 5, catalog, shoppers: 50 })).not.toEqual(few);
    expect(few[0]?.subject).toBe("s0001");
  });

  it("draws every shopper's tastes around one latent cluster", () => {
    const leaves = catalog.categories.filter((c) => c.parent !== null).map((c) => c.id);
    for (const s of shoppers.slice(0, 200)) {
      expect(Object.keys(s.tastes).sort()).toEqual([...leaves].sort());
      expect(Object.values(s.tastes).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      const cluster = tasteClusters[s.cluster];
      expect(cluster).toBeDefined();
    }
    const inCluster = shoppers.map((s) => {
      const weights = tasteClusters[s.cluster]?.categories ?? {};
      return Object.entries(s.tastes).reduce(
        (sum, [leaf, w]) => sum + ((weights[leaf.split("/")[0] ?? ""] ?? 0) > 0 ? w : 0),
        0,
      );
    });
    expect(inCluster.reduce((a, b) => a + b, 0) / inCluster.length).toBeGreaterThan(0.75);
  });

  it("mixes EU answers, mostly leaves Californians at the opt-out default, and gives them GPC more often", () => {
    const eu = shoppers.filter((s) => isEuRegion(s.region));
    const ca = shoppers.filter((s) => s.region === "US-CA");
    expect(eu.length).toBeGreaterThan(0.4 * shoppers.length);
    expect(ca.length).toBeGreaterThan(0.1 * shoppers.length);
    expect(shoppers.some((s) => s.region === "US-TX")).toBe(true);
    for (const profile of ["accept-all", "reject-all", "browsing-only"] as const) {
      expect(share(eu, (s) => s.consentProfile === profile)).toBeGreaterThan(0.1);
    }
    expect(share(eu, (s) => s.consentProfile === "default")).toBeLessThan(0.25);
    expect(share(ca, (s) => s.consentProfile === "default")).toBeGreaterThan(0.5);
    expect(share(ca, (s) => s.gpc)).toBeGreaterThan(2 * share(eu, (s) => s.gpc));
    expect(share(ca, (s) => s.gpc)).toBeGreaterThan(0.1);
  });

  it("varies devices, price sensitivity and activity, with activity averaging about 1", () => {
    expect(share(shoppers, (s) => s.device === "mobile")).toBeGreaterThan(0.4);
    expect(share(shoppers, (s) => s.device === "mobile")).toBeLessThan(0.8);
    expect(shoppers.every((s) => s.priceSensitivity >= 0 && s.priceSensitivity <= 1)).toBe(true);
    const activity = shoppers.map((s) => s.activity);
    expect(activity.reduce((a, b) => a + b, 0) / activity.length).toBeCloseTo(1, 1);
    expect(Math.max(...activity)).toBeGreaterThan(3 * Math.min(...activity));
  });
});
