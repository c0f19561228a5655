/**
 * `formatMessage`: fills a UI text's placeholders, with numbers, dates and plurals through `Intl` in the shopper's
 * locale. A small subset of ICU MessageFormat:
 *
 * - `{name}`: the value; a number is formatted with `Intl.NumberFormat`, a `Date` with `Intl.DateTimeFormat`
 *   (medium date), a string is inserted as given;
 * - `{name, number}`, `{name, number, percent}`, `{name, number, integer}`;
 * - `{name, date}`, `{name, date, short|medium|long|full}`;
 * - `{name, plural, =0 {none} one {# entry} other {# entries}}`: the branch chosen by `Intl.PluralRules` (an exact
 *   `=n` first), `#` inside it being the formatted number; branches may hold placeholders of their own.
 *
 * A placeholder whose value is missing stays as written; a template that is not well formed is returned with what
 * could be filled. Formatting never throws: an invalid locale falls back to English.
 */

export { formatList } from "../internal/list-format.ts";

/** A value a placeholder can take. */
export type MessageValue = string | number | Date;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

const safeLocale = (locale: string): string => {
  try {
    return Intl.getCanonicalLocales(locale.replace(/_/g, "-"))[0] ?? "en";
  } catch {
    return "en";
  }
};

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const numberFormat = (locale: string, style = "") =>
  cached(numberFormats, `${locale}|${style}`, () =>
    style === "percent"
      ? new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 })
      : style === "integer"
        ? new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
        : new Intl.NumberFormat(locale),
  );

const DATE_STYLES = new Set(["short", "medium", "long", "full"]);
const dateFormat = (locale: string, style = "medium") =>
  cached(dateFormats, `${locale}|${style}`, () => {
    const dateStyle = (DATE_STYLES.has(style) ? style : "medium") as "short" | "medium" | "long" | "full";
    return new Intl.DateTimeFormat(locale, { dateStyle });
  });

const plural = (locale: string) => cached(pluralRules, locale, () => new Intl.PluralRules(locale));

/** A number in `locale` (`Intl.NumberFormat`); `style` `"percent"` takes a fraction (0.25 → 25%). */
export function formatNumber(value: number, locale = "en", style?: "percent" | "integer"): string {
  return numberFormat(safeLocale(locale), style).format(value);
}

/** A date in `locale` (`Intl.DateTimeFormat`, medium date unless told). */
export function formatDate(
  value: Date | number,
  locale = "en",
  style?: "short" | "medium" | "long" | "full",
): string {
  return dateFormat(safeLocale(locale), style).format(value);
}

function plain(value: MessageValue, locale: string): string {
  if (typeof value === "number") return numberFormat(locale).format(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? String(value) : dateFormat(locale).format(value);
  return String(value);
}

/** The index of the `}` closing the `{` at `open`, or -1. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    const c = template[i];
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

/** `=0 {…} one {…} other {…}` → selector → branch. */
function branches(options: string): Map<string, string> {
  const result = new Map<string, string>();
  let i = 0;
  while (i < options.length) {
    const open = options.indexOf("{", i);
    if (open < 0) break;
    const selector = options.slice(i, open).trim();
    const end = closing(options, open);
    if (end < 0) break;
    result.set(selector, options.slice(open + 1, end));
    i = end + 1;
  }
  return result;
}

function argument(
  body: string,
  values: Readonly<Record<string, MessageValue>>,
  locale: string,
  whole: string,
): string {
  const comma = body.indexOf(",");
  const name = (comma < 0 ? body : body.slice(0, comma)).trim();
  const value = values[name];
  if (value === undefined) return whole;
  if (comma < 0) return plain(value, locale);
  const rest = body.slice(comma + 1);
  const second = rest.indexOf(",");
  const type = (second < 0 ? rest : rest.slice(0, second)).trim();
  const option = second < 0 ? "" : rest.slice(second + 1).trim();
  if (type === "number") {
    const n = typeof value === "number" ? value : Number(value);
    return Number.isFinite(n) ? numberFormat(locale, option).format(n) : plain(value, locale);
  }
  if (type === "date") {
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? plain(value, locale) : dateFormat(locale, option).format(date);
  }
  if (type === "plural") {
    const n = typeof value === "number" ? value : Number(value);
    if (!Number.isFinite(n)) return plain(value, locale);
    const options = branches(option);
    const branch = options.get(`=${n}`) ?? options.get(plural(locale).select(n)) ?? options.get("other");
    if (branch === undefined) return plain(value, locale);
    return fill(branch.replace(/#/g, numberFormat(locale).format(n)), values, locale);
  }
  return plain(value, locale);
}

function fill(template: string, values: Readonly<Record<string, MessageValue>>, locale: string): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    const end = closing(template, open);
    if (end < 0) break;
    out += template.slice(i, open);
    const whole = template.slice(open, end + 1);
    out += argument(template.slice(open + 1, end), values, locale, whole);
    i = end + 1;
  }
  return out + template.slice(i);
}

/**
 * Fills the placeholders of a UI text in `locale` (default English); see the module comment for the syntax.
 * Unknown names stay as written, e.g. `formatMessage("{a} and {b}", { a: "x" })` → `"x and {b}"`.
 */
export function formatMessage(
  template: string,
  values: Readonly<Record<string, MessageValue>> = {},
  locale = "en",
): string {
  return fill(String(template), values, safeLocale(locale));
}

/**
 * The names of a text's placeholders, sorted and without duplicates, including those inside plural branches
 * (`"{count, plural, one {# of {total}} other {…}}"` → `["count", "total"]`). For tests that compare translations.
 */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  const walk = (text: string) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf("{", i);
      if (open < 0) return;
      const end = closing(text, open);
      if (end < 0) return;
      const body = text.slice(open + 1, end);
      const comma = body.indexOf(",");
      names.add((comma < 0 ? body : body.slice(0, comma)).trim());
      if (comma >= 0)
        for (const branch of branches(body.slice(comma + 1).replace(/^\s*\w+\s*,/, "")).values())
          walk(branch);
      i = end + 1;
    }
  };
  walk(template);
  return [...names].sort();
}
