import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultFeedbackModel } from "@candor/sample-shop";
import { describe, expect, it } from "vitest";
import { type BubbleArmRun, bubbleReport, summarize, tQuantile975 } from "../bubble-report.ts";
import type { BubbleDayMetrics } from "../bubble-run.ts";
import { type CliIo, processIo, runCli } from "../index.ts";

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { ...processIo, out: (t) => void out.push(t), err: (t) => void err.push(t) }, out, err };
}

const day = (over: Partial<BubbleDayMetrics>): BubbleDayMetrics => ({
  tasteEntropy: 1.5,
  tasteOutsideShare: 0.1,
  consumptionEntropy: 0.5,
  outsideShare: 0.05,
  homogeneity: 0.01,
  homogeneityNearest: 0.05,
  itemGini: 0.9,
  providerGini: 0.7,
  longTailShare: 0.2,
  clicks: 0.5,
  revenue: 5,
  utility: 1,
  utilityShare: 0.8,
  slates: 100,
  ...over,
});

describe("the bubble report", () => {
  it("uses Student t intervals over seeds", () => {
    expect(tQuantile975(9)).toBeCloseTo(2.262, 2);
    expect(tQuantile975(29)).toBeCloseTo(2.045, 2);
    expect(summarize([1, 2, 3])).toMatchObject({ mean: 2, n: 3 });
    expect(summarize([1, 2, 3])?.high).toBeCloseTo(2 + 4.303 / Math.sqrt(3), 3);
    expect(summarize([null, 4])).toEqual({ mean: 4, low: 4, high: 4, n: 1 });
    expect(summarize([null])).toBeNull();
  });

  it("says plainly when re-ranking makes shoppers more alike, and pairs arms by seed", () => {
    const runs: BubbleArmRun[] = [];
    for (const seed of [1, 2, 3, 4]) {
      const noise = seed * 0.001;
      runs.push({
        variety: 0,
        seed,
        daily: [day({ homogeneity: 0.01 + noise }), day({ homogeneity: 0.02 + noise, tasteEntropy: 1.2 })],
      });
      runs.push({
        variety: 0.5,
        seed,
        daily: [day({ homogeneity: 0.01 + noise }), day({ homogeneity: 0.03 + noise, tasteEntropy: 1.2 })],
      });
    }
    const report = bubbleReport(
      runs,
      { days: 2, warmUpDays: 0, shoppers: 10, items: 100, k: 10 },
      defaultFeedbackModel,
      "test",
    );
    expect(report.comparisons[0]?.lastDay.homogeneity?.mean).toBeCloseTo(0.01, 12);
    // Paired by seed, the per-seed noise cancels: the interval is a point.
    expect(report.comparisons[0]?.lastDay.homogeneity?.high).toBeCloseTo(0.01, 12);
    const text = report.reading.join("\n");
    expect(text).toMatch(/tastes narrowed/);
    expect(text).toMatch(/re-ranking makes shoppers more alike, not less/);
    expect(text).toMatch(/Plainly: at variety 0.5 re-ranking did not reduce homogenization/);
  });
});

describe("candor bubble", () => {
  it("runs every arm on the same seeds and writes Markdown, JSON and the SVG chart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "candor-bubble-"));
    const { io, out } = capture();
    const argv = [
      "bubble",
      "--seeds",
      "2",
      "--days",
      "4",
      "--shoppers",
      "40",
      "--items",
      "300",
      "--variety",
      "0,0.5",
    ];
    expect(await runCli([...argv, "--format", "json", "--out", join(dir, "b")], io)).toBe(0);
    const report = JSON.parse(out.join(""));
    expect(report.schema).toBe("candor.bubble/1");
    expect(report.settings).toMatchObject({ varieties: [0, 0.5], seeds: [1, 2], days: 4, shoppers: 40 });
    expect(report.model).toEqual(defaultFeedbackModel);
    expect(report.arms).toHaveLength(2);
    expect(report.arms[0].daily).toHaveLength(4);
    expect(report.arms[0].daily[3].tasteEntropy.n).toBe(2);
    expect(report.comparisons).toHaveLength(1);
    // Every slate went through the serving pipeline personalized, and was committed to the log first.
    const served = report.arms[0].served;
    expect(served.slates).toBeGreaterThan(0);
    expect(served).toMatchObject({ personalized: served.slates, entries: served.slates * 10, issues: 0 });
    expect(report.reading.length).toBeGreaterThan(1);
    expect(report.command).toContain("candor bubble --seeds 2");
    const markdown = readFileSync(join(dir, "b.md"), "utf8");
    expect(markdown).toMatch(/^# Filter bubbles in a feedback loop: 4 days, variety 0, 0.5/);
    expect(markdown).toContain("Command: `candor bubble --seeds 2");
    expect(markdown).toContain("![Taste entropy");
    expect(JSON.parse(readFileSync(join(dir, "b.json"), "utf8"))).toEqual(report);
    const svg = readFileSync(join(dir, "b.svg"), "utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<polyline /g)?.length).toBe(3 * 3);
    // A saved report re-renders without running the loop again.
    const again = capture();
    expect(await runCli(["bubble", "--from", join(dir, "b.json"), "--format", "json"], again.io)).toBe(0);
    expect(JSON.parse(again.out.join(""))).toEqual(report);
    expect(await runCli(["bubble", "--from", join(dir, "b.svg")], capture().io)).toBe(1);
  }, 120_000);

  it("rejects a variety outside [0, 1] as a usage error", async () => {
    const { io, err } = capture();
    expect(await runCli(["bubble", "--variety", "0,2"], io)).toBe(2);
    expect(err.join("")).toMatch(/--variety must be comma-separated numbers in \[0, 1\]/);
  });
});
