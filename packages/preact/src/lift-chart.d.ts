/** A lift chart (inline SVG): each rate's treatment-vs-control lift with its confidence interval around 0 %. */
import type { RateLift } from "@candor/core/measure";
/** Props of {@link LiftChart}. */
export interface LiftChartProps {
    /** The rates to draw; those without a lift (an arm with no successes) are left out of the chart. */
    readonly rates: readonly RateLift[];
    /** Label of each rate metric. */
    readonly labelOf: (rate: RateLift) => string;
    readonly title: string;
    readonly description: string;
    /** Id prefix, unique on the page. */
    readonly id: string;
    /** UI language for numbers; default `"en"`. */
    readonly locale?: string;
}
/** Horizontal interval bars around a 0 % line, the estimate as a dot; the text alternative lists every interval. */
export declare function LiftChart({ rates, labelOf, title, description, id, locale }: LiftChartProps): import("preact").JSX.Element;
