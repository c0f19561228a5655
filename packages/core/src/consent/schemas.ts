/**
 * zod/mini schemas for what crosses the consent module's boundary: options, purposes, the inputs of a choice and
 * stored records. What a call accepts is exactly what a stored record may hold, so an accepted choice always reloads.
 */
import * as z from "zod/mini";
import { firstIssue as describeIssue } from "../internal/zod-issue.ts";

/** A short label: 1–128 characters without control characters (ids, controls, versions). */
const label = z
  .string()
  .check(z.minLength(1), z.maxLength(128), z.regex(/^\P{Cc}*$/u, "must not hold control characters"));
const text = z.union([z.string().check(z.minLength(1)), z.record(z.string(), z.string())]);
const time = z.number().check(z.int(), z.nonnegative());
const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits"));
const regimeId = z.enum(["gdpr", "cpra", "opt-in", "opt-out", "strictest"]);

/** A purpose definition, as a shop may supply it; unknown keys are refused (a misspelled flag would be dropped). */
export const purposeSchema = z.strictObject({
  id: z
    .string()
    .check(
      z.maxLength(128),
      z.regex(/^[a-z][a-z0-9._-]*$/, "must be lowercase letters, digits, '.', '_' or '-'"),
    ),
  dpv: z.string().check(z.minLength(1)),
  basis: z.enum(["consent", "explicit-consent", "contract", "legal-obligation", "legitimate-interest"]),
  dataCategories: z.array(z.string().check(z.minLength(1))),
  title: text,
  description: text,
  special: z.optional(z.boolean()),
  saleOrSharing: z.optional(z.boolean()),
  directMarketing: z.optional(z.boolean()),
});

const controllerSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  contact: z.optional(z.string()),
  email: z.optional(z.string()),
  address: z.optional(z.string()),
  phone: z.optional(z.string()),
  policyUrl: z.optional(z.string()),
});

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === "function", "must be a function");

/** Options of `createConsentManager`, checked once at creation; unknown keys are refused (STYLE.md rule 9). */
export const optionsSchema = z.strictObject({
  region: z.optional(z.nullable(z.string())),
  subject: z.optional(z.string().check(z.minLength(1), z.maxLength(256))),
  purposes: z.optional(z.array(purposeSchema).check(z.minLength(1))),
  notice: z.optional(z.strictObject({ id: label, version: label, equivalent: z.optional(z.array(label)) })),
  controller: z.optional(controllerSchema),
  lifetimeMs: z.optional(z.number().check(z.positive())),
  optOutRegions: z.optional(z.array(z.string())),
  minor: z.optional(z.boolean()),
  gpc: z.optional(z.boolean()),
  storage: z.optional(
    z.custom<object>(
      (v) =>
        typeof v === "object" &&
        v !== null &&
        ["get", "set", "remove"].every((k) => typeof (v as Record<string, unknown>)[k] === "function"),
      "must have get, set and remove functions",
    ),
  ),
  storageKey: z.optional(z.string().check(z.minLength(1))),
  clock: z.optional(fn),
  clockSkewMs: z.optional(z.number().check(z.nonnegative(), z.lte(86_400_000))),
  onError: z.optional(fn),
});

const viaShape = { control: z.optional(label), ui: z.optional(label) };

/** `via` as a caller may pass it: `gpc` and `system` are the manager's own. */
export const callerViaSchema = z.strictObject({ kind: z.enum(["ui", "api"]), ...viaShape });

/** A choice map: purpose id → boolean. */
export const choicesSchema = z.record(label, z.boolean());

const choiceSchema = z.strictObject({
  granted: z.boolean(),
  dataCategories: z.array(z.string()),
  source: z.enum(["choice", "default", "gpc", "override"]),
});

const noticeSchema = z.strictObject({ id: label, version: label, hash: hex64 });

const eventSchema = z.strictObject({
  id: label,
  at: time,
  type: z.enum(["given", "refused", "withdrawn", "expired", "gpc-honored", "notified", "notice-changed"]),
  purposes: z.record(label, choiceSchema),
  changed: z.array(label),
  via: z.strictObject({ kind: z.enum(["ui", "api", "gpc", "system"]), ...viaShape }),
  notice: noticeSchema,
  regime: regimeId,
  region: z.nullable(z.string()),
  prev: z.nullable(hex64),
  hash: hex64,
});

/** A consent record as read back from storage; anything else counts as no consent. */
export const recordSchema = z.strictObject({
  header: z.strictObject({
    schema: z.literal("candor.consent-record/2"),
    recordId: label,
    subject: z.string().check(z.minLength(1), z.maxLength(256)),
    createdAt: time,
  }),
  parties: z.strictObject({ controller: controllerSchema }),
  processing: z.strictObject({
    notice: noticeSchema,
    jurisdiction: z.nullable(z.string()),
    minor: z.boolean(),
  }),
  checkpoint: z.nullable(
    z.strictObject({ events: z.number().check(z.int(), z.positive()), from: time, to: time, head: hex64 }),
  ),
  events: z.array(eventSchema).check(z.minLength(1)),
  head: hex64,
});

/** The first zod issue as `[path, reason]`; an unknown key is named in the path itself (`"regoin"`). */
export function firstIssue(error: z.core.$ZodError, input: unknown): [string, string] {
  const issue = error.issues[0];
  const { path, reason } = describeIssue(error, input);
  if (issue?.code === "unrecognized_keys") {
    return [[...issue.path.map(String), issue.keys[0] ?? ""].join("."), "unknown key"];
  }
  return [path, reason];
}
