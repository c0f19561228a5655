import { describe, expect, it } from "vitest";
import { clickProbability } from "./click-model.ts";
import { mulberry32, simulateClick } from "./index.ts";

describe("simulateClick", () => {
  const model = { relevantClick: 0.5, baseClick: 0.1, purchaseGivenClick: 0.5 };

  it("clicks relevant items with relevantClick and others with baseClick", () => {
    expect(clickProbability(model, 0.05)).toBe(0.5);
    expect(clickProbability(model, 0.049)).toBe(0.1);
    expect(clickProbability({ ...model, relevantShare: 0.2 }, 0.1)).toBe(0.1);
  });

  it("draws one number per item, a second only for the purchase after a click", () => {
    const draws: number[] = [];
    const random = () => {
      const value = [0.4, 0.6, 0.9][draws.length] ?? 0;
      draws.push(value);
      return value;
    };
    expect(simulateClick(model, 1, random)).toEqual({ probability: 0.5, clicked: true, purchased: false });
    expect(draws).toEqual([0.4, 0.6]);
    expect(simulateClick(model, 1, random)).toEqual({ probability: 0.5, clicked: false, purchased: false });
    expect(draws).toHaveLength(3);
    const noPurchases = { relevantClick: 1, baseClick: 1 };
    const seeded = mulberry32(7);
    expect(simulateClick(noPurchases, 0, seeded).purchased).toBe(false);
  });
});
