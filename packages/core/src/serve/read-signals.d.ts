/**
 * Stage 2: the signal view, the only door from personal data to the scorers. In non-profiling mode the vault is not
 * even asked; an item page's product becomes the evidence of item-to-item rows (not the shopper's data).
 */
import type { PolicyDecision, SignalView } from "../policy/types.ts";
import type { CatalogIndex } from "../recommend/catalog-index.ts";
import { type EventWeights, type Signals } from "../recommend/signals.ts";
/** The data category of the product on screen: context of the page, not personal history. */
export declare const CURRENT_PRODUCT = "candor:CurrentProduct";
/** What the signal stage needs of a request. */
export interface SignalInput {
    readonly session?: string;
    readonly anchor?: {
        readonly item: string;
        readonly relation: "similar" | "also-bought";
    };
}
/** Reads the shopper's allowed signals; for an anchored row, the anchor is the only evidence. */
export declare function readSignals(request: SignalInput, decision: PolicyDecision, vault: {
    view(decision: PolicyDecision): SignalView;
}, catalog: CatalogIndex, weights: EventWeights): Signals;
