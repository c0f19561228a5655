/** A drift chart (inline SVG): an arm's rolling click-through per check against its baseline and the drift line. */
import type { DriftCheck, DriftEvent } from "@candor/core/measure";
/** Props of {@link DriftChart}. */
export interface DriftChartProps {
    /** The checks of one arm, oldest first. */
    readonly checks: readonly DriftCheck[];
    /** The drift events of that arm, marked on the line. */
    readonly events: readonly DriftEvent[];
    /** The relative drop that counts as drift (the drift line is baseline · (1 − threshold)). */
    readonly threshold: number;
    readonly title: string;
    readonly description: string;
    /** Labels of the baseline and the drift line. */
    readonly labels: {
        readonly baseline: string;
        readonly driftLine: string;
    };
    /** Id prefix, unique on the page. */
    readonly id: string;
    /** UI language for numbers and times; default `"en"`. */
    readonly locale?: string;
}
/** The CTR line, dashed baseline and drift line, and a ring at each drift event; the text alternative states them. */
export declare function DriftChart(props: DriftChartProps): import("preact").JSX.Element;
