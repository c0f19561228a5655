/**
 * The options of `createServing`, validated once at creation with zod (unknown keys rejected, the path named): a
 * mistake throws {@link ConfigError} there, never at serve time (STYLE.md rule 9).
 */

import * as z from "zod/mini";
import type { AppendedEntry } from "../audit/explanation-log.ts";
import type { ConsentLogItem, NoticeLogItem, ServedItem } from "../audit/types.ts";
import type { Templates } from "../explain/templates.ts";
import { safeParseExperiment } from "../internal/assign-arm.ts";
import { ConfigError } from "../internal/candor-error.ts";
import { firstIssue } from "../internal/zod-issue.ts";
import type { Experiment } from "../measure/types.ts";
import type { RuleSet } from "../policy/rule-set.ts";
import { safeParseRuleSet } from "../policy/rule-set.ts";
import type { AppendOutcome, Policy, PolicyConsent, PolicyDecision, SignalView } from "../policy/types.ts";
import type { ContentOptions } from "../recommend/models/content.ts";
import type { EaseOptions } from "../recommend/models/ease.ts";
import type { HybridConfig } from "../recommend/models/hybrid.ts";
import type { ItemKnnOptions } from "../recommend/models/item-knn.ts";
import type { BlendWeights } from "../recommend/scorers.ts";
import type { EventWeights } from "../recommend/signals.ts";
import type { CatalogItem } from "../recommend/types.ts";
import type { ContextName } from "./score-stage.ts";
import type { RerankStage, ServeIssue } from "./types.ts";

/** What the serving pipeline needs of the vault (`createVault` from `@candor/core/policy`). */
export interface ServingVault {
  view(decision: PolicyDecision): SignalView;
  append(event: unknown, consent: PolicyConsent): Promise<AppendOutcome>;
}

/**
 * What the serving pipeline needs of the explanation log (`createExplanationLog` from `@candor/core/audit`): served
 * items, the consent events they rested on, and the notice that declared the purposes (one log proves all three).
 */
export interface ServingLog {
  append(items: readonly ServedItem[]): Promise<readonly AppendedEntry[]>;
  appendConsent(item: ConsentLogItem): Promise<AppendedEntry>;
  appendNotice(item: NoticeLogItem): Promise<AppendedEntry>;
}

/** How explanations are worded; every field has a default from the catalog and the policy. */
export interface ExplainOptions {
  /** Display title of an item; default the catalog item's `title`, else its id. */
  readonly titleOf?: (item: string) => string | undefined;
  /** Display name of an item's category; default the catalog item's top-level category id. */
  readonly categoryOf?: (item: string) => string | undefined;
  /** Display title of a purpose; default the policy purpose's title in the request's locale. */
  readonly purposeTitle?: (purpose: string, locale: string) => string | undefined;
  /** Default locale of explanations; default `"en"`. */
  readonly locale?: string;
  /** Shop wording by template id. */
  readonly templates?: Partial<Templates>;
}

