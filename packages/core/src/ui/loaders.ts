/**
 * One literal `import()` per language, so a bundler splits one chunk per language; written by
 * `node scripts/ui-locale-from-table.mjs --loaders` from the files in `locales/`. English is built in.
 */
import type { UiMessages } from "./texts.ts";

/** Loads one language's UI texts, by language code. */
export const uiLoaders: Readonly<Record<string, () => Promise<UiMessages>>> = {
  bg: () => import("./locales/bg.ts"),
  cs: () => import("./locales/cs.ts"),
  da: () => import("./locales/da.ts"),
  de: () => import("./locales/de.ts"),
  el: () => import("./locales/el.ts"),
  es: () => import("./locales/es.ts"),
  et: () => import("./locales/et.ts"),
  fi: () => import("./locales/fi.ts"),
  fr: () => import("./locales/fr.ts"),
  ga: () => import("./locales/ga.ts"),
  hr: () => import("./locales/hr.ts"),
  hu: () => import("./locales/hu.ts"),
  is: () => import("./locales/is.ts"),
  it: () => import("./locales/it.ts"),
  lt: () => import("./locales/lt.ts"),
  lv: () => import("./locales/lv.ts"),
  mt: () => import("./locales/mt.ts"),
  nb: () => import("./locales/nb.ts"),
  nl: () => import("./locales/nl.ts"),
  pl: () => import("./locales/pl.ts"),
  pt: () => import("./locales/pt.ts"),
  ro: () => import("./locales/ro.ts"),
  sk: () => import("./locales/sk.ts"),
  sl: () => import("./locales/sl.ts"),
  sv: () => import("./locales/sv.ts"),
};
