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
export declare function matches(name: string, patterns: readonly string[]): boolean;
/** Expires the matching cookies (for every domain and path they could have been set on) and removes matching storage keys. */
export declare function clearStorage(doc: Document, declared: PurposeStorage): Cleared;
