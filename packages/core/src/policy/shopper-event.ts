/** Shopper events: the zod schema at the vault's door, and parsers that name the offending field. */

import * as z from "zod/mini";
import { InputError } from "../internal/candor-error.ts";
import { safe } from "../internal/result.ts";
import { parseWith } from "../internal/zod-issue.ts";
import type { ShopperEvent } from "./types.ts";

const id = z.string().check(z.minLength(1), z.maxLength(256));
const epochMs = z.int().check(z.nonnegative());

const contextSchema = z.object({
  device: z.optional(z.enum(["mobile", "desktop", "tablet"])),
  hourOfDay: z.optional(z.int().check(z.gte(0), z.lte(23))),
  locale: z.optional(
    z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$/, "must be a BCP 47 tag")),
  ),
  region: z.optional(
    z
      .string()
      .check(z.regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must be a coarse region code like "DE" or "US-CA"')),
  ),
});

const interaction = {
  subject: id,
  at: epochMs,
  session: z.optional(id),
  context: z.optional(contextSchema),
  sensitive: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(16))),
};

/**
 * Schema of a shopper event. Unknown fields are dropped, never stored (GDPR Art. 5(1)(c)); the vault assigns `id`.
 * Compatible with the sample shop's simulator events.
 */
export const shopperEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.enum(["view", "add_to_cart", "purchase", "dismiss"]), item: id, ...interaction }),
  z.object({
    type: z.literal("rating"),
    item: id,
    rating: z.number().check(z.gte(0.5), z.lte(5), z.multipleOf(0.5)),
    ...interaction,
  }),
  z.object({
    type: z.literal("search"),
    query: z.string().check(
      z.maxLength(500),
      z.refine((q) => q.trim().length > 0, "must not be blank"),
    ),
    ...interaction,
  }),
  z
    .object({
      type: z.literal("hide_from_history"),
      subject: id,
      at: epochMs,
      eventId: z.optional(id),
      item: z.optional(id),
    })
    .check(
      z.refine((e) => (e.eventId === undefined) !== (e.item === undefined), {
        message: "needs exactly one of eventId or item",
        path: ["eventId"],
      }),
    ),
]);

/** Validates a shopper event; throws {@link InputError} naming the field. */
export function parseShopperEvent(input: unknown): ShopperEvent {
  return parseWith(shopperEventSchema, input, "shopper event", "invalid-event") as ShopperEvent;
}

/** Validates a shopper event without throwing. */
export const safeParseShopperEvent = safe(parseShopperEvent, InputError);
