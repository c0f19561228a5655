import type { EventContext, PolicyConsent } from "@candor/core/policy";
import type { KnowledgeConstraints } from "@candor/core/recommend";
import type { Slate } from "@candor/core/serve";
import type { RecommendationRowItem, RowSettings } from "@candor/preact";
import type { Product } from "@candor/sample-shop";
import type { Shop } from "./shop-data.ts";
/** One served item with what the row needs to show it. */
export interface ServedItem extends RecommendationRowItem {
    readonly product: Product;
}
/** A served row: the slate as logged and its items with explanations. */
export interface ServedRow {
    readonly slate: Slate;
    readonly items: readonly ServedItem[];
}
/** What one row asks for. */
export interface RowRequest {
    readonly surface: string;
    readonly k: number;
    readonly settings: RowSettings;
    readonly consent: PolicyConsent;
    readonly session: string;
    readonly context: EventContext;
    readonly locale: string;
    readonly constraints?: KnowledgeConstraints;
    readonly anchor?: {
        readonly item: string;
        readonly relation: "similar" | "also-bought";
    };
    readonly exclude?: readonly string[];
}
/** Serves the row: the slate comes back explained and committed to the log (or non-personalized if the log failed). */
export declare function serveRow(shop: Shop, request: RowRequest): Promise<ServedRow>;
/** The purpose's title in the locale, or its id. */
export declare function purposeTitle(shop: Shop, id: string, locale: string): string;
