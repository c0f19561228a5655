/**
 * Faithful explanations: rendered only from an item's score contributions and re-rank effects. Every contribution
 * lands in exactly one reason, so the reasons' amounts add up to the score; special-category evidence is never named.
 */

import { formattingLocale } from "../internal/locale-match.ts";
import type { PolicyDecision } from "../policy/types.ts";
import type { Contribution, SlateItem } from "../recommend/types.ts";
import { type ExplainLocale, explainLocaleFor } from "./explain-locale.ts";
import { fill, type TemplateId, type Templates } from "./templates.ts";

/** One reason an item is shown. */
export interface Reason {
  readonly templateId: TemplateId;
  readonly text: string;
  /** What this reason adds to the score (the sum of its contributions). */
  readonly amount: number;
  /** `amount / score`; the shares of all reasons add up to 1. */
  readonly share: number;
  /** The shopper's own item this reason rests on, when it may be named. */
  readonly evidence?: { readonly item: string; readonly events: readonly string[] };
  readonly dataCategories: readonly string[];
}

/** What a re-ranking stage did, in words. */
export interface EffectReason {
  readonly templateId: TemplateId;
  readonly text: string;
  readonly stage: string;
  /** Positions moved (positive is up) or the slot given. */
  readonly amount: number;
}

/** A control the shopper can use on this explanation. */
export type Control =
  | {
      readonly kind: "dont-use";
      readonly item: string;
      readonly events: readonly string[];
      readonly label: string;
    }
  | { readonly kind: "not-interested"; readonly item: string; readonly label: string }
  | { readonly kind: "turn-off"; readonly purpose: string; readonly label: string }
  | { readonly kind: "change-variety"; readonly label: string }
  | { readonly kind: "not-personalized"; readonly label: string };

/** The explanation of one served item. */
export interface Explanation {
  readonly item: string;
  readonly rank: number;
  readonly score: number;
  readonly mode: PolicyDecision["mode"];
  readonly locale: string;
  /** The headline: an inserting effect (exploration, fairness) if any, else the largest reason. */
  readonly templateId: TemplateId;
  readonly text: string;
  /** Every reason, largest first; their amounts add up to the score. */
  readonly reasons: readonly Reason[];
  readonly effects: readonly EffectReason[];
  /** Personal data categories the score used. */
  readonly dataCategories: readonly string[];
  /** The purposes and consent evidence relied on, per used category (GDPR Art. 7(1), 15(1)(h)). */
  readonly basis: readonly {
    readonly purpose: string;
    readonly consentEventId: string | null;
    readonly categories: readonly string[];
  }[];
  readonly controls: readonly Control[];
}

/** What rendering needs besides the item. */
export interface ExplainContext {
  readonly decision: PolicyDecision;
  /** Display title of an item. */
  readonly titleOf: (item: string) => string | undefined;
  /** Display name of an item's category (for "Popular in …", "Matches your interest in …"). */
  readonly categoryOf: (item: string) => string | undefined;
  /** Display title of a purpose, for "turn off" controls. */
  readonly purposeTitle?: (purpose: string) => string | undefined;
  /**
   * The shopper's BCP 47 tag (default `"en"`), matched against the registered languages (en, de, fr, es built in;
   * others through `registerExplainLocales`), else English. Kept as given in `Explanation.locale`.
   */
  readonly locale?: string;
  /** Shop wording by template id. */
  readonly templates?: Partial<Templates>;
}

const EFFECT_TEMPLATES: Readonly<Record<string, TemplateId>> = {
  variety: "variety",
  "provider-fairness": "provider-fairness",
  exploration: "exploration",
  calibration: "calibration",
  "long-tail": "long-tail",
};
const INSERTING = new Set(["exploration", "provider-fairness"]);

/** The data category of the product on screen (item-to-item rows): not the shopper's data. */
const CURRENT_PRODUCT = "candor:CurrentProduct";

/** Which template an own-history contribution uses. */
function itemTemplate(c: Contribution & { evidence: { kind: "item" } }): TemplateId {
  if (c.evidence.dataCategory === CURRENT_PRODUCT)
    return c.scorer === "content" ? "similar-to" : "also-bought";
  if (c.scorer === "session") return "session";
  if (c.evidence.dataCategory === "pd:Purchase") return "because-bought";
  if (c.evidence.dataCategory === "pd:Rating") return "because-rated";
  return "because-viewed";
}

