/** Storage adapters for the consent record: memory, `localStorage`, and a first-party cookie. */
import type { ConsentStorage } from "./types.ts";
/** Keeps the record in memory only (tests, servers, or shops that keep records elsewhere). */
export declare function memoryStorage(initial?: Readonly<Record<string, string>>): ConsentStorage;
/** Keeps the record in `localStorage` (default: the global one); errors such as a full quota reach `onError`. */
export declare function localStorageAdapter(storage?: Storage): ConsentStorage;
/** Options of {@link cookieStorage}. */
export interface CookieStorageOptions {
    /** The document whose cookies are used; default `globalThis.document`. */
    readonly document?: {
        cookie: string;
    };
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
/**
 * Keeps the record in a first-party cookie, so a server can read it too. A cookie holds about 4 kB, so the record is
 * kept to 3,800 bytes as stored (encoded): the oldest events are compacted into a checkpoint, so the chain still
 * verifies. Keep the whole history elsewhere (the explanation log, or a server-side adapter) if you need it.
 */
export declare function cookieStorage(options?: CookieStorageOptions): ConsentStorage;
