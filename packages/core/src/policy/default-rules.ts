/** Candor's default hard filters: stock, shipping region, age-restricted goods, and protections for minors. */
import { parseRuleSet, type RuleSet } from "./rule-set.ts";

/**
 * The default rule set: out of stock; not shipped to the shopper's region (unknown region: filtered);
 * age-restricted goods for known minors; alcohol, tobacco, gambling, weapons and adult goods, and offers that
 * exploit vulnerability (loot boxes, payday credit, miracle cures), blocked for minors (DSA Art. 28(1),
 * UCPD 2005/29/EC Annex I No. 28).
 */
export const defaultRuleSet: RuleSet = /* @__PURE__ */ parseRuleSet({
  id: "candor-default",
  version: "1",
  description: "Hard filters applied before re-ranking and re-checked after it.",
  rules: [
    { id: "out-of-stock", kind: "stock", minStock: 1, reason: "Out of stock." },
    { id: "not-shipped-to-region", kind: "region", reason: "Not shipped to the shopper's region." },
    {
      id: "age-restricted-minor",
      kind: "age",
      unknownAge: "keep",
      reason: "Age-restricted goods are not shown to minors.",
    },
    {
      id: "harmful-to-minors",
      kind: "category-block",
      when: { minor: true },
      categories: [
        "alcohol",
        "wine-spirits",
        "beer",
        "spirits",
        "tobacco",
        "vaping",
        "gambling",
        "weapons",
        "adult",
      ],
      tags: ["alcohol", "tobacco", "gambling", "weapon", "adult"],
      reason: "Alcohol, tobacco, gambling, weapons and adult goods are not shown to minors (DSA Art. 28(1)).",
    },
    {
      id: "exploits-vulnerability",
      kind: "category-block",
      when: { minor: true },
      categories: ["loot-boxes", "payday-loans", "diet-pills"],
      tags: ["loot-box", "mystery-box", "payday-loan", "diet-pill", "miracle-cure"],
      reason:
        "Offers that exploit the inexperience or vulnerability of minors are not shown (UCPD Annex I No. 28).",
    },
  ],
});