interface Group {
  templateId: TemplateId;
  values: Record<string, string>;
  amount: number;
  item?: string;
  events: string[];
  categories: Set<string>;
  /** Purpose → the data categories cited under it. */
  purposes: Map<string, Set<string>>;
}

/** Explains one served item from its contributions and effects only. */
export function explainItem(item: SlateItem, context: ExplainContext): Explanation {
  const locale = context.locale ?? "en";
  const language = explainLocaleFor(locale);
  const words: Templates = { ...language.templates, ...context.templates };
  const labels = language.controls;
  const personalized = context.decision.mode === "personalized";
  // "You chose not to personalize" only when the shopper did: not before any choice (GDPR Art. 7(4)).
  const chose =
    context.decision.reason === "non-personalized-chosen" || context.decision.reason === "no-personalization";
  const groups = new Map<string, Group>();
  const add = (key: string, templateId: TemplateId, values: Record<string, string>, c: Contribution) => {
    let group = groups.get(key);
    if (!group) {
      group = { templateId, values, amount: 0, events: [], categories: new Set(), purposes: new Map() };
      groups.set(key, group);
    }
    group.amount += c.amount;
    if (c.evidence.kind === "item" && !c.evidence.special) group.item = c.evidence.item;
    if ((c.evidence.kind === "item" || c.evidence.kind === "search") && c.evidence.event) {
      if (!group.events.includes(c.evidence.event)) group.events.push(c.evidence.event);
    }
    // Only personal evidence names data categories and purposes: the product on screen and global signals do not.
    if (c.evidence.kind !== "global" && c.purposes.length > 0) {
      group.categories.add(c.evidence.dataCategory);
      for (const purpose of c.purposes) {
        const categories = group.purposes.get(purpose) ?? new Set<string>();
        categories.add(c.evidence.dataCategory);
        group.purposes.set(purpose, categories);
      }
    }
  };
  for (const c of item.contributions) {
    const evidence = c.evidence;
    if (evidence.kind === "search") {
      if (evidence.special) add("other-activity", "other-activity", {}, c);
      else add(`because-searched:${evidence.query}`, "because-searched", { value: evidence.query }, c);
    } else if (evidence.kind === "item") {
      if (evidence.special) add("other-activity", "other-activity", {}, c);
      else {
        const templateId = itemTemplate({ ...c, evidence });
        const title = context.titleOf(evidence.item) ?? evidence.item;
        add(`${templateId}:${evidence.item}`, templateId, { item: title }, c);
      }
    } else if (evidence.kind === "context") {
      const templateId: TemplateId =
        evidence.name === "device"
          ? "context-device"
          : evidence.name === "daypart"
            ? "context-daypart"
            : "context-region";
      const value = contextWord(evidence.name, evidence.value, language, locale);
      add(`${templateId}:${evidence.value}`, templateId, { value }, c);
    } else if (evidence.name === "editorial") {
      add("editorial", "editorial", {}, c);
    } else if (personalized) {
      add("popular-in", "popular-in", { category: context.categoryOf(item.item) ?? "" }, c);
    } else if (context.decision.reason === "holdout") {
      add("popular-now", "popular-now-holdout", {}, c);
    } else if (chose) {
      add("popular-now", "popular-now-not-personalized", {}, c);
    } else {
      add("popular-now", "popular-now", {}, c);
    }
  }
  mergeInterests(groups, context);
  const score = item.score;
  const reasons: Reason[] = [...groups.values()]
    .sort((a, b) => b.amount - a.amount)
    .map((g) => ({
      templateId: g.templateId,
      text: fill(words[g.templateId], g.values),
      amount: g.amount,
      share: score === 0 ? 0 : g.amount / score,
      ...(g.item !== undefined && g.templateId !== "interest"
        ? { evidence: { item: g.item, events: g.events } }
        : {}),
      dataCategories: [...g.categories],
    }));
  const effects: EffectReason[] = item.effects.map((effect) => {
    const templateId = EFFECT_TEMPLATES[effect.kind] ?? "reranked";
    return { templateId, text: words[templateId], stage: effect.stage, amount: effect.amount };
  });
  const inserting = effects.find((e) => INSERTING.has(e.templateId));
  const headline = inserting ?? reasons[0] ?? { templateId: "reranked" as const, text: words.reranked };
  const dataCategories = [...new Set(reasons.flatMap((r) => r.dataCategories))];
  const basis = groupBasis(context.decision, groups.values());
  const controls: Control[] = [];
  const cited = new Map<string, Set<string>>();
  for (const c of item.contributions) {
    if (c.evidence.kind !== "item" || c.evidence.special || !c.evidence.event || c.purposes.length === 0)
      continue;
    const events = cited.get(c.evidence.item) ?? new Set<string>();
    events.add(c.evidence.event);
    cited.set(c.evidence.item, events);
  }
  for (const [evidence, events] of cited) {
    controls.push({
      kind: "dont-use",
      item: evidence,
      events: [...events],
      label: fill(labels.dontUse, { item: context.titleOf(evidence) ?? evidence }),
    });
  }
  controls.push({ kind: "not-interested", item: item.item, label: labels.notInterested });
  for (const b of basis) {
    const title = context.purposeTitle?.(b.purpose) ?? b.purpose;
    controls.push({
      kind: "turn-off",
      purpose: b.purpose,
      label: fill(labels.turnOff, { value: title }),
    });
  }
  controls.push({ kind: "change-variety", label: labels.variety });
  if (personalized) controls.push({ kind: "not-personalized", label: labels.notPersonalized });
  return {
    item: item.item,
    rank: item.rank,
    score,
    mode: context.decision.mode,
    locale,
    templateId: headline.templateId,
    text: headline.text,
    reasons,
    effects,
    dataCategories,
    basis,
    controls,
  };
}

