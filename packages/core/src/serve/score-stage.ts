/**
 * Stage 3: the scorers. Builds what one request is scored with — blend weights (an arm's, an item-to-item row's),
 * whether collaborative scorers apply, the context values the policy allows (or the shop declared non-personal),
 * which items carry a special category — and runs the scorer list of `@candor/core/recommend`.
 */
import type { PurposeId } from "../consent/types.ts";
import { contextCategory } from "../policy/data-categories.ts";
import type { EventContext, PolicyDecision } from "../policy/types.ts";
import type { CatalogIndex } from "../recommend/catalog-index.ts";
import { type ScoredCandidate, type ScoreScratch, scoreCandidates } from "../recommend/score.ts";
import type { BlendWeights, ContextSignal, Models } from "../recommend/scorers.ts";
import { type ContextValue, daypart } from "../recommend/shared-stats.ts";
import type { Signals } from "../recommend/signals.ts";

/** A context field the shop may declare non-personal (usable in every mode, cited with no purpose). */
export type ContextName = ContextValue["name"];

/** What the score stage needs besides the models. */
export interface ScoreInput {
  readonly decision: PolicyDecision;
  readonly signals: Signals;
  readonly weights: BlendWeights;
  readonly anchor?: { readonly item: string; readonly relation: "similar" | "also-bought" };
  readonly context?: EventContext;
  readonly limit: number;
  readonly collaborativePurpose: PurposeId | null;
  readonly nonPersonalContext: readonly ContextName[];
  readonly specialItems: Uint8Array;
  readonly exclude: (index: number) => boolean;
}

const CONTEXT_FIELDS: readonly [ContextName, keyof EventContext][] = [
  ["device", "device"],
  ["daypart", "hourOfDay"],
  ["region", "region"],
];

/**
 * The context values of a request that may be used: a field counts when its data category (policy's
 * `contextCategory`) is allowed for the shopper's own recommendations, citing that purpose, or when the shop
 * declared it non-personal, citing none.
 */
export function contextSignals(
  context: EventContext | undefined,
  decision: PolicyDecision,
  nonPersonal: readonly ContextName[],
): ContextSignal[] {
  if (!context) return [];
  const out: ContextSignal[] = [];
  for (const [name, field] of CONTEXT_FIELDS) {
    const raw = context[field];
    if (raw === undefined || raw === null) continue;
    const value = name === "daypart" ? daypart(Number(raw)) : String(raw);
    const category = contextCategory[field];
    const purpose =
      decision.mode === "personalized"
        ? decision.basis.find((b) => b.category === category)?.purpose
        : undefined;
    if (purpose !== undefined) out.push({ name, value, dataCategory: category, purposes: [purpose] });
    else if (nonPersonal.includes(name)) out.push({ name, value, dataCategory: category, purposes: [] });
  }
  return out;
}

/** Scores the request; an anchored row blends only content (`similar`) or co-occurrence (`also-bought`). */
export function scoreRequest(
  input: ScoreInput,
  catalog: CatalogIndex,
  models: Models,
  scratch: ScoreScratch,
): ScoredCandidate[] {
  const personal = input.decision.mode === "personalized";
  let weights = input.weights;
  let collaborative = personal && input.decision.collaborative;
  if (input.anchor && catalog.indexOf(input.anchor.item) !== undefined) {
    // Item-to-item: the product on screen is the evidence; the models are k-anonymous aggregates.
    const alsoBought = input.anchor.relation === "also-bought";
    weights = {
      ...weights,
      hybrid: 0,
      itemKnn: alsoBought ? 1 : 0,
      ease: 0,
      content: alsoBought ? 0 : 1,
      session: 0,
      search: 0,
    };
    collaborative = alsoBought;
  }
  return scoreCandidates(
    catalog,
    models,
    input.signals,
    {
      weights,
      limit: input.limit,
      collaborative,
      collaborativePurpose: input.collaborativePurpose,
      context: contextSignals(input.context, input.decision, input.nonPersonalContext),
      specialItems: input.specialItems,
      sensitiveAllowed: input.decision.sensitiveAllowed,
      exclude: input.exclude,
    },
    scratch,
  );
}
