import { describe, expect, it } from "vitest";
import { measureTexts } from "../registry.ts";
import {
  driftChartView,
  liftChartView,
  type MeasurementData,
  measurementSummaryText,
  measurementView,
} from "./index.ts";

const rate = (metric: string, lift: { estimate: number; low: number; high: number } | null) => ({
  metric,
  control: { rate: 0.1, successes: 10, visitors: 100 },
  treatment: { rate: 0.12, successes: 12, visitors: 100 },
  lift,
  pValue: 0.04,
});
const report = (lift: { estimate: number; low: number; high: number } | null) =>
  ({
    control: "holdout",
    treatment: "personalized",
    confidence: 0.95,
    comparisons: [{ surface: null, rates: [rate("click", lift), rate("conversion", null)] }],
  }) as unknown as MeasurementData["report"];
const drift = {
  checks: [
    { at: 0, arm: "personalized", impressions: 100, clicks: 10, ctr: 0.1, baseline: 0.1, drifting: false },
    {
      at: 3_600_000,
      arm: "personalized",
      impressions: 100,
      clicks: 5,
      ctr: 0.05,
      baseline: 0.1,
      drifting: true,
    },
  ],
  events: [
    {
      source: "online",
      at: 3_600_000,
      metric: "ctr",
      arm: "personalized",
      baseline: 0.1,
      observed: 0.05,
      threshold: 0.2,
      drop: 0.5,
    },
  ],
} as unknown as MeasurementData["drift"];
const texts = measureTexts("en");

describe("measurement models", () => {
  it("says raised, lowered or no difference from where the click-through interval lies", () => {
    const raised = measurementSummaryText(report({ estimate: 0.2, low: 0.05, high: 0.35 }), texts, "en");
    const lowered = measurementSummaryText(report({ estimate: -0.2, low: -0.35, high: -0.05 }), texts, "en");
    const none = measurementSummaryText(report({ estimate: 0.02, low: -0.1, high: 0.14 }), texts, "en");
    expect(new Set([raised, lowered, none]).size).toBe(3);
    expect(raised).toContain("20%");
    expect(measurementSummaryText(report(null), texts, "en")).toBe(texts.noData);
  });

  it("tabulates every rate, leaves rates without a lift out of the chart, and follows the drifting arm", () => {
    const view = measurementView(
      { report: report({ estimate: 0.2, low: 0.05, high: 0.35 }), drift },
      texts,
      "en",
    );
    expect(view.liftRows.map((r) => r.key)).toEqual(["click", "conversion"]);
    expect(view.liftRows[1]?.lift).toBe(texts.undefinedLift);
    expect(view.drift.checks).toHaveLength(2);
    expect(view.drift.threshold).toBe(0.2);
    expect(view.eventRows[0]).toMatchObject({ arm: "personalized", drop: "50%" });
    const lift = liftChartView(view.rates, view.labelOf, "Lift.", "en");
    expect(lift.rows.map((r) => r.key)).toEqual(["click"]);
    const row = lift.rows[0];
    expect(row && row.low < row.estimate && row.estimate < row.high).toBe(true);
    const chart = driftChartView({ ...view.drift, description: "Drift.", locale: "en" });
    expect(chart.points.split(" ")).toHaveLength(2);
    expect(chart.events).toHaveLength(1);
    expect(chart.lineY).toBeGreaterThan(chart.baselineY);
  });
});
