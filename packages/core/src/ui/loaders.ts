/**
 * One literal `import()` per language, so a bundler splits one chunk per language; written by
 * `node scripts/ui-locale-from-table.mjs --loaders` from the files in `locales/`. English is built in.
 */
import type { UiMessages } from "./texts.ts";

/** Loads one language's UI texts, by language code. */
export const uiLoaders: Readonly<Record<string, () => Promise<UiMessages>>> = {
  de: () => import("./locales/de.ts"),
  es: () => import("./locales/es.ts"),
  fr: () => import("./locales/fr.ts"),
};
