/** The auditor report as Markdown, JSON or CSV (`candor audit report --format md|json|csv`). */
import { csvDocument } from "../internal/csv.ts";
import type { ExposureTable, LogReport } from "./report-log.ts";

/** The output formats of {@link renderReport}. */
export type ReportFormat = "markdown" | "json" | "csv";

const fixed = (n: number, digits = 3): string => n.toFixed(digits);
const percent = (n: number): string => `${(n * 100).toFixed(1)} %`;
const iso = (ms: number | null): string => (ms === null ? "–" : new Date(ms).toISOString());
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

const NO_KEYS =
  "not assessed: needs the shop's key ring (`--keys DIR`), which alone links entries to subjects";

function verificationLine(report: LogReport): string {
  const v = report.verification;
  if (!v) return "Integrity: not stated (the report was built from entries given to it).";
  if (v.status === "unverified")
    return "**UNVERIFIED**: the log was not verified before this report (`--no-verify`).";
  const head = v.latestHead;
  return `Integrity: verified ${v.size} entries against ${head ? `the signed tree head of size ${head.treeSize} (root ${head.rootHash.slice(0, 16)}…, key ${head.keyId.slice(0, 16)}…)` : "no signed tree head"}${
    v.trustedHeads > 0 ? `, consistent with ${v.trustedHeads} trusted head(s)` : ""
  }${v.size > v.signedSize ? `; entries ${v.signedSize}..${v.size - 1} are not covered by a signed head yet` : ""}.`;
}

/** The report as a Markdown document. */
export function renderReportMarkdown(report: LogReport): string {
  const w = report.withdrawal;
  const c = report.citations;
  const lines: string[] = [
    "# Explanation log report",
    "",
    verificationLine(report),
    "",
    `${report.entries} served entries in ${report.slates} slates, ${iso(report.from)} to ${iso(report.to)}; ${report.consentEvents.entries} consent entries; ${
      report.erasedEntries === null ? `erasure ${NO_KEYS}` : `${report.erasedEntries} entries erased`
    }.`,
    "",
    "## Consent",
    "",
    `- Non-personalized slates: ${percent(report.nonPersonalizedShare)}`,
    `- Personalized slates served without a valid consent: **${report.personalizedWithoutConsent.slates}** (should be 0)${
      report.personalizedWithoutConsent.slateIds.length > 0
        ? `: ${report.personalizedWithoutConsent.slateIds.join(", ")}`
        : ""
    }`,
    `- Consent events: ${
      Object.entries(report.consentEvents.byType)
        .map(([type, n]) => `${type} ${n}`)
        .join(", ") || "none logged"
    }${report.consentEvents.subjects === null ? "" : ` (${report.consentEvents.subjects} subjects)`}`,
    w
      ? `- Withdrawals: ${w.withdrawals}; re-consents: ${w.reConsents}; followed by personalized slates before a re-consent: **${w.late}** (${w.lateEntries} entries)${
          w.delayMs ? `; time to effect median ${w.delayMs.median} ms, max ${w.delayMs.max} ms` : ""
        }${w.source === "bodies" ? " (from `withdrawnAt` in served bodies: no consent events in the log)" : ""}`
      : `- Withdrawals and re-consents: ${NO_KEYS}`,
    c
      ? `- Consent citations of ${c.checked} personalized entries: ${c.matched} cite the consent in force, ${c.stale} an older event, ${c.unknown} an event not in the log, ${c.unhashed} an event id without its hash, ${c.missing} none, ${c.notGranted} an event that does not grant their purposes; ${c.unverifiable} could not be read`
      : `- Consent citations: ${NO_KEYS}`,
    "",
    "## Declared vs used",
    "",
    report.declaredVsUsed.notices.length === 0
      ? "No notice is logged: declared categories are unknown."
      : `Notices: ${report.declaredVsUsed.notices.map((n) => `${n.id}@${n.version}`).join(", ")}.`,
    "",
    "| purpose | declared | used (contributions) | undeclared |",
    "|---|---|---|---|",
    ...report.declaredVsUsed.purposes.map(
      (p) =>
        `| ${cell(p.purpose)} | ${p.declared === null ? "(no notice)" : cell(p.declared.join(", ") || "–")} | ${cell(
          p.used.map((u) => `${u.dataCategory} (${u.contributions})`).join(", ") || "–",
        )} | ${p.undeclared.length > 0 ? `**${cell(p.undeclared.join(", "))}**` : "–"} |`,
    ),
    ...(report.declaredVsUsed.withoutPurposes > 0
      ? [
          "",
          `${report.declaredVsUsed.withoutPurposes} contributions with personal evidence record no purpose.`,
        ]
      : []),
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
  const w = report.withdrawal;
  const rows: (string | number | null)[][] = [
    ["summary", "", "verification", report.verification?.status ?? null],
    ["summary", "", "entries", report.entries],
    ["summary", "", "slates", report.slates],
    ["summary", "", "consent_entries", report.consentEvents.entries],
    ["summary", "", "erased_entries", report.erasedEntries],
    ["consent", "", "non_personalized_share", report.nonPersonalizedShare],
    ["consent", "", "personalized_without_consent", report.personalizedWithoutConsent.slates],
    ...Object.entries(report.consentEvents.byType).map(([type, n]) => ["consent_events", type, "entries", n]),
    ["withdrawal", "", "withdrawals", w?.withdrawals ?? null],
    ["withdrawal", "", "re_consents", w?.reConsents ?? null],
    ["withdrawal", "", "late", w?.late ?? null],
    ["withdrawal", "", "late_entries", w?.lateEntries ?? null],
    ["withdrawal", "", "delay_median_ms", w?.delayMs?.median ?? null],
    ["withdrawal", "", "delay_max_ms", w?.delayMs?.max ?? null],
  ];
  if (report.citations)
    for (const [metric, value] of Object.entries(report.citations))
      rows.push(["citations", "", metric, value]);
  for (const p of report.declaredVsUsed.purposes) {
    rows.push(["declared_vs_used", p.purpose, "declared", p.declared === null ? null : p.declared.join(";")]);
    rows.push(["declared_vs_used", p.purpose, "used", p.used.map((u) => u.dataCategory).join(";")]);
    rows.push(["declared_vs_used", p.purpose, "undeclared", p.undeclared.join(";")]);
  }
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
