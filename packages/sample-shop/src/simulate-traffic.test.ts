import { describe, expect, it } from "vitest";
import { createCatalog, type SimEvent, simulateTraffic } from "./index.ts";
import { shipsTo } from "./ships-to.ts";
import { tasteClusters } from "./taste-clusters.ts";

const catalog = createCatalog({ seed: 11 });
const traffic = simulateTraffic({ seed: 11, catalog });
const { shoppers, events, consents } = traffic;
const itemById = new Map(catalog.items.map((i) => [i.id, i]));
const topOf = (item: string) => itemById.get(item)?.categoryPath[0] ?? "";
const views = events.filter((e): e is Extract<SimEvent, { type: "view" }> => e.type === "view");
const countOf = (type: SimEvent["type"]) => events.filter((e) => e.type === type).length;

describe("simulateTraffic", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const small = { catalog, shoppers: 40, days: 5 };
    const a = simulateTraffic({ seed: 1, ...small });
    expect(a.events.length).toBeGreaterThan(100);
    expect(simulateTraffic({ seed: 1, ...small })).toEqual(a);
    expect(simulateTraffic({ seed: 2, ...small }).events).not.toEqual(a.events);
  });

  it("emits events and consent changes in time order, inside the window", () => {
    const start = Date.UTC(2026, 0, 1);
    for (const list of [events, consents]) {
      expect(list.filter((e, i) => i > 0 && e.at < (list[i - 1]?.at ?? 0))).toEqual([]);
    }
    expect(events[0]?.at).toBeGreaterThanOrEqual(start);
    expect(events.at(-1)?.at).toBeLessThan(start + 30 * 86_400_000);
  });

  it("averages about the requested events per shopper and day", () => {
    const perShopperDay = events.length / (500 * 30);
    expect(perShopperDay).toBeGreaterThan(1.5);
    expect(perShopperDay).toBeLessThan(2.5);
  });

  it("references only existing items and shoppers, with sessions of one shopper each", () => {
    const subjects = new Set(shoppers.map((s) => s.subject));
    const sessionOwner = new Map<string, string>();
    const bad = events.filter((e) => {
      const owner = sessionOwner.get(e.session) ?? e.subject;
      sessionOwner.set(e.session, e.subject);
      return (
        !subjects.has(e.subject) ||
        owner !== e.subject ||
        (e.type === "search" ? e.query.length === 0 : !itemById.has(e.item)) ||
        (e.type === "rating" && ![1, 2, 3, 4, 5].includes(e.rating))
      );
    });
    expect(bad).toEqual([]);
    expect(new Set(events.map((e) => e.type))).toEqual(
      new Set(["view", "add_to_cart", "purchase", "rating", "search", "dismiss"]),
    );
  });

  it("follows the funnel: views far above carts, carts above purchases, purchases above ratings", () => {
    const [view, cart, purchase, rating] = ["view", "add_to_cart", "purchase", "rating"].map((t) =>
      countOf(t as SimEvent["type"]),
    ) as [number, number, number, number];
    expect(view).toBeGreaterThan(5 * cart);
    expect(cart).toBeGreaterThan(purchase);
    expect(purchase).toBeGreaterThan(rating);
    expect(rating).toBeGreaterThan(0);
    expect(countOf("search")).toBeGreaterThan(0);
    expect(countOf("dismiss")).toBeGreaterThan(0);
  });

  it("only carts and buys items that are in stock and ship to the shopper's region", () => {
    const bought = events.filter((e) => e.type === "add_to_cart" || e.type === "purchase");
    expect(bought.length).toBeGreaterThan(0);
    const bad = bought.filter((e) => {
      const item = itemById.get(e.item);
      return item === undefined || item.stock === 0 || !shipsTo(item, e.context.region);
    });
    expect(bad).toEqual([]);
    const restricted = views.filter((v) => !shipsTo(itemById.get(v.item) ?? {}, v.context.region));
    expect(restricted.length).toBeGreaterThan(0);
  });

  it("buys each purchased item after carting it in the same session", () => {
    const carted = new Set(
      events.filter((e) => e.type === "add_to_cart").map((e) => `${e.session} ${e.item}`),
    );
    const purchases = events.filter((e) => e.type === "purchase");
    expect(purchases.filter((e) => !carted.has(`${e.session} ${e.item}`))).toEqual([]);
  });

  it("views popular items far more often than the average item", () => {
    const viewsOf = new Map<string, number>();
    for (const v of views) viewsOf.set(v.item, (viewsOf.get(v.item) ?? 0) + 1);
    const byPrior = [...catalog.items].sort((a, b) => b.popularityPrior - a.popularityPrior);
    const mean = (list: typeof byPrior) =>
      list.reduce((s, i) => s + (viewsOf.get(i.id) ?? 0), 0) / list.length;
    expect(mean(byPrior.slice(0, 20))).toBeGreaterThan(5 * mean(byPrior));
  });

  it("views sensitive items sometimes", () => {
    const sensitive = views.filter((v) => itemById.get(v.item)?.sensitive !== undefined).length;
    expect(sensitive).toBeGreaterThan(0);
    expect(sensitive / views.length).toBeLessThan(0.5);
  });

  it("follows each shopper's tastes: most views fall in categories they like more than average", () => {
    const tasteOf = new Map(shoppers.map((s) => [s.subject, s.tastes]));
    const leafCount = Object.keys(shoppers[0]?.tastes ?? {}).length;
    const liked = views.filter((v) => {
      const taste = tasteOf.get(v.subject)?.[itemById.get(v.item)?.category ?? ""] ?? 0;
      return taste > 1 / leafCount;
    }).length;
    expect(liked / views.length).toBeGreaterThan(0.75);
  });

  it("makes items of one taste cluster's categories co-occur in more shoppers than unrelated items", () => {
    const viewers = new Map<string, Set<string>>();
    for (const v of views) viewers.set(v.item, (viewers.get(v.item) ?? new Set()).add(v.subject));
    const top = [...viewers].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1)).slice(0, 200);
    const together = (a: string, b: string) =>
      tasteClusters.some((c) => (c.categories[a] ?? 0) > 0 && (c.categories[b] ?? 0) > 0);
    const sums = { same: 0, sameN: 0, unrelated: 0, unrelatedN: 0 };
    for (let i = 0; i < top.length; i++) {
      for (let j = i + 1; j < top.length; j++) {
        const [a, viewersA] = top[i] as [string, Set<string>];
        const [b, viewersB] = top[j] as [string, Set<string>];
        const [ta, tb] = [topOf(a), topOf(b)];
        if (ta === tb) continue;
        let both = 0;
        for (const s of viewersA) if (viewersB.has(s)) both++;
        if (together(ta, tb)) {
          sums.same += both;
          sums.sameN++;
        } else {
          sums.unrelated += both;
          sums.unrelatedN++;
        }
      }
    }
    expect(sums.sameN).toBeGreaterThan(100);
    expect(sums.unrelatedN).toBeGreaterThan(100);
    expect(sums.same / sums.sameN).toBeGreaterThan(2 * (sums.unrelated / sums.unrelatedN));
  });

  it("returns each shopper's latent cluster as ground truth that their behaviour reflects", () => {
    const tops = [...new Set(catalog.items.map((i) => i.categoryPath[0] ?? ""))];
    const profile = new Map<string, number[]>();
    for (const v of views) {
      const vector = profile.get(v.subject) ?? tops.map(() => 0);
      vector[tops.indexOf(topOf(v.item))] = (vector[tops.indexOf(topOf(v.item))] ?? 0) + 1;
      profile.set(v.subject, vector);
    }
    const cosine = (a: number[], b: number[]) => {
      let dot = 0;
      let na = 0;
      let nb = 0;
      a.forEach((x, i) => {
        const y = b[i] ?? 0;
        dot += x * y;
        na += x * x;
        nb += y * y;
      });
      return dot / Math.sqrt(na * nb);
    };
    const active = shoppers.filter((s) => profile.has(s.subject)).slice(0, 200);
    const sim = { same: 0, sameN: 0, other: 0, otherN: 0 };
    for (let i = 0; i < active.length; i++) {
      for (let j = i + 1; j < active.length; j++) {
        const [a, b] = [active[i], active[j]];
        const c = cosine(profile.get(a?.subject ?? "") ?? [], profile.get(b?.subject ?? "") ?? []);
        if (a?.cluster === b?.cluster) {
          sim.same += c;
          sim.sameN++;
        } else {
          sim.other += c;
          sim.otherN++;
        }
      }
    }
    expect(new Set(shoppers.map((s) => s.cluster)).size).toBe(tasteClusters.length);
    expect(sim.same / sim.sameN).toBeGreaterThan(2 * (sim.other / sim.otherN));
  });

  it("gives every session one context of the shopper's region and locale, with a local hour", () => {
    const bySubject = new Map(shoppers.map((s) => [s.subject, s]));
    const contextOf = new Map<string, SimEvent["context"]>();
    const bad = events.filter((e) => {
      const shopper = bySubject.get(e.subject);
      const first = contextOf.get(e.session) ?? e.context;
      contextOf.set(e.session, first);
      const { region, locale, hourOfDay, device } = e.context;
      return (
        region !== shopper?.region ||
        locale !== shopper.locale ||
        !Number.isInteger(hourOfDay) ||
        hourOfDay < 0 ||
        hourOfDay > 23 ||
        first.device !== device ||
        first.hourOfDay !== hourOfDay
      );
    });
    expect(bad).toEqual([]);
    const hours = events.map((e) => e.context.hourOfDay);
    expect(hours.filter((h) => h >= 17 && h <= 21).length).toBeGreaterThan(
      3 * hours.filter((h) => h <= 4).length,
    );
  });
});
