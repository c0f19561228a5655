/** Drift events as a Markdown table, JSON or CSV, for the audit report and `candor measure report`. */
import { csvDocument } from "../internal/csv.ts";
import type { DriftEvent } from "./types.ts";

/** The output formats of {@link renderDrift}. */
export type DriftFormat = "markdown" | "json" | "csv";

const iso = (ms: number): string => (Number.isFinite(ms) ? new Date(ms).toISOString() : "–");
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const pct = (n: number): string => `${(n * 100).toFixed(2)} %`;

/** Drift events as a Markdown section body: a table, or "No drift detected." when there are none. */
export function renderDriftMarkdown(events: readonly DriftEvent[]): string {
  if (events.length === 0) return "No drift detected.\n";
  const lines = [
    "| detected | source | metric | arm | baseline | observed | drop | threshold | sample | p |",
    "|---|---|---|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const d of events) {
    const p = d.pValue === null ? "–" : d.pValue < 0.001 ? "< 0.001" : d.pValue.toFixed(3);
    lines.push(
      `| ${iso(d.at)} | ${d.source} | ${cell(d.metric)} | ${d.arm === null ? "all" : cell(d.arm)} | ${d.baseline.toFixed(4)} | ${d.observed.toFixed(4)} | ${pct(d.drop)} | ${pct(d.threshold)} | ${d.sample} | ${p} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Drift events as CSV: `at,source,metric,arm,baseline,observed,drop,threshold,sample,p_value` (`arm` empty for all). */
export function renderDriftCsv(events: readonly DriftEvent[]): string {
  return csvDocument(
    ["at", "source", "metric", "arm", "baseline", "observed", "drop", "threshold", "sample", "p_value"],
    events.map((d) => [
      iso(d.at),
      d.source,
      d.metric,
      d.arm,
      d.baseline,
      d.observed,
      d.drop,
      d.threshold,
      d.sample,
      d.pValue,
    ]),
  );
}

/** Drift events in `format` (JSON: a pretty-printed array). */
export function renderDrift(events: readonly DriftEvent[], format: DriftFormat): string {
  if (format === "json") return `${JSON.stringify(events, null, 2)}\n`;
  if (format === "csv") return renderDriftCsv(events);
  return renderDriftMarkdown(events);
}
