/** The hard filters of product listings (category pages and search results). */
import { defaultRuleSet, type RuleSet } from "@candor/core/policy";

/** The recommender's hard filters minus stock: a listing shows sold-out items, marked, but never what may not be sold here. */
export const listingRules: RuleSet = {
  ...defaultRuleSet,
  id: `${defaultRuleSet.id}-listing`,
  rules: defaultRuleSet.rules.filter((rule) => rule.kind !== "stock"),
};
