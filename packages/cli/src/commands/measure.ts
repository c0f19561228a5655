/** `candor measure report`: the incrementality of personalization from a holdout experiment's outcome events. */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import {
  incrementality,
  type Outcome,
  parseOutcome,
  renderIncrementality,
  renderSequentialMarkdown,
  sequentialLift,
} from "@candor/core/measure";
import { numberFlag, parseFlags } from "../args.ts";
import { type CliIo, UsageError } from "../io.ts";
import type { Command } from "../main.ts";
import { renderSequentialCheck, runSequentialCheck } from "../measure-check.ts";

const help = `Usage: candor measure report LOG [--outcomes FILE] [--control ARM] [--treatment ARM]
                             [--confidence C] [--seed S] [--format markdown|json|csv]
                             [--experiment-start DATE] [--planned-visitors N] [--look-every HOURS]
       candor measure check [--seeds N] [--visitors N] [--days D] [--lift L] [--treatment-share S]
                            [--format markdown|json]

Reads the outcome events (impressions, clicks, add-to-cart, purchases; default LOG.outcomes.jsonl, as written by
candor simulate) and reports per arm and surface the click-through, add-to-cart and conversion rates and revenue
per visitor, the lift of the treatment over the control with confidence intervals (two-proportion and Katz
risk-ratio intervals, a seeded visitor bootstrap for revenue), the minimum detectable effect, and leading and
lagging indicators. When LOG.truth.json exists (a simulation's ground truth), the true click lift is printed too.

It then shows what a shop watching the lift daily may act on: always-valid intervals (a normal-mixture confidence
sequence; Howard et al. 2021), valid at every look at once, beside the fixed-horizon ones that are valid for one
look only, with one row per day. With --experiment-start, outcomes before it are the pre-period: each visitor's
pre-period clicks, purchases and revenue adjust the estimates (CUPED), and only later outcomes are counted.

Options:
  --control ARM           the control arm's id (default control)
  --treatment ARM         the treatment arm's id (default personalized)
  --confidence C          interval level (default 0.95)
  --seed S                bootstrap seed (default 0)
  --experiment-start T    start of the experiment (ISO date-time or epoch ms): the pre-period ends there
  --planned-visitors N    visitors at which the always-valid intervals are tightest; fix it before the first
                          look (default 10000)
  --look-every HOURS      time between looks (default 24)

candor measure check runs the always-valid intervals against a simulator's known truth: N seeds, each once with
no true effect and once with a true click lift (--lift, default 0.3), looked at daily, and reports how often daily
peeking declared a false win and how often the interval covered the true effect (defaults: --seeds 200,
--visitors 2500, --days 28, --treatment-share 0.5).`;

export const measureCommand: Command = {
  summary: "report personalization's measured effect (holdout lift with intervals)",
  help,
  async run(argv, io) {
    const [sub, log, ...rest] = argv;
    if (sub === "check") return check(argv.slice(1), io);
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
      "experiment-start": "string",
      "planned-visitors": "string",
      "look-every": "string",
    });
    const format = flags.format ?? "markdown";
    if (format !== "markdown" && format !== "json" && format !== "csv") {
      throw new UsageError(`--format must be markdown, json or csv, got "${String(format)}"`);
    }
    const confidence = numberFlag(flags, "confidence", 0.95, (n) => n > 0 && n < 1);
    const seed = numberFlag(flags, "seed", 0, Number.isInteger);
    const plannedVisitors = numberFlag(
      flags,
      "planned-visitors",
      10_000,
      (n) => Number.isInteger(n) && n >= 1,
    );
    const lookEvery = numberFlag(flags, "look-every", 24, (n) => n > 0);
    const startFlag = flags["experiment-start"];
    let experimentStart: number | undefined;
    if (typeof startFlag === "string") {
      experimentStart = /^\d+$/.test(startFlag) ? Number(startFlag) : Date.parse(startFlag);
      if (!Number.isFinite(experimentStart))
        throw new UsageError(`--experiment-start must be an ISO date-time or epoch ms, got "${startFlag}"`);
    }
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
    const arms = {
      control: typeof flags.control === "string" ? flags.control : "control",
      treatment: typeof flags.treatment === "string" ? flags.treatment : "personalized",
    };
    const counted =
      experimentStart === undefined ? outcomes : outcomes.filter((o) => o.at >= experimentStart);
    const report = incrementality(counted, { ...arms, confidence, bootstrap: { seed } });
    const sequential = sequentialLift(outcomes, {
      ...arms,
      confidence,
      plannedVisitors,
      lookEveryMs: lookEvery * 3_600_000,
      ...(experimentStart === undefined ? {} : { experimentStart }),
    });
    if (format === "json") io.out(`${JSON.stringify({ ...report, sequential }, null, 2)}\n`);
    else io.out(renderIncrementality(report, format));
    if (format === "markdown") io.out(`\n${renderSequentialMarkdown(sequential)}`);
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
        const always = sequential.looks.at(-1)?.estimates.find((e) => e.metric === "click")?.lift;
        const coveredAlways = always ? always.low <= lift && lift <= always.high : false;
        io.out(
          `\nGround truth (simulation): visitor click probability ${t.toFixed(4)} (${report.treatment}) vs ${c.toFixed(4)} (${report.control}), a true lift of ${(lift * 100).toFixed(1)} %; ${covered ? "inside" : "outside"} the measured interval${always ? `, ${coveredAlways ? "inside" : "outside"} the always-valid one` : ""}.`,
        );
      }
    }
    return 0;
  },
};

async function check(argv: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseFlags(argv, {
    seeds: "string",
    visitors: "string",
    days: "string",
    lift: "string",
    "treatment-share": "string",
    confidence: "string",
    format: "string",
  });
  const format = flags.format ?? "markdown";
  if (format !== "markdown" && format !== "json")
    throw new UsageError(`--format must be markdown or json, got "${String(format)}"`);
  const options = {
    seeds: numberFlag(flags, "seeds", 200, (n) => Number.isInteger(n) && n >= 1),
    visitors: numberFlag(flags, "visitors", 2500, (n) => Number.isInteger(n) && n >= 10),
    days: numberFlag(flags, "days", 28, (n) => Number.isInteger(n) && n >= 1 && n <= 365),
    lift: numberFlag(flags, "lift", 0.3, (n) => n > -1 && n <= 10),
    treatmentShare: numberFlag(flags, "treatment-share", 0.5, (n) => n > 0 && n < 1),
    confidence: numberFlag(flags, "confidence", 0.95, (n) => n > 0 && n < 1),
  };
  const result = runSequentialCheck({ ...options, progress: (t) => io.err(t) });
  if (format === "json") io.out(`${JSON.stringify(result, null, 2)}\n`);
  else io.out(renderSequentialCheck(result, ["candor measure check", ...argv].join(" ")));
  return 0;
}
