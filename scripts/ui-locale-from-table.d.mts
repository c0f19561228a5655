/** Types of `scripts/ui-locale-from-table.mjs` for its test. */

/** Where the locale files live unless `--out` says otherwise. */
export const defaultOut: string;
/** Group → text → the flat key (a dotted path) it is taken from. */
export const MAP: Readonly<Record<string, Readonly<Record<string, string>>>>;
/** Thrown for a flat table that lacks a text a group needs; names every missing key. */
export class MissingTextsError extends Error {
  readonly missing: readonly string[];
}
/** The groups of one language from a flat table. */
export function convert(flat: unknown): Record<string, Record<string, unknown>>;
/** The TypeScript source of one language's locale module (unformatted). */
export function render(lang: string, groups: Record<string, Record<string, unknown>>): string;
/** The languages with a locale file in `dir`, sorted. */
export function languagesIn(dir: string): string[];
/** The source of `loaders.ts`. */
export function renderLoaders(languages: readonly string[]): string;
/** Reads a flat table file and returns its exported table. */
export function readFlat(file: string, lang: string): Promise<Record<string, unknown>>;
