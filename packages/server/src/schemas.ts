/**
 * The zod schemas of every route's input: what the routes validate and what the OpenAPI reference is generated
 * from (`openapi.ts`). Unknown keys are refused everywhere, so a typo is a 400, not a silently ignored field.
 */
import * as z from "zod";

/** A pseudonymous subject id in a path: 1–128 of `A–Z a–z 0–9 . _ : -`. */
export const subjectParam = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{1,128}$/, "must be 1–128 characters of A–Z, a–z, 0–9, '.', '_', ':' or '-'");

/** How a choice was indicated (`kind` `gpc` and `system` are written by the manager only). */
export const viaSchema = z.strictObject({
  kind: z.enum(["ui", "api"]),
  control: z.string().min(1).max(128).optional(),
  ui: z.string().min(1).max(128).optional(),
});

const region = z
  .string()
  .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$|^EU$/, "must be a region code such as DE, US-CA or EU")
  .optional();

/** POST /v1/subjects/{subject}/consent. */
export const consentChoiceSchema = z.discriminatedUnion("action", [
  z.strictObject({
    action: z.literal("accept-all"),
    via: viaSchema.optional(),
    region,
    minor: z.boolean().optional(),
  }),
  z.strictObject({
    action: z.literal("reject-all"),
    via: viaSchema.optional(),
    region,
    minor: z.boolean().optional(),
  }),
  z.strictObject({
    action: z.literal("notice-shown"),
    via: viaSchema.optional(),
    region,
    minor: z.boolean().optional(),
  }),
  z.strictObject({
    action: z.literal("set"),
    choices: z.record(z.string().min(1).max(128), z.boolean()),
    via: viaSchema.optional(),
    region,
    minor: z.boolean().optional(),
  }),
  z.strictObject({
    action: z.literal("withdraw"),
    purpose: z.string().min(1).max(128).optional(),
    via: viaSchema.optional(),
    region,
    minor: z.boolean().optional(),
  }),
  z.strictObject({
    action: z.literal("gpc-override"),
    purpose: z.string().min(1).max(128),
    via: viaSchema,
    region,
    minor: z.boolean().optional(),
  }),
]);

/** GET /v1/subjects/{subject}/consent/receipt. */
export const receiptQuerySchema = z.strictObject({ locale: z.string().min(2).max(35).optional() });

/** POST /v1/subjects/{subject}/events: a batch of shopper events (each as `@candor/core/policy` validates it). */
export const eventBatchSchema = z.strictObject({
  events: z
    .array(
      z.looseObject({
        /** Optional idempotency id: a retried batch stores each event once. */
        id: z
          .string()
          .regex(
            /^[A-Za-z0-9._:-]{1,128}$/,
            "must be 1–128 characters of A–Z, a–z, 0–9, '.', '_', ':' or '-'",
          )
          .optional(),
        type: z.string(),
        subject: z.string(),
      }),
    )
    .min(1)
    .max(1000),
});

const context = z.strictObject({
  device: z.enum(["mobile", "desktop", "tablet"]).optional(),
  hourOfDay: z.int().min(0).max(23).optional(),
  locale: z.string().min(2).max(35).optional(),
  region: z.string().min(2).max(10).optional(),
});

/** POST /v1/subjects/{subject}/recommendations: a serve request without the consent (the ledger's is used). */
export const recommendSchema = z.strictObject({
  surface: z.string().min(1).max(64),
  k: z.int().min(1).max(100).optional(),
  session: z.string().min(1).max(128).optional(),
  context: context.optional(),
  constraints: z
    .strictObject({
      minPrice: z.number().nonnegative().optional(),
      maxPrice: z.number().nonnegative().optional(),
      categories: z.array(z.string().min(1)).max(100).optional(),
      brands: z.array(z.string().min(1)).max(100).optional(),
      tags: z.array(z.string().min(1)).max(100).optional(),
      priceBands: z.array(z.string().min(1)).max(100).optional(),
    })
    .optional(),
  nonPersonalized: z.boolean().optional(),
  anchor: z
    .strictObject({ item: z.string().min(1).max(128), relation: z.enum(["similar", "also-bought"]) })
    .optional(),
  exclude: z.array(z.string().min(1).max(128)).max(500).optional(),
  variety: z.number().min(0).max(1).optional(),
  seed: z
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  locale: z.string().min(2).max(35).optional(),
});

const index = z.coerce.number().int().nonnegative();

/** GET /v1/log/entries. */
export const entriesQuerySchema = z.strictObject({ from: index.default(0), to: index.optional() });
/** GET /v1/log/proofs/inclusion. */
export const inclusionQuerySchema = z.strictObject({ index, treeSize: index.optional() });
/** GET /v1/log/proofs/consistency. */
export const consistencyQuerySchema = z.strictObject({ first: index, second: index.optional() });
