/** "Why not?": the structured reasons an item is not in the slate a request gets, from the planned slate itself. */
import type { WhyNotReason } from "../explain/why-not.ts";
import { applyRules } from "../policy/apply-rules.ts";
import type { RuleSet } from "../policy/rule-set.ts";
import type { CatalogIndex } from "../recommend/catalog-index.ts";
import { matchesConstraints } from "../recommend/knowledge.ts";
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
export function whyNotReasons(
  planned: PlannedSlate,
  request: ServeRequest,
  index: number,
  catalog: CatalogIndex,
  rules: RuleSet,
  scoreAlone: (index: number) => number,
): WhyNotReason[] {
  const id = catalog.at(index).id;
  const shown = planned.slate.items.find((i) => i.item === id);
  if (shown) return [{ kind: "shown", rank: shown.rank }];
  const reasons: WhyNotReason[] = [];
  const rule = applyRules([catalog.at(index)], rules, planned.filters.ruleContext).filtered[0];
  if (rule) reasons.push({ kind: "filtered", ruleId: rule.ruleId, reason: rule.reason });
  if (planned.signals.dismissed.has(id)) reasons.push({ kind: "not-interested" });
  else if (planned.signals.excluded.has(id)) reasons.push({ kind: "bought" });
  if (request.exclude?.includes(id) || request.anchor?.item === id) reasons.push({ kind: "excluded" });
  if (request.constraints && !matchesConstraints(catalog.at(index), request.constraints)) {
    reasons.push({ kind: "constraint" });
  }
  if (reasons.length === 0) {
    const last = planned.slate.items.at(-1);
    const candidate = planned.candidates.find((c) => c.item === id);
    reasons.push({
      kind: "outranked",
      score: candidate?.score ?? scoreAlone(index),
      cutoff: last?.score ?? 0,
      by: last?.item ?? "",
    });
  }
  const denied = [...new Set(planned.slate.decision.denied.map((d) => d.category))];
  if (denied.length > 0) reasons.push({ kind: "data-not-allowed", categories: denied });
  return reasons;
}