const REGION_CODE = /^(?:[A-Za-z]{2}|\d{3})$/;

/**
 * A context value in the shopper's language: device types and dayparts from the language's words, ISO 3166 region
 * codes through `Intl.DisplayNames` ("DE" → "Deutschland"); anything else (a shop's own region name) as given.
 */
function contextWord(name: string, value: string, language: ExplainLocale, locale: string): string {
  if (name === "device" || name === "daypart") {
    const words: Readonly<Record<string, string>> = name === "device" ? language.device : language.daypart;
    return Object.hasOwn(words, value) ? (words[value] as string) : value;
  }
  if (!REGION_CODE.test(value)) return value;
  try {
    const names = new Intl.DisplayNames([formattingLocale(locale, language.locale)], { type: "region" });
    return names.of(value.toUpperCase()) ?? value;
  } catch {
    return value;
  }
}

/** Two or more "because you viewed/bought …" reasons about items of one category become "Matches your interest in …". */
function mergeInterests(groups: Map<string, Group>, context: ExplainContext) {
  const byCategory = new Map<string, string[]>();
  for (const [key, group] of groups) {
    if (!group.templateId.startsWith("because-") || group.item === undefined) continue;
    const category = context.categoryOf(group.item);
    if (!category) continue;
    byCategory.set(category, [...(byCategory.get(category) ?? []), key]);
  }
  for (const [category, keys] of byCategory) {
    if (keys.length < 2) continue;
    const merged: Group = {
      templateId: "interest",
      values: { category },
      amount: 0,
      events: [],
      categories: new Set(),
      purposes: new Map(),
    };
    for (const key of keys) {
      const group = groups.get(key) as Group;
      merged.amount += group.amount;
      merged.events.push(...group.events);
      for (const c of group.categories) merged.categories.add(c);
      for (const [purpose, categories] of group.purposes) {
        const into = merged.purposes.get(purpose) ?? new Set<string>();
        for (const c of categories) into.add(c);
        merged.purposes.set(purpose, into);
      }
      groups.delete(key);
    }
    groups.set(`interest:${category}`, merged);
  }
}

/**
 * The purposes relied on, from the contributions themselves: only purposes a cited contribution names, each with the
 * categories it covered and the consent event of the decision (GDPR Art. 7(1), 15(1)(h)).
 */
function groupBasis(decision: PolicyDecision, groups: Iterable<Group>) {
  const byPurpose = new Map<
    string,
    { purpose: string; consentEventId: string | null; categories: string[] }
  >();
  for (const group of groups) {
    for (const [purpose, categories] of group.purposes) {
      const entry = byPurpose.get(purpose) ?? {
        purpose,
        consentEventId: decision.consentEventId,
        categories: [],
      };
      for (const category of categories)
        if (!entry.categories.includes(category)) entry.categories.push(category);
      byPurpose.set(purpose, entry);
    }
  }
  return [...byPurpose.values()];
}
