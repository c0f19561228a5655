import type { EventContext, Policy, PolicyConsent } from "../policy/types.ts";
import type { CatalogIndex } from "../recommend/catalog-index.ts";
import type { ModelStore } from "../recommend/model-store.ts";
/** An interaction to learn from into the shared statistics only (its record lives elsewhere, e.g. another server). */
export interface LearnEvent {
    readonly subject: string;
    readonly type: string;
    readonly item?: string;
    readonly at: number;
    readonly context?: EventContext;
}
/** Returns `learn(event, consent)`, which says whether the event was counted; `invalid` hears of malformed events. */
export declare function sharedLearner(catalog: CatalogIndex, policy: Policy, models: ModelStore, specialItems: Uint8Array, invalid: (message: string) => void): (event: LearnEvent, consent: PolicyConsent) => boolean;
