/** Storage adapters for the consent record: memory, `localStorage`, and a first-party cookie. */
import type { ConsentStorage } from "./types.ts";

/** Keeps the record in memory only (tests, servers, or shops that keep records elsewhere). */
export function memoryStorage(initial: Readonly<Record<string, string>> = {}): ConsentStorage {
  const values = new Map(Object.entries(initial));
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}

/** Keeps the record in `localStorage` (default: the global one); errors such as a full quota reach `onError`. */
export function localStorageAdapter(storage: Storage = globalThis.localStorage): ConsentStorage {
  return {
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
    remove: (key) => storage.removeItem(key),
  };
}

/** Options of {@link cookieStorage}. */
export interface CookieStorageOptions {
  /** The document whose cookies are used; default `globalThis.document`. */
  readonly document?: { cookie: string };
  /** Lifetime of the cookie in seconds; default 13 months, the longest CNIL allows. */
  readonly maxAgeSeconds?: number;
  /** Cookie path; default `"/"`. */
  readonly path?: string;
  /** Cookie domain; default: the current host only. */
  readonly domain?: string;
  /** SameSite attribute; default `"Lax"`. */
  readonly sameSite?: "Strict" | "Lax" | "None";
  /** Adds `Secure`; default `true`. */
  readonly secure?: boolean;
}

/** Percent-encodes what a cookie value may not hold (RFC 6265 §4.1.1), `%` and `=`; `decodeURIComponent` reads it back. */
function cookieValue(value: string): string {
  return value.replace(/[^\x21\x23-\x24\x26-\x2b\x2d-\x3a\x3c\x3e-\x5b\x5d-\x7e]/gu, encodeURIComponent);
}

/**
 * Keeps the record in a first-party cookie, so a server can read it too. A cookie holds about 4 kB, so the record is
 * kept to 3,800 bytes as stored (encoded): the oldest events are compacted into a checkpoint, so the chain still
 * verifies. Keep the whole history elsewhere (the explanation log, or a server-side adapter) if you need it.
 */
export function cookieStorage(options: CookieStorageOptions = {}): ConsentStorage {
  const doc = () => options.document ?? (globalThis as { document?: { cookie: string } }).document;
  const attributes = [
    `Path=${options.path ?? "/"}`,
    options.domain ? `Domain=${options.domain}` : "",
    `SameSite=${options.sameSite ?? "Lax"}`,
    options.secure === false ? "" : "Secure",
  ]
    .filter(Boolean)
    .join("; ");
  return {
    maxBytes: 3800,
    measure: (value) => cookieValue(value).length,
    get(key) {
      const prefix = `${encodeURIComponent(key)}=`;
      const entry = doc()
        ?.cookie.split(/;\s*/)
        .find((part) => part.startsWith(prefix));
      return entry === undefined ? null : decodeURIComponent(entry.slice(prefix.length));
    },
    set(key, value) {
      const target = doc();
      if (!target) throw new Error("cookieStorage: no document to write cookies to");
      const maxAge = options.maxAgeSeconds ?? 396 * 86_400;
      target.cookie = `${encodeURIComponent(key)}=${cookieValue(value)}; Max-Age=${maxAge}; ${attributes}`;
    },
    remove(key) {
      const target = doc();
      if (target) target.cookie = `${encodeURIComponent(key)}=; Max-Age=0; ${attributes}`;
    },
  };
}
