/** The sequential lift report as Markdown (a section of `candor measure report`) and JSON. */
import type { SequentialLiftReport, SequentialMetric } from "./sequential-lift.ts";
import type { Interval } from "./types.ts";

const LABELS: Readonly<Record<SequentialMetric, string>> = {
  click: "click-through (visitors who clicked)",
  conversion: "conversion (visitors who bought)",
  revenuePerVisitor: "revenue per visitor",
};

const dash = "–";
const iso = (ms: number): string => new Date(ms).toISOString().replace(".000Z", "Z");
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const signed = (n: number, digits: number, unit = ""): string =>
  `${n >= 0 ? "+" : ""}${n.toFixed(digits)}${unit}`;
const value = (metric: SequentialMetric) => (n: number) =>
  metric === "revenuePerVisitor" ? signed(n, 2) : signed(n * 100, 2, " pp");
const plain = (metric: SequentialMetric, n: number) =>
  metric === "revenuePerVisitor" ? n.toFixed(2) : `${(n * 100).toFixed(2)} %`;
const interval = (i: Interval | null, format: (n: number) => string): string =>
  i === null ? dash : `${format(i.estimate)} [${format(i.low)}, ${format(i.high)}]`;
const pValue = (p: number): string => (p < 0.001 ? "< 0.001" : p.toFixed(3));
const verdictText = (verdict: string): string =>
  verdict === "treatment-better"
    ? "treatment better"
    : verdict === "control-better"
      ? "control better"
      : "no decision";

/** Options of {@link renderSequentialMarkdown}. */
export interface RenderSequentialOptions {
  /** Heading level of the section; default 2 (`##`). */
  readonly level?: number;
  /** The metric of the per-look table; default `"click"`. */
  readonly daily?: SequentialMetric;
}

/**
 * The report as a Markdown section: the last look's always-valid intervals per metric beside the fixed-horizon
 * ones, the decisions a daily watcher could act on, and one row per look for one metric.
 */
export function renderSequentialMarkdown(
  report: SequentialLiftReport,
  options: RenderSequentialOptions = {},
): string {
  const h = "#".repeat(options.level ?? 2);
  const level = `${Math.round(report.confidence * 1000) / 10} %`;
  const hours = report.lookEveryMs / 3_600_000;
  const last = report.looks.at(-1);
  const lines = [`${h} Watching daily: always-valid intervals`, ""];
  if (!last) {
    lines.push(`No look: no outcome of \`${report.control}\` or \`${report.treatment}\` was found.`, "");
    return `${lines.join("\n")}\n`;
  }
  const first = report.looks[0] as (typeof report.looks)[number];
  lines.push(
    `Looked every ${hours} h from ${iso(first.at)} to ${iso(last.at)} (${report.looks.length} looks). These intervals hold at every look at once with ${level} confidence, so the lift may be checked every day and acted on at the first look whose interval excludes 0. They are tightest near ${report.plannedVisitors} visitors, a number fixed before the first look. An interval appears once each arm has ${report.minEvents} visitors with the event.`,
    "",
    report.cuped && report.experimentStart !== null
      ? `CUPED: each visitor's clicks, purchases and revenue before ${iso(report.experimentStart)} (the pre-period) adjust the estimates; the last column is the share of variance this removed.`
      : "CUPED is off: no pre-period was given (`--experiment-start`).",
    "",
    `| metric | control | treatment | difference [${level}, always valid] | lift [${level}, always valid] | always-valid p | fixed-horizon difference [${level}, one look only] | variance removed by CUPED |`,
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const e of last.estimates) {
    const f = value(e.metric);
    lines.push(
      `| ${LABELS[e.metric]} | ${plain(e.metric, e.control.mean)} (${e.control.visitors}) | ${plain(e.metric, e.treatment.mean)} (${e.treatment.visitors}) | ${interval(e.difference, f)} | ${interval(e.lift, (n) => signed(n * 100, 1, " %"))} | ${pValue(e.pValue)} | ${interval(e.fixedHorizon, f)} | ${e.varianceReduction === null ? dash : `${(e.varianceReduction * 100).toFixed(1)} %`} |`,
    );
  }
  lines.push("");
  for (const metric of Object.keys(LABELS) as SequentialMetric[]) {
    const decision = report.decisions[metric];
    const fixed = report.fixedHorizonDecisions[metric];
    let text = decision
      ? `- ${LABELS[metric]}: **${verdictText(decision.verdict)}** since the look of ${day(decision.at)}.`
      : `- ${LABELS[metric]}: no decision yet (the always-valid interval still contains 0).`;
    if (fixed && (!decision || fixed.at < decision.at || fixed.verdict !== decision.verdict))
      text += ` Peeking at fixed-horizon intervals would have declared "${verdictText(fixed.verdict)}" on ${day(fixed.at)}, which a daily look cannot trust.`;
    lines.push(text);
  }
  const metric = options.daily ?? "click";
  const f = value(metric);
  lines.push(
    "",
    `${h}# Every look: ${LABELS[metric]}`,
    "",
    "| look | visitors (control / treatment) | difference [always valid] | fixed-horizon difference | verdict |",
    "|---|---:|---:|---:|---|",
  );
  for (const look of report.looks) {
    const e = look.estimates.find((x) => x.metric === metric);
    lines.push(
      `| ${iso(look.at)} | ${look.visitors.control} / ${look.visitors.treatment} | ${e ? interval(e.difference, f) : dash} | ${e ? interval(e.fixedHorizon, f) : dash} | ${e ? verdictText(e.verdict) : "too few events"} |`,
    );
  }
  lines.push("", `${h}# Methods`, "");
  for (const [name, text] of Object.entries(report.methods)) lines.push(`- ${name}: ${text}`);
  return `${lines.join("\n")}\n`;
}

/** The report as pretty-printed JSON. */
export function renderSequentialJson(report: SequentialLiftReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
