/**
 * Stage 3: the scorers. Builds what one request is scored with — blend weights (an arm's, an item-to-item row's),
 * whether collaborative scorers apply, the context values the policy allows (or the shop declared non-personal),
 * which items carry a special category — and runs the scorer list of `@candor/core/recommend`.
 */
import type { PurposeId } from "../consent/types.ts";
import type { EventContext, PolicyDecision } from "../policy/types.ts";
import type { CatalogIndex } from "../recommend/catalog-index.ts";
import { type ScoredCandidate, type ScoreScratch } from "../recommend/score.ts";
import type { BlendWeights, ContextSignal, Models } from "../recommend/scorers.ts";
import { type ContextValue } from "../recommend/shared-stats.ts";
import type { Signals } from "../recommend/signals.ts";
/** A context field the shop may declare non-personal (usable in every mode, cited with no purpose). */
export type ContextName = ContextValue["name"];
/** What the score stage needs besides the models. */
export interface ScoreInput {
    readonly decision: PolicyDecision;
    readonly signals: Signals;
    readonly weights: BlendWeights;
    readonly anchor?: {
        readonly item: string;
        readonly relation: "similar" | "also-bought";
    };
    readonly context?: EventContext;
    readonly limit: number;
    readonly collaborativePurpose: PurposeId | null;
    readonly nonPersonalContext: readonly ContextName[];
    readonly specialItems: Uint8Array;
    readonly exclude: (index: number) => boolean;
}
/**
 * The context values of a request that may be used: a field counts when its data category (policy's
 * `contextCategory`) is allowed for the shopper's own recommendations, citing that purpose, or when the shop
 * declared it non-personal, citing none.
 */
export declare function contextSignals(context: EventContext | undefined, decision: PolicyDecision, nonPersonal: readonly ContextName[]): ContextSignal[];
/** Scores the request; an anchored row blends only content (`similar`) or co-occurrence (`also-bought`). */
export declare function scoreRequest(input: ScoreInput, catalog: CatalogIndex, models: Models, scratch: ScoreScratch): ScoredCandidate[];
