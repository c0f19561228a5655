/** A bar chart (inline SVG) of distinct categories per served slate, from audit entries. */
import type { AuditConsoleEntry } from "./audit-entry.ts";
/** Props of {@link DiversityChart}. */
export interface DiversityChartProps {
    readonly entries: readonly AuditConsoleEntry[];
    readonly title: string;
    /** A message with `{mean}` and `{slates}`. */
    readonly description: string;
    /** Id prefix, unique on the page. */
    readonly id: string;
    /** How many of the latest slates to draw; default 40. */
    readonly slates?: number;
    /** UI language for numbers; default `"en"`. */
    readonly locale?: string;
}
/** Distinct categories of each slate, in log order. */
export declare function categoriesPerSlate(entries: readonly AuditConsoleEntry[]): {
    slate: string;
    count: number;
}[];
/** Vertical bars, one per slate (latest on the right); the text alternative gives the mean. */
export declare function DiversityChart({ entries, title, description, id, slates, locale, }: DiversityChartProps): import("preact").JSX.Element;
