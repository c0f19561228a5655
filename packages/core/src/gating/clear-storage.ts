/** Clears the cookies and Web Storage entries a purpose declared, when the purpose is withdrawn. */

/** What a purpose stores on the device, by name; a name ending in `*` matches every name with that prefix. */
export interface PurposeStorage {
  /** Cookie names, e.g. `["_ga", "_ga_*"]`. */
  readonly cookies?: readonly string[];
  /** `localStorage` keys. */
  readonly localStorage?: readonly string[];
  /** `sessionStorage` keys. */
  readonly sessionStorage?: readonly string[];
}

/** What a clearing removed: cookie names and `local:`/`session:`-prefixed storage keys. */
export interface Cleared {
  readonly cookies: readonly string[];
  readonly storage: readonly string[];
}

/** Whether `name` matches a declared name or `prefix*` pattern. */
export function matches(name: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith("*") ? name.startsWith(p.slice(0, -1)) : name === p));
}

/** Every domain a script on `hostname` may have set a cookie for: the host itself and each parent with two labels or more. */
function cookieDomains(hostname: string): string[] {
  const labels = hostname.split(".");
  if (labels.length < 2 || /^[\d.]+$/.test(hostname)) return [];
  return labels.slice(0, -1).map((_, i) => `.${labels.slice(i).join(".")}`);
}

/** Every path prefix of `pathname`: `/a/b` → `/`, `/a`, `/a/b`. */
function cookiePaths(pathname: string): string[] {
  const parts = pathname.split("/").filter(Boolean);
  return ["/", ...parts.map((_, i) => `/${parts.slice(0, i + 1).join("/")}`)];
}

/** Expires the matching cookies (for every domain and path they could have been set on) and removes matching storage keys. */
export function clearStorage(doc: Document, declared: PurposeStorage): Cleared {
  const cookies: string[] = [];
  const storage: string[] = [];
  const patterns = declared.cookies ?? [];
  if (patterns.length > 0) {
    const names = doc.cookie
      .split(";")
      .map((part) => part.split("=")[0]?.trim() ?? "")
      .filter((name) => name !== "" && matches(name, patterns));
    const { hostname, pathname } = doc.location;
    for (const name of new Set(names)) {
      for (const path of cookiePaths(pathname)) {
        doc.cookie = `${name}=; Max-Age=0; path=${path}`;
        for (const domain of cookieDomains(hostname))
          doc.cookie = `${name}=; Max-Age=0; path=${path}; domain=${domain}`;
      }
      cookies.push(name);
    }
  }
  const win = doc.defaultView;
  const sweep = (area: "localStorage" | "sessionStorage", prefix: string, keys: readonly string[] = []) => {
    if (keys.length === 0 || !win) return;
    try {
      const store = win[area];
      const found = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
        (key): key is string => key !== null && matches(key, keys),
      );
      for (const key of found) {
        store.removeItem(key);
        storage.push(`${prefix}:${key}`);
      }
    } catch {
      // Storage can be blocked by the browser; then there is nothing of ours to clear.
    }
  };
  sweep("localStorage", "local", declared.localStorage);
  sweep("sessionStorage", "session", declared.sessionStorage);
  return { cookies, storage };
}
