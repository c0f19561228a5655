import { describe, expect, it } from "vitest";
import {
  createCatalog,
  createShoppers,
  InvalidOptionError,
  type SimRecord,
  simulateTraffic,
  streamTraffic,
} from "./index.ts";

const catalog = createCatalog({ seed: 21, items: 800 });

describe("streamTraffic", () => {
  it("yields exactly maxEvents behaviour events, 100,000 of them when asked", () => {
    let events = 0;
    let consents = 0;
    let last = Number.NEGATIVE_INFINITY;
    let unordered = 0;
    for (const record of streamTraffic({ seed: 21, catalog, shoppers: 2000, maxEvents: 100_000 })) {
      if (record.type === "consent") consents++;
      else events++;
      if (record.at < last) unordered++;
      last = record.at;
    }
    expect(events).toBe(100_000);
    expect(consents).toBeGreaterThan(0);
    expect(unordered).toBe(0);
  });

  it("honours maxEvents exactly for small and odd sizes, and in simulateTraffic", () => {
    for (const maxEvents of [0, 1, 37, 4321]) {
      const { events } = simulateTraffic({ seed: 5, catalog, shoppers: 50, maxEvents });
      expect(events).toHaveLength(maxEvents);
    }
    const busy = simulateTraffic({
      seed: 5,
      catalog,
      shoppers: 50,
      days: 1,
      maxEvents: 500,
      eventsPerShopperPerDay: 50,
    });
    expect(busy.events).toHaveLength(500);
  });

  it("runs past the window rather than end short of maxEvents", () => {
    const start = Date.UTC(2026, 0, 1);
    const { events } = simulateTraffic({
      seed: 5,
      catalog,
      shoppers: 10,
      days: 1,
      maxEvents: 3000,
      eventsPerShopperPerDay: 1,
    });
    expect(events).toHaveLength(3000);
    expect(events.at(-1)?.at).toBeGreaterThan(start + 86_400_000);
  });

  it("merges the same records simulateTraffic returns, in one time order", () => {
    const options = { seed: 8, catalog, shoppers: 60, days: 7 };
    const records: SimRecord[] = [...streamTraffic(options)];
    const traffic = simulateTraffic(options);
    expect(records.filter((r) => r.type !== "consent")).toEqual(traffic.events);
    expect(records.filter((r) => r.type === "consent")).toEqual(traffic.consents);
    expect(records.filter((r, i) => i > 0 && r.at < (records[i - 1]?.at ?? 0))).toEqual([]);
    expect(traffic.shoppers).toEqual(createShoppers({ seed: 8, catalog, shoppers: 60 }));
  });

  it("records a shopper's banner answer before their first behaviour event, and withdrawals after it", () => {
    const { shoppers, events, consents } = simulateTraffic({ seed: 9, catalog, shoppers: 400, days: 30 });
    const firstEvent = new Map<string, number>();
    for (const e of events) if (!firstEvent.has(e.subject)) firstEvent.set(e.subject, e.at);
    const banners = consents.filter((c) => c.via === "banner");
    for (const b of banners)
      expect(b.at).toBeLessThanOrEqual(firstEvent.get(b.subject) ?? Number.POSITIVE_INFINITY);
    const answered = shoppers.filter((s) => s.consentProfile !== "default" && firstEvent.has(s.subject));
    expect(new Set(banners.map((b) => b.subject))).toEqual(new Set(answered.map((s) => s.subject)));

    const withdrawals = consents.filter((c) => c.via === "settings");
    expect(withdrawals.length).toBeGreaterThan(0);
    for (const w of withdrawals) {
      expect(Object.values(w.choices).every((v) => v === false)).toBe(true);
      const banner = banners.find((b) => b.subject === w.subject);
      if (banner) expect(w.at).toBeGreaterThanOrEqual(banner.at);
      expect(w.at).toBeGreaterThan(Date.UTC(2026, 0, 1) + 0.2 * 30 * 86_400_000);
    }
  });

  it("sends GPC only for shoppers with GPC, and it only opts out of sale/sharing and direct marketing", () => {
    const { shoppers, consents } = simulateTraffic({ seed: 9, catalog, shoppers: 400, days: 30 });
    const gpcShoppers = new Set(shoppers.filter((s) => s.gpc).map((s) => s.subject));
    const gpc = consents.filter((c) => c.via === "gpc");
    expect(gpc.length).toBeGreaterThan(0);
    for (const c of gpc) {
      expect(gpcShoppers.has(c.subject)).toBe(true);
      expect(c.choices).toEqual({ "advertising.cross-context": false, "marketing.email": false });
    }
    for (const c of consents.filter((x) => x.via === "banner" && gpcShoppers.has(x.subject))) {
      expect(c.choices["advertising.cross-context"]).toBe(false);
    }
  });

  it("checks options when called, before the first record is asked for", () => {
    expect(() => streamTraffic({ seed: 1, catalog, days: 0 })).toThrow(InvalidOptionError);
    expect(() => streamTraffic({ seed: 1, catalog, maxEvents: -1 })).toThrow(/maxEvents/);
    expect(() => streamTraffic({ seed: 1, catalog, shoppers: 0 })).toThrow(/shoppers/);
    expect(() => streamTraffic({ seed: 1, catalog, eventsPerShopperPerDay: 0 })).toThrow(
      /eventsPerShopperPerDay/,
    );
    expect(() => streamTraffic({ seed: 1, catalog: { items: [], sellers: [], categories: [] } })).toThrow(
      InvalidOptionError,
    );
  });
});
