import { describe, expect, it } from "vitest";
import { twoProportion } from "./two-proportion.ts";

describe("twoProportion", () => {
  it("gives the Wald difference, the Katz ratio interval, the pooled z test and the MDE (reference: scipy)", () => {
    const result = twoProportion({ successes: 100, trials: 1000 }, { successes: 130, trials: 1000 });
    expect(result).not.toBeNull();
    if (!result) return;
    expect(result.difference.estimate).toBeCloseTo(0.03, 12);
    expect(result.difference.low).toBeCloseTo(0.0020679344393763656, 12);
    expect(result.difference.high).toBeCloseTo(0.057932065560623636, 12);
    expect(result.lift?.estimate).toBeCloseTo(0.3, 12);
    expect(result.lift?.low).toBeCloseTo(0.01698427097104549, 12);
    expect(result.lift?.high).toBeCloseTo(0.6617759470226023, 12);
    expect(result.pValue).toBeCloseTo(0.03548845046647471, 12);
    expect(result.mde.absolute).toBeCloseTo(0.037587209954755035, 12);
    expect(result.mde.relative).toBeCloseTo(0.37587209954755035, 12);
  });

  it("has no ratio interval when an arm has no successes, and nothing without trials", () => {
    const none = twoProportion({ successes: 0, trials: 50 }, { successes: 3, trials: 50 });
    expect(none?.lift).toBeNull();
    expect(none?.mde.relative).toBeNull();
    expect(twoProportion({ successes: 0, trials: 0 }, { successes: 3, trials: 50 })).toBeNull();
    expect(twoProportion({ successes: 0, trials: 10 }, { successes: 0, trials: 10 })?.pValue).toBe(1);
  });

  it("a wider confidence level gives a wider interval", () => {
    const at95 = twoProportion({ successes: 40, trials: 400 }, { successes: 60, trials: 400 });
    const at99 = twoProportion(
      { successes: 40, trials: 400 },
      { successes: 60, trials: 400 },
      { confidence: 0.99 },
    );
    expect(at99?.difference.low).toBeLessThan(at95?.difference.low ?? 0);
    expect(at99?.lift?.high).toBeGreaterThan(at95?.lift?.high ?? 0);
  });
});
