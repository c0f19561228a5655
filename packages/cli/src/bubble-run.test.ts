import {
  createCatalog,
  defaultFeedbackModel,
  type FeedbackLoopRun,
  type SimShopper,
} from "@candor/sample-shop";
import { describe, expect, it } from "vitest";
import { measureLoop } from "./bubble-run.ts";

const catalog = createCatalog({ seed: 1, items: 200 });
const departments = [...new Set(catalog.items.map((p) => p.categoryPath[0] ?? p.category))];
const itemsOf = (d: string) => catalog.items.filter((p) => p.categoryPath[0] === d).map((p) => p.id);
const [dA, dB, dC, dD] = departments as [string, string, string, string];
const [a1, a2] = itemsOf(dA) as [string, string];
const [b1] = itemsOf(dB) as [string];
const [d1] = itemsOf(dD) as [string];
const taste = (weights: Record<string, number>) => Float64Array.from(departments, (d) => weights[d] ?? 0);

describe("measureLoop", () => {
  it("computes the per-day measures of a hand-made loop exactly", () => {
    const start = [taste({ [dA]: 0.5, [dB]: 0.3, [dC]: 0.2 }), taste({ [dA]: 0.4, [dB]: 0.4, [dC]: 0.2 })];
    const slate = (day: number, shopper: number, items: string[], clicked: string[]) => ({
      day,
      at: day,
      shopper,
      items,
      clicked,
      purchased: [],
      revenue: day === 1 ? 10 : 0,
      expectedClicks: 0.5,
      oracleClicks: 1,
    });
    const run: FeedbackLoopRun = {
      model: defaultFeedbackModel,
      shoppers: [{ subject: "s1" }, { subject: "s2" }] as unknown as SimShopper[],
      departments,
      startTastes: start,
      tastes: [start, [taste({ [dA]: 1 }), taste({ [dA]: 0.5, [dB]: 0.5 })]],
      slates: [slate(0, 0, [a1, b1], [a1, b1]), slate(0, 1, [a1, d1], [a1]), slate(1, 1, [a2, d1], [d1])],
    };
    const [day0, day1] = measureLoop(run, catalog);
    // Day 0: shopper 0 clicked two departments (1 bit), shopper 1 one click (not enough for entropy).
    expect(day0?.consumptionEntropy).toBeCloseTo(1, 12);
    expect(day0?.outsideShare).toBe(0);
    // Consumed sets {a1, b1} and {a1}: Jaccard 1/2 over the only pair.
    expect(day0?.homogeneity).toBeCloseTo(0.5, 12);
    expect(day0?.homogeneityNearest).toBeCloseTo(0.5, 12);
    expect(day0?.clicks).toBe(1.5);
    expect(day0?.utility).toBe(0.5);
    expect(day0?.utilityShare).toBe(0.5);
    expect(day0?.slates).toBe(2);
    // Day 1: shopper 1 clicked d1, outside their starting three (A, B, C): 1 of the week's 4 clicks.
    expect(day1?.outsideShare).toBeCloseTo(1 / 4, 12);
    expect(day1?.homogeneity).toBeCloseTo(1 / 3, 12);
    expect(day1?.revenue).toBe(5);
    expect(day1?.tasteEntropy).toBeCloseTo((0 + 1) / 2, 12);
    expect(day1?.tasteOutsideShare).toBe(0);
  });
});
