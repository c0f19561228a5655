import type { ShopSession } from "./session.ts";
/** Sends the Consent Mode default now (before any tag), then follows whichever consent manager the session uses. */
export declare function connectTags(session: ShopSession): void;
