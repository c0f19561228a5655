/** "Why not?": why an item the shopper names is not in a slate, in plain words. */
import { formatList } from "../internal/list-format.ts";
import { formattingLocale } from "../internal/locale-match.ts";
import { explainLocaleFor } from "./explain-locale.ts";

/** One structured reason an item is not shown (from `recommender.whyNot`). */
export type WhyNotReason =
  | { readonly kind: "shown"; readonly rank: number }
  | { readonly kind: "unknown-item" }
  | { readonly kind: "filtered"; readonly ruleId: string; readonly reason: string }
  | { readonly kind: "bought" }
  | { readonly kind: "not-interested" }
  | { readonly kind: "excluded" }
  | { readonly kind: "constraint" }
  | { readonly kind: "outranked"; readonly score: number; readonly cutoff: number; readonly by: string }
  | { readonly kind: "data-not-allowed"; readonly categories: readonly string[] };

/**
 * Renders structured "why not" reasons in the registered language that best matches `locale` (built in: en, de,
 * fr, es; others after `registerExplainLocales`, else English). Numbers are formatted for the locale; data
 * categories go through `categoryName` (e.g. the shop's own names for `pd:Purchase`) and are listed with
 * `Intl.ListFormat`, or with the language's own "and" where the browser has no list data (Chromium: ga, is, mt).
 */
export function explainWhyNot(
  reasons: readonly WhyNotReason[],
  options: {
    readonly locale?: string;
    readonly titleOf?: (item: string) => string | undefined;
    readonly categoryName?: (category: string) => string | undefined;
  } = {},
): string[] {
  const language = explainLocaleFor(options.locale ?? "en");
  const tag = formattingLocale(options.locale, language.locale);
  const format = new Intl.NumberFormat(tag, { maximumFractionDigits: 3 });
  return reasons.map((reason) => {
    const template = language.whyNot[reason.kind];
    const values: Record<string, string> = {};
    if (reason.kind === "shown") values.rank = format.format(reason.rank);
    if (reason.kind === "filtered") values.reason = reason.reason;
    if (reason.kind === "outranked") {
      values.score = format.format(reason.score);
      values.cutoff = format.format(reason.cutoff);
      values.by = options.titleOf?.(reason.by) ?? reason.by;
    }
    if (reason.kind === "data-not-allowed") {
      const names = reason.categories.map((c) => options.categoryName?.(c) ?? c);
      values.categories = formatList(names, tag);
    }
    return template.replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
  });
}
