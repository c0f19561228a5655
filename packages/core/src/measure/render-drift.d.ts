import type { DriftEvent } from "./types.ts";
/** The output formats of {@link renderDrift}. */
export type DriftFormat = "markdown" | "json" | "csv";
/** Drift events as a Markdown section body: a table, or "No drift detected." when there are none. */
export declare function renderDriftMarkdown(events: readonly DriftEvent[]): string;
/** Drift events as CSV: `at,source,metric,arm,baseline,observed,drop,threshold,sample,p_value` (`arm` empty for all). */
export declare function renderDriftCsv(events: readonly DriftEvent[]): string;
/** Drift events in `format` (JSON: a pretty-printed array). */
export declare function renderDrift(events: readonly DriftEvent[], format: DriftFormat): string;
