/**
 * From a served slate to log entries: one {@link ServedItem} per item (DESIGN.md invariant 5), with the explanation
 * shown, the consent state it was served under (a hash of it, GDPR Art. 7(1)), and the versions in force
 * (DSA Art. 27). Pure: the pipeline calls it and hands the result to `log.append`.
 */
import type { ConsentState } from "../consent/types.ts";
import type { Explanation } from "../explain/explain.ts";
import type { Slate } from "../serve/types.ts";
import type { ConsentStatus, ServedItem } from "./types.ts";
/** What the slate itself does not say. */
export interface ServedContext {
    /** The consent state the slate was served under (`consentManager.getState()`). */
    readonly consent: ConsentState;
    /** Version of the recommender disclosure shown (DSA Art. 27), e.g. the `describeRecommender` version. */
    readonly disclosureVersion: string;
    /** Provider and catalog category of an item, for exposure reports; default none. */
    readonly itemFacts?: (item: string) => {
        readonly provider?: string | null;
        readonly category?: string | null;
    } | undefined;
    /** The personalization consent's standing when the slate does not show it; default derived from the decision. */
    readonly consentStatus?: ConsentStatus;
    /** When personalization consent was last withdrawn, if the state in force reflects that; default `null`. */
    readonly withdrawnAt?: number | null;
    /** The holdout arm of the subject (`assignArm` in `@candor/core/measure`); default the slate's `arm`. */
    readonly arm?: string | null;
    /**
     * The consent event the slate rested on (its `id` and `hash`, contract 2), cited in every entry; default
     * `consent.lastEvent`, else only `consent.lastEventId`. A missing hash is computed from the event as the log does.
     */
    readonly consentEvent?: {
        readonly id: string;
        readonly hash?: string;
    } | null;
}
/** SHA-256 (hex) of the canonical JSON of a consent state. */
export declare function consentStateHash(state: ConsentState): string;
/** One served item per slate item, matched to its explanation by item id. */
export declare function servedItems(slate: Slate, explanations: readonly Explanation[], context: ServedContext): ServedItem[];
