/** Shopper events: the zod schema at the vault's door, and parsers that name the offending field. */
import * as z from "zod/mini";
import type { Result } from "../internal/result.ts";
import { InvalidEventError } from "./errors.ts";
import type { ShopperEvent } from "./types.ts";
/**
 * Schema of a shopper event. Unknown fields are dropped, never stored (GDPR Art. 5(1)(c)); the vault assigns `id`.
 * Compatible with the sample shop's simulator events.
 */
export declare const shopperEventSchema: z.ZodMiniDiscriminatedUnion<[z.ZodMiniObject<{
    subject: z.ZodMiniString<string>;
    at: z.ZodMiniInt;
    session: z.ZodMiniOptional<z.ZodMiniString<string>>;
    context: z.ZodMiniOptional<z.ZodMiniObject<{
        device: z.ZodMiniOptional<z.ZodMiniEnum<{
            desktop: "desktop";
            mobile: "mobile";
            tablet: "tablet";
        }>>;
        hourOfDay: z.ZodMiniOptional<z.ZodMiniInt>;
        locale: z.ZodMiniOptional<z.ZodMiniString<string>>;
        region: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strip>>;
    sensitive: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    type: z.ZodMiniEnum<{
        add_to_cart: "add_to_cart";
        dismiss: "dismiss";
        purchase: "purchase";
        view: "view";
    }>;
    item: z.ZodMiniString<string>;
}, z.core.$strip>, z.ZodMiniObject<{
    subject: z.ZodMiniString<string>;
    at: z.ZodMiniInt;
    session: z.ZodMiniOptional<z.ZodMiniString<string>>;
    context: z.ZodMiniOptional<z.ZodMiniObject<{
        device: z.ZodMiniOptional<z.ZodMiniEnum<{
            desktop: "desktop";
            mobile: "mobile";
            tablet: "tablet";
        }>>;
        hourOfDay: z.ZodMiniOptional<z.ZodMiniInt>;
        locale: z.ZodMiniOptional<z.ZodMiniString<string>>;
        region: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strip>>;
    sensitive: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    type: z.ZodMiniLiteral<"rating">;
    item: z.ZodMiniString<string>;
    rating: z.ZodMiniNumber<number>;
}, z.core.$strip>, z.ZodMiniObject<{
    subject: z.ZodMiniString<string>;
    at: z.ZodMiniInt;
    session: z.ZodMiniOptional<z.ZodMiniString<string>>;
    context: z.ZodMiniOptional<z.ZodMiniObject<{
        device: z.ZodMiniOptional<z.ZodMiniEnum<{
            desktop: "desktop";
            mobile: "mobile";
            tablet: "tablet";
        }>>;
        hourOfDay: z.ZodMiniOptional<z.ZodMiniInt>;
        locale: z.ZodMiniOptional<z.ZodMiniString<string>>;
        region: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strip>>;
    sensitive: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    type: z.ZodMiniLiteral<"search">;
    query: z.ZodMiniString<string>;
}, z.core.$strip>, z.ZodMiniObject<{
    type: z.ZodMiniLiteral<"hide_from_history">;
    subject: z.ZodMiniString<string>;
    at: z.ZodMiniInt;
    eventId: z.ZodMiniOptional<z.ZodMiniString<string>>;
    item: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strip>], "type">;
/** Validates a shopper event; throws {@link InvalidEventError} naming the field. */
export declare function parseShopperEvent(input: unknown): ShopperEvent;
/** Validates a shopper event without throwing. */
export declare function safeParseShopperEvent(input: unknown): Result<ShopperEvent, InvalidEventError>;
