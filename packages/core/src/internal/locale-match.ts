/** BCP 47 matching of a shopper's language tag against the languages Candor ships, and the text direction of a tag. */

/** The languages Candor ships texts for: the 24 official EU languages, Norwegian Bokmål and Icelandic (EEA). */
export const supportedLocales = [
  "bg",
  "cs",
  "da",
  "de",
  "el",
  "en",
  "es",
  "et",
  "fi",
  "fr",
  "ga",
  "hr",
  "hu",
  "is",
  "it",
  "lt",
  "lv",
  "mt",
  "nb",
  "nl",
  "pl",
  "pt",
  "ro",
  "sk",
  "sl",
  "sv",
] as const;

/** One of {@link supportedLocales}. */
export type SupportedLocale = (typeof supportedLocales)[number];

/** Language subtags read as another one: "no" (macrolanguage) and Nynorsk get Bokmål, the legacy Hebrew code gets "he". */
const ALIASES: Readonly<Record<string, string>> = { no: "nb", nn: "nb", iw: "he" };

/**
 * The best of `available` for a BCP 47 tag: the whole tag (`"pt-br"`), else its language (`"de-AT"` → `"de"`,
 * `"nb-NO"` and `"no"` → `"nb"`), else `"en"` (or the first available). Case and `_` separators are tolerated;
 * anything that is not a tag falls back, it never throws.
 */
export function matchLocale(
  tag: unknown,
  available: readonly string[] = supportedLocales,
  fallback = "en",
): string {
  return bestLocale(tag, available, fallback);
}

/** {@link matchLocale} without the default list, so a page that passes its own languages doesn't carry all 26. */
export function bestLocale(tag: unknown, available: readonly string[], fallback = "en"): string {
  const last = available.includes(fallback) ? fallback : (available[0] ?? fallback);
  if (typeof tag !== "string") return last;
  const normalized = tag.trim().replace(/_/g, "-").toLowerCase();
  if (available.includes(normalized)) return normalized;
  const language = normalized.split("-")[0] ?? "";
  const base = ALIASES[language] ?? language;
  return available.includes(base) ? base : last;
}

const RTL_LANGUAGE = /^(?:ar|he|fa|ur|ps|sd|yi|dv|ug|ckb)$/;
const RTL_SCRIPT = /^(?:arab|hebr|thaa|syrc|nkoo|adlm|rohg)$/;

/**
 * The writing direction of a tag, for the `dir` attribute: `"rtl"` for Arabic, Hebrew, Persian, Urdu (and the
 * other right-to-left languages and scripts, e.g. `"pa-Arab"`), `"ltr"` for everything else, including every
 * language of {@link supportedLocales}.
 */
export function localeDirection(tag: unknown): "ltr" | "rtl" {
  if (typeof tag !== "string") return "ltr";
  const [language = "", ...rest] = tag.trim().replace(/_/g, "-").toLowerCase().split("-");
  const script = rest.find((subtag) => subtag.length === 4 && /^[a-z]{4}$/.test(subtag));
  if (script !== undefined) return RTL_SCRIPT.test(script) ? "rtl" : "ltr";
  return RTL_LANGUAGE.test(ALIASES[language] ?? language) ? "rtl" : "ltr";
}

/** A tag `Intl` accepts for formatting in `language`: the shopper's own tag when it is that language, else `language`. */
export function formattingLocale(tag: unknown, language: string): string {
  if (typeof tag !== "string") return language;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.replace(/_/g, "-"));
    const own = canonical?.split("-")[0]?.toLowerCase();
    if (canonical !== undefined && (ALIASES[own ?? ""] ?? own) === language) return canonical;
  } catch {
    // Not a well-formed tag: format in the matched language.
  }
  return language;
}
