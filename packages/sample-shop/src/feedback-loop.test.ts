import { describe, expect, it } from "vitest";
import {
  createCatalog,
  defaultFeedbackModel,
  InvalidOptionError,
  type SimEvent,
  type SlateRequest,
  simulateFeedbackLoop,
} from "./index.ts";

const catalog = createCatalog({ seed: 5, items: 400 });
const byDepartment = new Map<string, string[]>();
for (const item of catalog.items) {
  const top = item.categoryPath[0] ?? item.category;
  byDepartment.set(top, [...(byDepartment.get(top) ?? []), item.id]);
}
const departments = [...byDepartment.keys()].sort();

/** Always the ten most popular items of one department: a recommender that builds a bubble. */
const narrow = (department: string) => () =>
  [...(byDepartment.get(department) ?? [])]
    .sort(
      (a, b) =>
        (catalog.items.find((i) => i.id === b)?.popularityPrior ?? 0) -
        (catalog.items.find((i) => i.id === a)?.popularityPrior ?? 0),
    )
    .slice(0, 10);
/** The most popular items of the shopper's own favourite department: a personal bubble. */
const favourite = ({ shopper }: SlateRequest) => {
  const mass = new Map<string, number>();
  for (const [leaf, w] of Object.entries(shopper.tastes)) {
    const top = leaf.split("/")[0] ?? leaf;
    mass.set(top, (mass.get(top) ?? 0) + w);
  }
  const top = [...mass].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  return narrow(top)();
};
/** One item from each of ten departments in turn: a recommender that keeps the feed wide. */
const wide = ({ day, shopper }: SlateRequest) =>
  Array.from({ length: 10 }, (_, j) => {
    const list =
      byDepartment.get(
        departments[(j + day + Number(shopper.subject.slice(1))) % departments.length] ?? "",
      ) ?? [];
    return list[(day * 7 + j) % list.length] ?? "";
  });

const entropy = (p: Float64Array) => {
  let h = 0;
  for (const x of p) if (x > 0) h -= x * Math.log2(x);
  return h;
};
const meanEntropy = (tastes: readonly Float64Array[]) =>
  tastes.reduce((s, t) => s + entropy(t), 0) / tastes.length;

describe("simulateFeedbackLoop", () => {
  it("is deterministic, states its model, serves only after the warm-up, and keeps expected clicks below the oracle's", async () => {
    const events: SimEvent[] = [];
    const days: number[] = [];
    const options = {
      seed: 3,
      catalog,
      shoppers: 40,
      days: 5,
      warmUpDays: 2,
      serveSlate: narrow(departments[0] ?? ""),
      onDay: (day: number) => void days.push(day),
    };
    const a = await simulateFeedbackLoop({ ...options, onEvent: (e) => void events.push(e) });
    const b = await simulateFeedbackLoop(options);
    expect(a.slates).toEqual(b.slates);
    expect(a.model).toEqual(defaultFeedbackModel);
    expect(days.slice(0, 7)).toEqual([-2, -1, 0, 1, 2, 3, 4]);
    expect(a.slates.length).toBeGreaterThan(40);
    expect(a.slates.every((s) => s.day >= 0 && s.items.length === 10)).toBe(true);
    expect(a.slates.every((s) => s.expectedClicks <= s.oracleClicks + 1e-12)).toBe(true);
    expect(a.tastes).toHaveLength(5);
    expect(events.some((e) => e.at < Date.UTC(2026, 2, 1))).toBe(true);
    expect(
      events.every(
        (e, i) => i === 0 || (events[i - 1]?.at ?? 0) <= e.at || e.subject !== events[i - 1]?.subject,
      ),
    ).toBe(true);
    const clicks = a.slates.reduce((n, s) => n + s.clicked.length, 0);
    expect(events.filter((e) => e.type === "purchase")).toHaveLength(
      a.slates.reduce((n, s) => n + s.purchased.length, 0),
    );
    expect(clicks).toBeGreaterThan(0);
  });

  it("moves tastes toward what is clicked: a narrow feed narrows tastes, a wide one does not", async () => {
    const base = { seed: 8, catalog, shoppers: 60, days: 20, warmUpDays: 0 };
    const pushed = await simulateFeedbackLoop({ ...base, serveSlate: narrow(departments[1] ?? "") });
    const d = pushed.departments.indexOf(departments[1] ?? "");
    const share = (tastes: readonly Float64Array[]) =>
      tastes.reduce((s, t) => s + (t[d] ?? 0), 0) / tastes.length;
    expect(share(pushed.tastes.at(-1) ?? [])).toBeGreaterThan(share(pushed.startTastes) + 0.05);
    const bubble = await simulateFeedbackLoop({ ...base, serveSlate: favourite });
    const open = await simulateFeedbackLoop({ ...base, serveSlate: wide });
    const end = meanEntropy(bubble.tastes.at(-1) ?? []);
    expect(end).toBeLessThan(meanEntropy(bubble.startTastes) - 0.1);
    expect(meanEntropy(open.tastes.at(-1) ?? [])).toBeGreaterThan(end + 0.1);
    // Same seed, same visits: the two runs served the same shoppers at the same times.
    expect(open.slates.map((s) => [s.day, s.shopper])).toEqual(bubble.slates.map((s) => [s.day, s.shopper]));
  });

  it("without drift, tastes stay where they started", async () => {
    const run = await simulateFeedbackLoop({
      seed: 8,
      catalog,
      shoppers: 20,
      days: 5,
      warmUpDays: 0,
      model: { clickDrift: 0, purchaseDrift: 0 },
      serveSlate: narrow(departments[1] ?? ""),
    });
    expect(run.tastes.at(-1)).toEqual(run.startTastes);
  });

  it("ignores unknown and repeated ids, and rejects bad options by path", async () => {
    const run = await simulateFeedbackLoop({
      seed: 1,
      catalog,
      shoppers: 10,
      days: 2,
      serveSlate: () => ["nope", catalog.items[0]?.id ?? "", catalog.items[0]?.id ?? ""],
    });
    expect(run.slates.every((s) => s.items.length === 1)).toBe(true);
    const serveSlate = () => [];
    await expect(simulateFeedbackLoop({ seed: 1, catalog, days: 0, serveSlate })).rejects.toThrow(
      InvalidOptionError,
    );
    await expect(
      simulateFeedbackLoop({ seed: 1, catalog, serveSlate, model: { clickDrift: 2 } }),
    ).rejects.toThrow(/model\.clickDrift/);
  });
});
