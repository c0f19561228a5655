/**
 * Stage 2: the signal view, the only door from personal data to the scorers. In non-profiling mode the vault is not
 * even asked; an item page's product becomes the evidence of item-to-item rows (not the shopper's data).
 */
import type { PolicyDecision, SignalView } from "../policy/types.ts";
import type { CatalogIndex } from "../recommend/catalog-index.ts";
import { type EventWeights, noSignals, type Signals, signalsFromView } from "../recommend/signals.ts";

/** The data category of the product on screen: context of the page, not personal history. */
export const CURRENT_PRODUCT = "candor:CurrentProduct";

/** What the signal stage needs of a request. */
export interface SignalInput {
  readonly session?: string;
  readonly anchor?: { readonly item: string; readonly relation: "similar" | "also-bought" };
}

/** Reads the shopper's allowed signals; for an anchored row, the anchor is the only evidence. */
export function readSignals(
  request: SignalInput,
  decision: PolicyDecision,
  vault: { view(decision: PolicyDecision): SignalView },
  catalog: CatalogIndex,
  weights: EventWeights,
): Signals {
  const signals =
    decision.mode === "personalized"
      ? signalsFromView(vault.view(decision), decision, catalog, {
          ...(request.session === undefined ? {} : { session: request.session }),
          weights,
        })
      : noSignals;
  const anchor = request.anchor === undefined ? undefined : catalog.indexOf(request.anchor.item);
  if (request.anchor === undefined || anchor === undefined) return signals;
  return {
    history: [
      {
        index: anchor,
        item: request.anchor.item,
        weight: 1,
        dataCategory: CURRENT_PRODUCT,
        special: false,
        purposes: [],
      },
    ],
    session: [],
    searches: [],
    excluded: signals.excluded,
    dismissed: signals.dismissed,
  };
}
