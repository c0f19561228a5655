/** zod/mini schemas for what crosses the consent module's boundary: options, purposes and stored records. */
import * as z from "zod/mini";

const text = z.union([z.string().check(z.minLength(1)), z.record(z.string(), z.string())]);

/** A purpose definition, as a shop may supply it. */
export const purposeSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9._-]*$/, "must be lowercase letters, digits, '.', '_' or '-'")),
  dpv: z.string().check(z.minLength(1)),
  basis: z.enum(["consent", "explicit-consent", "contract", "legal-obligation", "legitimate-interest"]),
  dataCategories: z.array(z.string().check(z.minLength(1))),
  title: text,
  description: text,
  special: z.optional(z.boolean()),
  saleOrSharing: z.optional(z.boolean()),
  directMarketing: z.optional(z.boolean()),
});

const controllerSchema = z.object({
  name: z.string().check(z.minLength(1)),
  contact: z.optional(z.string()),
  email: z.optional(z.string()),
  address: z.optional(z.string()),
  phone: z.optional(z.string()),
  policyUrl: z.optional(z.string()),
});

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === "function", "must be a function");

/** Options of `createConsentManager`, checked once at creation (STYLE.md rule 9). */
export const optionsSchema = z.object({
  region: z.optional(z.nullable(z.string())),
  subject: z.optional(z.string().check(z.minLength(1), z.maxLength(256))),
  purposes: z.optional(z.array(purposeSchema).check(z.minLength(1))),
  notice: z.optional(
    z.object({ id: z.string().check(z.minLength(1)), version: z.string().check(z.minLength(1)) }),
  ),
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
  onError: z.optional(fn),
});

const choiceSchema = z.object({
  granted: z.boolean(),
  dataCategories: z.array(z.string()),
  source: z.enum(["choice", "default", "gpc"]),
});

const noticeSchema = z.object({ id: z.string(), version: z.string(), hash: z.string() });

const eventSchema = z.object({
  id: z.string().check(z.minLength(1)),
  at: z.number().check(z.nonnegative()),
  type: z.enum(["given", "refused", "withdrawn", "expired", "gpc-honored", "notified"]),
  purposes: z.record(z.string(), choiceSchema),
  changed: z.array(z.string()),
  via: z.object({
    kind: z.enum(["ui", "api", "gpc", "system"]),
    control: z.optional(z.string()),
    ui: z.optional(z.string()),
  }),
  notice: noticeSchema,
  regime: z.enum(["gdpr", "cpra", "opt-in", "opt-out", "strictest"]),
  region: z.nullable(z.string()),
});

/** A consent record as read back from storage; anything else counts as no consent. */
export const recordSchema = z.object({
  header: z.object({
    schema: z.literal("candor.consent-record/1"),
    recordId: z.string().check(z.minLength(1)),
    subject: z.string().check(z.minLength(1)),
    createdAt: z.number(),
  }),
  parties: z.object({ controller: controllerSchema }),
  processing: z.object({ notice: noticeSchema, jurisdiction: z.nullable(z.string()), minor: z.boolean() }),
  events: z.array(eventSchema),
});

/** Formats the first zod issue as `[path, reason]`. */
export function firstIssue(error: z.core.$ZodError): [string, string] {
  const issue = error.issues[0];
  return [issue ? issue.path.map(String).join(".") : "", issue?.message ?? "invalid value"];
}
