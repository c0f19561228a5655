/** Business rules as data: a validated, versioned rule set that the shop, the pipeline and auditors read alike. */

import * as z from "zod/mini";
import { ConfigError } from "../internal/candor-error.ts";
import { safe } from "../internal/result.ts";
import { firstIssue } from "../internal/zod-issue.ts";

const id = z.string().check(z.minLength(1), z.maxLength(128));
const ids = z.array(id).check(z.minLength(1));

const base = {
  id,
  /** Plain-language reason, shown to auditors and in filter reports. */
  reason: z.string().check(z.minLength(1), z.maxLength(500)),
  when: z.optional(
    z.object({
      minor: z.optional(z.boolean()),
      regions: z.optional(ids),
      surfaces: z.optional(ids),
    }),
  ),
};

const ruleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("stock"), minStock: z.optional(z.int().check(z.gte(1))), ...base }),
  z.object({ kind: z.literal("region"), unknownRegion: z.optional(z.enum(["keep", "filter"])), ...base }),
  z.object({ kind: z.literal("age"), unknownAge: z.optional(z.enum(["keep", "filter"])), ...base }),
  z
    .object({
      kind: z.literal("category-block"),
      categories: z.optional(ids),
      tags: z.optional(ids),
      ...base,
    })
    .check(z.refine((r) => r.categories !== undefined || r.tags !== undefined, "needs categories or tags")),
  z.object({ kind: z.literal("seller-block"), sellers: ids, ...base }),
  z.object({ kind: z.literal("item-block"), items: ids, ...base }),
  z.object({ kind: z.literal("sensitive-block"), tags: z.optional(ids), ...base }),
]);

/** Schema of a rule set; rule ids must be unique. */
export const ruleSetSchema = z
  .object({
    id,
    version: z.string().check(z.minLength(1), z.maxLength(64)),
    description: z.optional(z.string().check(z.maxLength(2000))),
    rules: z.array(ruleSchema),
  })
  .check(
    z.superRefine((set, context) => {
      const seen = new Set<string>();
      set.rules.forEach((rule, index) => {
        if (seen.has(rule.id)) {
          context.issues.push({
            code: "custom",
            message: `duplicate rule id "${rule.id}"`,
            path: ["rules", index, "id"],
            input: rule.id,
          });
        }
        seen.add(rule.id);
      });
    }),
  );

/** Conditions under which a rule applies; every given one must hold. Absent: always. */
export interface RuleCondition {
  /** Applies only to a known minor (`true`) or only to others (`false`). */
  readonly minor?: boolean;
  /** Applies only in these regions (`"EU"` covers member states, `"US"` covers `"US-CA"`). */
  readonly regions?: readonly string[];
  /** Applies only on these surfaces. */
  readonly surfaces?: readonly string[];
}

interface RuleBase {
  readonly id: string;
  /** Plain-language reason, shown to auditors and in filter reports. */
  readonly reason: string;
  readonly when?: RuleCondition;
}

/** One hard filter. */
export type Rule = RuleBase &
  (
    | { readonly kind: "stock" /** Default 1. Items without `stock` are kept. */; readonly minStock?: number }
    | {
        readonly kind: "region" /** When the shopper's region is unknown; default `"filter"`. */;
        readonly unknownRegion?: "keep" | "filter";
      }
    | {
        readonly kind: "age" /** When the shopper's age is unknown; default `"keep"`. */;
        readonly unknownAge?: "keep" | "filter";
      }
    | {
        readonly kind: "category-block";
        /** Category ids matched against the item's category, its path and each `/` segment. */
        readonly categories?: readonly string[];
        /** Item tags. */
        readonly tags?: readonly string[];
      }
    | { readonly kind: "seller-block"; readonly sellers: readonly string[] }
    | { readonly kind: "item-block"; readonly items: readonly string[] }
    | {
        readonly kind: "sensitive-block" /** Sensitive tags to block; default every one. */;
        readonly tags?: readonly string[];
      }
  );

/** A versioned set of hard filters. */
export interface RuleSet {
  readonly id: string;
  readonly version: string;
  readonly description?: string;
  readonly rules: readonly Rule[];
}

/** Validates a rule set; throws {@link ConfigError} with the path (`"rules.2.kind"`) and the reason. */
export function parseRuleSet(input: unknown): RuleSet {
  const parsed = ruleSetSchema.safeParse(input);
  if (parsed.success) return parsed.data as RuleSet;
  const { path, reason, value } = firstIssue(parsed.error, input);
  throw new ConfigError(path, reason, value);
}

/** Validates a rule set without throwing. */
export const safeParseRuleSet = safe(parseRuleSet, ConfigError);
