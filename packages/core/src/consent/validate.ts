/**
 * Small validation combinators and the purpose check. Hand-written instead of zod/mini, which would be more than the
 * whole consent module's own code in a shopper's bundle (8 kB of 18 kB gzip); `schemas.ts` wraps `purposeCheck` for
 * zod users. Each check returns the path and reason of the first problem, or `undefined`.
 */

/** The dotted path of the first problem found and why, e.g. `["via.kind", "must be one of ui, api"]`. */
export type Problem = readonly [path: string, reason: string];

/** A check returns the first problem with a value, or `undefined` when it is valid. */
export type Check = (value: unknown) => Problem | undefined;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const within = (key: string | number, problem: Problem | undefined): Problem | undefined =>
  problem && [problem[0] ? `${key}.${problem[0]}` : String(key), problem[1]];

export const is =
  (test: (value: unknown) => boolean, reason: string): Check =>
  (value) =>
    test(value) ? undefined : ["", reason];

/** A string of `min`–`max` characters matching `pattern`. */
export const str = (max = Number.POSITIVE_INFINITY, pattern?: RegExp, min = 1): Check =>
  is(
    (v) => typeof v === "string" && v.length >= min && v.length <= max && (!pattern || pattern.test(v)),
    `must be a string of ${min}–${max} characters${pattern ? ` matching ${pattern.source}` : ""}`,
  );

export const bool = is((v) => typeof v === "boolean", "must be a boolean");
export const num = (test: (n: number) => boolean, reason: string) =>
  is((v) => typeof v === "number" && Number.isFinite(v) && test(v), reason);
export const fn = is((v) => typeof v === "function", "must be a function");
export const oneOf = (...values: readonly string[]) =>
  is((v) => values.includes(v as string), `must be one of ${values.join(", ")}`);
export const nullable =
  (check: Check): Check =>
  (v) =>
    v === null ? undefined : check(v);
export const or =
  (a: Check, b: Check): Check =>
  (v) =>
    a(v) && b(v);

export const and =
  (a: Check, b: Check): Check =>
  (v) =>
    a(v) ?? b(v);

export const arr =
  (item: Check, min = 0): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min) return ["", `must be a list of at least ${min}`];
    for (const [index, value] of v.entries()) {
      const problem = within(index, item(value));
      if (problem) return problem;
    }
  };

/** A plain object whose keys pass `key` and whose values pass `value`. */
export const rec =
  (key: Check, value: Check): Check =>
  (v) => {
    if (!isObject(v)) return ["", "must be an object"];
    for (const [k, item] of Object.entries(v)) {
      const problem = key(k) ? [k, "is not an allowed key"] : within(k, value(item));
      if (problem) return problem as Problem;
    }
  };

/** A plain object with exactly these keys (a trailing `?` marks an optional one); unknown keys are refused. */
export const obj =
  (shape: Readonly<Record<string, Check>>): Check =>
  (v) => {
    if (!isObject(v)) return ["", "must be an object"];
    for (const key of Object.keys(v)) {
      if (!Object.hasOwn(shape, key) && !Object.hasOwn(shape, `${key}?`)) return [key, "unknown key"];
    }
    for (const [name, check] of Object.entries(shape)) {
      const key = name.replace(/\?$/, "");
      if (key !== name && v[key] === undefined) continue;
      const problem = within(key, check(v[key]));
      if (problem) return problem;
    }
  };

export const any = str(Number.POSITIVE_INFINITY, undefined, 0);
/** Ids, controls, versions: 1–128 characters without control characters. */
export const label = str(128, /^\P{Cc}*$/u);
export const hex = str(64, /^[0-9a-f]{64}$/);
export const time = num((n) => Number.isInteger(n) && n >= 0, "must be a whole number of milliseconds ≥ 0");
export const text = or(str(), rec(any, any));

/** A purpose definition as a shop may supply it; unknown keys are refused (a misspelled flag would be dropped). */
export const purposeCheck: Check = obj({
  id: str(128, /^[a-z][a-z0-9._-]*$/),
  dpv: str(),
  basis: oneOf("consent", "explicit-consent", "contract", "legal-obligation", "legitimate-interest"),
  dataCategories: arr(str()),
  title: text,
  description: text,
  "special?": bool,
  "saleOrSharing?": bool,
  "directMarketing?": bool,
});
