/** Candor's default hard filters: stock, shipping region, age-restricted goods, and protections for minors. */
import { type RuleSet } from "./rule-set.ts";
/**
 * The default rule set: out of stock; not shipped to the shopper's region (unknown region: filtered);
 * age-restricted goods for known minors; alcohol, tobacco, gambling, weapons and adult goods, and offers that
 * exploit vulnerability (loot boxes, payday credit, miracle cures), blocked for minors (DSA Art. 28(1),
 * UCPD 2005/29/EC Annex I No. 28).
 */
export declare const defaultRuleSet: RuleSet;
