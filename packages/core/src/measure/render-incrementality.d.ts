import type { IncrementalityReport } from "./incrementality.ts";
import type { DriftEvent } from "./types.ts";
/** The output formats of {@link renderIncrementality}. */
export type IncrementalityFormat = "markdown" | "json" | "csv";
/** Options of {@link renderIncrementality}. */
export interface RenderIncrementalityOptions {
    /** Drift events to report with it in Markdown and JSON (`monitor.getState().events`, offline checks); default none. */
    readonly drift?: readonly DriftEvent[];
}
/** The report as a Markdown document: one lift table per surface, the arms, the methods and any drift. */
export declare function renderIncrementalityMarkdown(report: IncrementalityReport, options?: RenderIncrementalityOptions): string;
/** The report as pretty-printed JSON (with `drift` when given). */
export declare function renderIncrementalityJson(report: IncrementalityReport, options?: RenderIncrementalityOptions): string;
/**
 * The report as CSV in long form: `section,surface,arm,metric,indicator,estimate,low,high,p_value,mde,n`.
 * Sections: `arm` (one row per arm, surface and figure), `difference` and `lift` (treatment over control; `mde`
 * absolute or relative). The all-surfaces rows have surface `*`. Drift has its own CSV (`renderDrift`).
 */
export declare function renderIncrementalityCsv(report: IncrementalityReport): string;
/** The report in `format`. */
export declare function renderIncrementality(report: IncrementalityReport, format: IncrementalityFormat, options?: RenderIncrementalityOptions): string;
