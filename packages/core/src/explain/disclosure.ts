/**
 * The DSA Art. 27 disclosure: the main parameters of each recommender surface, why they matter, and the options to
 * change them, generated from the configuration in force and versioned by its hash.
 */
import { canonicalJson } from "../internal/canonical-json.ts";
import { sha256Hex } from "../internal/sha256.ts";
import type { RuleSet } from "../policy/rule-set.ts";
import type { BlendWeights } from "../recommend/scorers.ts";

/** The configuration a disclosure describes. */
export interface DisclosureConfig {
  /** Surfaces where recommendations appear, e.g. `["home", "pdp", "cart"]`. */
  readonly surfaces: readonly string[];
  readonly weights: BlendWeights;
  /** The hard filters in force. */
  readonly rules: RuleSet;
  /** The default variety (0–1) of the re-ranking, when re-ranking is on. */
  readonly variety?: number;
  /** Re-rank stages in force, e.g. `["calibration", "mmr", "fair"]`. */
  readonly rerankStages?: readonly string[];
  /** Whether known minors get profiling-based recommendations (the policy's `personalizeMinors`); default `false`. */
  readonly personalizeMinors?: boolean;
}

/** One main parameter in plain language. */
export interface MainParameter {
  readonly parameter: string;
  readonly description: string;
  /** How much it weighs relative to the others: its share of the blend weights. */
  readonly importance: "main" | "supporting" | "minor";
  readonly weightShare: number;
}

/** The disclosure of one surface (DSA Art. 27(1)–(2)). */
export interface SurfaceDisclosure {
  readonly surface: string;
  readonly summary: string;
  readonly mainParameters: readonly MainParameter[];
  /** What the shopper can change, and where (DSA Art. 27(3), Art. 38). */
  readonly options: readonly string[];
  readonly filters: readonly string[];
  /** Protections that always apply, whatever the weights (GDPR Art. 9(2)(a), DSA Art. 28(2)). */
  readonly protections: readonly string[];
}

/** The whole disclosure, with a version id that changes whenever the configuration does. */
export interface Disclosure {
  readonly version: string;
  readonly surfaces: readonly SurfaceDisclosure[];
}

const PARAMETERS: Readonly<Record<keyof BlendWeights, string>> = {
  hybrid:
    "A model of which items go together in many shoppers' histories, tuned to predict what shoppers choose next (only links shared by at least five shoppers, and only if you allow learning from similar shoppers).",
  itemKnn:
    "What shoppers who bought or viewed the same items as you went on to buy (only links shared by at least five shoppers, and only if you allow learning from similar shoppers).",
  ease: "A statistical model of which items go together in many shoppers' histories (only if you allow learning from similar shoppers).",
  content:
    "How similar a product is to what you viewed or bought here: its words, category, brand and price range.",
  session: "What you looked at in this visit.",
  search:
    "The words you searched for here, matched against products' names, brands and categories (only if you allow recommendations from what you view).",
  context:
    "What is popular on your kind of device, at this time of day, or in your region (only if you allow context).",
  popularity:
    "How many shoppers recently chose the product (this is also all that non-personalized recommendations use).",
  editorial: "Products our team highlights.",
};

/** The rules every surface applies whatever its weights, in plain words. */
function protections(config: DisclosureConfig): string[] {
  return [
    "Sensitive products (for example pharmacy and health, religion, politics) are never lifted by your own activity unless you gave explicit consent for sensitive data; they can still appear because they are popular or picked by our team (GDPR Art. 9(2)(a)).",
    "Each kind of personalization uses only its own data: your views only if you allow recommendations from what you view, your purchases only if you allow recommendations from your purchases. Learning from similar shoppers only adds your data to statistics shared with at least four other shoppers (GDPR Art. 5(1)(b)).",
    config.personalizeMinors === true
      ? "Known minors get no profiling-based ads (DSA Art. 28(2))."
      : "Known minors get no profiling-based recommendations or ads (DSA Art. 28(2)).",
  ];
}

/** Generates the disclosure from the configuration in force; the same configuration gives the same version. */
export function describeRecommender(config: DisclosureConfig): Disclosure {
  const entries = (Object.entries(config.weights) as [keyof BlendWeights, number][]).filter(([, w]) => w > 0);
  const total = entries.reduce((s, [, w]) => s + w, 0) || 1;
  const mainParameters: MainParameter[] = entries
    .sort((a, b) => b[1] - a[1])
    .map(([name, w]) => {
      const share = w / total;
      return {
        parameter: name,
        description: PARAMETERS[name],
        importance: share >= 0.3 ? "main" : share >= 0.1 ? "supporting" : "minor",
        weightShare: Number(share.toFixed(3)),
      };
    });
  const stages = config.rerankStages ?? [];
  const options = [
    "Personalized or Not personalized, next to every recommendation row: not personalized uses no personal data, only popularity and our team's picks.",
    "Privacy settings: switch each kind of personalization (browsing, purchases, similar shoppers, context) on or off at any time.",
    "Why am I seeing this?: on every recommended product, with controls to stop using a product you viewed, say you are not interested, or turn a kind of personalization off.",
    ...(stages.length > 0
      ? [
          `Variety: a slider next to every recommendation row (default ${Math.round((config.variety ?? 0.5) * 100)}%) that trades closeness to your interests for variety, long-tail products and independent sellers.`,
        ]
      : []),
  ];
  const filters = config.rules.rules.map((rule) => `${rule.id}: ${rule.reason}`);
  const summary =
    `Products are ranked by adding up these signals, weighted as listed; ${stages.length > 0 ? `the list is then re-balanced (${stages.join(", ")}) for variety and fairness` : "the list is not re-balanced"}. ` +
    "Products that cannot be sold to you (out of stock, not shipped to your region, age-restricted) are never shown.";
  const rules = protections(config);
  const version = sha256Hex(canonicalJson({ config, protections: rules })).slice(0, 16);
  return {
    version,
    surfaces: config.surfaces.map((surface) => ({
      surface,
      summary,
      mainParameters,
      options,
      filters,
      protections: rules,
    })),
  };
}

/** The disclosure as Markdown, for a shop's "How recommendations work" page. */
export function disclosureMarkdown(disclosure: Disclosure): string {
  const lines = [`# How our recommendations work`, "", `Version ${disclosure.version}.`];
  for (const s of disclosure.surfaces) {
    lines.push("", `## ${s.surface}`, "", s.summary, "", "Main parameters, most important first:", "");
    for (const p of s.mainParameters) lines.push(`- **${p.parameter}** (${p.importance}): ${p.description}`);
    lines.push("", "What you can change:", "", ...s.options.map((o) => `- ${o}`));
    lines.push("", "Always applied:", "", ...s.filters.map((f) => `- ${f}`));
    lines.push(...s.protections.map((p) => `- ${p}`));
  }
  return `${lines.join("\n")}\n`;
}
