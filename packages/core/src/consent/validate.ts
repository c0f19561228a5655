/**
 * Validation of everything that crosses the consent module's boundary: options, purposes, the inputs of a choice and
 * stored records. Hand-written instead of zod/mini, which would be more than the whole module's own code in a
 * shopper's bundle (8 kB of 15 kB gzip); `schemas.ts` wraps `purposeCheck` for zod users. What a call accepts is
 * exactly what a stored record may hold, so an accepted choice always reloads.
 */

/** The dotted path of the first problem found and why, e.g. `["via.kind", "must be one of ui, api"]`. */
export type Problem = readonly [path: string, reason: string];

/** A check returns the first problem with a value, or `undefined` when it is valid. */
export type Check = (value: unknown) => Problem | undefined;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const within = (key: string | number, problem: Problem | undefined): Problem | undefined =>
  problem && [problem[0] ? `${key}.${problem[0]}` : String(key), problem[1]];

const is =
  (test: (value: unknown) => boolean, reason: string): Check =>
  (value) =>
    test(value) ? undefined : ["", reason];

/** A string of `min`–`max` characters matching `pattern`. */
const str = (max = Number.POSITIVE_INFINITY, pattern?: RegExp, min = 1): Check =>
  is(
    (v) => typeof v === "string" && v.length >= min && v.length <= max && (!pattern || pattern.test(v)),
    `must be a string of ${min}–${max} characters${pattern ? ` matching ${pattern.source}` : ""}`,
  );

const bool = is((v) => typeof v === "boolean", "must be a boolean");
const num = (test: (n: number) => boolean, reason: string) =>
  is((v) => typeof v === "number" && Number.isFinite(v) && test(v), reason);
const fn = is((v) => typeof v === "function", "must be a function");
const oneOf = (...values: readonly string[]) =>
  is((v) => values.includes(v as string), `must be one of ${values.join(", ")}`);
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null ? undefined : check(v);
const or =
  (a: Check, b: Check): Check =>
  (v) =>
    a(v) && b(v);

const arr =
  (item: Check, min = 0): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min) return ["", `must be a list of at least ${min}`];
    for (const [index, value] of v.entries()) {
      const problem = within(index, item(value));
      if (problem) return problem;
    }
  };

/** A plain object whose keys pass `key` and whose values pass `value`. */
const rec =
  (key: Check, value: Check): Check =>
  (v) => {
    if (!isObject(v)) return ["", "must be an object"];
    for (const [k, item] of Object.entries(v)) {
      const problem = key(k) ? [k, "is not an allowed key"] : within(k, value(item));
      if (problem) return problem as Problem;
    }
  };

/** A plain object with exactly these keys (a trailing `?` marks an optional one); unknown keys are refused. */
const obj =
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

const any = str(Number.POSITIVE_INFINITY, undefined, 0);
/** Ids, controls, versions: 1–128 characters without control characters. */
const label = str(128, /^\P{Cc}*$/u);
const hex = str(64, /^[0-9a-f]{64}$/);
const time = num((n) => Number.isInteger(n) && n >= 0, "must be a whole number of milliseconds ≥ 0");
const text = or(str(), rec(any, any));
const kinds = ["ui", "api"];
const via = (...reserved: string[]) =>
  obj({ kind: oneOf(...kinds, ...reserved), "control?": label, "ui?": label });

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

const controller = obj({
  name: str(),
  "contact?": any,
  "email?": any,
  "address?": any,
  "phone?": any,
  "policyUrl?": any,
});

/** Options of `createConsentManager`, checked once at creation (STYLE.md rule 9). */
export const optionsCheck: Check = obj({
  "region?": nullable(any),
  "subject?": str(256),
  "purposes?": arr(purposeCheck, 1),
  "notice?": obj({ id: label, version: label, "equivalent?": arr(label) }),
  "controller?": controller,
  "lifetimeMs?": num((n) => n > 0, "must be a positive number"),
  "optOutRegions?": arr(any),
  "minor?": bool,
  "gpc?": bool,
  "storage?": is(
    (v) => isObject(v) && ["get", "set", "remove"].every((k) => typeof v[k] === "function"),
    "must have get, set and remove functions",
  ),
  "storageKey?": str(),
  "clock?": fn,
  "clockSkewMs?": num((n) => n >= 0 && n <= 86_400_000, "must be 0 to 86,400,000 ms"),
  "onError?": fn,
});

/** `via` as a caller may pass it: `gpc` and `system` are the manager's own. */
export const viaCheck: Check = via();

/** A choice map: purpose id → boolean. */
export const choicesCheck: Check = rec(label, bool);

const notice = obj({ id: label, version: label, hash: hex });

/** A consent record as read back from storage; anything else counts as no consent. */
export const recordCheck: Check = obj({
  header: obj({
    schema: oneOf("candor.consent-record/2"),
    recordId: label,
    subject: str(256),
    createdAt: time,
  }),
  parties: obj({ controller }),
  processing: obj({ notice, jurisdiction: nullable(any), minor: bool }),
  checkpoint: nullable(
    obj({
      events: num((n) => Number.isInteger(n) && n > 0, "must be a count"),
      from: time,
      to: time,
      head: hex,
    }),
  ),
  events: arr(
    obj({
      id: label,
      at: time,
      type: oneOf("given", "refused", "withdrawn", "expired", "gpc-honored", "notified", "notice-changed"),
      purposes: rec(
        label,
        obj({
          granted: bool,
          dataCategories: arr(any),
          source: oneOf("choice", "default", "gpc", "override"),
        }),
      ),
      changed: arr(label),
      via: via("gpc", "system"),
      notice,
      regime: oneOf("gdpr", "cpra", "opt-in", "opt-out", "strictest"),
      region: nullable(any),
      prev: nullable(hex),
      hash: hex,
    }),
    1,
  ),
  head: hex,
});
