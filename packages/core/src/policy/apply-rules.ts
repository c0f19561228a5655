/** Hard filters: apply a rule set to candidate items before re-ranking, and re-check each item after it. */
import type { Rule, RuleSet } from "./rule-set.ts";

/** What the rules need of an item; structural, so a shop's product type fits as it is. */
export interface PolicyItem {
  readonly id: string;
  /** Leaf category id, e.g. `"wine-spirits/red-wine"`. */
  readonly category: string;
  /** Category ids from the top level to the leaf. */
  readonly categoryPath?: readonly string[];
  readonly sellerId?: string;
  /** Units in stock; absent means not tracked. */
  readonly stock?: number;
  /** Regions the item ships to; absent means everywhere. */
  readonly regions?: readonly string[];
  /** Minimum buyer age, e.g. 18. */
  readonly ageRestricted?: number;
  /** Special-category tags (`"health"`, …). */
  readonly sensitive?: readonly string[];
  readonly tags?: readonly string[];
}

/** Who asks and where. */
export interface RuleContext {
  /** The shopper's region (`"DE"`, `"US-CA"`), or `null`/absent when unknown. */
  readonly region?: string | null;
  /** A known minor (DSA Art. 28). */
  readonly minor?: boolean;
  /** The shopper's age when known. */
  readonly age?: number;
  readonly surface?: string;
}

/** An item a rule removed, with the rule and its reason. */
export interface FilteredItem<T extends PolicyItem> {
  readonly item: T;
  readonly ruleId: string;
  readonly reason: string;
}

/**
 * Splits items into those every applicable rule keeps and those removed, each with the first rule that removed it.
 * Pure; the order of `kept` is the input order. Age rules implement the shop's duties for age-restricted goods and
 * DSA Art. 28(1); blocks for minors keep harmful or vulnerability-exploiting offers away from them.
 */
export function applyRules<T extends PolicyItem>(
  items: readonly T[],
  rules: RuleSet,
  context: RuleContext = {},
): { kept: T[]; filtered: FilteredItem<T>[] } {
  const active = rules.rules.filter((rule) => applies(rule, context));
  const kept: T[] = [];
  const filtered: FilteredItem<T>[] = [];
  for (const item of items) {
    const rule = active.find((r) => removes(r, item, context));
    if (rule) filtered.push({ item, ruleId: rule.id, reason: rule.reason });
    else kept.push(item);
  }
  return { kept, filtered };
}

/** Whether one item passes every applicable rule: the re-check after re-ranking, so no filtered item reaches a slate. */
export function isAllowed(item: PolicyItem, rules: RuleSet, context: RuleContext = {}): boolean {
  return !rules.rules.some((rule) => applies(rule, context) && removes(rule, item, context));
}

function applies(rule: Rule, context: RuleContext): boolean {
  const when = rule.when;
  if (!when) return true;
  if (when.minor !== undefined && (context.minor === true) !== when.minor) return false;
  if (when.regions && !(context.region && when.regions.some((r) => covers(r, context.region as string))))
    return false;
  if (when.surfaces && !(context.surface !== undefined && when.surfaces.includes(context.surface)))
    return false;
  return true;
}

function removes(rule: Rule, item: PolicyItem, context: RuleContext): boolean {
  switch (rule.kind) {
    case "stock":
      return item.stock !== undefined && !(item.stock >= (rule.minStock ?? 1));
    case "region": {
      if (item.regions === undefined) return false;
      if (!context.region) return (rule.unknownRegion ?? "filter") === "filter";
      const region = context.region;
      return !item.regions.some((r) => covers(r, region));
    }
    case "age": {
      if (item.ageRestricted === undefined) return false;
      if (context.minor === true) return true;
      if (context.age !== undefined) return context.age < item.ageRestricted;
      // `minor: false` only means "not known to be a minor": without an age the rule's default decides.
      return rule.unknownAge === "filter";
    }
    case "category-block":
      return (
        (rule.categories?.some((c) => inCategory(item, c)) ?? false) ||
        (rule.tags?.some((t) => item.tags?.includes(t) === true) ?? false)
      );
    case "seller-block":
      return item.sellerId !== undefined && rule.sellers.includes(item.sellerId);
    case "item-block":
      return rule.items.includes(item.id);
    case "sensitive-block":
      return (
        (item.sensitive?.length ?? 0) > 0 &&
        (!rule.tags || rule.tags.some((t) => item.sensitive?.includes(t)))
      );
  }
}

function inCategory(item: PolicyItem, category: string): boolean {
  return (
    item.category === category ||
    item.category.startsWith(`${category}/`) ||
    item.category.split("/").includes(category) ||
    item.categoryPath?.includes(category) === true
  );
}

const EU = new Set(
  "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" "),
);

/** Whether region code `allowed` covers `region`: itself, a country its subdivisions, `"EU"` its member states. */
function covers(allowed: string, region: string): boolean {
  if (allowed === region || region.startsWith(`${allowed}-`)) return true;
  return allowed === "EU" && (EU.has(region) || EU.has(region.split("-")[0] ?? ""));
}
