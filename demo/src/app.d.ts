import { type ReadableStore } from "@candor/preact";
import type { Route } from "./router.ts";
import type { ShopSession } from "./session.ts";
/** The storefront. */
export declare function App({ session, routes }: {
    session: ShopSession;
    routes: ReadableStore<Route>;
}): import("preact").JSX.Element;
