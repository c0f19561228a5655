/** Hash routing without a router dependency: `#/`, `#/c/<category>`, `#/p/<id>`, `#/cart`, `#/checkout`, `#/privacy`, `#/my-data`, `#/audit`. */
import type { ReadableStore } from "@candor/preact";
/** A page of the storefront. */
export type Route = {
    readonly page: "home";
} | {
    readonly page: "category";
    readonly id: string;
} | {
    readonly page: "product";
    readonly id: string;
} | {
    readonly page: "cart";
} | {
    readonly page: "checkout";
} | {
    readonly page: "privacy";
} | {
    readonly page: "my-data";
} | {
    readonly page: "audit";
} | {
    readonly page: "not-found";
    readonly path: string;
};
/** The route of a location hash. */
export declare function parseRoute(hash: string): Route;
/** The hash of a route, for links. */
export declare function href(route: Route): string;
/** The current route as a store that follows `hashchange`. */
export declare function createRouteStore(): ReadableStore<Route>;
