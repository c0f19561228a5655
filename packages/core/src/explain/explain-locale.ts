/**
 * One language of the shopper-facing explanation texts (templates, control labels, "why not?" sentences and context
 * words), and the registry `explainItem`/`explainWhyNot` read: English, German, French and Spanish are built in;
 * every other language is its own module (`@candor/core/explain/locales/pl`) that a shop registers.
 */
import { CandorError } from "../internal/candor-error.ts";
import { bestLocale } from "../internal/locale-match.ts";
import { de } from "./locales/de.ts";
import { en } from "./locales/en.ts";
import { es } from "./locales/es.ts";
import { fr } from "./locales/fr.ts";
import type { Templates } from "./templates.ts";
import type { WhyNotReason } from "./why-not.ts";

/** Labels of the controls on an explanation; `{item}` and `{value}` are filled in. */
export interface ControlLabels {
  readonly dontUse: string;
  readonly notInterested: string;
  readonly turnOff: string;
  readonly variety: string;
  readonly notPersonalized: string;
}

/** All explanation texts of one language. */
export interface ExplainLocale {
  /** The language subtag, e.g. `"pl"`; matched against the shopper's BCP 47 tag. */
  readonly locale: string;
  readonly templates: Templates;
  readonly controls: ControlLabels;
  /** One sentence per "why not?" reason; `{rank}`, `{reason}`, `{score}`, `{cutoff}`, `{by}`, `{categories}`. */
  readonly whyNot: Readonly<Record<WhyNotReason["kind"], string>>;
  /** Device types as the `{value}` of `context-device`, e.g. "on mobile" (the whole phrase, for the grammar). */
  readonly device: Readonly<Record<"mobile" | "desktop" | "tablet", string>>;
  /** Dayparts as the `{value}` of `context-daypart`, e.g. "in the evening" (the whole phrase, for the grammar). */
  readonly daypart: Readonly<Record<"night" | "morning" | "afternoon" | "evening", string>>;
}

const registry = new Map<string, ExplainLocale>([en, de, fr, es].map((l) => [l.locale, l]));

/** Checks a language has every text English has, as a string, so a shop-built one fails at configuration. */
function check(locale: ExplainLocale, index: number): void {
  if (typeof locale?.locale !== "string" || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(locale.locale)) {
    throw new CandorError(
      "invalid-locale",
      `[${index}].locale`,
      'locale must be a lower-case BCP 47 tag, e.g. "pl"',
    );
  }
  for (const part of ["templates", "controls", "whyNot", "device", "daypart"] as const) {
    for (const key of Object.keys(en[part])) {
      const text = (locale[part] as Readonly<Record<string, unknown>> | undefined)?.[key];
      if (typeof text !== "string") {
        throw new CandorError("invalid-locale", `${locale.locale}.${part}.${key}`, "missing text");
      }
    }
  }
}

/**
 * Makes languages available to `explainItem`, `explainWhyNot` and `templatesFor`, e.g.
 * `registerExplainLocales(pl)` with `pl` from `@candor/core/explain/locales/pl`; a later one replaces an earlier
 * one of the same `locale`. Throws `CandorError("invalid-locale")` naming the first missing text.
 */
export function registerExplainLocales(...locales: readonly ExplainLocale[]): void {
  locales.forEach(check);
  for (const locale of locales) registry.set(locale.locale, locale);
}

/** The language subtags registered (built in: en, de, fr, es). */
export function explainLocales(): string[] {
  return [...registry.keys()];
}

/** The registered language for a BCP 47 tag (`"de-AT"` → de, `"nb-NO"`/`"no"` → nb), else English. */
export function explainLocaleFor(tag: unknown): ExplainLocale {
  return registry.get(bestLocale(tag, [...registry.keys()])) ?? en;
}