/** Options of `createServing`. */
export interface ServingOptions<T extends CatalogItem> {
  /** The catalog; ids must be unique. */
  readonly catalog: readonly T[];
  /** The purpose-bound vault: the only door to personal data. */
  readonly vault: ServingVault;
  /** The explanation log every served slate is committed to before it is returned (DESIGN.md invariant 5). */
  readonly log: ServingLog;
  /** Purposes, request families and special categories; default `defaultPolicy`. Must match the vault's. */
  readonly policy?: Policy;
  /** Hard filters; default `defaultRuleSet`. */
  readonly rules?: RuleSet;
  /** Blend weights (tune them with `candor eval`); default `defaultBlendWeights`. */
  readonly weights?: Partial<BlendWeights>;
  /** How much each kind of interaction counts as evidence; default `defaultEventWeights`. */
  readonly eventWeights?: Partial<EventWeights>;
  /** Item-kNN options; `minSupport` (k-anonymity of every collaborative link) defaults to 5. */
  readonly knn?: ItemKnnOptions;
  /** The validation-tuned hybrid (`tuneHybrid`, or the `model` of a `candor eval --report`); default none. */
  readonly hybrid?: HybridConfig;
  /** EASE for catalogs up to ~16k items, masked to pairs with `knn.minSupport` shoppers; default off. */
  readonly ease?: EaseOptions | false;
  /** Content similarity options, or `false` to turn it off; default on. */
  readonly content?: ContentOptions | false;
  /** Popularity half-life in days; default 14. */
  readonly popularityHalfLifeDays?: number;
  /** Shop-chosen boosts by item id (non-personal). */
  readonly editorial?: Readonly<Record<string, number>>;
  /** Refit the collaborative models after this many new shared interactions; default 0 (call `fit()` yourself). */
  readonly refitEvery?: number;
  /** How many candidates reach the re-rank stage; default 100. */
  readonly candidates?: number;
  /** Context fields the shop deems non-personal, usable in non-profiling mode too; default none. */
  readonly nonPersonalContext?: readonly ContextName[];
  /** The re-rank stage (`createRerankStage` from `@candor/core/rerank`); default the top `k` by score. */
  readonly rerank?: RerankStage<T>;
  /** A holdout experiment (`@candor/core/measure`); the control arm is served without personal data. */
  readonly experiment?: Experiment;
  /** Blend weights of challenger arms by arm id. */
  readonly armWeights?: Readonly<Record<string, Partial<BlendWeights>>>;
  /** Wording of explanations. */
  readonly explain?: ExplainOptions;
  /** Surfaces named in the DSA Art. 27 disclosure; default `["home"]`. */
  readonly surfaces?: readonly string[];
  /** Provider and category of an item for the log's exposure reports; default the catalog's `sellerId` and top category. */
  readonly itemFacts?: (item: string) => {
    readonly provider?: string | null;
    readonly category?: string | null;
  };
  /** Milliseconds since the epoch; default `Date.now`. */
  readonly clock?: () => number;
  /** Receives every stage failure (serve time never throws); default none. */
  readonly onError?: (issue: ServeIssue) => void;
}

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === "function", "must be a function");
const finite = z.number().check(z.refine(Number.isFinite, "must be a finite number"));
const nonNegative = finite.check(z.nonnegative());
const positiveInt = z.int().check(z.positive());
const object = <T>(keys: readonly string[], message: string) =>
  z.custom<T>(
    (v) =>
      typeof v === "object" &&
      v !== null &&
      keys.every((k) => typeof (v as Record<string, unknown>)[k] === "function"),
    message,
  );
const weightsShape = {
  hybrid: z.optional(finite),
  itemKnn: z.optional(finite),
  ease: z.optional(finite),
  content: z.optional(finite),
  session: z.optional(finite),
  search: z.optional(finite),
  context: z.optional(finite),
  popularity: z.optional(finite),
  editorial: z.optional(finite),
};
const weights = z.strictObject(weightsShape);
const componentWeight = { weight: nonNegative };
const hybrid = z.strictObject({
  ratingExponent: z.optional(nonNegative),
  ease: z.optional(
    z.strictObject({
      ...componentWeight,
      lambda: finite.check(z.positive()),
      dropout: z.optional(z.number().check(z.gte(0), z.lt(1))),
    }),
  ),
  itemKnn: z.optional(
    z.strictObject({
      ...componentWeight,
      k: positiveInt,
      shrink: z.optional(nonNegative),
      minSupport: z.optional(positiveInt),
    }),
  ),
  rp3beta: z.optional(
    z.strictObject({
      ...componentWeight,
      alpha: nonNegative,
      beta: nonNegative,
      k: positiveInt,
      minSupport: z.optional(positiveInt),
    }),
  ),
  popularity: z.optional(z.strictObject(componentWeight)),
  sparseEase: z.optional(
    z.strictObject({
      ...componentWeight,
      lambda: finite.check(z.positive()),
      dropout: z.optional(z.number().check(z.gte(0), z.lt(1))),
      neighbours: z.optional(positiveInt),
      minSupport: z.optional(positiveInt),
    }),
  ),
  ials: z.optional(
    z.strictObject({
      ...componentWeight,
      factors: positiveInt,
      regularization: finite.check(z.positive()),
      unobservedWeight: nonNegative,
      epochs: z.optional(positiveInt),
      minSupport: z.optional(positiveInt),
    }),
  ),
});

