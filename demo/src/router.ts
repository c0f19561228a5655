/**
 * Hash routing without a router dependency: `#/`, `#/c/<category>`, `#/p/<id>`, `#/search?q=<terms>`, `#/cart`,
 * `#/checkout`, `#/privacy`, `#/my-data`, `#/audit`.
 */
import type { ReadableStore } from "@candor/preact";

/** A page of the storefront. */
export type Route =
  | { readonly page: "home" }
  | { readonly page: "category"; readonly id: string }
  | { readonly page: "product"; readonly id: string }
  | { readonly page: "search"; readonly query: string }
  | { readonly page: "cart" }
  | { readonly page: "checkout" }
  | { readonly page: "privacy" }
  | { readonly page: "my-data" }
  | { readonly page: "audit" }
  | { readonly page: "not-found"; readonly path: string };

/** The route of a location hash. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, "");
  const [pathPart = "", search = ""] = raw.split("?", 2);
  let path: string;
  try {
    path = decodeURIComponent(pathPart) || "/";
  } catch {
    return { page: "not-found", path: pathPart };
  }
  if (path === "/search") return { page: "search", query: new URLSearchParams(search).get("q") ?? "" };
  if (search !== "") path = `${path}?${search}`;
  if (path === "/" || path === "") return { page: "home" };
  if (path.startsWith("/c/") && path.length > 3) return { page: "category", id: path.slice(3) };
  if (path.startsWith("/p/") && path.length > 3) return { page: "product", id: path.slice(3) };
  const fixed: Readonly<Record<string, Route>> = {
    "/cart": { page: "cart" },
    "/checkout": { page: "checkout" },
    "/privacy": { page: "privacy" },
    "/my-data": { page: "my-data" },
    "/audit": { page: "audit" },
  };
  return fixed[path] ?? { page: "not-found", path };
}

/** The hash of a route, for links. */
export function href(route: Route): string {
  switch (route.page) {
    case "home":
      return "#/";
    case "category":
      return `#/c/${route.id}`;
    case "product":
      return `#/p/${route.id}`;
    case "search":
      return `#/search?${new URLSearchParams({ q: route.query })}`;
    case "not-found":
      return `#${route.path}`;
    default:
      return `#/${route.page}`;
  }
}

/** The current route as a store that follows `hashchange`. */
export function createRouteStore(): ReadableStore<Route> {
  let route = parseRoute(location.hash);
  const listeners = new Set<() => void>();
  addEventListener("hashchange", () => {
    route = parseRoute(location.hash);
    for (const listener of listeners) listener();
  });
  return {
    getState: () => route,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
