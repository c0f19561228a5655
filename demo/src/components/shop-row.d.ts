import type { KnowledgeConstraints } from "@candor/core/recommend";
/** Props of {@link ShopRow}. */
export interface ShopRowProps {
    /** Row id: its settings key and DOM id prefix. */
    readonly row: string;
    readonly title: string;
    /** The surface logged with the slate, e.g. `"home"`. */
    readonly surface: string;
    /** Items to show; default 8. */
    readonly k?: number;
    readonly constraints?: KnowledgeConstraints;
    readonly anchor?: {
        readonly item: string;
        readonly relation: "similar" | "also-bought";
    };
    readonly exclude?: readonly string[];
}
/** Serves the row again whenever consent, stored data, settings or the request change; each serve is logged. */
export declare function ShopRow({ row, title, surface, k, constraints, anchor, exclude }: ShopRowProps): import("preact").JSX.Element | null;
