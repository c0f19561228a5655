/** The sequential lift report as Markdown (a section of `candor measure report`) and JSON. */
import type { SequentialLiftReport, SequentialMetric } from "./sequential-lift.ts";
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
export declare function renderSequentialMarkdown(report: SequentialLiftReport, options?: RenderSequentialOptions): string;
/** The report as pretty-printed JSON. */
export declare function renderSequentialJson(report: SequentialLiftReport): string;
