/** "Why not?": the structured reasons an item is not in the slate a request gets, from the planned slate itself. */
import type { WhyNotReason } from "../explain/why-not.ts";
import type { RuleSet } from "../policy/rule-set.ts";
import type { CatalogIndex } from "../recommend/catalog-index.ts";
import type { ScoredCandidate } from "../recommend/score.ts";
import type { Signals } from "../recommend/signals.ts";
import type { HardFilters } from "./hard-filters.ts";
import type { ServeRequest, Slate } from "./types.ts";
/** What was planned for the request. */
export interface PlannedSlate {
    readonly slate: Slate;
    readonly signals: Signals;
    readonly filters: HardFilters;
    readonly candidates: readonly ScoredCandidate[];
}
/** Why item `index` is not shown; `scoreAlone` scores an item that did not make the candidates. */
export declare function whyNotReasons(planned: PlannedSlate, request: ServeRequest, index: number, catalog: CatalogIndex, rules: RuleSet, scoreAlone: (index: number) => number): WhyNotReason[];
