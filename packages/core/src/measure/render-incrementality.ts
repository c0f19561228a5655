/** The incrementality report as Markdown, JSON or CSV (`candor measure report LOG --format md|json|csv`). */
import { csvDocument } from "../internal/csv.ts";
import type { IncrementalityReport, RateMetric } from "./incrementality.ts";
import { renderDriftMarkdown } from "./render-drift.ts";
import type { DriftEvent, Interval } from "./types.ts";

/** The output formats of {@link renderIncrementality}. */
export type IncrementalityFormat = "markdown" | "json" | "csv";

/** Options of {@link renderIncrementality}. */
export interface RenderIncrementalityOptions {
  /** Drift events to report with it in Markdown and JSON (`monitor.getState().events`, offline checks); default none. */
  readonly drift?: readonly DriftEvent[];
}

const LABELS: Readonly<Record<RateMetric | "revenuePerVisitor", string>> = {
  click: "click-through (visitors who clicked)",
  addToCart: "add-to-cart (visitors)",
  conversion: "conversion (visitors who bought)",
  firstDayEngagement: "first-day engagement",
  repeatPurchase: "repeat purchase",
  revenuePerVisitor: "revenue per visitor",
};

const dash = "–";
const pct = (n: number | null, signed = false): string =>
  n === null ? dash : `${signed && n >= 0 ? "+" : ""}${(n * 100).toFixed(2)} %`;
const pp = (n: number): string => `${n >= 0 ? "+" : ""}${(n * 100).toFixed(2)} pp`;
const money = (n: number | null, signed = false): string =>
  n === null ? dash : `${signed && n >= 0 ? "+" : ""}${n.toFixed(2)}`;
const pValue = (p: number | null): string => (p === null ? dash : p < 0.001 ? "< 0.001" : p.toFixed(3));
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const iso = (ms: number): string => (Number.isFinite(ms) ? new Date(ms).toISOString() : dash);
const interval = (i: Interval | null, format: (n: number) => string): string =>
  i === null ? dash : `${format(i.estimate)} [${format(i.low)}, ${format(i.high)}]`;
const surfaceName = (surface: string | null): string =>
  surface === null ? "All surfaces" : `Surface \`${cell(surface)}\``;

/** The report as a Markdown document: one lift table per surface, the arms, the methods and any drift. */
export function renderIncrementalityMarkdown(
  report: IncrementalityReport,
  options: RenderIncrementalityOptions = {},
): string {
  const level = `${Math.round(report.confidence * 1000) / 10} %`;
  const c = cell(report.control);
  const t = cell(report.treatment);
  const lines: string[] = [
    `# Incrementality: ${t} over ${c}`,
    "",
    `Observed until ${iso(report.observedUntil)}; ${level} confidence; minimum detectable effects at ${Math.round(report.power * 100)} % power; revenue bootstrap ${report.bootstrap.resamples} resamples, seed ${report.bootstrap.seed}.`,
    "",
  ];
  if (report.comparisons.length === 0)
    lines.push(`No comparison: no outcome of both \`${c}\` and \`${t}\` was found.`, "");
  for (const comparison of report.comparisons) {
    lines.push(`## ${surfaceName(comparison.surface)}`, "");
    lines.push(
      `| metric | indicator | ${c} | ${t} | difference [${level} CI] | lift [${level} CI] | p | MDE (relative) |`,
      "|---|---|---:|---:|---:|---:|---:|---:|",
    );
    for (const r of comparison.rates) {
      lines.push(
        `| ${LABELS[r.metric]} | ${r.indicator} | ${pct(r.control.rate)} (${r.control.successes}/${r.control.visitors}) | ${pct(r.treatment.rate)} (${r.treatment.successes}/${r.treatment.visitors}) | ${interval(r.difference, pp)} | ${interval(r.lift, (n) => pct(n, true))} | ${pValue(r.pValue)} | ${pct(r.mde.relative)} |`,
      );
    }
    const rv = comparison.revenue;
    lines.push(
      `| ${LABELS.revenuePerVisitor} | ${rv.indicator} | ${money(rv.control.perVisitor)} (${rv.control.visitors}) | ${money(rv.treatment.perVisitor)} (${rv.treatment.visitors}) | ${interval(rv.difference, (n) => money(n, true))} | ${interval(rv.lift, (n) => pct(n, true))} | ${pValue(rv.pValue)} | ${pct(rv.mde.relative)} |`,
      "",
    );
  }
  lines.push(
    "## Arms",
    "",
    "| arm | surface | visitors | impressions | CTR (per impression) | click-through | add-to-cart | conversion | revenue per visitor | first-day engagement | repeat purchase (followed up) |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const a of report.arms) {
    lines.push(
      `| ${cell(a.arm)} | ${a.surface === null ? "all" : cell(a.surface)} | ${a.visitors} | ${a.impressions} | ${pct(a.ctr)} | ${pct(a.clickRate)} | ${pct(a.addToCartRate)} | ${pct(a.conversionRate)} | ${money(a.revenuePerVisitor)} | ${pct(a.firstDayEngagementRate)} | ${pct(a.repeatPurchaseRate)} (${a.followedUp}) |`,
    );
  }
  lines.push("", "## Methods", "");
  for (const [name, text] of Object.entries(report.methods)) lines.push(`- ${name}: ${text}`);
  lines.push(
    `- leading indicator: engagement within ${report.windows.leadingMs / 3_600_000} h of a visitor's first event; lagging: a purchase at least ${report.windows.repeatGapMs / 3_600_000} h after the first, within ${report.windows.laggingMs / 86_400_000} days, among visitors followed up that long`,
    "",
  );
  if (options.drift !== undefined) lines.push("## Drift", "", renderDriftMarkdown(options.drift));
  return `${lines.join("\n")}\n`;
}

