/**
 * The UI texts by language and group. English is built in, group by group (a getter bundles only its own group's
 * English texts); other languages are added with {@link registerUiMessages} (a module from
 * `@candor/core/ui/locales/<lang>`, or any subset of its groups) or fetched with {@link loadUiMessages}.
 */
import { CandorError, InputError } from "../internal/candor-error.ts";
import { formattingLocale, localeDirection, matchLocale } from "../internal/locale-match.ts";
import { uiLoaders } from "./loaders.ts";
import {
  audit,
  banner,
  bubble,
  categories,
  context,
  feedWidth,
  footer,
  measure,
  myData,
  privacy,
  row,
  sensitive,
  settings,
  why,
} from "./locales/en.ts";
import type { UiGroup, UiMessages } from "./texts.ts";

/** The language of a group's texts, for the `lang` and `dir` attributes of the element that shows them. */
export interface TextsLanguage {
  /**
   * The language the texts are in: the shopper's own tag when the texts are in its language (`"de-AT"` for German
   * texts), else the language of the texts (`"en"` when `"pt-BR"` fell back to English).
   */
  readonly lang: string;
  /** The writing direction of {@link TextsLanguage.lang}. */
  readonly dir: "ltr" | "rtl";
}

/** One group's texts with their language. */
export type Localized<T> = T & TextsLanguage;

const GROUPS: readonly UiGroup[] = [
  "banner",
  "settings",
  "categories",
  "footer",
  "sensitive",
  "row",
  "why",
  "context",
  "feedWidth",
  "myData",
  "privacy",
  "audit",
  "measure",
  "bubble",
];

const registry = new Map<string, Partial<Record<UiGroup, object>>>();
const cache = new Map<string, object>();
const TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/**
 * Adds (or replaces) one language's UI texts: a whole locale module (`import * as de from
 * "@candor/core/ui/locales/de"`) or only the groups a page needs (`{ banner, settings }`), so the bundle carries
 * only those. A group's missing texts fall back to English one by one. Names that are not groups are ignored.
 * Throws `InputError` for a tag that is not a language tag or a group that is not an object.
 */
export function registerUiMessages(lang: string, module: Partial<UiMessages>): void {
  if (typeof lang !== "string" || !TAG.test(lang))
    throw new InputError("lang", "not a BCP 47 language tag", lang, { what: "UI language" });
  if (module === null || typeof module !== "object")
    throw new InputError("module", "not an object of text groups", module, { what: "UI texts" });
  const key = lang.replace(/_/g, "-").toLowerCase();
  const entry: Partial<Record<UiGroup, object>> = { ...registry.get(key) };
  for (const group of GROUPS) {
    const texts = (module as Record<string, unknown>)[group];
    if (texts === undefined) continue;
    if (texts === null || typeof texts !== "object" || Array.isArray(texts))
      throw new InputError(`module.${group}`, "not an object of texts", texts, { what: "UI texts" });
    entry[group] = texts;
  }
  registry.set(key, entry);
  cache.clear();
}

/** The languages registered so far (English, always, first). */
export function registeredUiLanguages(): string[] {
  return ["en", ...[...registry.keys()].filter((lang) => lang !== "en").sort()];
}

/** The languages {@link loadUiMessages} can fetch, English included. */
export function loadableUiLanguages(): string[] {
  return ["en", ...Object.keys(uiLoaders)].sort();
}

/**
 * Fetches and registers one language's UI texts (one chunk per language: each `import()` is written out) and
 * resolves to the language chosen for `tag` by BCP 47 matching (`"de-AT"` → `"de"`; `"en"` for a language Candor
 * does not ship, which needs no fetch). Rejects with `CandorError` code `"ui-load-failed"` when the chunk does not
 * load; the English texts stay in use.
 */
export async function loadUiMessages(tag: string): Promise<string> {
  const lang = matchLocale(tag, loadableUiLanguages());
  const load = uiLoaders[lang];
  if (lang === "en" || load === undefined) return "en";
  if (GROUPS.every((group) => registry.get(lang)?.[group] !== undefined)) return lang;
  let module: UiMessages;
  try {
    module = await load();
  } catch (cause) {
    throw new CandorError("ui-load-failed", "lang", `The UI texts for "${lang}" could not be loaded`, {
      cause,
    });
  }
  // Groups a shop registered itself win over the shipped ones.
  registerUiMessages(lang, { ...module, ...registry.get(lang) } as Partial<UiMessages>);
  return lang;
}

function texts<G extends UiGroup>(
  group: G,
  english: UiMessages[G],
  locale: unknown,
): Localized<UiMessages[G]> {
  const tag = typeof locale === "string" ? locale : "en";
  const key = `${group}\u0000${tag}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit as Localized<UiMessages[G]>;
  const available = [
    "en",
    ...[...registry].filter(([, entry]) => entry[group] !== undefined).map(([l]) => l),
  ];
  const language = matchLocale(tag, available);
  const own = language === "en" ? undefined : registry.get(language)?.[group];
  const lang = formattingLocale(tag, language.split("-")[0] ?? language);
  const value = {
    ...english,
    ...(language === "en" ? registry.get("en")?.[group] : own),
    lang,
    dir: localeDirection(lang),
  };
  cache.set(key, value);
  return value as Localized<UiMessages[G]>;
}

/** The consent banner's texts in `locale` (default English; a missing language or text falls back to English). */
export const bannerTexts = (locale?: string): Localized<UiMessages["banner"]> =>
  texts("banner", banner, locale);
/** The privacy settings' texts in `locale`. */
export const settingsTexts = (locale?: string): Localized<UiMessages["settings"]> =>
  texts("settings", settings, locale);
/** The names of data categories in `locale`. */
export const categoryTexts = (locale?: string): Localized<UiMessages["categories"]> =>
  texts("categories", categories, locale);
/** The privacy footer's texts in `locale`. */
export const footerTexts = (locale?: string): Localized<UiMessages["footer"]> =>
  texts("footer", footer, locale);
/** The sensitive-data limit's texts in `locale`. */
export const sensitiveTexts = (locale?: string): Localized<UiMessages["sensitive"]> =>
  texts("sensitive", sensitive, locale);
/** A recommendation row's texts (and its settings') in `locale`. */
export const rowTexts = (locale?: string): Localized<UiMessages["row"]> => texts("row", row, locale);
/** The explanation dialog's texts in `locale`. */
export const whyTexts = (locale?: string): Localized<UiMessages["why"]> => texts("why", why, locale);
/** Context reasons' words in `locale`. */
export const contextTexts = (locale?: string): Localized<UiMessages["context"]> =>
  texts("context", context, locale);
/** The feed-width note's texts in `locale`. */
export const feedWidthTexts = (locale?: string): Localized<UiMessages["feedWidth"]> =>
  texts("feedWidth", feedWidth, locale);
/** My data's texts in `locale`. */
export const myDataTexts = (locale?: string): Localized<UiMessages["myData"]> =>
  texts("myData", myData, locale);
/** The privacy centre's texts in `locale`. */
export const privacyTexts = (locale?: string): Localized<UiMessages["privacy"]> =>
  texts("privacy", privacy, locale);
/** The audit console's texts in `locale`. */
export const auditTexts = (locale?: string): Localized<UiMessages["audit"]> => texts("audit", audit, locale);
/** The Measurement tab's texts in `locale`. */
export const measureTexts = (locale?: string): Localized<UiMessages["measure"]> =>
  texts("measure", measure, locale);
/** The Filter bubble tab's texts in `locale`. */
export const bubbleTexts = (locale?: string): Localized<UiMessages["bubble"]> =>
  texts("bubble", bubble, locale);
