import { describe, expect, it } from "vitest";
import { type DriftEvent, incrementality, parseOutcome, renderIncrementality } from "./index.ts";
import { renderDrift } from "./render-drift.ts";

const T0 = Date.UTC(2026, 0, 1);
const outcomes = ["c1", "c2", "c3", "t1", "t2", "t3", "t4"].flatMap((subject, i) => {
  const arm = subject.startsWith("c") ? "holdout" : "personalized";
  const base = { subject, arm, surface: i % 2 ? "home" : "pdp|x", slate: "sl" };
  return [
    parseOutcome({ ...base, type: "impression", at: T0 + i }),
    ...(i % 3 ? [parseOutcome({ ...base, type: "click", at: T0 + i + 1 })] : []),
    ...(i % 2 ? [parseOutcome({ ...base, type: "purchase", at: T0 + i + 2, revenue: 10 + i })] : []),
  ];
});
const report = incrementality(outcomes, {
  control: "holdout",
  treatment: "personalized",
  bootstrap: { resamples: 100 },
});
const drift: DriftEvent = {
  source: "online",
  at: T0 + 3_600_000,
  metric: "ctr",
  arm: "personalized",
  baseline: 0.05,
  observed: 0.04,
  threshold: 0.1,
  drop: 0.2,
  sample: 5000,
  pValue: 0.0001,
};

describe("renderIncrementality", () => {
  it("renders Markdown with a lift table per surface, the arms, the methods and the drift section", () => {
    const md = renderIncrementality(report, "markdown", { drift: [drift] });
    expect(md).toContain("# Incrementality: personalized over holdout");
    expect(md).toContain("## All surfaces");
    expect(md).toContain("## Surface `home`");
    expect(md).toContain("## Surface `pdp\\|x`");
    expect(md).toContain("| click-through (visitors who clicked) | primary |");
    expect(md).toContain("| revenue per visitor | primary |");
    expect(md).toContain("## Arms");
    expect(md).toContain("- lift: Katz log risk-ratio interval");
    expect(md).toContain("## Drift");
    expect(md).toContain(
      "| online | ctr | personalized | 0.0500 | 0.0400 | 20.00 % | 10.00 % | 5000 | < 0.001 |",
    );
    expect(renderIncrementality(report, "markdown")).not.toContain("## Drift");
    expect(renderIncrementality(report, "markdown", { drift: [] })).toContain("No drift detected.");
  });

  it("renders JSON that parses back to the report", () => {
    expect(JSON.parse(renderIncrementality(report, "json"))).toEqual(JSON.parse(JSON.stringify(report)));
    expect(JSON.parse(renderIncrementality(report, "json", { drift: [drift] })).drift).toEqual([drift]);
  });

  it("renders long-form CSV: 13 figures per arm row, a difference and a lift row per compared metric", () => {
    const lines = renderIncrementality(report, "csv").trimEnd().split("\r\n");
    expect(lines[0]).toBe("section,surface,arm,metric,indicator,estimate,low,high,p_value,mde,n");
    const compared = report.comparisons.reduce((n, c) => n + c.rates.length + 1, 0);
    expect(lines).toHaveLength(1 + report.arms.length * 13 + compared * 2);
    expect(lines).toContain("arm,*,holdout,visitors,,3,,,,,3");
    expect(lines.some((l) => l.startsWith("lift,pdp|x,personalized,click,primary,"))).toBe(true);
  });
});

describe("renderDrift", () => {
  it("renders drift events as Markdown, JSON and CSV", () => {
    expect(renderDrift([], "markdown")).toBe("No drift detected.\n");
    expect(renderDrift([drift], "csv")).toBe(
      "at,source,metric,arm,baseline,observed,drop,threshold,sample,p_value\r\n2026-01-01T01:00:00.000Z,online,ctr,personalized,0.05,0.04,0.2,0.1,5000,0.0001\r\n",
    );
    expect(JSON.parse(renderDrift([drift], "json"))).toEqual([drift]);
  });
});
