/** `candor measure report`: the incrementality of personalization from a holdout experiment's outcome events. */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { incrementality, type Outcome, parseOutcome, renderIncrementality } from "@candor/core/measure";
import { numberFlag, parseFlags } from "../args.ts";
import { UsageError } from "../io.ts";
import type { Command } from "../main.ts";

const help = `Usage: candor measure report LOG [--outcomes FILE] [--control ARM] [--treatment ARM]
                             [--confidence C] [--seed S] [--format markdown|json|csv]

Reads the outcome events (impressions, clicks, add-to-cart, purchases; default LOG.outcomes.jsonl, as written by
candor simulate) and reports per arm and surface the click-through, add-to-cart and conversion rates and revenue
per visitor, the lift of the treatment over the control with confidence intervals (two-proportion and Katz
risk-ratio intervals, a seeded visitor bootstrap for revenue), the minimum detectable effect, and leading and
lagging indicators. When LOG.truth.json exists (a simulation's ground truth), the true click lift is printed too.

Options:
  --control ARM      the control arm's id (default control)
  --treatment ARM    the treatment arm's id (default personalized)
  --confidence C     interval level (default 0.95)
  --seed S           bootstrap seed (default 0)`;

export const measureCommand: Command = {
  summary: "report personalization's measured effect (holdout lift with intervals)",
  help,
  async run(argv, io) {
    const [sub, log, ...rest] = argv;
    if (sub !== "report")
      throw new UsageError(sub ? `unknown measure command "${sub}"` : "name a measure command");
    if (!log || log.startsWith("--")) throw new UsageError("candor measure report needs a LOG file");
    const { flags } = parseFlags(rest, {
      outcomes: "string",
      control: "string",
      treatment: "string",
      confidence: "string",
      seed: "string",
      format: "string",
    });
    const format = flags.format ?? "markdown";
    if (format !== "markdown" && format !== "json" && format !== "csv") {
      throw new UsageError(`--format must be markdown, json or csv, got "${String(format)}"`);
    }
    const confidence = numberFlag(flags, "confidence", 0.95, (n) => n > 0 && n < 1);
    const seed = numberFlag(flags, "seed", 0, Number.isInteger);
    const file = typeof flags.outcomes === "string" ? flags.outcomes : `${log}.outcomes.jsonl`;
    if (!existsSync(file)) throw new Error(`cannot read ${file}: no such file`);
    const outcomes: Outcome[] = [];
    for (const [n, line] of (await readFile(file, "utf8")).split("\n").entries()) {
      if (line.trim() === "") continue;
      try {
        outcomes.push(parseOutcome(JSON.parse(line)));
      } catch (error) {
        throw new Error(`${file}:${n + 1}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const report = incrementality(outcomes, {
      control: typeof flags.control === "string" ? flags.control : "control",
      treatment: typeof flags.treatment === "string" ? flags.treatment : "personalized",
      confidence,
      bootstrap: { seed },
    });
    io.out(renderIncrementality(report, format));
    const truthFile = `${log}.truth.json`;
    if (format === "markdown" && existsSync(truthFile)) {
      const truth = JSON.parse(await readFile(truthFile, "utf8")) as {
        visitorClickProbability: Record<string, number>;
      };
      const c = truth.visitorClickProbability[report.control];
      const t = truth.visitorClickProbability[report.treatment];
      const measured = report.comparisons
        .find((x) => x.surface === null)
        ?.rates.find((r) => r.metric === "click")?.lift;
      if (c !== undefined && t !== undefined && c > 0) {
        const lift = t / c - 1;
        const covered = measured ? measured.low <= lift && lift <= measured.high : false;
        io.out(
          `\nGround truth (simulation): visitor click probability ${t.toFixed(4)} (${report.treatment}) vs ${c.toFixed(4)} (${report.control}), a true lift of ${(lift * 100).toFixed(1)} %; ${covered ? "inside" : "outside"} the measured interval.`,
        );
      }
    }
    return 0;
  },
};