const schema = z.strictObject({
  catalog: z.array(z.looseObject({ id: z.string().check(z.minLength(1)), category: z.string() })),
  vault: object<ServingVault>(["view", "append"], "must be a vault (view and append), from createVault"),
  log: object<ServingLog>(
    ["append", "appendConsent", "appendNotice"],
    "must be an explanation log (append, appendConsent, appendNotice), from createExplanationLog",
  ),
  policy: z.optional(
    z.custom<Policy>(
      (v) => typeof v === "object" && v !== null && Array.isArray((v as Policy).specialCategories),
      "must be a policy from createPolicy",
    ),
  ),
  rules: z.optional(
    z.custom<RuleSet>((v) => safeParseRuleSet(v).ok, "must be a valid rule set (see parseRuleSet)"),
  ),
  weights: z.optional(weights),
  eventWeights: z.optional(
    z.strictObject({
      view: z.optional(nonNegative),
      add_to_cart: z.optional(nonNegative),
      purchase: z.optional(nonNegative),
      rating: z.optional(nonNegative),
      search: z.optional(nonNegative),
    }),
  ),
  knn: z.optional(
    z.strictObject({
      k: z.optional(positiveInt),
      shrink: z.optional(nonNegative),
      minSupport: z.optional(positiveInt),
      neighbourhood: z.optional(z.enum(["target", "evidence"])),
      halfLife: z.optional(finite.check(z.positive())),
      now: z.optional(finite),
    }),
  ),
  hybrid: z.optional(hybrid),
  ease: z.optional(
    z.union([
      z.literal(false),
      z.strictObject({
        lambda: z.optional(finite.check(z.positive())),
        dropout: z.optional(z.number().check(z.gte(0), z.lt(1))),
        simd: z.optional(z.boolean()),
      }),
    ]),
  ),
  content: z.optional(
    z.union([
      z.literal(false),
      z.strictObject({
        k: z.optional(positiveInt),
        minSimilarity: z.optional(z.number().check(z.gte(0), z.lte(1))),
        maxPostings: z.optional(positiveInt),
      }),
    ]),
  ),
  popularityHalfLifeDays: z.optional(finite.check(z.positive())),
  editorial: z.optional(z.record(z.string(), finite)),
  refitEvery: z.optional(z.int().check(z.nonnegative())),
  candidates: z.optional(positiveInt.check(z.lte(10_000))),
  nonPersonalContext: z.optional(z.array(z.enum(["device", "daypart", "region"]))),
  rerank: z.optional(fn),
  experiment: z.optional(
    z.custom<Experiment>(
      (v) => safeParseExperiment(v).ok,
      "must be a valid experiment (see parseExperiment)",
    ),
  ),
  armWeights: z.optional(z.record(z.string(), weights)),
  explain: z.optional(
    z.strictObject({
      titleOf: z.optional(fn),
      categoryOf: z.optional(fn),
      purposeTitle: z.optional(fn),
      locale: z.optional(z.string().check(z.minLength(2), z.maxLength(35))),
      templates: z.optional(z.record(z.string(), z.string())),
    }),
  ),
  surfaces: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  itemFacts: z.optional(fn),
  clock: z.optional(fn),
  onError: z.optional(fn),
});

/** Validates `createServing`'s options; throws {@link ConfigError} naming the first bad option. */
export function validateServingOptions<T extends CatalogItem>(options: ServingOptions<T>): void {
  const parsed = schema.safeParse(options);
  if (!parsed.success) {
    const { path, reason } = firstIssue(parsed.error, options);
    throw new ConfigError(path, reason);
  }
}
