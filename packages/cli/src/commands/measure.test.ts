import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliIo, processIo, runCli } from "../index.ts";

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { ...processIo, out: (t) => void out.push(t), err: (t) => void err.push(t) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "candor-measure-"));
const log = join(dir, "log.jsonl");

describe("candor measure report", () => {
  beforeAll(async () => {
    const { io } = capture();
    const argv = [
      "simulate",
      "--shoppers",
      "120",
      "--days",
      "4",
      "--seed",
      "2",
      "--items",
      "300",
      "--holdout",
      "0.4",
    ];
    expect(await runCli([...argv, "--out", log, "--keys", join(dir, "keys")], io)).toBe(0);
  }, 90_000);

  it("simulate writes only analytics-consented outcomes, each with its arm", () => {
    const lines = readFileSync(`${log}.outcomes.jsonl`, "utf8").trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    const arms = new Set(lines.map((l) => JSON.parse(l).arm));
    expect(arms).toEqual(new Set(["personalized", "control"]));
    const truth = JSON.parse(readFileSync(`${log}.truth.json`, "utf8"));
    expect(Object.keys(truth.visitorClickProbability).sort()).toEqual(["control", "personalized"]);
  });

  it("reports the lift with intervals and the simulation's ground truth", async () => {
    const { io, out } = capture();
    expect(await runCli(["measure", "report", log], io)).toBe(0);
    const text = out.join("\n");
    expect(text).toContain("# Incrementality: personalized over control");
    expect(text).toMatch(/click-through \(visitors who clicked\) \| primary/);
    expect(text).toMatch(
      /Ground truth \(simulation\): .* a true lift of -?\d+\.\d %; (inside|outside) the measured interval\./,
    );
    const json = capture();
    expect(await runCli(["measure", "report", log, "--format", "json"], json.io)).toBe(0);
    expect(JSON.parse(json.out.join("")).schema).toBe("candor.incrementality/1");
  });

  it("monitors the personalized arm for drift, and the audit report says what it found", async () => {
    const drift = JSON.parse(readFileSync(`${log}.drift.json`, "utf8"));
    expect(drift.checks).toBeGreaterThan(0);
    const { io, out } = capture();
    expect(await runCli(["audit", "report", log], io)).toBe(0);
    expect(out.join("\n")).toMatch(/## Drift\n\n(No drift detected|\*\*Drift detected)/);
  });

  it("flags drift when the simulated tastes shift mid-run, and refits on it; not without a shift", async () => {
    const run = async (extra: string[]) => {
      const out = join(dir, `drift-${extra.length}.jsonl`);
      const { io, out: lines } = capture();
      const argv = ["simulate", "--shoppers", "300", "--days", "10", "--seed", "4"];
      expect(await runCli([...argv, ...extra, "--out", out, "--keys", `${out}-keys`], io)).toBe(0);
      return { drift: JSON.parse(readFileSync(`${out}.drift.json`, "utf8")), text: lines.join("\n") };
    };
    const shifted = await run(["--shift-day", "5"]);
    expect(shifted.drift.events.length).toBeGreaterThan(0);
    expect(shifted.drift.events[0].at).toBeGreaterThan(Date.UTC(2026, 0, 6));
    expect(shifted.text).toMatch(/refits triggered by drift: [1-9]/);
    const stable = await run([]);
    expect(stable.drift.events).toEqual([]);
  }, 120_000);

  it("shows the always-valid intervals at every daily look, and CUPED with --experiment-start", async () => {
    const { io, out } = capture();
    expect(await runCli(["measure", "report", log], io)).toBe(0);
    const text = out.join("\n");
    expect(text).toContain("## Watching daily: always-valid intervals");
    expect(text).toContain("CUPED is off");
    expect(text).toMatch(/\| 2026-01-0\dT23:59:59\.999Z \| \d+ \/ \d+ \|/);
    const json = capture();
    const start = "2026-01-03T00:00:00Z";
    const argv = [
      "measure",
      "report",
      log,
      "--format",
      "json",
      "--experiment-start",
      start,
      "--planned-visitors",
      "500",
    ];
    expect(await runCli(argv, json.io)).toBe(0);
    const report = JSON.parse(json.out.join(""));
    expect(report.sequential).toMatchObject({
      schema: "candor.sequential-lift/1",
      cuped: true,
      plannedVisitors: 500,
      experimentStart: Date.parse(start),
    });
    expect(report.sequential.looks.length).toBeGreaterThanOrEqual(2);
    expect(report.observedUntil).toBeGreaterThanOrEqual(Date.parse(start));
    expect(await runCli(["measure", "report", log, "--experiment-start", "soon"], capture().io)).toBe(2);
  });

  it("checks the always-valid intervals against the simulator's truth", async () => {
    const { io, out } = capture();
    const argv = ["measure", "check", "--seeds", "3", "--visitors", "300", "--days", "7", "--format", "json"];
    expect(await runCli(argv, io)).toBe(0);
    const check = JSON.parse(out.join(""));
    expect(check.schema).toBe("candor.sequential-check/1");
    expect(check.metrics.map((m: { metric: string }) => m.metric)).toEqual([
      "click",
      "conversion",
      "revenuePerVisitor",
    ]);
    for (const m of check.metrics) expect(m.coveredEveryLook).toBeLessThanOrEqual(3);
    const md = capture();
    expect(
      await runCli(["measure", "check", "--seeds", "2", "--visitors", "200", "--days", "5"], md.io),
    ).toBe(0);
    expect(md.out.join("")).toContain("Command: `candor measure check --seeds 2 --visitors 200 --days 5`");
  });

  it("gives usage errors and names a missing file", async () => {
    for (const argv of [
      ["measure"],
      ["measure", "frob", log],
      ["measure", "report"],
      ["measure", "report", log, "--format", "xml"],
    ]) {
      expect(await runCli(argv, capture().io)).toBe(2);
    }
    const missing = capture();
    expect(await runCli(["measure", "report", join(dir, "none.jsonl")], missing.io)).toBe(1);
    expect(missing.err.join("")).toContain("no such file");
  });
});
