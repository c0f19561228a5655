/**
 * The checks of what crosses the consent module's boundary besides purposes: options, the inputs of a choice and
 * stored records. What a call accepts is exactly what a stored record may hold, so an accepted choice always reloads.
 */
import { THIRTEEN_MONTHS_MS } from "./jurisdiction.ts";
import type { Purpose } from "./types.ts";
import {
  and,
  any,
  arr,
  bool,
  type Check,
  fn,
  hex,
  is,
  isObject,
  label,
  nullable,
  num,
  obj,
  oneOf,
  purposeCheck,
  rec,
  str,
  time,
} from "./validate.ts";

const via = (...reserved: string[]) =>
  obj({ kind: oneOf("ui", "api", ...reserved), "control?": label, "ui?": label });

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
