/** The vault's stored record format, validated whenever it is read back from storage. */

import * as z from "zod/mini";
import { InputError } from "../internal/candor-error.ts";
import { safe } from "../internal/result.ts";
import { parseWith } from "../internal/zod-issue.ts";
import type { VaultRecord } from "./types.ts";

const id = z.string().check(z.minLength(1), z.maxLength(256));
const epochMs = z.int().check(z.nonnegative());

const storedEventSchema = z.object({
  v: z.literal(1),
  id,
  subject: id,
  type: z.enum(["view", "add_to_cart", "purchase", "rating", "search", "dismiss"]),
  item: z.optional(id),
  query: z.optional(z.string().check(z.maxLength(500))),
  rating: z.optional(z.number().check(z.gte(0.5), z.lte(5))),
  at: epochMs,
  session: z.optional(id),
  context: z.optional(
    z.object({
      device: z.optional(z.enum(["mobile", "desktop", "tablet"])),
      hourOfDay: z.optional(z.int().check(z.gte(0), z.lte(23))),
      locale: z.optional(z.string().check(z.maxLength(35))),
      region: z.optional(z.string().check(z.maxLength(10))),
    }),
  ),
  categories: z.array(z.string().check(z.minLength(1))),
  special: z.boolean(),
  purposes: z.array(z.string().check(z.minLength(1))),
  consentEventId: z.nullable(z.string()),
  collectedAt: epochMs,
});

const hideMarkerSchema = z.object({
  v: z.literal(1),
  id,
  subject: id,
  type: z.literal("hide_from_history"),
  at: epochMs,
  eventId: z.optional(id),
  item: z.optional(id),
  collectedAt: epochMs,
});

const recordSchema = z
  .discriminatedUnion("type", [storedEventSchema, hideMarkerSchema])
  .check(
    z.refine(
      (r) =>
        r.type === "hide_from_history"
          ? (r.eventId === undefined) !== (r.item === undefined)
          : r.type === "search"
            ? r.query !== undefined
            : r.item !== undefined && (r.type !== "rating" || r.rating !== undefined),
      "fields do not match the record type",
    ),
  );

/** Validates a record read back from storage (frozen); throws an {@link InputError} naming the path and the reason. */
function parseVaultRecord(value: unknown): VaultRecord {
  return deepFreeze(parseWith(recordSchema, value, "vault record")) as VaultRecord;
}

/** Validates a record read back from storage; a failure names the path and the reason. */
export const safeParseVaultRecord = safe(parseVaultRecord, InputError);

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value))
    if (inner !== null && typeof inner === "object") deepFreeze(inner);
  return Object.freeze(value);
}
