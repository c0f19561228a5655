/** Explanation templates in English, German, French and Spanish; shops may override any template by id. */
/** A template id: stable across wording changes, logged with every explanation. */
export type TemplateId = "because-viewed" | "because-bought" | "because-rated" | "because-searched" | "also-bought" | "similar-to" | "session" | "interest" | "popular-in" | "popular-now" | "popular-now-holdout" | "popular-now-not-personalized" | "context-device" | "context-daypart" | "context-region" | "editorial" | "other-activity" | "variety" | "provider-fairness" | "exploration" | "calibration" | "long-tail" | "reranked";
/** Wording of every template; `{item}`, `{category}`, `{value}` are filled in. */
export type Templates = Readonly<Record<TemplateId, string>>;
/** The built-in templates by language. */
export declare const templates: Readonly<Record<string, Templates>>;
/** Templates for a locale (`"de-AT"` → German; unknown → English), with shop overrides applied. */
export declare function templatesFor(locale?: string, overrides?: Partial<Templates>): Templates;
/** Fills `{name}` placeholders. */
export declare function fill(template: string, values: Readonly<Record<string, string>>): string;
