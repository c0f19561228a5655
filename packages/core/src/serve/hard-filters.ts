/**
 * Stage 4 (and its re-check after re-ranking): the business rules (stock, region, age, minors' blocks), the
 * shopper's exclusions (bought, dismissed, the cart, the product on screen) and the request's explicit constraints.
 * Rules are static per (region, minor, surface), so they are evaluated once per such context as a bitmap.
 */
import { isAllowed, type RuleContext } from "../policy/apply-rules.ts";
import type { RuleSet } from "../policy/rule-set.ts";
import type { PolicyConsent } from "../policy/types.ts";
import type { CatalogIndex } from "../recommend/catalog-index.ts";
import { type KnowledgeConstraints, matchesConstraints } from "../recommend/knowledge.ts";
import type { Signals } from "../recommend/signals.ts";

/** The filters of one request. */
export interface HardFilters {
  readonly ruleContext: RuleContext;
  /** Whether item `index` may not be a candidate (counted in `filtered`). */
  readonly exclude: (index: number) => boolean;
  /** The re-check after re-ranking: whether an item id may be served. */
  readonly isServable: (id: string) => boolean;
  /** How many items `exclude` removed so far. */
  readonly filtered: () => number;
}

/** A cache of rule bitmaps per rule context, for one catalog and rule set. */
export type RuleBitmaps = Map<string, Uint8Array>;

/** What the filter stage needs of a request. */
export interface FilterInput {
  readonly consent: PolicyConsent;
  readonly surface: string;
  readonly context?: { readonly region?: string };
  readonly constraints?: KnowledgeConstraints;
  readonly exclude?: readonly string[];
  readonly anchor?: { readonly item: string };
}

function bitmap(catalog: CatalogIndex, rules: RuleSet, context: RuleContext, cache: RuleBitmaps): Uint8Array {
  const key = `${context.region ?? ""}|${context.minor === true}|${context.surface ?? ""}`;
  let allowed = cache.get(key);
  if (!allowed) {
    allowed = new Uint8Array(catalog.size);
    for (let i = 0; i < catalog.size; i++) allowed[i] = isAllowed(catalog.at(i), rules, context) ? 1 : 0;
    cache.set(key, allowed);
  }
  return allowed;
}

/** Builds the request's filters; the region is the consent regime's, else the request context's. */
export function hardFilters(
  request: FilterInput,
  signals: Signals,
  catalog: CatalogIndex,
  rules: RuleSet,
  cache: RuleBitmaps,
): HardFilters {
  const state = request.consent as Partial<PolicyConsent> | undefined;
  const ruleContext: RuleContext = {
    region: state?.regime?.region ?? request.context?.region ?? null,
    minor: state?.minor === true,
    surface: request.surface,
  };
  const allowed = bitmap(catalog, rules, ruleContext, cache);
  // Exclusions by index, so the hot check (run for every item good enough to enter the top-k heap) reads no ids.
  const excluded = new Set<number>();
  for (const id of [...signals.excluded, ...(request.exclude ?? [])]) {
    const index = catalog.indexOf(id);
    if (index !== undefined) excluded.add(index);
  }
  const anchor = request.anchor === undefined ? undefined : catalog.indexOf(request.anchor.item);
  if (anchor !== undefined) excluded.add(anchor);
  const { constraints } = request;
  const refused = (index: number) =>
    allowed[index] === 0 ||
    excluded.has(index) ||
    (constraints !== undefined && !matchesConstraints(catalog.at(index), constraints));
  let filtered = 0;
  return {
    ruleContext,
    exclude(index) {
      const out = refused(index);
      if (out && index !== anchor) filtered++;
      return out;
    },
    isServable(id) {
      const index = catalog.indexOf(id);
      return index !== undefined && !refused(index);
    },
    filtered: () => filtered,
  };
}
