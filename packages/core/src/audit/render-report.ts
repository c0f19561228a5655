/** The auditor report as Markdown, JSON or CSV (`candor audit report --format md|json|csv`). */
import { csvDocument } from "./csv.ts";
import type { ExposureTable, LogReport } from "./report-log.ts";

/** The output formats of {@link renderReport}. */
export type ReportFormat = "markdown" | "json" | "csv";

const fixed = (n: number, digits = 3): string => n.toFixed(digits);
const percent = (n: number): string => `${(n * 100).toFixed(1)} %`;
const iso = (ms: number | null): string => (ms === null ? "–" : new Date(ms).toISOString());
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The report as a Markdown document. */
export function renderReportMarkdown(report: LogReport): string {
  const lines: string[] = [
    "# Explanation log report",
    "",
    `${report.entries} entries in ${report.slates} slates, ${iso(report.from)} to ${iso(report.to)}; ${report.erasedEntries} entries erased.`,
    "",
    "## Consent",
    "",
    `- Non-personalized slates: ${percent(report.nonPersonalizedShare)}`,
    `- Personalized slates served without a valid consent: **${report.personalizedWithoutConsent.slates}** (should be 0)${
      report.personalizedWithoutConsent.slateIds.length > 0
        ? `: ${report.personalizedWithoutConsent.slateIds.join(", ")}`
        : ""
    }`,
    `- Withdrawals: ${report.withdrawal.withdrawals}, followed by personalized slates: ${report.withdrawal.late} (${report.withdrawal.lateEntries} entries)${
      report.withdrawal.delayMs
        ? `; time to effect median ${report.withdrawal.delayMs.median} ms, max ${report.withdrawal.delayMs.max} ms`
        : ""
    }`,
    "",
  ];
  for (const [title, table] of [
    ["provider", report.exposure.provider],
    ["category", report.exposure.category],
    ["surface", report.exposure.surface],
  ] as const) {
    lines.push(`## Exposure by ${title}`, "", `Gini ${fixed(table.gini)}, HHI ${fixed(table.hhi)}.`, "");
    lines.push(`| ${title} | exposure | share | entries |`, "|---|---:|---:|---:|");
    for (const row of table.rows)
      lines.push(`| ${cell(row.key)} | ${fixed(row.exposure)} | ${percent(row.share)} | ${row.entries} |`);
    lines.push("");
  }
  lines.push(
    "## Diversity over time",
    "",
    "| from | slates | categories per slate | providers per slate | provider Gini | provider HHI |",
  );
  lines.push("|---|---:|---:|---:|---:|---:|");
  for (const row of report.diversity)
    lines.push(
      `| ${iso(row.start)} | ${row.slates} | ${fixed(row.meanCategoriesPerSlate, 2)} | ${fixed(row.meanProvidersPerSlate, 2)} | ${fixed(row.providerGini)} | ${fixed(row.providerHhi)} |`,
    );
  lines.push("", "## Explanation kinds", "", "| template | entries | share |", "|---|---:|---:|");
  for (const kind of report.explanationKinds)
    lines.push(`| ${cell(kind.templateId)} | ${kind.entries} | ${percent(kind.share)} |`);
  if (report.drift) {
    lines.push("", "## Drift", "");
    if (report.drift.length === 0)
      lines.push("No drift detected: no monitored metric fell below its threshold.");
    else {
      lines.push(
        `**Drift detected ${report.drift.length} time(s)**: retrain the models.`,
        "",
        "| time | source | metric | arm | baseline | observed | threshold |",
        "|---|---|---|---|---:|---:|---:|",
      );
      for (const d of report.drift)
        lines.push(
          `| ${iso(d.at)} | ${cell(d.source)} | ${cell(d.metric)} | ${cell(d.arm ?? "")} | ${fixed(d.baseline)} | ${fixed(d.observed)} | ${percent(d.threshold)} |`,
        );
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The report as pretty-printed JSON. */
export function renderReportJson(report: LogReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The report as CSV in long form: `section,key,metric,value`. */
export function renderReportCsv(report: LogReport): string {
  const rows: (string | number | null)[][] = [
    ["summary", "", "entries", report.entries],
    ["summary", "", "slates", report.slates],
    ["summary", "", "erased_entries", report.erasedEntries],
    ["consent", "", "non_personalized_share", report.nonPersonalizedShare],
    ["consent", "", "personalized_without_consent", report.personalizedWithoutConsent.slates],
    ["withdrawal", "", "withdrawals", report.withdrawal.withdrawals],
    ["withdrawal", "", "late", report.withdrawal.late],
    ["withdrawal", "", "late_entries", report.withdrawal.lateEntries],
    ["withdrawal", "", "delay_median_ms", report.withdrawal.delayMs?.median ?? null],
    ["withdrawal", "", "delay_max_ms", report.withdrawal.delayMs?.max ?? null],
  ];
  if (report.drift) {
    rows.push(["drift", "", "events", report.drift.length]);
    for (const d of report.drift) rows.push(["drift", iso(d.at), `${d.metric}_observed`, d.observed]);
  }
  const exposure = (name: string, table: ExposureTable) => {
    rows.push([`exposure_${name}`, "", "gini", table.gini], [`exposure_${name}`, "", "hhi", table.hhi]);
    for (const row of table.rows)
      rows.push(
        [`exposure_${name}`, row.key, "exposure", row.exposure],
        [`exposure_${name}`, row.key, "share", row.share],
      );
  };
  exposure("provider", report.exposure.provider);
  exposure("category", report.exposure.category);
  exposure("surface", report.exposure.surface);
  for (const row of report.diversity) {
    const key = iso(row.start);
    rows.push(
      ["diversity", key, "slates", row.slates],
      ["diversity", key, "mean_categories_per_slate", row.meanCategoriesPerSlate],
      ["diversity", key, "mean_providers_per_slate", row.meanProvidersPerSlate],
      ["diversity", key, "provider_gini", row.providerGini],
      ["diversity", key, "provider_hhi", row.providerHhi],
    );
  }
  for (const kind of report.explanationKinds)
    rows.push(["explanation_kinds", kind.templateId, "entries", kind.entries]);
  return csvDocument(["section", "key", "metric", "value"], rows);
}

/** The report in `format`. */
export function renderReport(report: LogReport, format: ReportFormat): string {
  if (format === "json") return renderReportJson(report);
  if (format === "csv") return renderReportCsv(report);
  return renderReportMarkdown(report);
}
