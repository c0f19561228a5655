/** A bar chart (inline SVG) of position-weighted exposure by provider group, from audit entries. */
import type { AuditConsoleEntry } from "./audit-entry.ts";
/** Props of {@link ExposureChart}. */
export interface ExposureChartProps {
    readonly entries: readonly AuditConsoleEntry[];
    readonly title: string;
    readonly description: string;
    /** Id prefix, unique on the page. */
    readonly id: string;
    /** UI language for numbers; default `"en"`. */
    readonly locale?: string;
}
/** Position-weighted exposure 1 / log2(rank + 1) per provider group, as shares of the total. */
export declare function exposureByGroup(entries: readonly AuditConsoleEntry[]): [string, number][];
/** Horizontal bars with their shares written out; the figure's text alternative lists every share. */
export declare function ExposureChart({ entries, title, description, id, locale }: ExposureChartProps): import("preact").JSX.Element;
