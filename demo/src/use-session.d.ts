import type { SessionState, ShopSession } from "./session.ts";
/** Carries the session to every page. */
export declare const SessionContext: import("preact").Context<ShopSession | null>;
/** The session; throws outside a `SessionContext` provider. */
export declare function useShopSession(): ShopSession;
/** A value selected from the session state; re-renders when it changes. Pass a module-level selector. */
export declare function useSession<T>(select: (state: SessionState) => T): T;
