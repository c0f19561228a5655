/**
 * The checks of what crosses the consent module's boundary besides purposes: options, the inputs of a choice and
 * stored records. What a call accepts is exactly what a stored record may hold, so an accepted choice always reloads.
 */

import { ConsentInputError } from "./errors.ts";
import { THIRTEEN_MONTHS_MS } from "./jurisdiction.ts";
import type { ConsentVia, Purpose } from "./types.ts";
import {
  and,
  any,
  arr,
  bool,
  type Check,
  fn,
  is,
  isObject,
  label,
  nullable,
  num,
  obj,
  oneOf,
  type Problem,
  purposeCheck,
  rec,
  str,
} from "./validate.ts";

/** `via` as a record may hold it: `reserved` adds the manager's own kinds. */
export const via = (...reserved: string[]) =>
  obj({ kind: oneOf("ui", "api", ...reserved), "control?": label, "ui?": label });

/** The controller as options and records name it. */
export const controller: Check = obj({
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
  "purposes?": and(arr(purposeCheck, 1), (purposes) => {
    const list = purposes as readonly Purpose[];
    for (const [index, { id, special, basis }] of list.entries()) {
      if (list.findIndex((p) => p.id === id) < index) return [`${index}.id`, `duplicate purpose "${id}"`];
      if (special && basis !== "explicit-consent") {
        return [`${index}.basis`, 'a special-category purpose needs "explicit-consent" (GDPR Art. 9(2)(a))'];
      }
    }
  }),
  "notice?": obj({ id: label, version: label, "equivalent?": arr(label) }),
  "controller?": controller,
  "lifetimeMs?": num(
    (n) => n > 0 && n <= THIRTEEN_MONTHS_MS,
    "must be positive and at most 13 months (CNIL délibération 2020-091)",
  ),
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

const API: ConsentVia = { kind: "api" };

/** The caller's `via`, validated and copied; the default is `{ kind: "api" }`. */
export function checkedVia(via: unknown): ConsentVia {
  if (via === undefined) return API;
  const invalid = viaCheck(via);
  if (invalid) throw inputError("via", invalid);
  return { ...(via as ConsentVia) };
}

/** The {@link ConsentInputError} for argument `name` and a problem found in it. */
export function inputError(name: string, [path, reason]: Problem): ConsentInputError {
  return new ConsentInputError(path ? `${name}.${path}` : name, reason);
}