/** The report as pretty-printed JSON (with `drift` when given). */
export function renderIncrementalityJson(
  report: IncrementalityReport,
  options: RenderIncrementalityOptions = {},
): string {
  const value = options.drift === undefined ? report : { ...report, drift: options.drift };
  return `${JSON.stringify(value, null, 2)}\n`;
}

type Row = (string | number | null)[];

/**
 * The report as CSV in long form: `section,surface,arm,metric,indicator,estimate,low,high,p_value,mde,n`.
 * Sections: `arm` (one row per arm, surface and figure), `difference` and `lift` (treatment over control; `mde`
 * absolute or relative). The all-surfaces rows have surface `*`. Drift has its own CSV (`renderDrift`).
 */
export function renderIncrementalityCsv(report: IncrementalityReport): string {
  const rows: Row[] = [];
  const surface = (s: string | null) => s ?? "*";
  for (const a of report.arms) {
    const s = surface(a.surface);
    const figures: [string, number | null, number][] = [
      ["visitors", a.visitors, a.visitors],
      ["impressions", a.impressions, a.visitors],
      ["clicks", a.clicks, a.visitors],
      ["add_to_carts", a.addToCarts, a.visitors],
      ["purchases", a.purchases, a.visitors],
      ["revenue", a.revenue, a.visitors],
      ["ctr", a.ctr, a.impressions],
      ["click", a.clickRate, a.visitors],
      ["add_to_cart", a.addToCartRate, a.visitors],
      ["conversion", a.conversionRate, a.visitors],
      ["revenue_per_visitor", a.revenuePerVisitor, a.visitors],
      ["first_day_engagement", a.firstDayEngagementRate, a.visitors],
      ["repeat_purchase", a.repeatPurchaseRate, a.followedUp],
    ];
    for (const [metric, value, n] of figures)
      rows.push(["arm", s, a.arm, metric, null, value, null, null, null, null, n]);
  }
  const snake = (metric: string) => metric.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
  for (const comparison of report.comparisons) {
    const s = surface(comparison.surface);
    for (const r of comparison.rates) {
      const n = r.treatment.visitors;
      const { difference: d, lift: l } = r;
      rows.push([
        "difference",
        s,
        report.treatment,
        snake(r.metric),
        r.indicator,
        d.estimate,
        d.low,
        d.high,
        r.pValue,
        r.mde.absolute,
        n,
      ]);
      rows.push([
        "lift",
        s,
        report.treatment,
        snake(r.metric),
        r.indicator,
        l?.estimate ?? null,
        l?.low ?? null,
        l?.high ?? null,
        r.pValue,
        r.mde.relative,
        n,
      ]);
    }
    const rv = comparison.revenue;
    const n = rv.treatment.visitors;
    rows.push([
      "difference",
      s,
      report.treatment,
      "revenue_per_visitor",
      rv.indicator,
      rv.treatment.perVisitor - rv.control.perVisitor,
      rv.difference?.low ?? null,
      rv.difference?.high ?? null,
      rv.pValue,
      rv.mde.absolute,
      n,
    ]);
    rows.push([
      "lift",
      s,
      report.treatment,
      "revenue_per_visitor",
      rv.indicator,
      rv.lift?.estimate ?? null,
      rv.lift?.low ?? null,
      rv.lift?.high ?? null,
      rv.pValue,
      rv.mde.relative,
      n,
    ]);
  }
  return csvDocument(
    ["section", "surface", "arm", "metric", "indicator", "estimate", "low", "high", "p_value", "mde", "n"],
    rows,
  );
}

/** The report in `format`. */
export function renderIncrementality(
  report: IncrementalityReport,
  format: IncrementalityFormat,
  options: RenderIncrementalityOptions = {},
): string {
  if (format === "json") return renderIncrementalityJson(report, options);
  if (format === "csv") return renderIncrementalityCsv(report);
  return renderIncrementalityMarkdown(report, options);
}
