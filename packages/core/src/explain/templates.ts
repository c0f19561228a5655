/** Explanation templates by id; the wording of each language lives in `./locales/<lang>.ts`. Shops may override any template by id. */
import { explainLocaleFor } from "./explain-locale.ts";
import { de } from "./locales/de.ts";
import { en } from "./locales/en.ts";
import { es } from "./locales/es.ts";
import { fr } from "./locales/fr.ts";

/** A template id: stable across wording changes, logged with every explanation. */
export type TemplateId =
  | "because-viewed"
  | "because-bought"
  | "because-rated"
  | "because-searched"
  | "also-bought"
  | "similar-to"
  | "session"
  | "interest"
  | "popular-in"
  | "popular-now"
  | "popular-now-holdout"
  | "popular-now-not-personalized"
  | "context-device"
  | "context-daypart"
  | "context-region"
  | "editorial"
  | "other-activity"
  | "variety"
  | "provider-fairness"
  | "exploration"
  | "calibration"
  | "long-tail"
  | "reranked";

/** Wording of every template; `{item}`, `{category}`, `{value}` are filled in. */
export type Templates = Readonly<Record<TemplateId, string>>;

/** The built-in templates by language (English, German, French, Spanish); more through `registerExplainLocales`. */
export const templates: Readonly<Record<string, Templates>> = {
  en: en.templates,
  de: de.templates,
  fr: fr.templates,
  es: es.templates,
};

/** Templates for a BCP 47 tag (`"de-AT"` → German; unregistered → English), with shop overrides applied. */
export function templatesFor(locale = "en", overrides: Partial<Templates> = {}): Templates {
  return { ...explainLocaleFor(locale).templates, ...overrides };
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
