/**
 * Learning into the shared statistics: only subjects whose consent lets their data in ("similar shoppers"), only
 * the kinds of data that purpose names, special-category items only with explicit consent, and context only where
 * the subject allows its category. A subject who withdrew is forgotten at their next event (DESIGN.md invariant 2).
 */
import { contextCategory, interactionCategory } from "../policy/data-categories.ts";
import { decide } from "../policy/decide.ts";
import type {
  EventContext,
  InteractionType,
  Policy,
  PolicyConsent,
  PolicyDecision,
} from "../policy/types.ts";
import type { CatalogIndex } from "../recommend/catalog-index.ts";
import type { ModelStore } from "../recommend/model-store.ts";
import { type ContextValue, daypart } from "../recommend/shared-stats.ts";

/** An interaction to learn from into the shared statistics only (its record lives elsewhere, e.g. another server). */
export interface LearnEvent {
  readonly subject: string;
  readonly type: string;
  readonly item?: string;
  readonly at: number;
  readonly context?: EventContext;
}

/** Interactions that count as positive co-occurrence in shared statistics. */
const SHARED_TYPES: ReadonlySet<string> = new Set(["view", "add_to_cart", "purchase", "rating"]);

/** Returns `learn(event, consent)`, which says whether the event was counted; `invalid` hears of malformed events. */
export function sharedLearner(
  catalog: CatalogIndex,
  policy: Policy,
  models: ModelStore,
  specialItems: Uint8Array,
  invalid: (message: string) => void,
): (event: LearnEvent, consent: PolicyConsent) => boolean {
  const shared = new Set(
    policy.purposes.find((p) => p.id === policy.collaborativePurpose)?.dataCategories ?? [],
  );
  const decisions = new WeakMap<object, PolicyDecision>();
  const decisionFor = (consent: PolicyConsent): PolicyDecision => {
    const cacheable = typeof consent === "object" && consent !== null;
    const cached = cacheable ? decisions.get(consent) : undefined;
    if (cached) return cached;
    const decision = decide(consent, { purpose: "recommend" }, policy);
    if (cacheable) decisions.set(consent, decision);
    return decision;
  };
  return (event, consent) => {
    if (
      typeof event !== "object" ||
      event === null ||
      typeof event.subject !== "string" ||
      typeof event.type !== "string" ||
      !Number.isFinite(event.at)
    ) {
      invalid("learn: the event needs subject, type and at");
      return false;
    }
    const decision = decisionFor(consent);
    if (decision.subject !== event.subject) return false;
    if (!decision.sharedStatistics) {
      models.forget(event.subject);
      return false;
    }
    if (!SHARED_TYPES.has(event.type) || event.item === undefined) return false;
    if (!shared.has(interactionCategory[event.type as InteractionType])) return false;
    const index = catalog.indexOf(event.item);
    if (index === undefined) return false;
    // Special-category items enter shared statistics only with explicit consent for sensitive data (GDPR Art. 9(2)(a)).
    if (specialItems[index] === 1 && !decision.sensitiveAllowed) return false;
    models.ingest(event.subject, index, event.at, sharedContext(event.context, decision));
    return true;
  };
}

/** Context buckets of a shared interaction: only fields whose category the subject allows (policy's mapping). */
function sharedContext(
  context: EventContext | undefined,
  decision: PolicyDecision,
): ContextValue[] | undefined {
  if (!context || decision.mode !== "personalized") return undefined;
  const values: ContextValue[] = [];
  const allowed = (field: keyof EventContext) => decision.allowed.includes(contextCategory[field]);
  if (context.device && allowed("device")) values.push({ name: "device", value: context.device });
  if (context.hourOfDay !== undefined && allowed("hourOfDay"))
    values.push({ name: "daypart", value: daypart(context.hourOfDay) });
  if (context.region && allowed("region")) values.push({ name: "region", value: context.region });
  return values.length > 0 ? values : undefined;
}
