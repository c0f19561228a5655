/** The audit console's Measurement view: lift of personalization over the holdout, drift of the online metric, a summary. */
import type { DriftMonitorState, IncrementalityReport } from "@candor/core/measure";
import { type Messages } from "./messages.ts";
/** What the Measurement view shows: an incrementality report and a drift monitor's checks and events. */
export interface MeasurementData {
    readonly report: IncrementalityReport;
    readonly drift: Pick<DriftMonitorState, "checks" | "events">;
}
/** Props of {@link MeasurementPanel}. */
export interface MeasurementPanelProps extends MeasurementData {
    /** Level of the section headings; default 3. */
    readonly headingLevel?: 2 | 3;
    /** UI language; default `"en"`. */
    readonly locale?: string;
}
/** The plain-language click-through sentence: raised, lowered, or no significant difference (the CI spans 0). */
export declare function measurementSummary(report: IncrementalityReport, locale?: string, text?: Messages): string;
/**
 * Shows whether personalization earns its data: the treatment-vs-control lift of each per-visitor rate with its
 * confidence interval (chart and table), the monitored arm's click-through against its baseline with drift events
 * (chart and table), and a one-sentence summary. Every chart has a text alternative and a table beside it.
 */
export declare function MeasurementPanel(props: MeasurementPanelProps): import("preact").JSX.Element;
